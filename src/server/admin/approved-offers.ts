/**
 * The partner offers the coordinator approved, read straight from the
 * database. Used by the `offers` collection's loader at build time and by
 * the commands that run outside Astro, so both know the same offers.
 */
import { existsSync } from 'node:fs';
import { createClient } from '@libsql/client';

export interface ApprovedOffer {
  id: string;
  data: Record<string, unknown>;
  body: string;
}

/** The approved versions in the database; [] when there is no database (yet). */
export async function readApprovedOffers(url: string, authToken?: string): Promise<ApprovedOffer[]> {
  if (url.startsWith('file:')) {
    const path = url.slice('file:'.length).split('?')[0]!;
    if (!path || path === ':memory:' || !existsSync(path)) return [];
  }
  const client = createClient({ url, ...(authToken ? { authToken } : {}) });
  try {
    const table = await client.execute(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'partner_offers'`);
    if (!table.rows.length) return [];
    const rs = await client.execute('SELECT id, approved_data, approved_body FROM partner_offers WHERE approved_data IS NOT NULL ORDER BY id');
    return rs.rows.map((r) => ({ id: String(r.id), data: JSON.parse(String(r.approved_data)) as Record<string, unknown>, body: String(r.approved_body ?? '') }));
  } finally {
    client.close();
  }
}

