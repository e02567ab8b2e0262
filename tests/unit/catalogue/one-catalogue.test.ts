/**
 * Issue 11: one catalogue. Offers reach pages, handlers, commands and the
 * build through src/catalogue/ only: `getCollection` is called in
 * catalogue/site.ts alone, and frontmatter is parsed in catalogue/files.ts
 * alone, so "a file wins over a database offer" cannot grow a second copy.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '../../..');
function walk(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'fixtures' ? [] : walk(path);
    return /\.(ts|tsx|mjs|astro)$/.test(e.name) ? [path] : [];
  });
}
const sources = ['src', 'scripts', 'tests'].flatMap((dir) => walk(dir));
const files = sources.map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
const self = relative(root, import.meta.filename);
const using = (pattern: RegExp) => files.filter((f) => f.path !== self && pattern.test(f.text)).map((f) => f.path);

describe('one catalogue', () => {
  it('reads the content collections only in src/catalogue/site.ts', () => {
    expect(using(/\bgetCollection\s*\(/)).toEqual(['src/catalogue/site.ts']);
  });

  it('parses frontmatter only in src/catalogue/files.ts', () => {
    // A frontmatter library, or a hand-written `---` block regex like the ones this replaced.
    expect(using(/from ['"](gray-matter|front-matter)['"]|\/\^---/)).toEqual(['src/catalogue/files.ts']);
  });

  it('reads what the back office approved through the one import in src/catalogue/database.ts', () => {
    expect(using(/\breadApprovedContent\b/).filter((p) => p.startsWith('src/')).sort()).toEqual(
      ['src/catalogue/database.ts', 'src/catalogue/files.ts', 'src/catalogue/loader.ts', 'src/server/store/offers.ts'].sort(),
    );
    // Defined by the offers store, imported by the catalogue only.
    expect(using(/from ['"][^'"]*store\/offers['"]/).filter((p) => /readApprovedContent/.test(readFileSync(join(root, p), 'utf8')))).toEqual(['src/catalogue/database.ts']);
  });
});
