/**
 * Commands outside Astro (registrations:decide) see the same offers as the
 * site: the files in content/ plus the approved partner offers in the
 * database; a file wins over a row with its id, a broken row is left out,
 * drafts never count.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadContentCatalogue } from '../../../src/catalogue';
import { migrate } from '../../../src/server/store/migrate';
import { coreMigrations } from '../../../src/server/store/migrations/sql/core';
import { engines } from '../engines';
import { partnerOfferData } from '../../support/partner-offer';

const root = join(import.meta.dirname, '../../..');

const offer = partnerOfferData;

// Not D1: the edge host reads no content files and no database at build time; its catalogue is the built collection.
describe.each(engines.filter((e) => e.name !== 'd1'))('loadContentCatalogue with a database ($name)', (engine) => {
  it('adds approved partner offers, but never over a file, a broken row or a draft', async () => {
    const { driver, url, drop } = await engine.open();
    try {
      await migrate(driver, coreMigrations);
      const insert = (id: string, status: string, data: object, approved: boolean) =>
        driver.exec(
          `INSERT INTO partner_offers (id, provider, status, data, body, approved_data, approved_body, approved_at, created_at, updated_at)
                VALUES (?, 'kenter-jeugdhulp', ?, ?, '', ?, ?, ?, '2026-11-23T10:00:00Z', '2026-11-23T10:00:00Z')`,
          [id, status, JSON.stringify(data), approved ? JSON.stringify(data) : null, approved ? '' : null, approved ? '2026-11-23T10:00:00Z' : null],
        );
      await insert('zenuwen-de-baas', 'approved', offer('zenuwen-de-baas'), true);
      await insert('kapot', 'approved', offer('kapot', { ages: { min: 12, max: 4 } }), true);
      await insert('concept', 'draft', offer('concept'), false);
      await insert('pubers-en-zo', 'approved', offer('pubers-en-zo', { title: 'Gekaapt' }), true);

      const withDb = await loadContentCatalogue(join(root, 'content'), { url });
      expect(withDb('zenuwen-de-baas-s1')?.offer.title).toBe('Zenuwen de baas');
      expect(withDb('kapot-s1')).toBeUndefined();
      expect(withDb('concept-s1')).toBeUndefined();
      expect(withDb('pubers-en-zo-s1')).toBeUndefined();
      expect(withDb('pubers-en-zo-2026-12-schalkwijk')?.offer.title).toBe('Pubers & Zo');

      const filesOnly = await loadContentCatalogue(join(root, 'content'));
      expect(filesOnly('zenuwen-de-baas-s1')).toBeUndefined();
      expect(filesOnly('pubers-en-zo-2026-12-schalkwijk')).toBeDefined();
    } finally {
      await drop();
    }
  });

  it('reads nothing from a database that was never started (no file, no tables)', async () => {
    const { url, drop } = await engine.open();
    try {
      expect((await loadContentCatalogue(join(root, 'content'), { url }))('pubers-en-zo-2026-12-schalkwijk')).toBeDefined();
    } finally {
      await drop();
    }
  });
});
