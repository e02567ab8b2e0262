/**
 * Publications of the site and the one publish lock, over the SQL driver.
 *
 * The lock is one row (`publish_lock`, id 1). Taking it is ONE conditional
 * UPDATE: it succeeds only when the row is free, its lease ran out, or it
 * still holds exactly the holder and lease the caller read (and judged dead:
 * `lockIsFree` in src/domain/publications.ts). So two publications never run
 * at once, on SQLite and PostgreSQL alike, and a crashed publisher frees it by
 * itself when its lease runs out. The publication's row is written in the
 * same batch, only when the lock was taken.
 */
import { activeSteps, type PublicationKind, type PublicationStep, type PublishLock } from '../../domain/publications';
import { PUBLICATION_COLUMNS, PUBLISH_LOCK_COLUMNS, publicationRow, publishLockRow, type Publication } from '../../schemas/rows';
import type { SqlDriver, SqlValue } from './driver';

export type { Publication };

const ACTIVE = activeSteps.map((s) => `'${s}'`).join(', ');
const parse = (rows: Record<string, SqlValue>[]) => rows.map((r) => publicationRow.parse(r));

export interface NewPublication {
  id: string;
  kind: PublicationKind;
  /** The folder it builds into, or (rollback) the build it goes back to. */
  buildId: string;
  fromBuildId?: string | undefined;
  /** Account id; undefined for the command line. */
  startedBy?: string | undefined;
  state: PublicationStep;
}

export interface LockClaim {
  pid: number;
  host: string;
  leaseMs: number;
  /** The lock as the caller read it, when it judged the holder dead (pid gone): taken only if unchanged. */
  seen?: PublishLock | undefined;
}

export function createPublicationStore(driver: SqlDriver) {
  return {
    async lock(): Promise<PublishLock | undefined> {
      const [row] = await driver.query(`SELECT ${PUBLISH_LOCK_COLUMNS} FROM publish_lock WHERE id = 1`);
      return row ? publishLockRow.parse(row) : undefined;
    },

    /**
     * Take the lock for a new publication and write its row; undefined when
     * another publication holds it. Active rows of publishers that lost the
     * lock (they died) are marked failed with `staleReason` in the same batch.
     */
    async start(p: NewPublication, claim: LockClaim, now: Date, staleReason: string): Promise<Publication | undefined> {
      const at = now.toISOString();
      const until = new Date(now.getTime() + claim.leaseMs).toISOString();
      const seen = claim.seen?.holder ? claim.seen : undefined;
      const held = `EXISTS (SELECT 1 FROM publish_lock WHERE id = 1 AND holder = ?)`;
      const [taken, , inserted] = await driver.batch([
        {
          sql: `UPDATE publish_lock SET holder = ?, pid = ?, host = ?, lease_until = ?
                WHERE id = 1 AND (holder IS NULL OR lease_until IS NULL OR lease_until < ? OR (holder = ? AND lease_until = ?))
                RETURNING holder`,
          args: [p.id, claim.pid, claim.host, until, at, seen?.holder ?? null, seen?.leaseUntil ?? null],
        },
        {
          sql: `UPDATE publications SET state = 'failed', reason = ?, finished_at = ? WHERE state IN (${ACTIVE}) AND id <> ? AND ${held}`,
          args: [staleReason, at, p.id, p.id],
        },
        {
          sql: `INSERT INTO publications (id, kind, state, build_id, from_build_id, started_by, started_at)
                SELECT ?, ?, ?, ?, ?, ?, ? WHERE ${held} RETURNING ${PUBLICATION_COLUMNS}`,
          args: [p.id, p.kind, p.state, p.buildId, p.fromBuildId ?? null, p.startedBy ?? null, at, p.id],
        },
      ]);
      if (!taken!.rows.length) return undefined;
      return parse(inserted!.rows)[0];
    },

    /** Renew the lease (and name the process that now holds it); false when the lock was lost. */
    async renew(holder: string, now: Date, leaseMs: number, pid?: number): Promise<boolean> {
      const until = new Date(now.getTime() + leaseMs).toISOString();
      const n = await driver.exec('UPDATE publish_lock SET lease_until = ?, pid = COALESCE(CAST(? AS INTEGER), pid) WHERE id = 1 AND holder = ?', [until, pid ?? null, holder]);
      return n === 1;
    },

    /** Free the lock, if `holder` still has it. */
    async release(holder: string): Promise<void> {
      await driver.exec('UPDATE publish_lock SET holder = NULL, pid = NULL, host = NULL, lease_until = NULL WHERE id = 1 AND holder = ?', [holder]);
    },

    /** The next step of a running publication (never revives a finished one). */
    async step(id: string, state: PublicationStep, fields: { buildPid?: number | null } = {}): Promise<boolean> {
      const sets = ['state = ?'];
      const args: SqlValue[] = [state];
      if (fields.buildPid !== undefined) (sets.push('build_pid = ?'), args.push(fields.buildPid));
      args.push(id);
      return (await driver.exec(`UPDATE publications SET ${sets.join(', ')} WHERE id = ? AND state IN (${ACTIVE})`, args)) === 1;
    },

    /** Online or failed; `offers`: approved partner offers that went online. */
    async finish(id: string, result: { state: 'online' | 'failed'; reason?: string | undefined; offers?: number | undefined }, now: Date): Promise<boolean> {
      const n = await driver.exec(`UPDATE publications SET state = ?, reason = ?, offers = ?, build_pid = NULL, finished_at = ? WHERE id = ? AND state IN (${ACTIVE})`, [
        result.state,
        result.reason ?? null,
        result.offers ?? null,
        now.toISOString(),
        id,
      ]);
      return n === 1;
    },

    /** Active publications whose publisher no longer holds a live lock: failed, with `reason`. */
    reapStale(now: Date, reason: string): Promise<number> {
      const at = now.toISOString();
      return driver.exec(
        `UPDATE publications SET state = 'failed', reason = ?, build_pid = NULL, finished_at = ?
         WHERE state IN (${ACTIVE}) AND NOT EXISTS (SELECT 1 FROM publish_lock WHERE id = 1 AND holder = publications.id AND lease_until >= ?)`,
        [reason, at, at],
      );
    },

    async get(id: string): Promise<Publication | undefined> {
      return parse(await driver.query(`SELECT ${PUBLICATION_COLUMNS} FROM publications WHERE id = ?`, [id]))[0];
    },

    /** Newest first. */
    async recent(limit: number): Promise<Publication[]> {
      return parse(await driver.query(`SELECT ${PUBLICATION_COLUMNS} FROM publications ORDER BY started_at DESC, id DESC LIMIT ?`, [limit]));
    },

    /** The publication that built `buildId` (its start time says which approved offers it holds). */
    async ofBuild(buildId: string): Promise<Publication | undefined> {
      return parse(await driver.query(`SELECT ${PUBLICATION_COLUMNS} FROM publications WHERE kind = 'publish' AND build_id = ? ORDER BY started_at DESC LIMIT 1`, [buildId]))[0];
    },
  };
}

export type PublicationStore = ReturnType<typeof createPublicationStore>;
