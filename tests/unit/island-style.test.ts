import { describe, expect, it } from 'vitest';
import { hoistIslandStyle } from '../../src/utils/island-style';

const STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

describe('hoistIslandStyle', () => {
  it('moves the island style from the body into the head, once', () => {
    const html = `<html><head><title>x</title></head><body><p>a</p>${STYLE}<script>1</script><astro-island></astro-island></body></html>`;
    expect(hoistIslandStyle(html)).toBe(`<html><head><title>x</title>${STYLE}</head><body><p>a</p><script>1</script><astro-island></astro-island></body></html>`);
  });
  it('leaves a page without islands, or with the style already in the head, as it is', () => {
    const plain = '<html><head></head><body><p>a</p></body></html>';
    expect(hoistIslandStyle(plain)).toBe(plain);
    const done = `<html><head>${STYLE}</head><body></body></html>`;
    expect(hoistIslandStyle(done)).toBe(done);
  });
  it('does not move text that only looks like it (a partner typing the rule shows as escaped text)', () => {
    const typed = '<html><head></head><body><p>&lt;style&gt;astro-island,astro-slot,astro-static-slot{display:contents}&lt;/style&gt;</p></body></html>';
    expect(hoistIslandStyle(typed)).toBe(typed);
  });
});
