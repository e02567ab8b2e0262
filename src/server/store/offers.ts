/**
 * Partner offers over the SQL driver: the working version (`data`, `body`)
 * a partner edits, the version the coordinator approved (`approved_*`, what
 * the build publishes), and when it went online. Changes are conditional
 * updates (the state, and for a review the exact content, the caller
 * decided on), so a concurrent edit can never be approved unseen.
 */
import type { OfferStatus } from '../../domain/admin';
import { PARTNER_OFFER_COLUMNS, partnerOfferRow, type PartnerOfferRow } from '../../schemas/rows';
import type { OfferOutboxKind, OutboxPayload } from '../../schemas/rows';
import type { SqlDriver, SqlValue, Statement } from './driver';
import { openDriver } from './drivers';
import { sortableId } from './ids';
import { offerOutbox, type OfferAudience } from './sql';
import { libsqlFilePath } from './drivers/libsql';
import { existsSync } from 'node:fs';

export type { PartnerOfferRow };

const parse = (rows: Record<string, SqlValue>[]) => rows.map((r) => partnerOfferRow.parse(r));

export interface OfferChange {
  status: OfferStatus;
  data?: unknown;
  body?: string;
  remarks?: string | null;
  approve?: boolean;
  submitted?: boolean;
  /** Take the approved version away (the coordinator took the offer offline). */
  offline?: boolean;
  /** The mail this change sends, written in the same batch and only when the change happened. */
  mail?: OfferMail;
  /** A location proposed with the offer becomes a location, in the same batch and only when the change happened. */
  approveLocation?: { id: string; data: Record<string, unknown> };
}

export interface OfferMail<K extends OfferOutboxKind = OfferOutboxKind> {
  kind: K;
  audience: OfferAudience;
  payload: OutboxPayload<K>;
  /** The account that made the change: it gets no mail about its own action. */
  except?: string | undefined;
}

export function createOfferStore(driver: SqlDriver) {
  return {
    async getOffer(id: string): Promise<PartnerOfferRow | undefined> {
      return parse(await driver.query(`SELECT ${PARTNER_OFFER_COLUMNS} FROM partner_offers WHERE id = ?`, [id]))[0];
    },

    async listOffers(filter: { provider?: string | undefined; status?: OfferStatus } = {}): Promise<PartnerOfferRow[]> {
      const where: string[] = [];
      const args: string[] = [];
      if (filter.provider) (where.push('provider = ?'), args.push(filter.provider));
      if (filter.status) (where.push('status = ?'), args.push(filter.status));
      const order = filter.status === 'submitted' ? 'submitted_at, id' : 'updated_at DESC, id';
      return parse(await driver.query(`SELECT ${PARTNER_OFFER_COLUMNS} FROM partner_offers ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order}`, args));
    },

    /** Every approved version (what the build publishes). */
    async approvedOffers(): Promise<PartnerOfferRow[]> {
      return parse(await driver.query(`SELECT ${PARTNER_OFFER_COLUMNS} FROM partner_offers WHERE approved_data IS NOT NULL ORDER BY id`));
    },

    /** A new draft. Fails on a taken id (the caller picks another). */
    async insertOffer(row: { id: string; provider: string; data: unknown; body: string }, now: Date): Promise<PartnerOfferRow> {
      const at = now.toISOString();
      return parse(
        await driver.query(
          `INSERT INTO partner_offers (id, provider, status, data, body, created_at, updated_at) VALUES (?, ?, 'draft', ?, ?, ?, ?) RETURNING ${PARTNER_OFFER_COLUMNS}`,
          [row.id, row.provider, JSON.stringify(row.data), row.body, at, at],
        ),
      )[0]!;
    },

    /**
     * Change an offer if it is still in the state the caller decided on
     * (`expected`) and, for a review, still has exactly the reviewed content;
     * undefined when someone else changed it first.
     */
    async updateOffer(id: string, expected: OfferStatus, change: OfferChange, now: Date, expectedContent?: { data: unknown; body: string }): Promise<PartnerOfferRow | undefined> {
      const at = now.toISOString();
      const op = sortableId();
      const sets = ['status = ?', 'updated_at = ?', 'last_op = ?'];
      const args: SqlValue[] = [change.status, at, op];
      if (change.data !== undefined) (sets.push('data = ?'), args.push(JSON.stringify(change.data)));
      if (change.body !== undefined) (sets.push('body = ?'), args.push(change.body));
      if (change.remarks !== undefined) (sets.push('remarks = ?'), args.push(change.remarks));
      if (change.submitted) (sets.push('submitted_at = ?'), args.push(at));
      if (change.approve) (sets.push('approved_data = data', 'approved_body = body', 'approved_at = ?', 'offline_at = NULL'), args.push(at));
      if (change.offline) (sets.push('approved_data = NULL', 'approved_body = NULL', 'approved_at = NULL', 'offline_at = ?'), args.push(at));
      const where = ['id = ?', 'status = ?'];
      args.push(id, expected);
      if (expectedContent) (where.push('data = ?', 'body = ?'), args.push(JSON.stringify(expectedContent.data), expectedContent.body));
      const update: Statement = { sql: `UPDATE partner_offers SET ${sets.join(', ')} WHERE ${where.join(' AND ')} RETURNING ${PARTNER_OFFER_COLUMNS}`, args };
      const mail = change.mail ? [offerOutbox({ op, offerId: id, ...change.mail }, at)] : [];
      const location: Statement[] = change.approveLocation
        ? [
            {
              sql: `INSERT INTO partner_locations (id, offer_id, data, created_at, updated_at, approved_at)
                SELECT CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT)
                WHERE EXISTS (SELECT 1 FROM partner_offers p WHERE p.id = ? AND p.last_op = ?)
                ON CONFLICT (id) DO NOTHING`,
              args: [change.approveLocation.id, id, JSON.stringify(change.approveLocation.data), at, at, at, id, op],
            },
          ]
        : [];
      const [result] = await driver.batch([update, ...location, ...mail]);
      return parse(result!.rows)[0];
    },

    /**
     * The "online" mails: for each offer whose approved version is online
     * (published after it was approved), one mail to each active account of
     * its provider. Keyed by the offer and its approval, so calling this
     * again (every publish) mails nobody twice. Returns how many mails were queued.
     */
    async queueOnlineMails(ids: readonly string[], now: Date): Promise<number> {
      const at = now.toISOString();
      const statements: Statement[] = [];
      for (const id of new Set(ids)) {
        const row = parse(await driver.query(`SELECT ${PARTNER_OFFER_COLUMNS} FROM partner_offers WHERE id = ?`, [id]))[0];
        if (!row?.approvedAt || !row.approvedData || !row.publishedAt || row.publishedAt < row.approvedAt) continue;
        const payload = { offerId: row.id, title: String(row.approvedData.title ?? row.id).slice(0, 500) };
        statements.push(offerOutbox({ op: '', key: `online:${row.id}:${row.approvedAt}`, offerId: row.id, kind: 'offer-online', audience: 'partners', payload }, at));
      }
      if (!statements.length) return 0;
      return (await driver.batch(statements)).reduce((n, r) => n + r.rowsAffected, 0);
    },

    /** The locations proposed with an offer and approved with it (not necessarily built yet). */
    async approvedLocations(): Promise<{ id: string; offerId: string; data: Record<string, unknown> }[]> {
      const rows = await driver.query<{ id: string; offer_id: string; data: string }>('SELECT id, offer_id, data FROM partner_locations WHERE approved_at IS NOT NULL ORDER BY id');
      return rows.map((r) => ({ id: r.id, offerId: r.offer_id, data: JSON.parse(r.data) as Record<string, unknown> }));
    },

    /**
     * After a successful build that started at `startedAt`: everything approved before it is online,
     * and what was taken offline before it is not. Returns how many approved offers are online.
     */
    async markPublished(startedAt: Date): Promise<number> {
      const at = startedAt.toISOString();
      const [online] = await driver.batch([
        { sql: 'UPDATE partner_offers SET published_at = ? WHERE approved_at IS NOT NULL AND approved_at <= ?', args: [at, at] },
        { sql: 'UPDATE partner_offers SET published_at = NULL WHERE approved_at IS NULL AND offline_at IS NOT NULL AND offline_at <= ?', args: [at] },
      ]);
      return online!.rowsAffected;
    },

    /**
     * The live site went back to a build that started at `startedAt` ("Terug naar vorige versie"):
     * what was approved before it is online as of then, what was approved later waits for publication again.
     */
    markLiveAsOf(startedAt: Date): Promise<number> {
      const at = startedAt.toISOString();
      return driver.exec('UPDATE partner_offers SET published_at = CASE WHEN approved_at <= ? THEN ? ELSE NULL END WHERE approved_at IS NOT NULL', [at, at]);
    },
  };
}

