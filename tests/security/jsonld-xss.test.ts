/**
 * Finding 1 (issue 10): a partner's offer title `</script><script>…` closed the JSON-LD block,
 * because BaseLayout wrote JSON.stringify(obj) with set:html. serializeJsonLd escapes what can end
 * a script element, and every set:html in src/ must go through it.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serializeJsonLd } from '../../src/utils/jsonld';

const payloads = [
  '</script><script>window.__pwned=1</script>',
  '</SCRIPT ><script>alert(1)</script>',
  '<!--<script>',
  '"><svg onload=alert(1)>',
  'Tom & Jerry',
  'regel\u2028scheiding\u2029alinea',
];

describe('serializeJsonLd', () => {
  it.each(payloads)('leaves no <, >, & or U+2028/2029 in the output and round-trips: %s', (text) => {
    const obj = { '@type': 'Course', name: text, nested: [{ description: text }] };
    const out = serializeJsonLd(obj);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(out.toLowerCase()).not.toContain('</script');
    expect(JSON.parse(out)).toEqual(obj);
  });

  it('writes the escapes as JSON unicode escapes', () => {
    expect(serializeJsonLd({ t: '</script>&\u2028' })).toBe('{"t":"\\u003c/script\\u003e\\u0026\\u2028"}');
  });
});

// Two escaping renderers may feed set:html: serializeJsonLd (JSON-LD) and plainTextToHtml (a partner's
// description, escaped text with paragraphs and lists: the build's loader and the back-office previews).
const SAFE_HTML = /^(serializeJsonLd|plainTextToHtml)\(/;

describe('every set:html in src/ uses serializeJsonLd or plainTextToHtml', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(astro|mdx)$/.test(e.name)) files.push(p);
    }
  };
  walk('src');

  it('has no set:html with anything else', () => {
    const bad: string[] = [];
    for (const f of files) {
      for (const m of readFileSync(f, 'utf8').matchAll(/set:html=\{([^}]*)\}/g)) if (!SAFE_HTML.test(m[1]!)) bad.push(`${f}: ${m[0]}`);
    }
    expect(bad).toEqual([]);
    expect(files.some((f) => readFileSync(f, 'utf8').includes('set:html={serializeJsonLd('))).toBe(true);
  });
});
