/**
 * A broken content file must fail the build with a message that names the
 * file and the field. Runs real `astro build`s on a temporary offers folder.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

function buildWith(offerText: string, translation?: { locale: string; id: string; text: string }) {
  // Inside the project: the prerender step resolves packages from the output folder upwards.
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(root, '.tmp', 'broken-'));
  const offers = join(dir, 'offers');
  mkdirSync(offers);
  cpSync(join(root, 'content/offers/pubers-en-zo.md'), join(offers, 'pubers-en-zo.md'));
  writeFileSync(join(offers, 'kapot-aanbod.md'), offerText);
  // Offer translations (issue 18): only the one given, in its language folder.
  const translations = offers;
  if (translation) {
    mkdirSync(join(translations, translation.locale), { recursive: true });
    writeFileSync(join(translations, translation.locale, `${translation.id}.md`), translation.text);
  }
  const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['build', '--outDir', join(dir, 'dist')], {
    cwd: root,
    env: { ...process.env, OFFERS_DIR: offers, ASTRO_CACHE_DIR: join(dir, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  rmSync(dir, { recursive: true, force: true });
  return { status: result.status, output: (result.stdout + result.stderr).replace(/\x1b\[[0-9;]*m/g, '') };
}

const valid = readFileSync(join(root, 'content/offers/pubers-en-zo.md'), 'utf8').replace(/id: pubers-en-zo-/g, 'id: kapot-');

describe('build validation', () => {
  it('fails on a schema error and names the file and the field', () => {
    const { status, output } = buildWith(valid.replace(/ages: \{ min: \d+, max: \d+ \}/, 'ages: { min: 12, max: 4 }'));
    expect(status).not.toBe(0);
    expect(output).toContain('kapot-aanbod');
    expect(output).toMatch(/ages\.max|ages → max|\*\*ages\.max\*\*/);
  }, 120_000);

  it('fails on an unknown partner and names the file and the field', () => {
    const { status, output } = buildWith(valid.replace(/provider: cjg/, 'provider: bestaat-niet'));
    expect(status).not.toBe(0);
    expect(output).toContain('kapot-aanbod.md → provider: partner "bestaat-niet" bestaat niet');
  }, 120_000);

  it('fails on a translation that sets a practical fact, and names the file and the field', () => {
    const { status, output } = buildWith(valid, {
      locale: 'en',
      id: 'pubers-en-zo',
      text: '---\ntitle: Pubers & Zo\nsummary: Six meetings for parents of children aged 11 to 16.\ncost: { type: gratis }\n---\n',
    });
    expect(status).not.toBe(0);
    expect(output).toContain('en/pubers-en-zo');
    expect(output).toContain('cost komt uit het Nederlandse bestand');
  }, 120_000);
});
