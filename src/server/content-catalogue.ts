/**
 * The session catalogue read straight from the content files (and, given a
 * database, the approved partner offers, as the site's build does), for
 * commands that run outside Astro. Same schemas as the site.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { offerSchema } from '../schemas/offer';
import { locationSchema } from '../schemas/location';
import { buildSessionCatalogue, type SessionCatalogue } from './catalogue';
import { readApprovedOffers } from './admin/approved-offers';

async function entries(dir: string, ext: RegExp): Promise<{ id: string; raw: string }[]> {
  const names = (await readdir(dir)).filter((n) => ext.test(n));
  return Promise.all(names.map(async (n) => ({ id: n.replace(ext, ''), raw: await readFile(join(dir, n), 'utf8') })));
}

function frontmatter(raw: string): unknown {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(raw);
  return m ? parse(m[1]!) : {};
}

export async function loadContentCatalogue(root = 'content', database?: { url: string; authToken?: string | undefined }): Promise<SessionCatalogue> {
  const offers = (await entries(join(root, 'offers'), /\.mdx?$/)).map((e) => ({ id: e.id, data: offerSchema.parse(frontmatter(e.raw)) }));
  if (database) {
    // As in the build: a file wins over a database offer with the same id; a row that fails the schema is left out.
    const ids = new Set(offers.map((o) => o.id));
    for (const row of await readApprovedOffers(database.url, database.authToken)) {
      const parsed = offerSchema.safeParse(row.data);
      if (!ids.has(row.id) && parsed.success) offers.push({ id: row.id, data: parsed.data });
    }
  }
  const locations = (await entries(join(root, 'locations'), /\.ya?ml$/)).map((e) => ({ id: e.id, data: locationSchema.parse(parse(e.raw)) }));
  return buildSessionCatalogue(offers, locations);
}
