/** The helplines the search lexicon can put first for crisis words, with their phone number. */
import type { SearchLexicon } from '../domain/search-query';
import type { UrgentHelpline } from '../islands/search-run';
import type { HelplineEntry } from '../catalogue/site';

export function urgentHelplines(helplines: HelplineEntry[], lexicon: SearchLexicon): Record<string, UrgentHelpline> {
  const urgentIds = new Set(lexicon.crisis.flatMap((g) => g.helplines));
  const out: Record<string, UrgentHelpline> = {};
  for (const h of helplines.filter((h) => urgentIds.has(h.id))) {
    const phone = h.data.channels.find((c) => c.kind === 'telefoon');
    out[h.id] = {
      id: h.id,
      name: h.data.name,
      url: `/hulp/${h.id}/`,
      ...(phone ? { phone: { label: phone.label ?? `Bel ${phone.value}`, tel: phone.value.replace(/[^0-9+]/g, '') } } : {}),
    };
  }
  return out;
}
