/**
 * Issue 10, finding 4: ids never take over a route. An offer titled
 * "Filter" would have become /aanbod/filter/, and its prerendered page would
 * have shadowed the on-demand filter page for visitors without JavaScript.
 * The site's own path names are reserved (src/domain/reserved-ids.ts),
 * generated ids avoid them and every taken id, a reserved row in the
 * database is skipped at build, and a content file with such a name fails
 * the build with a clear message.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { toActor } from '../../src/server/backoffice/auth';
import { changeOfferStatus, saveOffer } from '../../src/server/backoffice/offers';
import { isReservedId, reservedIds, type ReservedKind } from '../../src/domain/reserved-ids';
import { checkReferences } from '../../src/catalogue';
import { testEnv, context, form, validOffer, type TestEnv } from '../integration/helpers';

const root = join(import.meta.dirname, '../..');
const pages = join(root, 'src/pages');

let env: TestEnv | undefined;
afterEach(() => {
  env?.cleanup();
  env = undefined;
});

/** Static names next to a dynamic route file: files and folders that are not [params]. */
function staticSiblings(folder: string): string[] {
  return readdirSync(join(pages, folder))
    .filter((n) => !n.startsWith('['))
    .map((n) => (statSync(join(pages, folder, n)).isDirectory() ? n : n.replace(/\.(astro|ts|js|md|mdx|html)$/, '')))
    .filter((n) => n !== 'index')
    .sort();
}

describe('reserved ids', () => {
  const routes: [ReservedKind, string, string][] = [
    ['offers', 'aanbod', '[slug].astro'],
    ['sessions', 'inschrijven', '[sessionId].astro'],
    ['helpTopics', 'jongeren', '[topic].astro'],
  ];
  // The same ids in the other languages (issue 18): /en/aanbod/<id>/, /en/inschrijven/<session>/, /en/jongeren/<topic>/. Their folders
  // hold some of the Dutch static pages (no old result page), and every one of them is reserved.
  const localeRoutes: [ReservedKind, string, string][] = [
    ['offers', '[locale]/aanbod', '[id].astro'],
    ['sessions', '[locale]/inschrijven', '[sessionId].astro'],
    // The anonymous conversation in English: /en/jongeren/vraag/ next to /en/jongeren/<topic>/.
    ['helpTopics', '[locale]/jongeren', '[topic].astro'],
  ];
  for (const [kind, folder, file] of routes)
    it(`lists every static page next to src/pages/${folder}/${file}`, () => {
      expect(existsSync(join(pages, folder, file))).toBe(true);
      expect([...reservedIds[kind]].sort()).toEqual(staticSiblings(folder));
    });
  for (const [kind, folder, file] of localeRoutes)
    it(`reserves every static page next to src/pages/${folder}/${file}`, () => {
      expect(existsSync(join(pages, folder, file))).toBe(true);
      expect(staticSiblings(folder).length).toBeGreaterThan(0);
      expect([...reservedIds[kind]]).toEqual(expect.arrayContaining(staticSiblings(folder)));
    });

  it('has no other folder where content ids sit next to static pages', () => {
    // Every dynamic route under src/pages whose folder also holds static pages must be in the table above.
    const mixed: string[] = [];
    const walk = (dir: string) => {
      const names = readdirSync(join(pages, dir));
      const dynamic = names.some((n) => /^\[[^.\]]+\]\.astro$/.test(n));
      if (dynamic && dir && !dir.startsWith('beheer') && !dir.startsWith('api') && staticSiblings(dir).length) mixed.push(dir);
      for (const n of names) if (statSync(join(pages, dir, n)).isDirectory()) walk(join(dir, n));
    };
    walk('');
    expect(mixed.sort()).toEqual([...routes, ...localeRoutes].map((r) => r[1]).sort());
  });

  it('gives an offer titled "Filter" another id, and avoids ids and session ids that exist', async () => {
    env = await testEnv();
    const partner = (await env.deps.store.accounts.createUser({ email: 'p@kenter.nl', role: 'partner', partnerId: 'kenter-jeugdhulp' })).user;
    const save = async (title: string, extra: Record<string, string> = {}) => {
      const r = await saveOffer(toActor(partner), undefined, form({ ...validOffer, title, ...extra }), context, env!.deps);
      if (r.type !== 'saved') throw new Error(JSON.stringify(r));
      return r.row;
    };
    const first = await save('Filter');
    expect(first.id).toBe('filter-2');
    expect(isReservedId('offers', first.id)).toBe(false);
    expect((await save('Filter')).id).toBe('filter-3');
    expect((await save('Pubers en zo')).id).toBe('pubers-en-zo-2'); // a content file has "pubers-en-zo"
    expect((await save('Index')).id).toBe('index-2');
    // Session ids: "<offer>-<date>", unique against files and rows; a posted reserved id is refused.
    const sessions = (first.data.sessions as { id: string }[]).map((s) => s.id);
    expect(sessions).toEqual(['filter-2-2027-02-09']);
    const hijack = await saveOffer(toActor(partner), undefined, form({ ...validOffer, title: 'Iets anders', 'sessions.0.id': 'annuleren' }), context, env.deps);
    expect(hijack).toMatchObject({ type: 'invalid' });
    expect(hijack.type === 'invalid' && hijack.errors.form).toMatch(/pagina van de website/);
  });

  it('picks the next id when two saves of the same title race', async () => {
    env = await testEnv();
    const partner = (await env.deps.store.accounts.createUser({ email: 'p@kenter.nl', role: 'partner', partnerId: 'kenter-jeugdhulp' })).user;
    const results = await Promise.all(
      Array.from({ length: 4 }, () => saveOffer(toActor(partner), undefined, form({ ...validOffer, title: 'Samen sterk' }), context, env!.deps)),
    );
    const ids = results.map((r) => (r.type === 'saved' ? r.row.id : r.type)).sort();
    expect(ids).toEqual(['samen-sterk', 'samen-sterk-2', 'samen-sterk-3', 'samen-sterk-4']);
  });

  it('names a content file with a reserved name in the reference check', () => {
    const offer = { themes: [], provider: 'cjg', sessions: [{ id: 'bevestigd', location: 'online' }] };
    const problems = checkReferences({
      themes: [],
      partners: [{ id: 'cjg', data: {} }],
      locations: [],
      offers: [{ id: 'filter', filePath: 'content/offers/filter.md', data: offer }],
      helpTopics: [{ id: 'vraag', filePath: 'content/help-topics/vraag.md', data: {} }],
    });
    expect(problems.map((p) => `${p.file} → ${p.field}`)).toEqual([
      'content/offers/filter.md → bestandsnaam',
      'content/offers/filter.md → sessions[0].id',
      'content/help-topics/vraag.md → bestandsnaam',
    ]);
    expect(problems[0]!.message).toContain('/aanbod/filter/ is al een pagina van de website');
  });
});

