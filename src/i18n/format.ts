/**
 * Small formatting helpers for translated strings, safe to use in islands (no dictionaries in here:
 * an island gets the strings of its page's language as a prop).
 */
import type { Locale } from './locales';

/** A text per plural category (Intl.PluralRules); `other` is the fallback. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Fill {name} placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** "{n} results" in the right plural form of the language. */
export function plural(forms: PluralForms, locale: Locale, n: number): string {
  const rule = new Intl.PluralRules(locale).select(n);
  return fill(forms[rule] ?? forms.other, { n });
}
