/**
 * Ids that must never become content ids, because the id is a path segment
 * next to a page of the site itself. An offer with the id "filter" would be
 * /aanbod/filter/, the catalogue's filter page without JavaScript; a help
 * topic "vraag" would be /jongeren/vraag/; a session "annuleren" would be
 * /inschrijven/annuleren/. Each list holds the static names in the folder
 * of the dynamic route; tests/security/reserved-route-ids.test.ts walks
 * src/pages and fails when a new static page is missing here.
 */
export const reservedIds = {
  /** src/pages/aanbod/[slug].astro: static siblings under /aanbod/. */
  offers: ['filter'],
  /** src/pages/inschrijven/[sessionId].astro. */
  sessions: ['annuleren', 'bevestigd', 'verstuurd'],
  /** src/pages/jongeren/[topic].astro. */
  helpTopics: ['antwoord', 'sporen-wissen', 'vraag'],
} as const satisfies Record<string, readonly string[]>;

export type ReservedKind = keyof typeof reservedIds;

/** Also "index" (the folder's own page) everywhere. */
export function isReservedId(kind: ReservedKind, id: string): boolean {
  return id === 'index' || (reservedIds[kind] as readonly string[]).includes(id);
}

const where: Record<ReservedKind, string> = { offers: '/aanbod/', sessions: '/inschrijven/', helpTopics: '/jongeren/' };

/** The build error for a content file with such an id (Dutch, for editors). */
export function reservedIdMessage(kind: ReservedKind, id: string): string {
  return `de naam "${id}" kan niet: ${where[kind]}${id}/ is al een pagina van de website. Kies een andere naam.`;
}