function build(dir: string, offers: string, databaseUrl?: string) {
  const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['build', '--outDir', join(dir, 'dist')], {
    cwd: root,
    env: { ...process.env, OFFERS_DIR: offers, DATABASE_URL: databaseUrl ?? `file:${join(dir, 'geen.db')}`, ASTRO_CACHE_DIR: join(dir, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, output: (result.stdout + result.stderr).replace(/\x1b\[[0-9;]*m/g, '') };
}

function tempDir(prefix: string) {
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(root, '.tmp', prefix));
  const offers = join(dir, 'offers');
  mkdirSync(offers);
  cpSync(join(root, 'content/offers/pubers-en-zo.md'), join(offers, 'pubers-en-zo.md'));
  return { dir, offers };
}

describe('the build', () => {
  it('publishes an approved offer titled "Filter" under another id and keeps /aanbod/filter/ the filter page', async () => {
    const { dir, offers } = tempDir('reserved-');
    try {
      env = await testEnv();
      const partner = (await env.deps.store.accounts.createUser({ email: 'p@kenter.nl', role: 'partner', partnerId: 'kenter-jeugdhulp' })).user;
      const coordinator = (await env.deps.store.accounts.createUser({ email: 'c@cjg.nl', role: 'coordinator' })).user;
      const saved = await saveOffer(toActor(partner), undefined, form({ ...validOffer, title: 'Filter' }), context, env.deps);
      if (saved.type !== 'saved') throw new Error(JSON.stringify(saved));
      await changeOfferStatus(toActor(partner), saved.row.id, 'submit', undefined, env.deps);
      expect((await changeOfferStatus(toActor(coordinator), saved.row.id, 'approve', undefined, env.deps)).type).toBe('changed');
      // A row written before ids were checked, with the reserved id itself.
      await env.deps.drivers.core.exec(
        `INSERT INTO partner_offers (id, provider, status, data, body, approved_data, approved_body, approved_at, created_at, updated_at)
              SELECT 'filter', provider, status, replace(data, 'filter-2-', 'oud-'), body, replace(approved_data, 'filter-2-', 'oud-'), approved_body, approved_at, created_at, updated_at FROM partner_offers WHERE id = 'filter-2'`,
      );
      const { status, output } = build(dir, offers, `file:${join(env.dir, 'db', 'portal.db')}`);
      expect(status, output.slice(-3000)).toBe(0);
      const client = join(dir, 'dist/client');
      expect(readFileSync(join(client, 'aanbod/filter-2/index.html'), 'utf8')).toContain('Filter');
      // No prerendered file at /aanbod/filter/: the on-demand filter page answers there.
      expect(existsSync(join(client, 'aanbod/filter/index.html'))).toBe(false);
      expect(output).toContain('partner offer "filter" skipped');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);

  it('fails on a content file named filter.md, naming the file and why', () => {
    const { dir, offers } = tempDir('reserved-file-');
    try {
      const text = readFileSync(join(offers, 'pubers-en-zo.md'), 'utf8').replace(/id: pubers-en-zo-/g, 'id: filter-bestand-');
      writeFileSync(join(offers, 'filter.md'), text);
      const { status, output } = build(dir, offers);
      expect(status).not.toBe(0);
      expect(output).toContain('filter.md → bestandsnaam: de naam "filter" kan niet: /aanbod/filter/ is al een pagina van de website');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
