/**
 * The session catalogue: session id → the session and what the handlers
 * need of its offer. Built from the `offers` collection by the routes
 * (`site.ts`) or from the files by the commands (`files.ts`) and passed to
 * the handlers, so tests can pass a fake one.
 */
import type { Offer, RegistrationMethod } from '../schemas/offer';
import type { Session } from '../schemas/session';
import { withCancelledSessions } from './merge';
import type { Locale, TranslatedLocale } from '../i18n/locales';

export interface CatalogueOffer {
  id: string;
  title: string;
  kind: Offer['kind'];
  format: Offer['format'];
  registration: RegistrationMethod;
  /** Who it is for and the child's ages: what the registration form asks (`registrationAsksOf`). */
  audience?: Offer['audience'];
  ages?: Offer['ages'];
  /** What a participant brings (for the mails); absent or empty when nothing. */
  bring?: readonly string[];
  /** The title and what to bring in the languages the offer is translated into (content/offers/<locale>/), for the mails. */
  translations?: Partial<Record<TranslatedLocale, OfferTexts>>;
}

/** The words of an offer a mail repeats. */
export interface OfferTexts {
  title: string;
  bring?: readonly string[] | undefined;
}

/** The offer's title and what to bring in `locale`; Dutch where it is not translated (a translation may leave `bring` out). */
export function offerTextsIn(offer: CatalogueOffer, locale: Locale): OfferTexts {
  const t = locale === 'nl' ? undefined : offer.translations?.[locale];
  const bring = offer.bring ?? [];
  return { title: t?.title ?? offer.title, bring: t?.bring && t.bring.length === bring.length ? t.bring : bring };
}

/** Per offer id, its translated texts (or nothing). */
export type OfferTranslationsOf = (offerId: string) => CatalogueOffer['translations'];

export interface CatalogueSession {
  session: Session;
  offer: CatalogueOffer;
  /** "CJG Schalkwijk, Straat 1, 2033 AB Haarlem" or "Online". */
  place: string;
}

export type SessionCatalogue = (sessionId: string) => CatalogueSession | undefined;

interface LocationLike {
  id: string;
  data: { name: string; address: { street: string; postcode: string; city: string } };
}

export function buildSessionCatalogue(
  offers: readonly { id: string; data: Offer }[],
  locations: readonly LocationLike[] = [],
  translationsOf: OfferTranslationsOf = () => undefined,
): SessionCatalogue {
  const places = new Map(locations.map((l) => [l.id, `${l.data.name}, ${l.data.address.street}, ${l.data.address.postcode} ${l.data.address.city}`]));
  const map = new Map<string, CatalogueSession>();
  for (const o of offers) {
    const offer: CatalogueOffer = { id: o.id, title: o.data.title, kind: o.data.kind, format: o.data.format, registration: o.data.registration, audience: o.data.audience, ages: o.data.ages, bring: o.data.bring ?? [], translations: translationsOf(o.id) };
    for (const session of o.data.sessions) {
      const place = session.location === 'online' ? 'Online' : places.get(session.location) ?? session.location;
      map.set(session.id, { session, offer, place });
    }
  }
  return (id) => map.get(id);
}

/** The intake and ask-flags of a portal registration (defaults for others). */
export function portalOptions(offer: CatalogueOffer) {
  return offer.registration.method === 'portal'
    ? offer.registration
    : { method: 'portal' as const, intake: false, askChild: false, askSchoolGroup: false };
}

/**
 * The catalogue as it is now for the running server: `base` (the build or
 * the files read at start) with the sessions cancelled in the back office
 * since, read fresh on every call, so a cancelled session refuses
 * registrations at once, before the next publish.
 */
export function withLiveCancellations(base: () => Promise<SessionCatalogue>, cancelled: () => Promise<ReadonlySet<string>>): () => Promise<SessionCatalogue> {
  return async () => {
    const [catalogue, ids] = await Promise.all([base(), cancelled()]);
    if (!ids.size) return catalogue;
    return (id) => {
      const entry = catalogue(id);
      if (!entry || !ids.has(id)) return entry;
      return { ...entry, session: withCancelledSessions({ sessions: [entry.session] }, ids).sessions[0]! };
    };
  };
}
