/**
 * The outbox rows that no registration owns (sign-in links): they hold an
 * address, so they go a day after they were sent, a week after they were
 * written at most. (Rows of a registration go with it; survey invites with
 * their link: src/server/store/surveys.ts.)
 */
import type { SqlDriver } from './driver';

const DAY_MS = 86_400_000;

export function createOutboxStore(driver: SqlDriver) {
  return {
    purgeUnowned(now: Date): Promise<number> {
      return driver.exec(`DELETE FROM outbox WHERE registration_id IS NULL AND kind = 'sign-in-link' AND ((sent_at IS NOT NULL AND sent_at <= ?) OR created_at <= ?)`, [
        new Date(now.getTime() - DAY_MS).toISOString(),
        new Date(now.getTime() - 7 * DAY_MS).toISOString(),
      ]);
    },
    /** Messages not sent yet (for tests and the drain command's report). */
    async unsent(): Promise<number> {
      const [r] = await driver.query<{ n: number }>('SELECT COUNT(*) AS n FROM outbox WHERE sent_at IS NULL');
      return r?.n ?? 0;
    },
  };
}
