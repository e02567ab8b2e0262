/**
 * Cross-collection reference checks. Zod validates each file on its own;
 * this checks that the ids one file names exist in the other collections.
 * Pure: takes plain entries, returns problems. The build calls it through
 * `src/catalogue/site.ts` and fails on any problem.
 */
import { isReservedId, reservedIdMessage } from '../domain/reserved-ids';

export interface RefEntry<T> {
  id: string;
  /** Path of the source file, for the error message. */
  filePath?: string;
  data: T;
}

export interface ReferenceInput {
  themes: RefEntry<unknown>[];
  partners: RefEntry<unknown>[];
  locations: RefEntry<unknown>[];
  offers: RefEntry<{ themes: string[]; provider: string; sessions: { id: string; location: string }[] }>[];
  articles?: RefEntry<{ themes: string[] }>[];
  helpTopics?: RefEntry<unknown>[];
}

export interface ReferenceProblem {
  file: string;
  field: string;
  message: string;
}

export function checkReferences(input: ReferenceInput): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const themes = new Set(input.themes.map((e) => e.id));
  const partners = new Set(input.partners.map((e) => e.id));
  const locations = new Set(input.locations.map((e) => e.id));
  const sessionOwner = new Map<string, string>();

  for (const offer of input.offers) {
    const file = offer.filePath ?? `offers/${offer.id}`;
    // The file name is the URL: it must not take over a page of the site (src/domain/reserved-ids.ts).
    if (isReservedId('offers', offer.id)) problems.push({ file, field: 'bestandsnaam', message: reservedIdMessage('offers', offer.id) });
    offer.data.themes.forEach((t, i) => {
      if (!themes.has(t)) problems.push({ file, field: `themes[${i}]`, message: `thema "${t}" bestaat niet` });
    });
    if (!partners.has(offer.data.provider))
      problems.push({ file, field: 'provider', message: `partner "${offer.data.provider}" bestaat niet` });
    offer.data.sessions.forEach((s, i) => {
      if (s.location !== 'online' && !locations.has(s.location))
        problems.push({ file, field: `sessions[${i}].location`, message: `locatie "${s.location}" bestaat niet` });
      if (isReservedId('sessions', s.id)) problems.push({ file, field: `sessions[${i}].id`, message: reservedIdMessage('sessions', s.id) });
      const other = sessionOwner.get(s.id);
      if (other) problems.push({ file, field: `sessions[${i}].id`, message: `sessie-id "${s.id}" wordt ook gebruikt in ${other}` });
      else sessionOwner.set(s.id, file);
    });
  }
  for (const topic of input.helpTopics ?? []) {
    if (isReservedId('helpTopics', topic.id))
      problems.push({ file: topic.filePath ?? `help-topics/${topic.id}`, field: 'bestandsnaam', message: reservedIdMessage('helpTopics', topic.id) });
  }
  for (const article of input.articles ?? []) {
    const file = article.filePath ?? `articles/${article.id}`;
    article.data.themes.forEach((t, i) => {
      if (!themes.has(t)) problems.push({ file, field: `themes[${i}]`, message: `thema "${t}" bestaat niet` });
    });
  }
  return problems;
}

export function formatProblems(problems: ReferenceProblem[]): string {
  return (
    'Verwijzingen in de content kloppen niet:\n' +
    problems.map((p) => `  - ${p.file} → ${p.field}: ${p.message}`).join('\n')
  );
}
