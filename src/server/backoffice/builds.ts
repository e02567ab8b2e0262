/**
 * The builds folder (`BUILDS_DIR`, default ./builds): where publishing puts
 * each build and which one is live.
 *
 *   builds/
 *     20261201-134501-3f9a/      one `astro build --outDir` each: client/, server/, csp.json,
 *       publication.json         written last, after the checks passed: the build is complete
 *     20261201-150212-0c7e/
 *     current -> 20261201-150212-0c7e    the live build: a relative symlink, replaced by rename(2)
 *     logs/<build id>.log        the output of each publication started from the back office
 *
 * Switching is one rename of a new symlink over `current`: atomic, so a reader
 * sees the old build or the new one, never neither. scripts/serve.mjs follows
 * `current` and loads a new build before it serves it. Nothing here is ever
 * written into a build that is live.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { BUILD_ID, buildsToPrune, type BuildFolder } from '../../domain/publications';

export const CURRENT = 'current';
export const MANIFEST = 'publication.json';
export const LOG_DIR = 'logs';
/** Logs of this many publications are kept. */
const KEEP_LOGS = 10;

export interface BuildManifest {
  id: string;
  /** The publication that made it. */
  publication: string;
  /** When the build started: every offer approved before it is in it. */
  startedAt: string;
  checkedAt: string;
  /** Hash of what the build was made from (`sourceHash`): `npm start` rebuilds when it changed. */
  sourceHash: string;
}

export const buildDir = (root: string, id: string) => join(resolve(root), id);

/** The live build's id, or undefined when nothing was published yet. */
export function liveBuildId(root: string): string | undefined {
  let target: string;
  try {
    target = readlinkSync(join(root, CURRENT));
  } catch {
    return undefined;
  }
  const id = basename(target);
  return BUILD_ID.test(id) && existsSync(join(root, id, MANIFEST)) ? id : undefined;
}

/** Every build folder, oldest first. */
export function listBuilds(root: string): BuildFolder[] {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return [];
  }
  return names
    .filter((n) => BUILD_ID.test(n) && statSync(join(root, n)).isDirectory())
    .sort()
    .map((id) => ({ id, complete: existsSync(join(root, id, MANIFEST)) }));
}

export function readManifest(root: string, id: string): BuildManifest | undefined {
  try {
    const m = JSON.parse(readFileSync(join(root, id, MANIFEST), 'utf8')) as BuildManifest;
    return m && m.id === id ? m : undefined;
  } catch {
    return undefined;
  }
}

function fsyncDir(dir: string) {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Not every file system lets a folder be synced; the rename itself is still atomic.
  }
}

/** Mark a checked build complete (atomically: a temporary file, renamed). */
export function writeManifest(root: string, manifest: BuildManifest): void {
  const file = join(root, manifest.id, MANIFEST);
  const tmp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(tmp, JSON.stringify(manifest, null, 2) + '\n');
  renameSync(tmp, file);
}

