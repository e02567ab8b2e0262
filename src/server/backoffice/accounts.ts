/**
 * Accounts in the back office (coordinator only): the list, and switching an
 * account off and on again. Switching off ends the account's sessions and
 * open sign-in links at once (src/server/store/accounts.ts, setUserActive); the
 * sign-in page keeps answering the same for that address, and no link is sent.
 * A coordinator cannot switch off their own account (nobody could switch it
 * back on if they were the last one).
 */
import { isCoordinator, type Actor } from '../../domain/admin';
import type { User } from '../../schemas/rows';
import type { Deps } from '../deps';

export type AccountDenied = { type: 'denied'; status: 403 | 404 | 409 | 422; message: string };
const notCoordinator: AccountDenied = { type: 'denied', status: 403, message: 'Alleen de coördinator van het CJG kan accounts beheren.' };

export async function listAccounts(actor: Actor, deps: Pick<Deps, 'store' | 'now' | 'log'>): Promise<User[] | AccountDenied> {
  if (!isCoordinator(actor)) return notCoordinator;
  return deps.store.accounts.listUsers();
}

export const accountActions = { uitzetten: false, aanzetten: true } as const;
export type AccountNotice = 'uitgezet' | 'aangezet';

export type AccountResult = { type: 'changed'; user: User; notice: AccountNotice } | AccountDenied;

/** POST {account: user id, actie: "uitzetten" | "aanzetten"}. */
export async function changeAccount(actor: Actor, form: URLSearchParams, deps: Pick<Deps, 'store' | 'now' | 'log'>): Promise<AccountResult> {
  if (!isCoordinator(actor)) return notCoordinator;
  const action = form.get('actie') ?? '';
  if (!Object.hasOwn(accountActions, action)) return { type: 'denied', status: 422, message: 'Kies of je het account wilt uitzetten of weer aanzetten.' };
  const active = accountActions[action as keyof typeof accountActions];
  const id = (form.get('account') ?? '').slice(0, 100);
  const target = id ? await deps.store.accounts.getUser(id) : undefined;
  if (!target) return { type: 'denied', status: 404, message: 'Dit account bestaat niet (meer). Laad de pagina opnieuw.' };
  if (!active && target.id === actor.id) return { type: 'denied', status: 409, message: 'Je kunt je eigen account niet uitzetten. Vraag een andere coördinator om dat te doen.' };
  const user = await deps.store.accounts.setUserActive(target.id, active, deps.now());
  if (!user) return { type: 'denied', status: 404, message: 'Dit account bestaat niet (meer). Laad de pagina opnieuw.' };
  // Role only: no name or address in the log.
  deps.log(`admin: ${user.role} account ${active ? 'reactivated' : 'deactivated'}`);
  return { type: 'changed', user, notice: active ? 'aangezet' : 'uitgezet' };
}
