/**
 * The content files for code that runs outside Astro (commands, the daily
 * retention job, tests): the same files, the same zod schemas and, given a
 * database, the same approved partner offers and locations and cancelled
 * sessions, joined by the same rules (`merge.ts`) as the site's build. The only frontmatter parsing in the
 * repository: gray-matter for Markdown/MDX, `yaml` for the YAML collections.
 */
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import type { ZodType } from 'zod';
import { offerSchema, type Offer } from '../schemas/offer';
import { locationSchema, type Location } from '../schemas/location';
import { readApprovedContent } from './database';
import { mergeApprovedLocations, mergeApprovedOffers, withCancelledSessions } from './merge';
import { buildSessionCatalogue, type OfferTranslationsOf, type SessionCatalogue } from './sessions';
import { offerTranslationSchema, type OfferTranslation } from '../schemas/offer-translation';
import { translatedLocales } from '../i18n/locales';

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

/** The published offers: the files in content/offers plus, given a database, what the back office approved (`merge.ts`). */
export async function readOffers(root = 'content', database?: DatabaseSource): Promise<{ id: string; data: Offer; body: string }[]> {
  return (await readCatalogue(root, database)).offers;
}

type LocationRow = { id: string; data: Location };

/** Offers and locations as the build has them: files, approved rows (file wins), cancelled sessions applied. */
async function readCatalogue(root: string, database?: DatabaseSource): Promise<{ offers: { id: string; data: Offer; body: string }[]; locations: LocationRow[] }> {
  // OFFERS_DIR moves the offers folder for the build (src/content.config.ts) and, by the same rule,
  // for commands and the mail drainer, so they know the sessions the served build has (benchmarks use it).
  const offersDir = process.env.OFFERS_DIR;
  const files = offersDir ? await readCollection('', offersDir, offerSchema) : await readCollection(root, 'offers', offerSchema);
  const offers = files.map(({ id, data, body }) => ({ id, data, body }));
  const locations: LocationRow[] = (await readCollection(root, 'locations', locationSchema)).map(({ id, data }) => ({ id, data }));
  if (!database) return { offers, locations };
  const content = await readApprovedContent(database.url, database.authToken);
  const locationIds = new Set(locations.map((l) => l.id));
  const extraLocations = await mergeApprovedLocations(content.locations, (id) => locationIds.has(id), (row) => locationSchema.parse(row.data));
  const allLocations = [...locations, ...extraLocations.locations.map(({ id, data }) => ({ id, data }))];
  const known = new Set(allLocations.map((l) => l.id));
  const ids = new Set(offers.map((o) => o.id));
  const merged = await mergeApprovedOffers(content.offers, (id) => ids.has(id), (row) => offerSchema.parse(row.data), (id) => known.has(id));
  const cancelled = new Set(content.cancelledSessions);
  return {
    offers: [...offers, ...merged.offers.map(({ id, data, body }) => ({ id, data, body }))].map((o) => ({ ...o, data: withCancelledSessions(o.data, cancelled) })),
    locations: allLocations,
  };
}

/**
 * The offer translations (content/offers/<locale>/<id>.md, or under OFFERS_DIR like the build), by the build's
 * schema; a language without a folder has none.
 */
async function readOfferTranslations(root: string): Promise<OfferTranslationsOf> {
  const offersDir = process.env.OFFERS_DIR;
  const byId = new Map<string, NonNullable<ReturnType<OfferTranslationsOf>>>();
  for (const locale of translatedLocales) {
    let files: { id: string; data: OfferTranslation }[];
    try {
      files = offersDir ? await readCollection('', join(offersDir, locale), offerTranslationSchema) : await readCollection(root, join('offers', locale), offerTranslationSchema);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw e;
    }
    for (const { id, data } of files) byId.set(id, { ...byId.get(id), [locale]: { title: data.title, bring: data.bring } });
  }
  return (id) => byId.get(id);
}

/** The session catalogue as the site knows it, read without Astro (commands, retention, the Node server's mails). */
export async function loadContentCatalogue(root = 'content', database?: DatabaseSource): Promise<SessionCatalogue> {
  const [{ offers, locations }, translationsOf] = await Promise.all([readCatalogue(root, database), readOfferTranslations(root)]);
  return buildSessionCatalogue(offers, locations, translationsOf);
}
