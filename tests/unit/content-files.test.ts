/**
 * Validates every file in content/ with the same schemas the build uses,
 * and checks references between collections. Fast feedback without a build.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, basename, extname } from 'node:path';
import { parse } from 'yaml';
import type { ZodType } from 'zod';
import { collectionSchemas } from '../../src/schemas';
import { checkReferences, formatProblems } from '../../src/utils/references';

const root = join(import.meta.dirname, '../../content');

function load(dir: string): { id: string; filePath: string; data: unknown; body: string }[] {
  return readdirSync(join(root, dir))
    .filter((f) => /\.(md|mdx|yaml)$/.test(f))
    .map((f) => {
      const text = readFileSync(join(root, dir, f), 'utf8');
      const filePath = `content/${dir}/${f}`;
      if (f.endsWith('.yaml')) return { id: basename(f, '.yaml'), filePath, data: parse(text), body: '' };
      const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
      if (!m) throw new Error(`${filePath}: geen frontmatter`);
      return { id: basename(f, extname(f)), filePath, data: parse(m[1]!), body: m[2]! };
    });
}

const collections: Record<string, ZodType> = collectionSchemas;

const parsed: Record<string, { id: string; filePath: string; data: any; body: string }[]> = {};

describe('content files', () => {
  for (const [name, schema] of Object.entries(collections)) {
    const entries = load(name);
    parsed[name] = [];
    for (const entry of entries) {
      it(`${entry.filePath} matches the ${name} schema`, () => {
        const result = schema.safeParse(entry.data);
        if (!result.success) {
          throw new Error(`${entry.filePath}:\n${result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
        }
        parsed[name]!.push({ ...entry, data: result.data });
        expect(entry.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      });
    }
  }

  it('references between collections resolve', () => {
    const problems = checkReferences({
      themes: parsed.themes!,
      partners: parsed.partners!,
      locations: parsed.locations!,
      offers: parsed.offers!,
      articles: parsed.articles!,
    });
    expect(problems, problems.length ? formatProblems(problems) : '').toEqual([]);
  });
});
