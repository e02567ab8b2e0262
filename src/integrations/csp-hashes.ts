/**
 * The Content-Security-Policy's inline-script allowance, fixed at build time.
 *
 * The only inline scripts and styles this site emits are Astro's own island
 * runtime: the <astro-island> element, the client:load/idle/visible/media/only
 * directive scripts and the island display style. Their text comes from the
 * installed `astro` package, not from a page, so their hashes are computed from
 * there and written to `<outDir>/csp.json` (outside the public client folder).
 * scripts/serve.mjs reads that file once at start and sends the same policy on
 * every response: nothing in a response body, partner text included, can add a
 * hash. The edge build also gets `_headers` (for its static files) and the
 * hashes compiled into its Worker (astro.config.mjs); the policy itself is
 * written once, in src/server/security-headers.ts.
 *
 * After the build every page is checked: an inline script or style that is not
 * one of these fails the build (naming the files), and every JSON-LD block must
 * be valid JSON. So an escaping bug shows up as a failed build, not as a
 * script that the CSP has to stop.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
// Imported statically: the edge build closes Vite's module runner before the integration hooks run.
import loadDirective from 'astro/runtime/client/load.prebuilt.js';
import idleDirective from 'astro/runtime/client/idle.prebuilt.js';
import visibleDirective from 'astro/runtime/client/visible.prebuilt.js';
import mediaDirective from 'astro/runtime/client/media.prebuilt.js';
import onlyDirective from 'astro/runtime/client/only.prebuilt.js';
import astroIsland from 'astro/runtime/server/astro-island.prebuilt.js';
import { ISLAND_STYLES } from 'astro/runtime/server/astro-island-styles.js';
import { assetDetachLines, headersFile, securityHeaders, type CspHashes } from '../server/security-headers';
import { cacheHeaderRules } from '../server/cache-policy';

export const CSP_FILE = 'csp.json';

export type { CspHashes };

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Hashes of Astro's own inline island scripts and style, from the installed astro package. */
export async function astroInlineHashes(): Promise<CspHashes> {
  const texts = [loadDirective, idleDirective, visibleDirective, mediaDirective, onlyDirective, astroIsland] as string[];
  return { scripts: texts.map(sha256), styles: [sha256(ISLAND_STYLES)] };
}

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await htmlFiles(p)));
    else if (e.name.endsWith('.html')) out.push(p);
  }
  return out;
}

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

const isElement = (n: Node): n is Element => 'tagName' in n;
const textOf = (el: Element) => el.childNodes.map((c) => ('value' in c && c.nodeName === '#text' ? c.value : '')).join('');

/**
 * What in one built page would need more than the fixed policy: inline scripts and styles other
 * than Astro's own, event-handler attributes, javascript: URLs, and JSON-LD that is not valid JSON
 * (the sign of text that broke out). Parsed with parse5, as a browser parses it.
 */
export function inlineProblems(html: string, allowed: CspHashes): string[] {
  const problems: string[] = [];
  const visit = (node: Node) => {
    if (isElement(node)) {
      const attr = (name: string) => node.attrs.find((a) => a.name === name)?.value;
      for (const a of node.attrs) {
        if (/^on/i.test(a.name)) problems.push(`an event-handler attribute ${a.name} on <${node.tagName}>`);
        if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(a.name) && /^\s*(javascript|vbscript|data):/i.test(a.value) && !(node.tagName === 'img' && /^\s*data:image\//i.test(a.value)))
          problems.push(`a ${a.value.split(':')[0]}: URL in ${a.name} of <${node.tagName}>`);
      }
      if (node.tagName === 'script' && attr('src') === undefined) {
        const body = textOf(node);
        if (/^application\/ld\+json$/i.test(attr('type') ?? '')) {
          try {
            JSON.parse(body);
          } catch {
            problems.push('a JSON-LD block that is not valid JSON');
          }
        } else if (body && !allowed.scripts.includes(sha256(body))) problems.push(`an inline script that is not Astro's own: ${body.slice(0, 60)}`);
      }
      if (node.tagName === 'style') {
        const body = textOf(node);
        if (body && !allowed.styles.includes(sha256(body))) problems.push(`an inline style: ${body.slice(0, 60)}`);
      }
    }
    const children = node.nodeName === 'template' && 'content' in node ? (node.content as DefaultTreeAdapterTypes.DocumentFragment).childNodes : 'childNodes' in node ? node.childNodes : [];
    for (const c of children) visit(c);
  };
  visit(parse(html));
  return problems;
}

export interface CspOptions {
  /**
   * The edge build: also write `_headers` into the client folder, so the
   * static files that Cloudflare's asset layer serves (without the Worker)
   * carry the same headers. `publicUrl` decides HSTS.
   */
  headersFile?: { publicUrl: string };
}

export default function cspHashes(options: CspOptions = {}): AstroIntegration {
  let outDir: URL | undefined;
  let clientDir: URL | undefined;
  let hashes: CspHashes | undefined;
  return {
    name: 'samen-opgroeien:csp-hashes',
    hooks: {
      'astro:config:done': async ({ config }) => {
        outDir = config.outDir;
        hashes = await astroInlineHashes();
        clientDir = config.adapter ? config.build.client : config.outDir;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const t0 = performance.now();
        const allowed = hashes ?? (await astroInlineHashes());
        const root = fileURLToPath(clientDir ?? dir);
        const bad: string[] = [];
        for (const file of await htmlFiles(root)) {
          for (const p of inlineProblems(await readFile(file, 'utf8'), allowed)) bad.push(`${relative(root, file)}: ${p}`);
        }
        if (bad.length) throw new Error(`CSP: the built pages contain inline code the policy does not allow:\n  ${bad.join('\n  ')}`);
        await writeFile(fileURLToPath(new URL(CSP_FILE, outDir ?? dir)), `${JSON.stringify(allowed, null, 2)}\n`);
        logger.info(`${allowed.scripts.length} script and ${allowed.styles.length} style hash(es) written to ${CSP_FILE}; every page checked in ${Math.round(performance.now() - t0)} ms`);
        if (options.headersFile) {
          // Appended: the Cloudflare adapter writes its own rules (cache headers for /_astro/*) there too.
          const file = join(root, '_headers');
          // The Cloudflare adapter may have written its own /_astro/* rule: ours replaces it (one rule per path).
          const before = (await readFile(file, 'utf8').catch(() => '')).replace(/^\/_astro\/\*[ \t]*\n(?:[ \t]+.*(?:\n|$))*/m, '');
          await writeFile(file, `${before}${before && !before.endsWith('\n') ? '\n' : ''}${headersFile(securityHeaders(allowed, options.headersFile.publicUrl))}\n${cacheHeaderRules(assetDetachLines())}`);
          logger.info('security headers for the static files written to _headers');
        }
      },
    },
  };
}
