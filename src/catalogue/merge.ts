/**
 * The rule that decides which rows of the back office join the content
 * files, written once for the build loaders and the commands:
 *
 * 1. Direction overrides are removed from the row first (src/domain/bidi.ts),
 *    so a title cannot read differently from what it is.
 * 2. An offer whose id, or one of whose session ids, is a page of the site
 *    (/aanbod/filter/, /inschrijven/annuleren/) is skipped.
 * 3. A file wins over a row with the same id: the row is skipped.
 * 4. A row that no longer passes its schema is skipped.
 * 5. An offer with a session at a location that does not exist (neither a
 *    file nor an approved location) is skipped, so a proposed location can
 *    never break the build.
 *
 * Offers and the locations partners proposed with them go through the same
 * `joinRows` (rules 1, 3, 4). A skipped row never breaks the build or a
 * command; the caller logs `skipped`.
 *
 * And for every offer, file or database: a session cancelled in the back
 * office (table `session_cancellations`) is cancelled (`withCancelledSessions`),
 * without editing the file. The build applies it in the offers loader and
 * `files.ts`, the running server to its session catalogue
 * (src/catalogue/sessions.ts), all with this one function.
 */
import { stripBidiControls } from '../domain/bidi';
import { isReservedId } from '../domain/reserved-ids';
import type { ApprovedLocation, ApprovedOffer } from './database';

export interface MergedRow<R, T> {
  id: string;
  /** What `parse` returned for the cleaned row. */
  data: T;
  /** The row after bidi stripping, before parsing (the loader's digest). */
  row: R;
}

export interface MergedOffer<T> extends MergedRow<ApprovedOffer, T> {
  body: string;
}

export interface SkippedOffer {
  id: string;
  reason: 'reserved-id' | 'file-exists' | 'invalid' | 'unknown-location';
  /** One English line for the log, naming the id and why. */
  message: string;
}

type Skip = Omit<SkippedOffer, 'id' | 'message'> & { why: string };

/** Rules 1, 3 and 4 for rows of any kind; `reject` adds a kind's own rules (before the schema). */
async function joinRows<R extends { id: string; data: Record<string, unknown> }, T>(
  kind: string,
  rows: readonly R[],
  hasFile: (id: string) => boolean,
  parse: (row: R) => T | Promise<T>,
  reject: (row: R) => Skip | undefined = () => undefined,
): Promise<{ joined: MergedRow<R, T>[]; skipped: SkippedOffer[] }> {
  const joined: MergedRow<R, T>[] = [];
  const skipped: SkippedOffer[] = [];
  const skip = (id: string, reason: SkippedOffer['reason'], why: string) => skipped.push({ id, reason, message: `partner ${kind} "${id}" skipped: ${why}` });
  for (const approved of rows) {
    const row = stripBidiControls(approved);
    const own = reject(row);
    if (own?.reason === 'reserved-id') {
      skip(row.id, own.reason, own.why);
      continue;
    }
    if (hasFile(row.id)) {
      skip(row.id, 'file-exists', `a file in content/${kind === 'offer' ? 'offers' : 'locations'} has the same id`);
      continue;
    }
    if (own) {
      skip(row.id, own.reason, own.why);
      continue;
    }
    let data: T;
    try {
      data = await parse(row);
    } catch (e) {
      skip(row.id, 'invalid', e instanceof Error ? e.message.split('\n')[0]! : 'invalid');
      continue;
    }
    joined.push({ id: row.id, data, row });
  }
  return { joined, skipped };
}

const sessionsOf = (data: Record<string, unknown>) => (Array.isArray(data.sessions) ? (data.sessions as { id?: unknown; location?: unknown }[]) : []);

/**
 * @param hasFile      whether a content file has this offer id
 * @param parse        the offer schema: returns the typed data or throws (sync or async)
 * @param hasLocation  whether a location exists (files and approved partner locations); without it, not checked
 */
export async function mergeApprovedOffers<T>(
  rows: readonly ApprovedOffer[],
  hasFile: (id: string) => boolean,
  parse: (row: ApprovedOffer) => T | Promise<T>,
  hasLocation?: (id: string) => boolean,
): Promise<{ offers: MergedOffer<T>[]; skipped: SkippedOffer[] }> {
  const { joined, skipped } = await joinRows('offer', rows, hasFile, parse, (row) => {
    const sessions = sessionsOf(row.data);
    if (isReservedId('offers', row.id) || sessions.some((s) => isReservedId('sessions', String(s?.id))))
      return { reason: 'reserved-id', why: 'its id or a session id is a page of the site itself' };
    const missing = hasLocation && sessions.map((s) => String(s?.location)).find((l) => l !== 'online' && !hasLocation(l));
    if (missing) return { reason: 'unknown-location', why: `location "${missing}" does not exist` };
    return undefined;
  });
  return { offers: joined.map((o) => ({ ...o, body: o.row.body })), skipped };
}

/** The locations proposed with partner offers and approved with them: the same rules (a file wins). */
export async function mergeApprovedLocations<T>(
  rows: readonly ApprovedLocation[],
  hasFile: (id: string) => boolean,
  parse: (row: ApprovedLocation) => T | Promise<T>,
): Promise<{ locations: MergedRow<ApprovedLocation, T>[]; skipped: SkippedOffer[] }> {
  const { joined, skipped } = await joinRows('location', rows, hasFile, parse);
  return { locations: joined, skipped };
}

/** The offer with the sessions in `cancelled` marked as cancelled (the same object when none of its sessions is). */
export function withCancelledSessions<T extends { sessions: readonly { id: string; cancelled: boolean }[] }>(data: T, cancelled: ReadonlySet<string>): T {
  if (!data.sessions.some((s) => cancelled.has(s.id) && !s.cancelled)) return data;
  return { ...data, sessions: data.sessions.map((s) => (cancelled.has(s.id) ? { ...s, cancelled: true } : s)) };
}