/** Make `id` the live build: a new symlink renamed over `current` (rename(2) replaces it atomically). */
export function switchLive(root: string, id: string): void {
  if (!BUILD_ID.test(id) || !existsSync(join(root, id, MANIFEST))) throw new Error(`build ${id} is not complete`);
  const tmp = join(root, `.${CURRENT}-${id}-${randomBytes(4).toString('hex')}`);
  symlinkSync(id, tmp);
  try {
    renameSync(tmp, join(root, CURRENT));
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  fsyncDir(root);
}

export function removeBuild(root: string, id: string): void {
  if (!BUILD_ID.test(id)) return;
  rmSync(join(root, id), { recursive: true, force: true });
}

/**
 * Delete old builds (keep the newest three complete ones, the live one and the one being built)
 * and failed leftovers, and all but the last logs. Returns the deleted build ids.
 */
export function pruneBuilds(root: string, opts: { building?: string | undefined } = {}): string[] {
  const gone = buildsToPrune(listBuilds(root), { live: liveBuildId(root), building: opts.building });
  for (const id of gone) removeBuild(root, id);
  // Leftover temporary links of a switch that was interrupted.
  for (const n of safeList(root)) if (n.startsWith(`.${CURRENT}-`)) rmSync(join(root, n), { force: true });
  const logs = safeList(join(root, LOG_DIR)).filter((n) => n.endsWith('.log')).sort();
  for (const n of logs.slice(0, Math.max(0, logs.length - KEEP_LOGS))) rmSync(join(root, LOG_DIR, n), { force: true });
  return gone;
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

export function ensureRoot(root: string): void {
  mkdirSync(join(root, LOG_DIR), { recursive: true });
}

/** Pages every build must have; the crisis help for youngsters first. */
export const REQUIRED_PAGES = ['/jongeren/', '/hulp/112/', '/', '/aanbod/', '/ouders/', '/zoeken/'] as const;
const CSP_HASH = /^'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}'$/;

/**
 * The file checks of a new build, before anyone sees it: the main pages, the 404 page, the
 * search index, the sitemap, the server part and a valid csp.json (the same rule scripts/serve.mjs
 * applies; without it the server would refuse the build). Returns what is wrong, in Dutch.
 */
export function checkBuildFiles(dir: string): string[] {
  const problems: string[] = [];
  const client = join(dir, 'client');
  for (const page of REQUIRED_PAGES) {
    const file = join(client, page, 'index.html');
    let html = '';
    try {
      html = readFileSync(file, 'utf8');
    } catch {
      // A page that is on demand (not prerendered) has no file; none of these are.
    }
    if (!/<html[^>]*\blang="nl"/.test(html) || !/<\/html>\s*$/.test(html)) problems.push(`de pagina ${page} ontbreekt of is niet compleet`);
  }
  if (!existsSync(join(client, '404.html'))) problems.push('de pagina "niet gevonden" (404) ontbreekt');
  if (!existsSync(join(client, 'pagefind', 'pagefind.js'))) problems.push('de zoekindex ontbreekt');
  if (!existsSync(join(client, 'sitemap-index.xml'))) problems.push('de sitemap ontbreekt');
  if (!existsSync(join(dir, 'server', 'entry.mjs'))) problems.push('het serverdeel (server/entry.mjs) ontbreekt');
  try {
    const csp = JSON.parse(readFileSync(join(dir, 'csp.json'), 'utf8')) as { scripts?: unknown; styles?: unknown };
    const ok = (l: unknown) => Array.isArray(l) && l.every((h) => typeof h === 'string' && CSP_HASH.test(h));
    if (!ok(csp.scripts) || !ok(csp.styles)) problems.push('het beveiligingsbeleid (csp.json) klopt niet');
  } catch {
    problems.push('het beveiligingsbeleid (csp.json) ontbreekt');
  }
  return problems;
}

/** Folders and files a build is made from (besides the database's approved offers). */
const SOURCES = ['src', 'content', 'public', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];

/**
 * A hash of everything the site is built from except the database: the sources, content, the
 * lockfile, and the settings the build reads (PUBLIC_URL, OFFERS_DIR). `npm start` publishes
 * when it differs from the live build's (a `git pull`, edited content), and serves as is otherwise.
 */
export function sourceHash(projectRoot: string, env: Record<string, string | undefined> = process.env): string {
  const hash = createHash('sha256');
  hash.update(`PUBLIC_URL=${env.PUBLIC_URL ?? ''}\nOFFERS_DIR=${env.OFFERS_DIR ?? ''}\n`);
  const add = (path: string) => {
    let st;
    try {
      st = statSync(path);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const n of readdirSync(path).sort()) if (n !== 'node_modules' && !n.startsWith('.')) add(join(path, n));
    } else if (st.isFile()) {
      hash.update(`${relative(projectRoot, path).split(sep).join('/')}\0${st.size}\0`);
      hash.update(readFileSync(path));
    }
  };
  for (const s of SOURCES) add(join(projectRoot, s));
  if (env.OFFERS_DIR) add(resolve(projectRoot, env.OFFERS_DIR));
  return hash.digest('hex').slice(0, 32);
}
