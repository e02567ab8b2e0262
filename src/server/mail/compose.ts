/**
 * The shape of a mail, and its two renderers. A template
 * (src/server/mail/templates.ts, where all the words are) describes a mail
 * once, as blocks; `renderText` and `renderHtml` turn the same blocks into
 * the plain-text part and the HTML part of one multipart/alternative
 * message. So both parts always say the same thing.
 *
 * - Every string in a block is text, never markup: the HTML renderer escapes
 *   all of it (an offer title, a child's name, a coordinator's message), and
 *   only the renderer writes tags. Links are our own addresses (http(s),
 *   mailto:, tel:); anything else is refused.
 * - The HTML is plain mail HTML: inline styles, no script, no image and
 *   nothing else loaded from anywhere, max 600 px wide, `lang="nl"`, the CJG's
 *   name and colour as its header, readable in any mail program.
 * - The text part is a body, not a header: line breaks in it are harmless.
 *   Subjects and names go through `oneLine` in the templates.
 */
import { escapeHtml } from '../../domain/admin';
import { directionOf, type Locale } from '../../i18n/locales';

/** A piece of a sentence: text, or a link with its text. */
export type Inline = string | { text: string; href: string };

export type Block =
  /** A paragraph. */
  | { kind: 'p'; parts: Inline[] }
  /** A small heading above what follows. */
  | { kind: 'heading'; text: string }
  /** Label–value rows ("Wat", "Waar"); a value of several lines is a list. */
  | { kind: 'facts'; rows: { label: string; value: string | string[] }[] }
  /** A bulleted list. */
  | { kind: 'list'; items: Inline[][] }
  /** The main action, as a button ("Annuleren"); in the text part the label and the address on its own line. */
  | { kind: 'button'; label: string; href: string }
  /** Free text someone typed (a coordinator's message), with its line breaks. */
  | { kind: 'quote'; text: string }
  /** A small print line at the end. */
  | { kind: 'small'; parts: Inline[] };

export interface MailContent {
  subject: string;
  blocks: Block[];
  /** The language of the words (issue 18): `lang` and `dir` of the HTML part. Default Dutch. */
  locale?: Locale | undefined;
}

export const p = (...parts: Inline[]): Block => ({ kind: 'p', parts });
export const small = (...parts: Inline[]): Block => ({ kind: 'small', parts });
export const heading = (text: string): Block => ({ kind: 'heading', text });
export const facts = (rows: { label: string; value: string | string[] }[]): Block => ({ kind: 'facts', rows });
export const list = (items: (Inline | Inline[])[]): Block => ({ kind: 'list', items: items.map((i) => (Array.isArray(i) ? i : [i])) });
export const button = (label: string, href: string): Block => ({ kind: 'button', label, href });
export const quote = (text: string): Block => ({ kind: 'quote', text });
export const link = (text: string, href: string): Inline => ({ text, href });

