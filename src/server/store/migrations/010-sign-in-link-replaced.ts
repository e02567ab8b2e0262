/**
 * Migration 10 (issue 10, staff sign-in): a new sign-in link replaces the
 * older unused links of the account. `replaced_at` says when, so an old link
 * gets its own clear message instead of "unknown" or "used".
 * (Numbered after the issue: versions need only be unique, they are applied
 * in the order of the list and each is recorded once.)
 */
import type { Migration } from './index';

export const signInLinkReplacedMigration: Migration = {
  version: 10,
  name: 'sign-in link replaced',
  statements: [`ALTER TABLE login_links ADD COLUMN replaced_at TEXT`, `CREATE INDEX login_links_user ON login_links (user_id, used_at)`],
};
