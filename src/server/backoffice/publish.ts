/**
 * Publishing from the back office (coordinator only; partners get 403), for
 * /beheer/publiceren/:
 * - the overview: the live version, the publication that runs (bezig met
 *   bouwen, controleren) or just ended (online, mislukt with its reason), the
 *   last publications, and how many approved offers wait for one;
 * - "Publiceren": take the publish lock here (so a second click gets a clear
 *   answer at once) and start scripts/publish.mjs as a process of its own,
 *   which adopts the lock and does the work (publisher.ts). The page answers
 *   straight away; the coordinator reloads it to see the progress;
 * - "Terug naar vorige versie": under the same lock, point `current` at the
 *   previous complete build again. The offers approved after that build was
 *   made wait for publication again.
 */
import { platform } from '#platform';
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isCoordinator, publicationState, type Actor } from '../../domain/admin';
import { activeSteps, failureReasons, previousBuild, type PublicationStep } from '../../domain/publications';
import type { Deps } from '../deps';
import type { Publication } from '../store/publications';
import { LOG_DIR, checkBuildFiles, ensureRoot, listBuilds, liveBuildId, readManifest, switchLive } from './builds';
import { claimPublication, reapPublications } from './publisher';

type ServiceDeps = Pick<Deps, 'store' | 'config' | 'now' | 'log'>;
export type PublishDenied = { type: 'denied'; status: 403 | 409 | 422 | 500; message: string };
const notCoordinator: PublishDenied = { type: 'denied', status: 403, message: 'Alleen de coördinator van het CJG kan de website publiceren.' };
export const edgeMessage = 'Publiceren kan niet op de edge-server. Daar zet de beheerder een nieuwe versie online met npm run build:edge en wrangler deploy.';
export const busyMessage = 'Er loopt al een publicatie. Wacht tot die klaar is en probeer het dan opnieuw.';

export interface PublicationView extends Publication {
  startedByName: string | undefined;
  /** This publication's build is the one online now. */
  live: boolean;
}

export interface PublishOverview {
  /** The live build and since when (the start of the publication that made it), if anything was published. */
  live: { id: string; builtAt: string } | undefined;
  previous: { id: string; builtAt: string } | undefined;
  /** The running publication, or else the newest one. */
  latest: PublicationView | undefined;
  running: boolean;
  recent: PublicationView[];
  /** Approved partner offers not online yet. */
  waiting: number;
}

const root = (deps: Pick<Deps, 'config'>) => resolve(deps.config.BUILDS_DIR);
const isActive = (s: PublicationStep) => activeSteps.includes(s);

export async function publishOverview(actor: Actor, deps: ServiceDeps, limit = 5): Promise<PublishOverview | PublishDenied> {
  if (!isCoordinator(actor)) return notCoordinator;
  await reapPublications(deps);
  const dir = root(deps);
  const liveId = liveBuildId(dir);
  const previousId = previousBuild(listBuilds(dir), liveId);
  const builtAt = (id: string | undefined) => (id ? readManifest(dir, id)?.startedAt : undefined);
  const rows = await deps.store.publications.recent(limit);
  const names = new Map<string, string | undefined>();
  for (const r of rows) if (r.startedBy && !names.has(r.startedBy)) names.set(r.startedBy, (await deps.store.accounts.getUser(r.startedBy))?.name || undefined);
  const recent = rows.map((r) => ({ ...r, startedByName: r.startedBy ? names.get(r.startedBy) : undefined, live: r.state === 'online' && r.buildId === liveId }));
  const offers = await deps.store.offers.approvedOffers();
  return {
    live: liveId ? { id: liveId, builtAt: builtAt(liveId) ?? '' } : undefined,
    previous: previousId ? { id: previousId, builtAt: builtAt(previousId) ?? '' } : undefined,
    latest: recent.find((r) => isActive(r.state)) ?? recent[0],
    running: recent.some((r) => isActive(r.state)),
    recent,
    waiting: offers.filter((o) => publicationState(o) === 'waiting').length,
  };
}

export type PublishNotice = 'gestart' | 'teruggezet';
export type PublishActionResult = { type: 'done'; notice: PublishNotice; publication: string } | PublishDenied;

/** How the service starts the publisher: a process of its own, so it outlives this request (and a restart). */
export type StartPublisher = (publication: string, deps: ServiceDeps) => { pid: number | undefined; onExit: (cb: () => void) => void };

