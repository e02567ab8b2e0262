/**
 * Every back-office route, read from where routes are declared (the pages in
 * src/pages/beheer, the API's route table in src/server/api.ts), so a new
 * page or endpoint is covered by the security tests without anyone
 * remembering to add it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ROUTES } from '../src/server/api';

const root = join(import.meta.dirname, '..');
const pagesDir = join(root, 'src/pages');

export interface AdminRoute {
  file: string;
  /** A concrete URL path: parameters filled with a dummy id. */
  path: string;
  api: boolean;
  source: string;
}

function walk(dir: string): string[] {
  let out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  for (const n of names) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) out = out.concat(walk(p));
    else if (/\.(astro|ts|js|mjs|md|mdx|html)$/.test(n)) out.push(p);
  }
  return out;
}

export function toUrlPath(file: string): string {
  const rel = relative(pagesDir, file).split(sep).join('/');
  let p = '/' + rel.replace(/\.(astro|ts|js|mjs|md|mdx|html)$/, '');
  p = p.replace(/\[\.\.\.[^\]]+\]/g, 'x').replace(/\[[^\]]+\]/g, 'onbekend-id');
  if (p.endsWith('/index')) return p.slice(0, -'index'.length);
  // Endpoints with an extension in the name (feed.json.ts) keep it; everything else ends in a slash.
  return /\.[a-z0-9]+$/.test(p) ? p : `${p}/`;
}

export function adminRoutes(): AdminRoute[] {
  const pages = walk(join(pagesDir, 'beheer')).map((file) => ({ file: relative(root, file), path: toUrlPath(file), api: false, source: readFileSync(file, 'utf8') }));
  // Every API address is answered on demand by the one catch-all endpoint (or by the host before Astro).
  const catchAll = 'src/pages/api/[...path].ts';
  const api = [...new Set(ROUTES.filter((r) => r.path.startsWith('admin/')).map((r) => r.path))].map((path) => ({
    file: `${catchAll} (${path})`,
    path: `/api/${path.replace(/:[a-z]+/g, 'onbekend-id')}/`,
    api: true,
    source: readFileSync(join(root, catchAll), 'utf8'),
  }));
  return [...pages, ...api];
}
