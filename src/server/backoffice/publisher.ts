/**
 * The publication job: what `npm run publish` and the back office's
 * "Publiceren" button run (scripts/publish.mjs, a process of its own).
 *
 * 1. Take the publish lock (or, started from the back office, adopt the lock
 *    the service took) and renew it every few seconds while working.
 * 2. Bouwen: `astro build --outDir <BUILDS_DIR>/<new id>` as a child process;
 *    the offers loader reads the approved offers from the database.
 * 3. Controleren: the file checks (builds.ts) and a real request to the new
 *    build's on-demand handler.
 * 4. Online: write the manifest, switch `current` to the new build (one
 *    rename), mark the offers approved before the build started as published,
 *    delete old builds.
 * A failure at any step deletes the new folder and leaves `current` alone:
 * the old site keeps serving. A build process that is killed counts as
 * failed; a publisher that is killed stops renewing its lock, which frees
 * itself (the lease, or at once when its process is gone).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  HEARTBEAT_MS,
  LEASE_MS,
  buildFailureReason,
  failureReasons,
  lockIsFree,
  newBuildId,
  type PublicationKind,
  type PublishLock,
} from '../../domain/publications';
import { notifyOnline } from './offers';
import type { Deps } from '../deps';
import type { Publication } from '../store/publications';
import { buildDir, checkBuildFiles, ensureRoot, pruneBuilds, removeBuild, sourceHash, switchLive, writeManifest } from './builds';

type PublishDeps = Pick<Deps, 'store' | 'config' | 'now' | 'log'>;

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export const here = () => ({ host: hostname(), isAlive });

/** Free a lock whose holder is gone (dead process on this machine, or lease run out) and fail its publication. */
export async function reapPublications(deps: PublishDeps): Promise<void> {
  const lock = await deps.store.publications.lock();
  if (lock?.holder && lockIsFree(lock, deps.now(), here())) await deps.store.publications.release(lock.holder);
  await deps.store.publications.reapStale(deps.now(), failureReasons.interrupted);
}

/**
 * Take the lock for a new publication and write its row; undefined when
 * another one runs. `pid` holds the lock until the publisher adopts it.
 */
export async function claimPublication(
  deps: PublishDeps,
  p: { kind: PublicationKind; buildId?: string; fromBuildId?: string | undefined; startedBy?: string | undefined; pid?: number },
): Promise<Publication | undefined> {
  const now = deps.now();
  const id = newBuildId(now, randomBytes(2).toString('hex'));
  const lock = await deps.store.publications.lock();
  // A holder judged dead by its pid is taken over only if the lock is still exactly as read.
  const seen: PublishLock | undefined = lock?.holder && lockIsFree(lock, now, here()) ? lock : undefined;
  return deps.store.publications.start(
    { id, kind: p.kind, buildId: p.buildId ?? id, fromBuildId: p.fromBuildId, startedBy: p.startedBy, state: p.kind === 'publish' ? 'building' : 'checking' },
    { pid: p.pid ?? process.pid, host: hostname(), leaseMs: LEASE_MS, seen },
    now,
    failureReasons.interrupted,
  );
}

export type PublishResult =
  | { ok: true; publication: string; buildId: string; offers: number; ms: number }
  | { ok: false; busy?: boolean; publication?: string; reason: string };

export interface PublishOptions {
  /** The publication the back office started: it already holds the lock (with the server's pid). */
  publication?: string | undefined;
  /** The project folder (sources, node_modules); default the working directory. */
  projectRoot?: string;
  /** Extra options for `astro build`. */
  astroArgs?: string[];
  /** Where the build's output goes (default: this process's stdout/stderr). */
  out?: (chunk: Buffer) => void;
}

const OUTPUT_TAIL = 64 * 1024;

