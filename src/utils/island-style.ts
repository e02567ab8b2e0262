/**
 * Astro writes the style rule of its island elements
 * (`<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>`)
 * into the body, just before the first island; HTML allows `<style>` only in
 * the head (the Nu HTML Checker reports it; withastro/astro#10308). This moves
 * it into the head, unchanged, so the CSP hash that allows it still matches.
 */
const ISLAND_STYLE = /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/g;

export function hoistIslandStyle(html: string): string {
  const found = html.match(ISLAND_STYLE);
  const head = html.indexOf('</head>');
  if (!found || head === -1) return html;
  const before = html.slice(0, head);
  // Already in the head (a future Astro): leave the page alone.
  if (before.includes(found[0])) return html;
  return `${before}${found[0]}${html.slice(head).replace(ISLAND_STYLE, '')}`;
}
