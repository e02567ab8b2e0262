/**
 * Validates every file in content/ with the same schemas the build uses,
 * and checks references between collections. Fast feedback without a build.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { ZodType } from 'zod';
import { collectionSchemas } from '../../../src/schemas';
import { checkReferences, formatProblems, readContentFiles, type ContentFile } from '../../../src/catalogue';

const root = join(import.meta.dirname, '../../../content');
const files: Record<string, ContentFile[]> = Object.fromEntries(
  await Promise.all(Object.keys(collectionSchemas).map(async (name) => [name, await readContentFiles(root, name)] as const)),
);

const collections: Record<string, ZodType> = collectionSchemas;

const parsed: Record<string, { id: string; filePath: string; data: any; body: string }[]> = {};

describe('content files', () => {
  for (const [name, schema] of Object.entries(collections)) {
    const entries = files[name]!;
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
