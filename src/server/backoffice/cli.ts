/**
 * The back office's maintainer commands, run outside Astro (bundled into
 * dist/tools by `npm run build:tools`): create accounts, and mark approved
 * offers as published after a successful build.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { roles, type Role } from '../../domain/admin';
import type { User } from '../../schemas/rows';
import type { Deps } from '../deps';
import { EMAIL } from './auth';

export interface CreateUserArgs {
  email?: string | undefined;
  name?: string | undefined;
  role?: string | undefined;
  partner?: string | undefined;
}

/** Parse `--email x --name "…" --role partner --partner kenter-jeugdhulp` (also `--email=x`). */
export function parseArgs(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) continue;
    const eq = a.indexOf('=');
    if (eq !== -1) out[a.slice(2, eq)] = a.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) out[a.slice(2)] = argv[++i]!;
    else out[a.slice(2)] = '';
  }
  return out;
}

export type CreateUserResult = { ok: true; user: User; created: boolean } | { ok: false; message: string };

/**
 * Create an account. The role defaults to coordinator (the first account);
 * a partner account needs the id of a partner in content/partners.
 */
export async function createUserCommand(deps: Pick<Deps, 'store' | 'now'>, args: CreateUserArgs, contentDir = 'content'): Promise<CreateUserResult> {
  const email = (args.email ?? '').trim().toLowerCase();
  if (!EMAIL.test(email)) return { ok: false, message: 'Give a valid e-mail address: --email name@organisation.nl' };
  const role = (args.role || 'coordinator') as Role;
  if (!roles.includes(role)) return { ok: false, message: `--role must be one of: ${roles.join(', ')}` };
  const name = (args.name ?? '').trim().slice(0, 100);
  let partnerId: string | undefined;
  if (role === 'partner') {
    partnerId = (args.partner ?? '').trim();
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(partnerId) || !existsSync(join(contentDir, 'partners', `${partnerId}.md`)))
      return { ok: false, message: `--partner must be the id of a file in ${join(contentDir, 'partners')} (for example kenter-jeugdhulp)` };
  } else if (args.partner) {
    return { ok: false, message: '--partner is only for --role partner' };
  }
  const { user, created } = await deps.store.accounts.createUser({ email, role, partnerId, name }, deps.now());
  return { ok: true, user, created };
}

/** After a successful build that started at `startedAt`: the offers approved before it are online. */
export function markPublished(deps: Pick<Deps, 'store'>, startedAt: Date): Promise<number> {
  return deps.store.offers.markPublished(startedAt);
}
