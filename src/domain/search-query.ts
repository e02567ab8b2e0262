/**
 * Query expansion for site search. Pagefind has no synonyms and no typo
 * tolerance, so the search box expands what people type with a small Dutch
 * lexicon kept as data (content/search/lexicon.yaml): synonyms, common
 * misspellings, and the crisis words (src/domain/crisis.ts) that must put urgent help first.
 * Pure: no I/O; the lexicon is passed in.
 */

export interface CrisisGroup {
  /** Helpline ids (content/helplines) to show first, most urgent first. */
  helplines: string[];
  /** Phrases that signal this crisis; matched as whole words after normalising. */
  terms: string[];
}

export interface SearchLexicon {
  /** term → terms to search as well (synonyms, correct spelling of a misspelling). */
  synonyms: Record<string, string[]>;
  crisis: CrisisGroup[];
  /** Filler words ("mijn", "hoe") dropped in an extra variant, so "zorgen over mijn kind" finds "zorgen over je kind". */
  stopwords?: string[];
}

export interface ExpandedQuery {
  /** The query as typed, normalised. Empty when there is nothing to search. */
  query: string;
  /** Queries to run: the normalised query first, then rewrites with synonyms. */
  variants: string[];
  /** Helpline ids to show above the results, most urgent first; empty when no crisis phrase matched. */
  urgent: string[];
  /** The words that carry meaning (query without filler words), for an any-word fallback. */
  words: string[];
}

/** Most variants a query may produce (each one is a Pagefind search). */
export const MAX_VARIANTS = 8;

/** Lowercase, accents removed ("suïcide" → "suicide"), punctuation to spaces, single spaces. */
export function normaliseQuery(text: string): string {
  return (
    text
      .normalize('NFD')
      // Accents off Latin letters only ("één" → "een", "boşanma" → "bosanma"); Cyrillic й and
      // Arabic letters keep their marks, which are part of the letter there.
      .replace(/(\p{Script=Latin})[\u0300-\u036f]+/gu, '$1')
      .normalize('NFC')
      // Marks that are not part of a composed letter (Arabic vowel signs, tashkeel) are dropped, not split on.
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      // Letters and digits of every script stay (Arabic, Cyrillic, Turkish ı); the rest is a space.
      .replace(/[^\p{L}\p{N}@&+\- ]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Does `phrase` occur in `text` as whole words? Both normalised. */
function containsPhrase(text: string, phrase: string): boolean {
  if (!phrase) return false;
  return ` ${text} `.includes(` ${phrase} `);
}

function replacePhrase(text: string, phrase: string, by: string): string {
  return ` ${text} `.replace(` ${phrase} `, ` ${by} `).trim();
}

/** Normalised copy of a lexicon, so data can be written with capitals and accents. */
export function prepareLexicon(raw: SearchLexicon): SearchLexicon {
  const synonyms: Record<string, string[]> = {};
  for (const [term, list] of Object.entries(raw.synonyms ?? {})) {
    const key = normaliseQuery(term);
    if (!key) continue;
    const values = (list ?? []).map(normaliseQuery).filter((v) => v && v !== key);
    synonyms[key] = [...new Set([...(synonyms[key] ?? []), ...values])];
  }
  const crisis = (raw.crisis ?? []).map((g) => ({ helplines: [...g.helplines], terms: g.terms.map(normaliseQuery).filter(Boolean) }));
  const stopwords = [...new Set((raw.stopwords ?? []).map(normaliseQuery).filter(Boolean))];
  return { synonyms, crisis, stopwords };
}

function withoutStopwords(text: string, stopwords: Set<string>): string {
  return text
    .split(' ')
    .filter((w) => !stopwords.has(w))
    .join(' ');
}

/**
 * Expands a query with a prepared lexicon. Longer phrases are tried first, so
 * "thuis niet veilig" wins over "veilig". Each synonym gives one rewritten
 * query (the phrase replaced), keeping the other words; the original query
 * always comes first.
 */
export function expandQuery(input: string, lexicon: SearchLexicon): ExpandedQuery {
  const query = normaliseQuery(input);
  if (!query) return { query, variants: [], urgent: [], words: [] };

  const variants = [query];
  const keys = Object.keys(lexicon.synonyms).sort((a, b) => b.length - a.length);
  const used: string[] = [];
  for (const key of keys) {
    if (!containsPhrase(query, key)) continue;
    // A shorter key inside a longer matched one ("veilig" in "thuis niet veilig") adds nothing new.
    if (used.some((u) => containsPhrase(u, key))) continue;
    used.push(key);
    for (const alt of lexicon.synonyms[key]!) {
      const v = replacePhrase(query, key, alt);
      if (!variants.includes(v)) variants.push(v);
    }
  }

  // Each variant once more without filler words (Pagefind wants every word to match).
  const stop = new Set(lexicon.stopwords ?? []);
  if (stop.size) {
    for (const v of [...variants]) {
      const stripped = withoutStopwords(v, stop);
      if (stripped && !variants.includes(stripped)) variants.push(stripped);
    }
  }

  const urgent = matchCrisis(variants, lexicon.crisis);
  const words = [...new Set(query.split(' ').filter((w) => !stop.has(w)))];
  return { query, variants: variants.slice(0, MAX_VARIANTS), urgent, words };
}

/** The helplines of every crisis group whose words occur in one of the (normalised) texts, most urgent first. */
/**
 * Arabic as people type it in a chat, for the crisis words only (not for Pagefind, whose index keeps the
 * spelling): the hamza forms of alif, taa marbuta and alif maqsura folded, and the clitics و ف (and, so),
 * ب ل (with, for) and the article ال taken off a word that keeps at least three letters. So
 * "وأريد أن أموت" and "اريد ان اموت" hold "أريد أن أموت", and "الانتحار" holds "انتحار". Other scripts
 * pass unchanged. Takes and gives normalised text (`normaliseQuery`).
 */
export function foldForCrisis(normalised: string): string {
  if (!/\p{Script=Arabic}/u.test(normalised)) return normalised;
  return normalised
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .split(' ')
    .map((w) => (/^\p{Script=Arabic}+$/u.test(w) ? w.replace(/^(?:[وف](?=\p{L}{3}))?(?:[بل](?=\p{L}{3}))?(?:ال(?=\p{L}{3}))?/u, '') : w))
    .join(' ');
}

export function matchCrisis(texts: string[], groups: CrisisGroup[]): string[] {
  const urgent: string[] = [];
  const folded = texts.map(foldForCrisis);
  for (const group of groups) {
    if (folded.some((v) => group.terms.some((t) => containsPhrase(v, foldForCrisis(t)))))
      for (const id of group.helplines) if (!urgent.includes(id)) urgent.push(id);
  }
  return urgent;
}

/** One hit of one variant: a result id (Pagefind's, or a URL) and Pagefind's score. */
export interface VariantHit {
  id: string;
  score: number;
}

/**
 * Merges the hits of several variants into one ranking. A page keeps its best
 * score; hits of rewritten queries count slightly less than the query as
 * typed, so an exact match stays on top.
 */
export function mergeVariantHits(perVariant: VariantHit[][], rewriteFactor = 0.9): VariantHit[] {
  const best = new Map<string, number>();
  perVariant.forEach((hits, i) => {
    const factor = i === 0 ? 1 : rewriteFactor;
    for (const h of hits) {
      const s = h.score * factor;
      if (s > (best.get(h.id) ?? -Infinity)) best.set(h.id, s);
    }
  });
  return [...best.entries()].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
