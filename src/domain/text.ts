/**
 * Free text that staff and partners type (a reason, a message, a title in a
 * mail) made safe to show as plain text, written once. Pure.
 */

/** Direction overrides and isolates (see src/domain/bidi.ts). */
const BIDI = '\\u202A-\\u202E\\u2066-\\u2069';
const CONTROLS_BUT_TAB_AND_NEWLINE = new RegExp(`[\\u0000-\\u0008\\u000B-\\u001F\\u007F${BIDI}]`, 'g');
const CONTROLS_AND_LINE_BREAKS = new RegExp(`[\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029${BIDI}]`, 'g');

/** Several lines of plain text: line breaks normalised to \n, other control characters and direction overrides removed, trimmed. */
export function cleanMultiline(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(CONTROLS_BUT_TAB_AND_NEWLINE, '').trim();
}

/**
 * One line (a subject, a title inside a sentence): line breaks, other
 * control characters and direction overrides become spaces, runs of spaces
 * one space; longer than `max` is cut with "…".
 */
export function oneLine(s: string, max = 200): string {
  const flat = s.replace(CONTROLS_AND_LINE_BREAKS, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * A text as a sentence: trimmed, with a full stop added only when it does not
 * already end with one (or with "?", "!", "…"). Use it wherever a content
 * field is followed by ".", so "op werkdagen." never becomes "op werkdagen..".
 */
export function asSentence(s: string): string {
  const t = s.trim();
  return t === '' || /[.?!…]["'”’)]?$/.test(t) ? t : `${t}.`;
}
