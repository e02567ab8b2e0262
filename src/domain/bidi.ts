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

/**
 * Right-to-left text (Arabic) often holds names and numbers in Latin script ("Veilig Thuis", "0800-0113",
 * "CJG"). Without isolation the bidi algorithm can pull neighbouring punctuation into them or break them
 * over the line in the wrong order. `latinRuns` cuts a text into runs so a page can put each Latin run in
 * its own `<bdi dir="ltr">` (src/components/content/Isolated.astro). Joined, the runs are the text again.
 */
const LATIN_RUN = /[A-Za-z0-9@][A-Za-z0-9@.,'’:/\-]*(?: +[A-Za-z0-9@][A-Za-z0-9@.,'’:/\-]*)*/g;

export function latinRuns(text: string): { text: string; latin: boolean }[] {
  const runs: { text: string; latin: boolean }[] = [];
  let last = 0;
  for (const m of text.matchAll(LATIN_RUN)) {
    // A run ends on a letter or digit: trailing punctuation belongs to the surrounding sentence.
    const word = m[0].replace(/[.,:’']+$/, '');
    const start = m.index;
    if (start > last) runs.push({ text: text.slice(last, start), latin: false });
    runs.push({ text: word, latin: true });
    last = start + word.length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), latin: false });
  return runs;
}