export const startPublisherProcess: StartPublisher = (publication, deps) => {
  const dir = root(deps);
  ensureRoot(dir);
  const log = openSync(join(dir, LOG_DIR, `${publication}.log`), 'a', 0o640);
  try {
    const child = spawn(process.execPath, [resolve('scripts/publish.mjs'), '--publication', publication], {
      cwd: process.cwd(),
      detached: true,
      stdio: ['ignore', log, log],
      env: process.env,
    });
    child.unref();
    return {
      pid: child.pid,
      onExit: (cb) => {
        child.once('exit', cb);
        child.once('error', cb);
      },
    };
  } finally {
    closeSync(log);
  }
};

/** POST {actie: "publiceren" | "terugzetten"}. */
export async function publishAction(actor: Actor, form: URLSearchParams, deps: ServiceDeps, start: StartPublisher = startPublisherProcess): Promise<PublishActionResult> {
  if (!isCoordinator(actor)) return notCoordinator;
  // The edge host runs no builds (workerd has no processes or files): a new version goes online with a deploy.
  if (platform.name === 'workerd') return { type: 'denied', status: 409, message: edgeMessage };
  const action = form.get('actie') ?? '';
  if (action === 'publiceren') return publish(actor, deps, start);
  if (action === 'terugzetten') return rollback(actor, deps);
  return { type: 'denied', status: 422, message: 'Kies wat je wilt doen: publiceren, of terug naar de vorige versie.' };
}

async function publish(actor: Actor, deps: ServiceDeps, start: StartPublisher): Promise<PublishActionResult> {
  await reapPublications(deps);
  const pub = await claimPublication(deps, { kind: 'publish', startedBy: actor.id });
  if (!pub) return { type: 'denied', status: 409, message: busyMessage };
  const pubs = deps.store.publications;
  const abandon = async (reason: string) => {
    await pubs.finish(pub.id, { state: 'failed', reason }, deps.now());
    await pubs.release(pub.id);
  };
  try {
    const child = start(pub.id, deps);
    // The publisher ends its publication itself; if it stopped before that (it crashed), this says so.
    child.onExit(() => {
      void pubs
        .get(pub.id)
        .then((p) => (p && isActive(p.state) ? abandon(failureReasons.interrupted) : undefined))
        .catch(() => {});
    });
  } catch (e) {
    await abandon(failureReasons.startFailed);
    deps.log(`publish: could not start the publisher (${(e as Error).name})`);
    return { type: 'denied', status: 500, message: `${failureReasons.startFailed} De website is niet veranderd. Probeer het later opnieuw.` };
  }
  deps.log(`publish: ${pub.id} started from the back office`);
  return { type: 'done', notice: 'gestart', publication: pub.id };
}

async function rollback(actor: Actor, deps: ServiceDeps): Promise<PublishActionResult> {
  const dir = root(deps);
  const liveId = liveBuildId(dir);
  const target = previousBuild(listBuilds(dir), liveId);
  if (!liveId || !target) return { type: 'denied', status: 409, message: 'Er is geen vorige versie om naar terug te gaan.' };
  await reapPublications(deps);
  const pub = await claimPublication(deps, { kind: 'rollback', buildId: target, fromBuildId: liveId, startedBy: actor.id });
  if (!pub) return { type: 'denied', status: 409, message: busyMessage };
  const pubs = deps.store.publications;
  try {
    // The live build may have changed between the read above and taking the lock.
    const problems = liveBuildId(dir) === liveId ? checkBuildFiles(join(dir, target)) : ['de website is intussen opnieuw gepubliceerd'];
    const manifest = readManifest(dir, target);
    if (problems.length || !manifest) {
      const reason = `De vorige versie kan niet terug: ${problems.join('; ') || 'de gegevens van die versie ontbreken'}.`;
      await pubs.finish(pub.id, { state: 'failed', reason }, deps.now());
      return { type: 'denied', status: 409, message: `${reason} De huidige versie blijft online.` };
    }
    switchLive(dir, target);
    await deps.store.offers.markLiveAsOf(new Date(manifest.startedAt));
    await pubs.finish(pub.id, { state: 'online' }, deps.now());
    deps.log(`publish: back to ${target} (was ${liveId})`);
    return { type: 'done', notice: 'teruggezet', publication: pub.id };
  } catch (e) {
    const reason = `${failureReasons.switchFailed} (${(e as Error).name})`;
    await pubs.finish(pub.id, { state: 'failed', reason }, deps.now());
    return { type: 'denied', status: 500, message: `${reason} De huidige versie blijft online.` };
  } finally {
    await pubs.release(pub.id);
  }
}
