/**
 * The content files for code that runs outside Astro (commands, the daily
 * retention job, tests): the same files, the same zod schemas and, given a
 * database, the same approved partner offers joined by the same rule
 * (`merge.ts`) as the site's build. The only frontmatter parsing in the
 * repository: gray-matter for Markdown/MDX, `yaml` for the YAML collections.
 */
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import type { ZodType } from 'zod';
import { offerSchema, type Offer } from '../schemas/offer';
import { locationSchema } from '../schemas/location';
import { readApprovedOffers } from './database';
import { mergeApprovedOffers } from './merge';
import { buildSessionCatalogue, type SessionCatalogue } from './sessions';

export interface ContentFile {
  /** The file name without extension: the id and the URL segment. */
  id: string;
  /** The path as given (relative to the working directory), for messages. */
  filePath: string;
  /** Frontmatter (Markdown/MDX) or the whole document (YAML), not yet validated. */
  data: unknown;
  /** The Markdown/MDX body; '' for YAML. */
  body: string;
}

export interface DatabaseSource {
  url: string;
  authToken?: string | undefined;
}

const CONTENT_FILE = /\.(md|mdx|ya?ml)$/;

/** Every content file in `<root>/<dir>`, parsed but not validated, sorted by name. */
export async function readContentFiles(root: string, dir: string): Promise<ContentFile[]> {
  const names = (await readdir(join(root, dir))).filter((n) => CONTENT_FILE.test(n)).sort();
  return Promise.all(
    names.map(async (name) => {
      const path = join(root, dir, name);
      const text = await readFile(path, 'utf8');
      const ext = extname(name);
      const id = name.slice(0, -ext.length);
      const filePath = relative(process.cwd(), path);
      if (ext === '.yaml' || ext === '.yml') return { id, filePath, data: parseYaml(text) as unknown, body: '' };
      // Passing options keeps gray-matter from caching every file it has seen (the retention job runs daily in the server).
      const { data, content } = matter(text, { excerpt: false });
      return { id, filePath, data, body: content };
    }),
  );
}

/** The files of a collection validated by its schema; a broken file throws with its path and fields. */
export async function readCollection<T>(root: string, dir: string, schema: ZodType<T>): Promise<{ id: string; filePath: string; data: T; body: string }[]> {
  return (await readContentFiles(root, dir)).map((file) => {
    const result = schema.safeParse(file.data);
    if (!result.success) throw new Error(`${file.filePath}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return { ...file, data: result.data };
  });
}

/** The published offers: the files in content/offers plus, given a database, the approved partner offers (`merge.ts`). */
export async function readOffers(root = 'content', database?: DatabaseSource): Promise<{ id: string; data: Offer; body: string }[]> {
  // OFFERS_DIR moves the offers folder for the build (src/content.config.ts) and, by the same rule,
  // for commands and the mail drainer, so they know the sessions the served build has (benchmarks use it).
  const offersDir = process.env.OFFERS_DIR;
  const files = offersDir ? await readCollection('', offersDir, offerSchema) : await readCollection(root, 'offers', offerSchema);
  const offers = files.map(({ id, data, body }) => ({ id, data, body }));
  if (!database) return offers;
  const ids = new Set(offers.map((o) => o.id));
  const merged = await mergeApprovedOffers(await readApprovedOffers(database.url, database.authToken), (id) => ids.has(id), (row) => offerSchema.parse(row.data));
  return [...offers, ...merged.offers.map(({ id, data, body }) => ({ id, data, body }))];
}

/** The session catalogue as the site knows it, read without Astro (commands, retention). */
export async function loadContentCatalogue(root = 'content', database?: DatabaseSource): Promise<SessionCatalogue> {
  const [offers, locations] = await Promise.all([readOffers(root, database), readCollection(root, 'locations', locationSchema)]);
  return buildSessionCatalogue(offers, locations);
}
