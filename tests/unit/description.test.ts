/** The description editor's promise: "- " starts a list item, also right after a line of text (plainTextToHtml, the one conversion). */
import { describe, expect, it } from 'vitest';
import { plainTextToHtml } from '../../src/domain/admin';

describe('plainTextToHtml', () => {
  it('makes a list of "- " lines directly after a line of text', () => {
    expect(plainTextToHtml('Wat je leert:\n- Wat is spanning?\n- Hoe help je je kind?')).toBe('<p>Wat je leert:</p>\n<ul><li>Wat is spanning?</li><li>Hoe help je je kind?</li></ul>');
  });

  it('still makes a list after a blank line, and paragraphs of text with line breaks', () => {
    expect(plainTextToHtml('Regel een\nregel twee\n\n- a\n- b\n\nSlot')).toBe('<p>Regel een<br>regel twee</p>\n<ul><li>a</li><li>b</li></ul>\n<p>Slot</p>');
  });

  it('goes back to text after a list, within one block', () => {
    expect(plainTextToHtml('Voor:\n- a\nEn verder.\n* b')).toBe('<p>Voor:</p>\n<ul><li>a</li></ul>\n<p>En verder.</p>\n<ul><li>b</li></ul>');
  });

  it('needs the space and some text: "-5 graden", "- " alone and "--" stay text', () => {
    expect(plainTextToHtml('-5 graden\n--\n- ')).toBe('<p>-5 graden<br>--<br>-</p>');
  });

  it('accepts Windows and old Mac line endings and indented items', () => {
    expect(plainTextToHtml('Tekst\r\n  - een\r- twee')).toBe('<p>Tekst</p>\n<ul><li>een</li><li>twee</li></ul>');
  });

  it('escapes everything, in text and in items', () => {
    const html = plainTextToHtml('<script>alert(1)</script>\n- <img src=x onerror=alert(1)>\n- "&\'');
    expect(html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n<ul><li>&lt;img src=x onerror=alert(1)&gt;</li><li>&quot;&amp;&#39;</li></ul>');
  });

  it('stays quick for a very long description', () => {
    const long = Array.from({ length: 5000 }, (_, i) => (i % 3 ? `- punt ${i}` : `tekst ${i}`)).join('\n');
    const t = Date.now();
    expect(plainTextToHtml(long).length).toBeGreaterThan(0);
    expect(Date.now() - t).toBeLessThan(500);
  });
});