/** Run one publication to its end: online, or failed with a Dutch reason. Never throws for a failed build. */
export async function runPublication(deps: Deps, opts: PublishOptions = {}): Promise<PublishResult> {
  const projectRoot = resolve(opts.projectRoot ?? '.');
  const root = resolve(projectRoot, deps.config.BUILDS_DIR);
  ensureRoot(root);
  const pubs = deps.store.publications;

  let pub: Publication | undefined;
  if (opts.publication) {
    pub = await pubs.get(opts.publication);
    if (!pub || pub.kind !== 'publish' || pub.state !== 'building' || !(await pubs.renew(pub.id, deps.now(), LEASE_MS, process.pid)))
      return { ok: false, reason: `publication ${opts.publication} is not waiting to be built (finished, or its lock was lost)` };
  } else {
    await reapPublications(deps);
    pub = await claimPublication(deps, { kind: 'publish' });
    if (!pub) return { ok: false, busy: true, reason: 'Er loopt al een publicatie. Wacht tot die klaar is.' };
  }
  const id = pub.buildId;
  const dir = buildDir(root, id);
  const startedAt = new Date(pub.startedAt);
  const hash = sourceHash(projectRoot);

  let lost = false;
  let child: ChildProcess | undefined;
  const killBuild = () => {
    if (child?.pid) {
      try {
        process.kill(-child.pid, 'SIGKILL'); // its process group: astro and what it started
      } catch {
        child.kill('SIGKILL');
      }
    }
  };
  const heartbeat = setInterval(() => {
    pubs.renew(pub!.id, deps.now(), LEASE_MS).then(
      (held) => {
        if (!held) ((lost = true), killBuild());
      },
      () => {},
    );
  }, HEARTBEAT_MS);
  heartbeat.unref();
  // Stopped by Ctrl-C or a service manager: stop the build too, and say so.
  let stopped = false;
  const onSignal = () => ((stopped = true), killBuild());
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const fail = async (reason: string): Promise<PublishResult> => {
    clearInterval(heartbeat);
    removeBuild(root, id);
    await pubs.finish(pub!.id, { state: 'failed', reason }, deps.now());
    await pubs.release(pub!.id);
    deps.log(`publish: ${pub!.id} failed: ${reason}`);
    return { ok: false, publication: pub!.id, reason };
  };

  try {
    // 1. Bouwen.
    const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
    const out = opts.out ?? ((c: Buffer) => process.stdout.write(c));
    let tail = '';
    const timeoutMs = deps.config.PUBLISH_TIMEOUT_SECONDS * 1000;
    let timedOut = false;
    const exit = await new Promise<{ code: number | null; signal: string | null } | Error>((done) => {
      child = spawn(process.execPath, [astro, 'build', '--outDir', dir, ...(opts.astroArgs ?? [])], {
        cwd: projectRoot,
        // Its own process group, so a timeout or a lost lock stops everything it started.
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      });
      const collect = (c: Buffer) => {
        out(c);
        tail = (tail + c.toString('utf8')).slice(-OUTPUT_TAIL);
      };
      child.stdout!.on('data', collect);
      child.stderr!.on('data', collect);
      child.once('error', done);
      // 'close' comes once its output is read to the end; a process it started may hold the pipes
      // open after it exited, so 'exit' gives the output two more seconds at most.
      child.once('close', (code, signal) => done({ code, signal }));
      child.once('exit', (code, signal) => setTimeout(() => done({ code, signal }), 2000).unref());
      const timer = setTimeout(() => ((timedOut = true), killBuild()), timeoutMs);
      timer.unref();
      child.once('exit', () => clearTimeout(timer));
      if (child.pid) void pubs.step(pub!.id, 'building', { buildPid: child.pid }).catch(() => {});
    });
    // Whatever the build started and left behind (its group) goes with it.
    killBuild();
    if (exit instanceof Error) return await fail(`${failureReasons.startFailed} (${exit.message})`);
    if (lost) return await fail(failureReasons.lockLost);
    if (stopped) return await fail(failureReasons.interrupted);
    if (timedOut) return await fail(failureReasons.timeout(Math.max(1, Math.round(timeoutMs / 60_000))));
    if (exit.code !== 0) return await fail(buildFailureReason(tail, exit));

    // 2. Controleren.
    if (!(await pubs.step(pub.id, 'checking', { buildPid: null }))) return await fail(failureReasons.lockLost);
    const problems = [...checkBuildFiles(dir), ...(await smokeCheck(dir, deps))];
    if (problems.length) return await fail(`De controle van de nieuwe versie is mislukt: ${problems.join('; ')}.`);
    if (lost || stopped) return await fail(lost ? failureReasons.lockLost : failureReasons.interrupted);

    // 3. Online.
    writeManifest(root, { id, publication: pub.id, startedAt: startedAt.toISOString(), checkedAt: deps.now().toISOString(), sourceHash: hash });
    try {
      switchLive(root, id);
    } catch (e) {
      return await fail(`${failureReasons.switchFailed} (${(e as Error).message})`);
    }
    clearInterval(heartbeat);
    const offers = await deps.store.offers.markPublished(startedAt);
    await pubs.finish(pub.id, { state: 'online', offers }, deps.now());
    // Each partner hears once per approval that their offer is online (offers already announced are skipped).
    await notifyOnline(deps, (await deps.store.offers.approvedOffers()).map((o) => o.id)).catch((e: unknown) =>
      deps.log(`publish: the "online" mails could not be queued (${e instanceof Error ? e.name : 'error'})`),
    );
    await pubs.release(pub.id);
    const gone = pruneBuilds(root);
    const ms = deps.now().getTime() - startedAt.getTime();
    deps.log(`publish: ${id} is online after ${(ms / 1000).toFixed(1)} s (${offers} approved partner offer(s)); removed ${gone.length} old build(s)`);
    return { ok: true, publication: pub.id, buildId: id, offers, ms };
  } catch (e) {
    return await fail(`${failureReasons.switchFailed} (${(e as Error).message})`);
  } finally {
    clearInterval(heartbeat);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** Pages the check asks the new build's on-demand handler for: a back-office page and a public one. */
const SMOKE_PATHS = ['/beheer/inloggen/', '/aanbod/filter/'];

/**
 * Load the new build's server part (as scripts/serve.mjs will) and let it
 * answer real requests on a loopback port: it must import and render.
 */
export async function smokeCheck(dir: string, deps: Deps): Promise<string[]> {
  let handler: (req: unknown, res: unknown, next: () => void, locals: unknown) => unknown;
  try {
    ({ handler } = (await import(/* @vite-ignore */ pathToFileURL(join(dir, 'server/entry.mjs')).href)) as { handler: typeof handler });
  } catch (e) {
    return [`het serverdeel laadt niet (${(e as Error).message.split('\n')[0]})`];
  }
  const server = createServer((req, res) =>
    handler(req, res, () => ((res.statusCode = 404), res.end()), { deps }),
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  const problems: string[] = [];
  try {
    for (const path of SMOKE_PATHS) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(15_000) });
        const html = await res.text();
        if (res.status !== 200 || !/<html[^>]*\blang="nl"/.test(html)) problems.push(`de pagina ${path} geeft een fout (${res.status})`);
      } catch (e) {
        problems.push(`de pagina ${path} antwoordt niet (${(e as Error).name})`);
      }
    }
  } finally {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
  return problems;
}
