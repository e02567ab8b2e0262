/**
 * The rule that decides which approved partner offers join the content
 * files, written once for the build loader and the commands:
 *
 * 1. Direction overrides are removed from the row first (src/domain/bidi.ts),
 *    so a title cannot read differently from what it is.
 * 2. A row whose id, or one of whose session ids, is a page of the site
 *    (/aanbod/filter/, /inschrijven/annuleren/) is skipped.
 * 3. A file wins over a row with the same id: the row is skipped.
 * 4. A row that no longer passes the offer schema is skipped.
 *
 * A skipped row never breaks the build or a command; the caller logs `skipped`.
 */
import { stripBidiControls } from '../domain/bidi';
import { isReservedId } from '../domain/reserved-ids';
import type { ApprovedOffer } from './database';

export interface MergedOffer<T> {
  id: string;
  /** What `parse` returned for the cleaned row. */
  data: T;
  body: string;
  /** The row after bidi stripping, before parsing (the loader's digest). */
  row: ApprovedOffer;
}

export interface SkippedOffer {
  id: string;
  reason: 'reserved-id' | 'file-exists' | 'invalid';
  /** One English line for the log, naming the id and why. */
  message: string;
}

/**
 * @param hasFile  whether a content file has this offer id
 * @param parse    the offer schema: returns the typed data or throws (sync or async)
 */
export async function mergeApprovedOffers<T>(
  rows: readonly ApprovedOffer[],
  hasFile: (id: string) => boolean,
  parse: (row: ApprovedOffer) => T | Promise<T>,
): Promise<{ offers: MergedOffer<T>[]; skipped: SkippedOffer[] }> {
  const offers: MergedOffer<T>[] = [];
  const skipped: SkippedOffer[] = [];
  for (const approved of rows) {
    const row = stripBidiControls(approved);
    const sessionIds = Array.isArray(row.data.sessions) ? (row.data.sessions as { id?: unknown }[]).map((s) => String(s?.id)) : [];
    if (isReservedId('offers', row.id) || sessionIds.some((s) => isReservedId('sessions', s))) {
      skipped.push({ id: row.id, reason: 'reserved-id', message: `partner offer "${row.id}" skipped: its id or a session id is a page of the site itself` });
      continue;
    }
    if (hasFile(row.id)) {
      skipped.push({ id: row.id, reason: 'file-exists', message: `partner offer "${row.id}" skipped: a file in content/offers has the same id` });
      continue;
    }
    let data: T;
    try {
      data = await parse(row);
    } catch (e) {
      skipped.push({ id: row.id, reason: 'invalid', message: `partner offer "${row.id}" skipped: ${e instanceof Error ? e.message.split('\n')[0] : 'invalid'}` });
      continue;
    }
    offers.push({ id: row.id, data, body: row.body, row });
  }
  return { offers, skipped };
}
