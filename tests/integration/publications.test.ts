/**
 * Publishing without a real build: the publish lock on every engine (libSQL
 * and D1 always, PostgreSQL when TEST_POSTGRES_URL is set), and the back
 * office's service (src/server/backoffice/publish.ts) over a real runtime
 * with a stand-in for the publisher process and fake build folders. The real
 * build, switch and server are tested end to end in tests/e2e/publish.spec.ts.
 */
import { mkdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LEASE_MS, failureReasons } from '../../src/domain/publications';
import { REQUIRED_PAGES, liveBuildId, pruneBuilds, switchLive, writeManifest } from '../../src/server/backoffice/builds';
import { claimPublication } from '../../src/server/backoffice/publisher';
import { busyMessage, publishAction, publishOverview, type StartPublisher } from '../../src/server/backoffice/publish';
import type { SqlDriver } from '../../src/server/store/driver';
import { migrate } from '../../src/server/store/migrate';
import { coreMigrations } from '../../src/server/store/migrations/sql/core';
import { createPublicationStore, type NewPublication } from '../../src/server/store/publications';
import { partnerOfferData } from '../support/partner-offer';
import { engines } from './engines';
import { coordinator, NOW, testEnv, type TestEnv } from './helpers';

const at = (ms: number) => new Date(NOW.getTime() + ms);
const pub = (id: string): NewPublication => ({ id, kind: 'publish', buildId: id, state: 'building' });
const claim = { pid: process.pid, host: 'web1', leaseMs: LEASE_MS };

describe.each(engines.map((e) => [e.name, e] as const))('the publish lock on %s', (_name, engine) => {
  let driver: SqlDriver;
  let drop: () => Promise<void>;
  beforeEach(async () => {
    ({ driver, drop } = await engine.open());
    await migrate(driver, coreMigrations);
  });
  afterEach(() => drop());

  it('lets one publication run at a time, and the next one after release', async () => {
    const store = createPublicationStore(driver);
    expect((await store.start(pub('p1'), claim, NOW, 'x'))?.state).toBe('building');
    expect(await store.start(pub('p2'), claim, at(1000), 'x')).toBeUndefined();
    expect(await store.get('p2')).toBeUndefined();
    await store.release('p2'); // not the holder: changes nothing
    expect((await store.lock())?.holder).toBe('p1');
    expect(await store.finish('p1', { state: 'online', offers: 2 }, at(2000))).toBe(true);
    await store.release('p1');
    expect((await store.start(pub('p2'), claim, at(3000), 'x'))?.id).toBe('p2');
  });

  it('of many at once, exactly one gets it', async () => {
    const store = createPublicationStore(driver);
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => store.start(pub(`p${i}`), claim, NOW, 'x').catch(() => undefined)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await store.recent(20)).toHaveLength(1);
  });

  it('frees itself when the holder stops renewing; the stale publication is marked failed', async () => {
    const store = createPublicationStore(driver);
    await store.start(pub('p1'), claim, NOW, 'x');
    expect(await store.renew('p1', at(20_000), LEASE_MS)).toBe(true); // lease until +50 s
    expect(await store.start(pub('p2'), claim, at(49_000), 'onderbroken')).toBeUndefined();
    expect((await store.start(pub('p2'), claim, at(51_000), 'onderbroken'))?.id).toBe('p2');
    expect(await store.get('p1')).toMatchObject({ state: 'failed', reason: 'onderbroken' });
    // The old holder has lost it: it cannot renew, step or finish its way back.
    expect(await store.renew('p1', at(52_000), LEASE_MS)).toBe(false);
    expect(await store.step('p1', 'checking')).toBe(false);
    expect(await store.finish('p1', { state: 'online' }, at(53_000))).toBe(false);
  });

  it('is taken over from a dead holder only if it is still exactly as read', async () => {
    const store = createPublicationStore(driver);
    await store.start(pub('p1'), claim, NOW, 'x');
    const seen = await store.lock();
    expect(await store.start(pub('p2'), { ...claim, seen }, at(1000), 'gestopt')).toMatchObject({ id: 'p2' });
    // A judgement on an older read does not win: p2 renewed since.
    const old = await store.lock();
    await store.renew('p2', at(2000), LEASE_MS);
    expect(await store.start(pub('p3'), { ...claim, seen: old }, at(3000), 'gestopt')).toBeUndefined();
    expect((await store.lock())?.holder).toBe('p2');
  });

  it('records the build process and the steps; the newest first', async () => {
    const store = createPublicationStore(driver);
    await store.start(pub('p1'), claim, NOW, 'x');
    expect(await store.step('p1', 'building', { buildPid: 4242 })).toBe(true);
    expect(await store.get('p1')).toMatchObject({ buildPid: 4242, state: 'building' });
    expect(await store.step('p1', 'checking', { buildPid: null })).toBe(true);
    expect(await store.renew('p1', at(1000), LEASE_MS, 777)).toBe(true);
    expect((await store.lock())?.pid).toBe(777);
    await store.finish('p1', { state: 'failed', reason: 'kapot' }, at(2000));
    await store.release('p1');
    await store.start({ ...pub('p2'), kind: 'rollback', buildId: 'b1', fromBuildId: 'b2', state: 'checking' }, claim, at(3000), 'x');
    expect((await store.recent(5)).map((p) => [p.id, p.state, p.buildPid ?? null])).toEqual([
      ['p2', 'checking', null],
      ['p1', 'failed', null],
    ]);
    expect((await store.ofBuild('p1'))?.id).toBe('p1');
  });

  it('reaps active publications whose lock ran out', async () => {
    const store = createPublicationStore(driver);
    await store.start(pub('p1'), claim, NOW, 'x');
    expect(await store.reapStale(at(10_000), 'onderbroken')).toBe(0);
    expect(await store.reapStale(at(LEASE_MS + 1), 'onderbroken')).toBe(1);
    expect(await store.get('p1')).toMatchObject({ state: 'failed', reason: 'onderbroken' });
  });
});