export type OfferStore = ReturnType<typeof createOfferStore>;

export interface ApprovedOffer {
  id: string;
  data: Record<string, unknown>;
  body: string;
}

/** A location a partner proposed with an offer, approved with it: it joins content/locations at the next build. */
export interface ApprovedLocation {
  id: string;
  data: Record<string, unknown>;
}

/** What the back office adds to the content files: approved partner offers and locations, sessions cancelled. */
export interface ApprovedContent {
  offers: ApprovedOffer[];
  locations: ApprovedLocation[];
  /** Ids of sessions cancelled in the back office (files and database offers alike). */
  cancelledSessions: string[];
}

/** A query on a table that may not exist yet (a database made before its migration was never started): no rows. */
async function rowsOrNone<T extends Record<string, SqlValue>>(driver: SqlDriver, sql: string): Promise<T[]> {
  try {
    return await driver.query<T>(sql);
  } catch (e) {
    // SQLite: "no such table"; PostgreSQL: relation … does not exist (42P01).
    if (/no such table|does not exist/i.test(e instanceof Error ? e.message : '')) return [];
    throw e;
  }
}

/**
 * What the back office approved, for the build's loaders and the commands
 * that read the catalogue outside Astro. Opens the database read only in
 * effect: no file is created and nothing is migrated. Empty when there is no
 * database (yet) or its tables are missing (never started).
 */
export async function readApprovedContent(url: string, authToken?: string): Promise<ApprovedContent> {
  const file = libsqlFilePath(url);
  if (url.startsWith('file:') && (!file || !existsSync(file))) return { offers: [], locations: [], cancelledSessions: [] };
  const driver = await openDriver(url, { authToken });
  try {
    const offers = await rowsOrNone<{ id: string; approved_data: string; approved_body: string | null }>(
      driver,
      'SELECT id, approved_data, approved_body FROM partner_offers WHERE approved_data IS NOT NULL ORDER BY id',
    );
    const locations = await rowsOrNone<{ id: string; data: string }>(driver, 'SELECT id, data FROM partner_locations WHERE approved_at IS NOT NULL ORDER BY id');
    const cancelled = await rowsOrNone<{ session_id: string }>(driver, 'SELECT session_id FROM session_cancellations ORDER BY session_id');
    return {
      offers: offers.map((r) => ({ id: r.id, data: JSON.parse(r.approved_data) as Record<string, unknown>, body: r.approved_body ?? '' })),
      locations: locations.map((r) => ({ id: r.id, data: JSON.parse(r.data) as Record<string, unknown> })),
      cancelledSessions: cancelled.map((r) => r.session_id),
    };
  } finally {
    await driver.close();
  }
}
