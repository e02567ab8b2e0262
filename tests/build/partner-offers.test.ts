/**
 * The offers loader at build time: approved partner offers from the database
 * become pages like files do; an approved row that no longer passes the
 * offer schema, or has the id of a file, or names a location that does not
 * exist, is skipped with a warning instead of breaking the build; drafts
 * never reach the site. A location proposed with an approved offer joins the
 * locations; a session called off in the back office is cancelled, on a
 * file's page too.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDriver } from '../../src/server/store/drivers';
import { migrate } from '../../src/server/store/migrate';
import { coreMigrations } from '../../src/server/store/migrations/sql/core';
import { partnerOfferData } from '../support/partner-offer';

const root = join(import.meta.dirname, '../..');

// The shared partner-offer fixture, with a title and keyword of its own and a payload in the body.
const approved = (id: string, title: string, over: Record<string, unknown> = {}) => ({
  id,
  data: partnerOfferData(id, { title, keywords: ['zenuwen'], ...over }),
  body: 'Voor ouders.\n\n- <script>alert(1)</script>',
});

describe('approved partner offers in the build', () => {
  it('builds valid approved offers, skips broken or colliding ones and drafts', async () => {
    mkdirSync(join(root, '.tmp'), { recursive: true });
    const dir = mkdtempSync(join(root, '.tmp', 'partner-offers-'));
    try {
      const offers = join(dir, 'offers');
      mkdirSync(offers);
      cpSync(join(root, 'content/offers/pubers-en-zo.md'), join(offers, 'pubers-en-zo.md'));
      const url = `file:${join(dir, 'portal.db')}`;
      const driver = await openDriver(url);
      await migrate(driver, coreMigrations);
      const rows = [
        approved('zenuwen-de-baas', 'Zenuwen de baas'),
        approved('kapot-uit-de-database', 'Kapot', { ages: { min: 12, max: 4 } }),
        approved('pubers-en-zo', 'Gekaapte titel'),
        approved('in-de-kolk', 'Avond in De Kolk', { sessions: [{ id: 'in-de-kolk-s1', start: '2027-03-10T19:30', end: '2027-03-10T21:30', location: 'buurthuis-de-kolk', capacity: 20 }] }),
        approved('nergens', 'Nergens te vinden', { sessions: [{ id: 'nergens-s1', start: '2027-03-11T19:30', end: '2027-03-11T21:30', location: 'voorgesteld-niet-goedgekeurd', capacity: 20 }] }),
      ];
      for (const r of rows)
        await driver.exec(
          `INSERT INTO partner_offers (id, provider, status, data, body, approved_data, approved_body, approved_at, created_at, updated_at)
                VALUES (?, 'kenter-jeugdhulp', 'approved', ?, ?, ?, ?, '2026-11-23T10:00:00Z', '2026-11-23T10:00:00Z', '2026-11-23T10:00:00Z')`,
          [r.id, JSON.stringify(r.data), r.body, JSON.stringify(r.data), r.body],
        );
      const draft = approved('nog-een-concept', 'Nog een concept');
      await driver.exec(
        `INSERT INTO partner_offers (id, provider, status, data, body, created_at, updated_at) VALUES (?, 'kenter-jeugdhulp', 'draft', ?, '', '2026-11-23T10:00:00Z', '2026-11-23T10:00:00Z')`,
        [draft.id, JSON.stringify(draft.data)],
      );
      await driver.exec(
        `INSERT INTO partner_locations (id, offer_id, data, created_at, updated_at, approved_at) VALUES ('buurthuis-de-kolk', 'in-de-kolk', ?, '2026-11-23T10:00:00Z', '2026-11-23T10:00:00Z', '2026-11-23T10:00:00Z')`,
        [JSON.stringify({ name: 'Buurthuis De Kolk', address: { street: 'Kolkstraat 12', postcode: '2011 AB', city: 'Haarlem' }, municipality: 'haarlem', district: 'centrum', accessibility: 'Drempelvrij, met lift.' })],
      );
      await driver.exec(`INSERT INTO session_cancellations (session_id, offer_id, cancelled_at) VALUES ('pubers-en-zo-2026-12-schalkwijk', 'pubers-en-zo', '2026-11-23T10:00:00Z')`);
      await driver.close();

      const out = join(dir, 'dist');
      const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['build', '--outDir', out], {
        cwd: root,
        env: { ...process.env, OFFERS_DIR: offers, DATABASE_URL: url, ASTRO_CACHE_DIR: join(dir, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
        encoding: 'utf8',
      });
      const output = (result.stdout + result.stderr).replace(/\x1b\[[0-9;]*m/g, '');
      expect(result.status, output.slice(-3000)).toBe(0);

      const page = join(out, 'client/aanbod/zenuwen-de-baas/index.html');
      expect(existsSync(page)).toBe(true);
      const html = readFileSync(page, 'utf8');
      expect(html).toContain('Zenuwen de baas');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).not.toContain('<script>alert(1)</script>');
      expect(html).toContain('data-pagefind-body');
      expect(readFileSync(join(out, 'client/aanbod/index.html'), 'utf8')).toContain('/aanbod/zenuwen-de-baas/');

      expect(existsSync(join(out, 'client/aanbod/kapot-uit-de-database/index.html'))).toBe(false);
      expect(output).toContain('partner offer "kapot-uit-de-database" skipped');
      expect(output).toContain('partner offer "pubers-en-zo" skipped: a file in content/offers has the same id');
      expect(readFileSync(join(out, 'client/aanbod/pubers-en-zo/index.html'), 'utf8')).not.toContain('Gekaapte titel');
      expect(existsSync(join(out, 'client/aanbod/nog-een-concept/index.html'))).toBe(false);

      // The approved proposal is a location; an offer at a location nobody approved is left out.
      expect(readFileSync(join(out, 'client/aanbod/in-de-kolk/index.html'), 'utf8')).toContain('Buurthuis De Kolk, Kolkstraat 12, Haarlem');
      expect(readFileSync(join(out, 'client/locaties/index.html'), 'utf8')).toContain('Buurthuis De Kolk');
      expect(existsSync(join(out, 'client/aanbod/nergens/index.html'))).toBe(false);
      expect(output).toContain('partner offer "nergens" skipped: location "voorgesteld-niet-goedgekeurd" does not exist');
      // The file's session called off in the back office (the file untouched): no longer listed, cancelled in the JSON-LD.
      const pubers = readFileSync(join(out, 'client/aanbod/pubers-en-zo/index.html'), 'utf8');
      expect(pubers).not.toContain('data-session-id="pubers-en-zo-2026-12-schalkwijk"');
      expect(pubers).toContain('data-session-id="pubers-en-zo-2027-03-centrum"');
      expect(pubers).toContain('EventCancelled');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
