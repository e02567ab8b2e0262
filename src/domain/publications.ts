/**
 * Publishing the site, the pure rules (no I/O): a publication builds the
 * site into a new folder `<BUILDS_DIR>/<build id>/`, checks it and only then
 * makes it the live one; one publication at a time (a lock with a lease);
 * which old builds to delete; which build "Terug naar vorige versie" goes
 * back to; and the Dutch words the back office uses. The I/O lives in
 * src/server/backoffice/builds.ts (the folder), publisher.ts (the job),
 * publish.ts (the back-office service) and src/server/store/publications.ts.
 */

export type PublicationKind = 'publish' | 'rollback';
export type PublicationStep = 'building' | 'checking' | 'online' | 'failed';
export const activeSteps: readonly PublicationStep[] = ['building', 'checking'];

export const stepLabels: Record<PublicationStep, string> = {
  building: 'Bezig met bouwen',
  checking: 'Bezig met controleren',
  online: 'Online',
  failed: 'Mislukt',
};

/** How many finished builds stay on disk (the live one is always kept as well). */
export const KEEP_BUILDS = 3;
/** A publisher renews its lock this often… */
export const HEARTBEAT_MS = 5_000;
/** …and holds it this long after the last renewal: a publisher that died frees it after this at the latest. */
export const LEASE_MS = 30_000;

/** `20261201-134501-3f9a`: UTC time of the start plus 4 random hex digits; sorts by age. */
export const BUILD_ID = /^\d{8}-\d{6}-[0-9a-f]{4}$/;

export function newBuildId(now: Date, randomHex: string): string {
  const iso = now.toISOString(); // 2026-12-01T13:45:01.123Z
  const stamp = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}`;
  const suffix = randomHex.toLowerCase().replace(/[^0-9a-f]/g, '').padEnd(4, '0').slice(0, 4);
  return `${stamp}-${suffix}`;
}

export interface BuildFolder {
  id: string;
  /** The build passed its checks (its manifest is written last). A folder without one is a failed or killed build. */
  complete: boolean;
}

/**
 * The build folders to delete: every incomplete one (a failed or killed build)
 * except the one being built now, and the complete ones beyond the newest
 * `keep`. The live build and the one being built are never deleted, even
 * when older (after "Terug naar vorige versie").
 */
export function buildsToPrune(builds: readonly BuildFolder[], opts: { live?: string | undefined; building?: string | undefined; keep?: number }): string[] {
  const keep = opts.keep ?? KEEP_BUILDS;
  const protectedIds = new Set([opts.live, opts.building].filter((x): x is string => !!x));
  const complete = builds.filter((b) => b.complete).map((b) => b.id).sort().reverse();
  const kept = new Set(complete.slice(0, keep));
  return builds
    .filter((b) => !protectedIds.has(b.id) && (!b.complete || !kept.has(b.id)))
    .map((b) => b.id)
    .sort();
}

/** The build "Terug naar vorige versie" goes to: the newest complete build older than the live one. */
export function previousBuild(builds: readonly BuildFolder[], live: string | undefined): string | undefined {
  if (!live) return undefined;
  return builds
    .filter((b) => b.complete && b.id < live)
    .map((b) => b.id)
    .sort()
    .at(-1);
}

export interface PublishLock {
  /** The publication that holds the lock; null when free. */
  holder: string | null;
  pid: number | null;
  host: string | null;
  leaseUntil: string | null;
}

/**
 * May a new publication take the lock? Yes when nobody holds it, when the
 * holder's lease ran out (it stopped renewing: crashed, killed, or its machine
 * is gone), or when the holder ran on this machine and its process no longer
 * exists (then there is no need to wait for the lease).
 */
export function lockIsFree(lock: PublishLock | undefined, now: Date, here: { host: string; isAlive: (pid: number) => boolean }): boolean {
  if (!lock || !lock.holder) return true;
  if (!lock.leaseUntil || Date.parse(lock.leaseUntil) < now.getTime()) return true;
  if (lock.host === here.host && lock.pid !== null && !here.isAlive(lock.pid)) return true;
  return false;
}

/** Dutch reasons for a failed publication; the back office adds that the old version stays online. */
export const failureReasons = {
  killed: 'Het bouwen is afgebroken: het programma dat de website bouwt, is onverwacht gestopt.',
  timeout: (minutes: number) => `Het bouwen duurde langer dan ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} en is gestopt.`,
  interrupted: 'Het publiceren is onderbroken: het programma dat publiceerde, is gestopt.',
  lockLost: 'Het publiceren is gestopt, omdat een andere publicatie het overnam.',
  switchFailed: 'De nieuwe versie is gebouwd en gecontroleerd, maar kon niet online worden gezet.',
  startFailed: 'Het publiceren kon niet starten.',
} as const;

const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g;

/**
 * The reason a build failed, for the coordinator: the build tool's own error
 * (`[InvalidContentEntryDataError] offers → kapot data does not match…` and
 * the field messages under it, which our schemas write in Dutch), trimmed.
 */
export function buildFailureReason(output: string, exit: { code: number | null; signal: string | null }): string {
  if (exit.signal) return failureReasons.killed;
  const lines = output.replace(ANSI, '').split(/\r?\n/);
  let start = lines.findIndex((l) => /^\s*(\[[A-Za-z]*Error\]|error\s)/.test(l));
  if (start === -1) start = lines.findIndex((l) => /error/i.test(l) && !/^\s*at /.test(l));
  let detail = '';
  if (start !== -1) {
    const picked: string[] = [];
    for (const line of lines.slice(start, start + 12)) {
      if (/^\s*(Hint|Error reference|Location|Stack trace):/.test(line) || /^\s*at /.test(line)) break;
      if (line.trim()) picked.push(line.trim());
    }
    detail = picked.join(' ').replace(/^\[[A-Za-z]*Error\]\s*/, '');
  }
  if (detail.length > 400) detail = `${detail.slice(0, 397)}…`;
  const base = `Het bouwen van de website is mislukt${exit.code !== null ? ` (foutcode ${exit.code})` : ''}.`;
  return detail ? `${base} Melding: ${detail}` : base;
}

/** "1 minuut en 5 seconden", "12 seconden": how long a publication took. */
export function durationText(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const m = Math.floor(s / 60);
  const rest = s % 60;
  const sec = `${rest} ${rest === 1 ? 'seconde' : 'seconden'}`;
  if (!m) return sec;
  const min = `${m} ${m === 1 ? 'minuut' : 'minuten'}`;
  return rest ? `${min} en ${sec}` : min;
}