const SAFE_HREF = /^(https?:\/\/|mailto:|tel:)/i;
function checkedHref(href: string): string {
  if (!SAFE_HREF.test(href) || /[\s<>"]/.test(href)) throw new Error('mail: a link must be an http(s), mailto: or tel: address');
  return href;
}

// ——— text ———

function inlineText(parts: Inline[]): string {
  return parts
    .map((x) => {
      if (typeof x === 'string') return x;
      // A phone number or an address reads as itself; a web link gets its address after the words.
      if (/^(tel|mailto):/i.test(x.href) || x.text === x.href) return x.text;
      return `${x.text} (${checkedHref(x.href)})`;
    })
    .join('');
}

function blockText(b: Block): string {
  switch (b.kind) {
    case 'p':
    case 'small':
      return inlineText(b.parts);
    case 'heading':
      return b.text;
    case 'facts':
      return b.rows.map((r) => (Array.isArray(r.value) ? [`${r.label}:`, ...r.value.map((v) => `- ${v}`)].join('\n') : `${r.label}: ${r.value}`)).join('\n');
    case 'list':
      return b.items.map((i) => `- ${inlineText(i)}`).join('\n');
    case 'button':
      return `${b.label}:\n${checkedHref(b.href)}`;
    case 'quote':
      return b.text;
  }
}

/** The plain-text part: the blocks with a blank line between them. */
export function renderText(m: MailContent): string {
  return `${m.blocks.map(blockText).join('\n\n')}\n`;
}

// ——— HTML ———

/** The CJG's colours (src/styles/tokens.css): primary on white passes WCAG AA for text and the button. */
const C = { primary: '#0f5c6e', ink: '#1c2630', muted: '#4a5561', line: '#d9cfc3', paper: '#fbf7f2', surface: '#ffffff', tint: '#e3f0f2' };
const FONT = `font-family:'Source Sans 3',Arial,Helvetica,sans-serif`;

const esc = escapeHtml;
/** Text with its line breaks, for HTML. */
const lines = (s: string) => esc(s).replace(/\r\n?|\n/g, '<br>');

function inlineHtml(parts: Inline[]): string {
  return parts.map((x) => (typeof x === 'string' ? lines(x) : `<a href="${esc(checkedHref(x.href))}" style="color:${C.primary};text-decoration:underline">${esc(x.text)}</a>`)).join('');
}

/** One block as mail HTML; `start` is the side text starts on ("left", or "right" in Arabic: mail programs know no logical properties). */
function blockHtml(b: Block, start: 'left' | 'right' = 'left'): string {
  switch (b.kind) {
    case 'p':
      return `<p style="margin:0 0 16px">${inlineHtml(b.parts)}</p>`;
    case 'small':
      return `<p style="margin:24px 0 0;font-size:14px;color:${C.muted}">${inlineHtml(b.parts)}</p>`;
    case 'heading':
      return `<h2 style="margin:24px 0 8px;font-size:18px;line-height:1.3;color:${C.ink}">${esc(b.text)}</h2>`;
    case 'facts':
      return `<table style="border-collapse:collapse;margin:0 0 16px;width:100%">${b.rows
        .map((r) => {
          const value = Array.isArray(r.value) ? `<ul style="margin:0;padding-${start}:20px">${r.value.map((v) => `<li>${esc(v)}</li>`).join('')}</ul>` : lines(r.value);
          return `<tr><th scope="row" style="text-align:${start};vertical-align:top;padding:6px 0;padding-${start === 'left' ? 'right' : 'left'}:12px;width:35%;font-weight:bold">${esc(r.label)}</th><td style="vertical-align:top;padding:6px 0">${value}</td></tr>`;
        })
        .join('')}</table>`;
    case 'list':
      return `<ul style="margin:0 0 16px;padding-${start}:20px">${b.items.map((i) => `<li style="margin:0 0 4px">${inlineHtml(i)}</li>`).join('')}</ul>`;
    case 'button':
      return `<p style="margin:8px 0 24px"><a href="${esc(checkedHref(b.href))}" style="display:inline-block;background-color:${C.primary};color:#ffffff;font-weight:bold;text-decoration:none;padding:12px 20px;border-radius:6px;border:2px solid ${C.primary}">${esc(b.label)}</a></p>`;
    case 'quote':
      return `<blockquote style="margin:0 0 16px;padding:8px 16px;border-${start}:4px solid ${C.line};background-color:${C.paper}">${lines(b.text)}</blockquote>`;
  }
}

/** The HTML part: a complete document, everything from the blocks escaped. */
export function renderHtml(m: MailContent): string {
  const locale = m.locale ?? 'nl';
  const dir = directionOf(locale);
  return `<!DOCTYPE html>
<html lang="${locale}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${esc(m.subject)}</title>
<style>
a:focus { outline: 3px solid #0b0c0c; }
@media (max-width: 620px) { .so-mail-body { padding: 16px !important; } }
</style>
</head>
<body dir="${dir}" style="margin:0;padding:0;background-color:${C.paper};color:${C.ink};${FONT};font-size:16px;line-height:1.5">
<div style="max-width:600px;margin:0 auto;background-color:${C.surface}">
<div style="background-color:${C.primary};color:#ffffff;padding:16px 24px">
<h1 style="margin:0;font-size:20px;font-weight:bold;line-height:1.2;color:#ffffff">CJG Haarlem-Zandvoort</h1>
<p style="margin:4px 0 0;font-size:14px">Centrum voor Jeugd en Gezin · Samen Opgroeien</p>
</div>
<div class="so-mail-body" style="padding:24px">
${m.blocks.map((b) => blockHtml(b, dir === 'rtl' ? 'right' : 'left')).join('\n')}
</div>
</div>
</body>
</html>
`;
}