/** A build folder as publishing leaves it: the files the checks look for, and the manifest last. */
function fakeBuild(root: string, id: string, startedAt: Date) {
  const dir = join(root, id);
  for (const page of REQUIRED_PAGES) {
    mkdirSync(join(dir, 'client', page), { recursive: true });
    writeFileSync(join(dir, 'client', page, 'index.html'), '<!DOCTYPE html><html lang="nl"><body>x</body></html>\n');
  }
  mkdirSync(join(dir, 'client/pagefind'), { recursive: true });
  mkdirSync(join(dir, 'server'), { recursive: true });
  for (const f of ['client/404.html', 'client/pagefind/pagefind.js', 'client/sitemap-index.xml', 'server/entry.mjs']) writeFileSync(join(dir, f), '');
  writeFileSync(join(dir, 'csp.json'), JSON.stringify({ scripts: ["'sha256-AAAA'"], styles: [] }));
  writeManifest(root, { id, publication: id, startedAt: startedAt.toISOString(), checkedAt: startedAt.toISOString(), sourceHash: 'x' });
}

describe('the back office service', () => {
  let env: TestEnv;
  let root: string;
  let started: { id: string; exit: () => void }[];
  const start: StartPublisher = (publication) => {
    let exit = () => {};
    started.push({ id: publication, exit: () => exit() });
    return { pid: 1, onExit: (cb) => void (exit = cb) };
  };
  const form = (actie: string) => new URLSearchParams({ actie });
  const partner = { id: 'u-p', role: 'partner' as const, partnerId: 'kenter-jeugdhulp' };

  beforeEach(async () => {
    env = await testEnv();
    root = join(env.dir, 'builds');
    env.deps.config.BUILDS_DIR = root;
    started = [];
  });
  afterEach(() => env.cleanup());

  it('is for the coordinator only: a partner gets 403 on the page and on every action', async () => {
    expect(await publishOverview(partner, env.deps)).toMatchObject({ type: 'denied', status: 403 });
    for (const actie of ['publiceren', 'terugzetten', 'x']) expect(await publishAction(partner, form(actie), env.deps, start)).toMatchObject({ status: 403 });
    expect(started).toHaveLength(0);
  });

  it('refuses an unknown action with a Dutch message (422)', async () => {
    expect(await publishAction(coordinator, form('alles-wissen'), env.deps, start)).toEqual({
      type: 'denied',
      status: 422,
      message: 'Kies wat je wilt doen: publiceren, of terug naar de vorige versie.',
    });
    expect(await publishAction(coordinator, new URLSearchParams(), env.deps, start)).toMatchObject({ status: 422 });
  });

  it('starts one publisher holding the lock; a second click is told to wait (409)', async () => {
    const first = await publishAction(coordinator, form('publiceren'), env.deps, start);
    expect(first).toMatchObject({ type: 'done', notice: 'gestart' });
    expect(started).toHaveLength(1);
    expect((await env.deps.store.publications.lock())?.holder).toBe(started[0]!.id);
    expect(await publishAction(coordinator, form('publiceren'), env.deps, start)).toEqual({ type: 'denied', status: 409, message: busyMessage });
    const overview = await publishOverview(coordinator, env.deps);
    expect(overview).toMatchObject({ running: true, latest: { state: 'building', startedBy: coordinator.id }, live: undefined });
  });

  it('a publisher that stops before finishing leaves a failed publication and a free lock', async () => {
    await publishAction(coordinator, form('publiceren'), env.deps, start);
    started[0]!.exit();
    await expect.poll(async () => (await env.deps.store.publications.get(started[0]!.id))?.state).toBe('failed');
    expect((await env.deps.store.publications.get(started[0]!.id))?.reason).toBe(failureReasons.interrupted);
    expect((await env.deps.store.publications.lock())?.holder).toBeNull();
    expect(await publishAction(coordinator, form('publiceren'), env.deps, start)).toMatchObject({ type: 'done' });
  });

  it('a publisher that cannot start frees the lock and says so (never a bare 500)', async () => {
    const broken: StartPublisher = () => {
      throw new Error('spawn EACCES');
    };
    const r = await publishAction(coordinator, form('publiceren'), env.deps, broken);
    expect(r).toMatchObject({ type: 'denied', status: 500 });
    expect((r as { message: string }).message).toContain('De website is niet veranderd');
    expect((await env.deps.store.publications.lock())?.holder).toBeNull();
  });

  it('a lock held by a process that is gone is taken over at once', async () => {
    const dead = await claimPublication(env.deps, { kind: 'publish', pid: 2 ** 22 + 12345 });
    expect(dead).toBeDefined();
    expect(await publishAction(coordinator, form('publiceren'), env.deps, start)).toMatchObject({ type: 'done' });
    expect((await env.deps.store.publications.get(dead!.id))?.state).toBe('failed');
  });

  it('"Terug naar vorige versie" points current at the previous build; later approvals wait again', async () => {
    expect(await publishAction(coordinator, form('terugzetten'), env.deps, start)).toEqual({ type: 'denied', status: 409, message: 'Er is geen vorige versie om naar terug te gaan.' });
    const [a, b, c] = ['20261123-100000-aaaa', '20261123-110000-bbbb', '20261123-120000-cccc'];
    fakeBuild(root, a, new Date('2026-11-23T10:00:00Z'));
    fakeBuild(root, b, new Date('2026-11-23T11:00:00Z'));
    fakeBuild(root, c, new Date('2026-11-23T12:00:00Z'));
    switchLive(root, c);
    // An offer approved at 10:30 is in b and c; one approved at 11:30 only in c.
    const offers = env.deps.store.offers;
    for (const [id, time] of [['vroeg', '2026-11-23T10:30:00Z'], ['laat', '2026-11-23T11:30:00Z']] as const) {
      await offers.insertOffer({ id, provider: 'kenter-jeugdhulp', data: partnerOfferData(id), body: '' }, new Date(time));
      await offers.updateOffer(id, 'draft', { status: 'approved', approve: true }, new Date(time));
    }
    await offers.markPublished(new Date('2026-11-23T12:00:00Z'));

    expect(await publishOverview(coordinator, env.deps)).toMatchObject({ live: { id: c }, previous: { id: b }, waiting: 0 });
    expect(await publishAction(coordinator, form('terugzetten'), env.deps, start)).toMatchObject({ type: 'done', notice: 'teruggezet' });
    expect(readlinkSync(join(root, 'current'))).toBe(b);
    expect(liveBuildId(root)).toBe(b);
    expect((await offers.getOffer('vroeg'))?.publishedAt).toBe('2026-11-23T11:00:00.000Z');
    expect((await offers.getOffer('laat'))?.publishedAt).toBeNull();
    const overview = await publishOverview(coordinator, env.deps);
    expect(overview).toMatchObject({ live: { id: b }, previous: { id: a }, waiting: 1, latest: { kind: 'rollback', state: 'online', buildId: b, fromBuildId: c } });
    expect((await env.deps.store.publications.lock())?.holder).toBeNull();
    // Pruning keeps the live build and the newest three.
    expect(pruneBuilds(root)).toEqual([]);
  });

  it('does not go back while a publication runs', async () => {
    fakeBuild(root, '20261123-100000-aaaa', NOW);
    fakeBuild(root, '20261123-110000-bbbb', NOW);
    switchLive(root, '20261123-110000-bbbb');
    await publishAction(coordinator, form('publiceren'), env.deps, start);
    expect(await publishAction(coordinator, form('terugzetten'), env.deps, start)).toEqual({ type: 'denied', status: 409, message: busyMessage });
    expect(liveBuildId(root)).toBe('20261123-110000-bbbb');
  });
});
