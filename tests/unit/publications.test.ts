/** The pure rules of publishing (src/domain/publications.ts): build ids, pruning, going back, the lock lease, failure reasons. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BUILD_ID,
  KEEP_BUILDS,
  LEASE_MS,
  buildFailureReason,
  buildsToPrune,
  durationText,
  failureReasons,
  lockIsFree,
  newBuildId,
  previousBuild,
  type BuildFolder,
} from '../../src/domain/publications';

const done = (...ids: string[]): BuildFolder[] => ids.map((id) => ({ id, complete: true }));
const id = (n: number) => `20261201-1200${String(n).padStart(2, '0')}-abcd`;

describe('build ids', () => {
  it('are the UTC start time plus random hex, and sort by age', () => {
    expect(newBuildId(new Date('2026-12-01T13:45:01.999Z'), '3F9A')).toBe('20261201-134501-3f9a');
    expect(newBuildId(new Date('2026-12-01T13:45:01Z'), 'zz')).toBe('20261201-134501-0000');
    const a = newBuildId(new Date('2026-12-01T09:59:59Z'), 'ffff');
    const b = newBuildId(new Date('2026-12-01T10:00:00Z'), '0000');
    expect(a < b).toBe(true);
    expect(BUILD_ID.test(a)).toBe(true);
    expect(BUILD_ID.test('current')).toBe(false);
    expect(BUILD_ID.test('../20261201-134501-3f9a')).toBe(false);
  });
});

describe('which builds to delete', () => {
  it('keeps the newest three complete builds', () => {
    expect(KEEP_BUILDS).toBe(3);
    expect(buildsToPrune(done(id(1), id(2), id(3), id(4), id(5)), { live: id(5) })).toEqual([id(1), id(2)]);
    expect(buildsToPrune(done(id(1), id(2)), { live: id(2) })).toEqual([]);
  });

  it('never deletes the live build, even an older one after going back', () => {
    expect(buildsToPrune(done(id(1), id(2), id(3), id(4), id(5)), { live: id(1) })).toEqual([id(2)]);
  });

  it('deletes failed and killed builds (no manifest), but not the one being built', () => {
    const builds = [...done(id(1), id(2)), { id: id(3), complete: false }, { id: id(4), complete: false }];
    expect(buildsToPrune(builds, { live: id(2), building: id(4) })).toEqual([id(3)]);
  });

  it('property: the live build and the newest three complete ones always survive; nothing else complete does', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 59 }), { minLength: 0, maxLength: 12 }), fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), fc.nat(11), (ns, complete, liveAt) => {
        const builds = ns.sort((a, b) => a - b).map((n, i) => ({ id: id(n), complete: complete[i]! }));
        const live = builds.filter((b) => b.complete)[liveAt]?.id;
        const gone = new Set(buildsToPrune(builds, { live }));
        if (live) expect(gone.has(live)).toBe(false);
        const newest = builds.filter((b) => b.complete).map((b) => b.id).sort().reverse().slice(0, 3);
        for (const b of builds) {
          const keep = b.id === live || newest.includes(b.id);
          expect(gone.has(b.id)).toBe(!keep);
        }
      }),
    );
  });
});

describe('the previous version', () => {
  it('is the newest complete build older than the live one', () => {
    const builds = [...done(id(1)), { id: id(2), complete: false }, ...done(id(3), id(4))];
    expect(previousBuild(builds, id(4))).toBe(id(3));
    expect(previousBuild(builds, id(3))).toBe(id(1));
    expect(previousBuild(builds, id(1))).toBeUndefined();
    expect(previousBuild(builds, undefined)).toBeUndefined();
  });
});

describe('the publish lock', () => {
  const now = new Date('2026-12-01T12:00:00Z');
  const inFuture = new Date(now.getTime() + LEASE_MS).toISOString();
  const alive = { host: 'web1', isAlive: () => true };
  const dead = { host: 'web1', isAlive: () => false };

  it('is free when nobody holds it', () => {
    expect(lockIsFree(undefined, now, alive)).toBe(true);
    expect(lockIsFree({ holder: null, pid: null, host: null, leaseUntil: null }, now, alive)).toBe(true);
  });

  it('is held while the lease runs and the holder lives', () => {
    expect(lockIsFree({ holder: 'p1', pid: 42, host: 'web1', leaseUntil: inFuture }, now, alive)).toBe(false);
  });

  it('frees itself when the lease ran out (a publisher that stopped renewing, on any machine)', () => {
    expect(lockIsFree({ holder: 'p1', pid: 42, host: 'web2', leaseUntil: '2026-12-01T11:59:59.999Z' }, now, alive)).toBe(true);
  });

  it('is free at once when the holder ran here and its process is gone', () => {
    expect(lockIsFree({ holder: 'p1', pid: 42, host: 'web1', leaseUntil: inFuture }, now, dead)).toBe(true);
    // A process on another machine cannot be checked: there the lease decides.
    expect(lockIsFree({ holder: 'p1', pid: 42, host: 'web2', leaseUntil: inFuture }, now, dead)).toBe(false);
  });
});

describe('why a build failed, in Dutch', () => {
  const output = [
    '13:01:57 [@astrojs/node] Enabling sessions with filesystem storage',
    '13:01:59 [content] Syncing content',
    '\x1b[31m[InvalidContentEntryDataError]\x1b[39m offers → kapot data does not match collection schema.',
    '',
    '  ages.max: De minimumleeftijd mag niet hoger zijn dan de maximumleeftijd.',
    '',
    '  Hint:',
    '    See https://docs.astro.build/en/guides/content-collections/ for more information on content schemas.',
    '  Stack trace:',
    '    at getEntryData (/work/node_modules/astro/dist/content/utils.js:126:9)',
  ].join('\n');

  it('quotes the build tool’s error with the field messages, without colours, hints or stack', () => {
    expect(buildFailureReason(output, { code: 1, signal: null })).toBe(
      'Het bouwen van de website is mislukt (foutcode 1). Melding: offers → kapot data does not match collection schema. ages.max: De minimumleeftijd mag niet hoger zijn dan de maximumleeftijd.',
    );
  });

  it('says the build was stopped when it was killed', () => {
    expect(buildFailureReason(output, { code: null, signal: 'SIGKILL' })).toBe(failureReasons.killed);
  });

  it('still says something without a recognisable error, and keeps it short', () => {
    expect(buildFailureReason('', { code: 2, signal: null })).toBe('Het bouwen van de website is mislukt (foutcode 2).');
    expect(buildFailureReason(`[BigError] ${'x'.repeat(2000)}`, { code: 1, signal: null }).length).toBeLessThan(500);
  });

  it('durations read as Dutch', () => {
    expect(durationText(12_400)).toBe('12 seconden');
    expect(durationText(1_000)).toBe('1 seconde');
    expect(durationText(65_000)).toBe('1 minuut en 5 seconden');
    expect(durationText(120_000)).toBe('2 minuten');
  });
});
