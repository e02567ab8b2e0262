/**
 * What changed between two versions of an offer, for the coordinator's
 * review: the version that is online (approved) against the one that was
 * submitted. Pure and generic: both versions come in as lists of labelled
 * display values (src/utils/offer-fields.ts makes them from an offer), so
 * what is compared is exactly what people read. Every change has a kind in
 * words ("nieuw", "gewijzigd", "verwijderd"), never only a colour.
 */

export type ChangeKind = 'nieuw' | 'gewijzigd' | 'verwijderd';

export const changeLabels: Record<ChangeKind, string> = { nieuw: 'Nieuw', gewijzigd: 'Gewijzigd', verwijderd: 'Verwijderd' };

/** One thing a reader sees, e.g. { key: 'title', label: 'Titel', value: 'Pubers en zo' }. */
export interface DisplayField {
  /** Stable across versions (a session's key is its id). */
  key: string;
  label: string;
  /** The text as shown; '' when empty. */
  value: string;
  /** Long text (the description): compared line by line. */
  multiline?: boolean;
  /** The parts of a group (a session: date, place, places…), compared one by one. */
  parts?: DisplayField[];
}

export interface LineChange {
  kind: 'same' | 'nieuw' | 'verwijderd';
  text: string;
}

export interface FieldChange {
  key: string;
  label: string;
  kind: ChangeKind;
  before: string;
  after: string;
  /** Multiline fields: the lines, in order, each same, new or removed. */
  lines?: LineChange[];
  /** Groups: what changed inside (for a changed group only). */
  parts?: FieldChange[];
}

const isEmpty = (f: DisplayField | undefined) => !f || (f.value === '' && !(f.parts ?? []).some((p) => p.value !== ''));

/**
 * Field-by-field changes from `before` to `after`, in the order of `after`
 * (then what was removed, in the order of `before`). A field that is empty
 * in one version is new or removed; a group (session) is compared by its
 * parts. Unchanged fields are left out.
 */
export function diffFields(before: readonly DisplayField[], after: readonly DisplayField[]): FieldChange[] {
  const old = new Map(before.map((f) => [f.key, f]));
  const now = new Set(after.map((f) => f.key));
  const changes: FieldChange[] = [];
  for (const a of after) {
    const b = old.get(a.key);
    const change = compare(b, a);
    if (change) changes.push(change);
  }
  for (const b of before) if (!now.has(b.key)) {
    const change = compare(b, undefined);
    if (change) changes.push(change);
  }
  return changes;
}

function compare(b: DisplayField | undefined, a: DisplayField | undefined): FieldChange | undefined {
  const field = (a ?? b)!;
  const base = { key: field.key, label: field.label, before: b?.value ?? '', after: a?.value ?? '' };
  if (isEmpty(b) && isEmpty(a)) return undefined;
  if (isEmpty(b)) return { ...base, kind: 'nieuw' };
  if (isEmpty(a)) return { ...base, kind: 'verwijderd' };
  if (field.parts || b!.parts || a!.parts) {
    const parts = diffFields(b!.parts ?? [], a!.parts ?? []);
    return parts.length || base.before !== base.after ? { ...base, kind: 'gewijzigd', parts } : undefined;
  }
  if (base.before === base.after) return undefined;
  return { ...base, kind: 'gewijzigd', ...(field.multiline ? { lines: diffLines(base.before, base.after) } : {}) };
}

/**
 * The lines of `after` with the lines of `before` that are gone, by the
 * longest common subsequence (so a moved paragraph shows as removed and new,
 * and an unchanged line as the same). Lines are compared after trimming.
 */
export function diffLines(before: string, after: string): LineChange[] {
  const a = split(before);
  const b = split(after);
  // Keep the table small for a book pasted into the form: beyond this, compare as whole blocks.
  if (a.length * b.length > 250_000) return [...a.map((text) => ({ kind: 'verwijderd' as const, text })), ...b.map((text) => ({ kind: 'nieuw' as const, text }))];
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: LineChange[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) out.push({ kind: 'same', text: b[j]! }), i++, j++;
    else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) out.push({ kind: 'verwijderd', text: a[i++]! });
    else out.push({ kind: 'nieuw', text: b[j++]! });
  }
  while (i < a.length) out.push({ kind: 'verwijderd', text: a[i++]! });
  while (j < b.length) out.push({ kind: 'nieuw', text: b[j++]! });
  return out;
}

const split = (s: string) => s.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim()).filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''));
