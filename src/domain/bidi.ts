/**
 * Unicode bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069).
 * In a partner's text they can make a title read differently from what it is ("\u202Efdp.exe"
 * shows as "exe.pdf") and leak their direction into the text around them. Dutch text never needs
 * them, so partner offers lose them before they are published: the same text on pages, JSON-LD,
 * search, /aanbod.json, calendar files, CSV and mail.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function stripBidiControls<T>(value: T): T {
  if (typeof value === 'string') return value.replace(BIDI_CONTROLS, '') as T;
  if (Array.isArray(value)) return value.map((v) => stripBidiControls(v)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripBidiControls(v)])) as T;
  }
  return value;
}
