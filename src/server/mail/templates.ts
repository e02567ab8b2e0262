/**
 * Every e-mail the portal sends, in Dutch (B1): the one mail-template module.
 * Each template describes its mail once, as blocks (src/server/mail/compose.ts);
 * the plain-text part and the HTML part are both rendered from those blocks,
 * so they always say the same. Everything someone typed (an offer title, a
 * name, a child's name, a coordinator's message) is only ever text in a
 * block: the HTML renderer escapes it, and one-line fields go through
 * `oneLine`, so they cannot start a new line in a subject.
 */
import { formatDate, formatDateIn, formatSlot, formatSlotIn } from '../../domain/dates';
import { registrationMailWords, type RegistrationMailWords } from '../../i18n/registration-mail';
import { directionOf, localeTags, type Locale } from '../../i18n/locales';
import { meetingsOf } from '../../domain/offers/meetings';
import { cleanMultiline, oneLine } from '../../domain/text';
import { contact } from '../../utils/contact';

export { oneLine };
import { offerTextsIn, portalOptions, type CatalogueSession } from '../../catalogue/sessions';
import type { Registration } from '../../schemas/rows';
import { movedIcs, sessionIcs } from './ics';
import { joinLinkFor } from '../../domain/registrations/join-link';
import { button, facts, heading, link, list, p, quote, renderHtml, renderText, small, type Block, type MailContent } from './compose';

export interface MailMessage {
  to: string;
  subject: string;
  /** The plain-text part. */
  text: string;
  /** The HTML part, from the same blocks as `text` (every template sets it; the transports send it as multipart/alternative). */
  html?: string;
  attachments?: { filename: string; content: string; contentType: string }[];
  /** What kind of message (for the log line, which never holds personal data). */
  kind: string;
  /**
   * Set on a message whose link ties the address to anonymous data (a survey
   * invite): names its outbox file, so the file can be deleted once the link is used.
   */
  outboxKey?: string;
}

/** One template's blocks → the message with both parts. */
function compose(to: string, kind: string, content: MailContent): MailMessage {
  // A mail to a parent is in the language they registered in (`content.locale`); staff mails are Dutch.
  const c = { ...content, subject: oneLine(content.subject, 250) };
  return { to, kind, subject: c.subject, text: renderText(c), html: renderHtml(c) };
}

const telLink = link(contact.phone, `tel:${contact.tel}`);

// ——— Mails to a parent: the words of the language they registered in (src/i18n/registration-mail.ts) ———

/** The words and the date formatting of a registration's language. */
interface Lang {
  w: RegistrationMailWords;
  locale: Locale;
  slot: (start: string, end: string) => string;
  date: (local: string) => string;
}
function langOf(r: Pick<Registration, 'language'>): Lang {
  const locale = r.language ?? 'nl';
  const tag = localeTags[locale];
  return locale === 'nl'
    ? { w: registrationMailWords.nl, locale, slot: formatSlot, date: formatDate }
    : { w: registrationMailWords[locale], locale, slot: (a, b) => formatSlotIn(a, b, tag), date: (d) => formatDateIn(d, tag) };
}

const hello = (l: Lang, name: string) => p(l.w.hello(oneLine(name)));
const signOff = (l: Lang) => p(l.w.signOff);
/** How to reach the CJG, in every mail to a parent. */
const askUs = (l: Lang) => p(l.w.askBefore, telLink, l.w.askAfter(l.locale === 'nl' ? contact.hours : l.w.hours));
const privacy = (l: Lang) => small(l.w.privacy);
const dutchSignOff = p('Met vriendelijke groet,\nCJG Haarlem-Zandvoort');
const dutchHello = (name: string) => p(`Hallo ${oneLine(name)},`);

/** The child's first name, when the registration has one (each child of a family gets its own mail). */
const childOf = (r: Registration) => (r.childFirstName ? oneLine(r.childFirstName, 60) : undefined);
/** "Mindset (Noor)": the subject tells a family's mails apart. */
const titleFor = (entry: CatalogueSession, r: Registration) => `${offerTitle(langOf(r), entry)}${childOf(r) ? ` (${childOf(r)})` : ''}`;
/** The offer's title in the mail's language (its translation, else the Dutch title). */
const offerTitle = (l: Lang, entry: CatalogueSession) => oneLine(offerTextsIn(entry.offer, l.locale).title);

/** "Ouderavond: dinsdag 9 maart 2027, 19.30 tot 21.00 uur". */
const meetingLine = (l: Lang, m: { start: string; end: string; label?: string | undefined }) => `${m.label ? `${oneLine(m.label, 60)}: ` : ''}${l.slot(m.start, m.end)}`;

const isOnline = (entry: CatalogueSession) => entry.offer.format === 'online' || entry.session.location === 'online';

/** What, who, every meeting, where, how many; what to bring; how to join online. */
function details(l: Lang, entry: CatalogueSession, r: Registration): Block[] {
  const { w } = l;
  const { session, offer } = entry;
  const meetings = meetingsOf(session);
  const child = childOf(r);
  const blocks: Block[] = [
    facts([
      { label: w.what, value: offerTitle(l, entry) },
      ...(child ? [{ label: w.child, value: child }] : []),
      meetings.length > 1 ? { label: w.whenMany(meetings.length), value: meetings.map((m) => meetingLine(l, m)) } : { label: w.when, value: meetingLine(l, meetings[0]!) },
      { label: w.where, value: oneLine(entry.place) },
      { label: w.participants, value: String(r.participants) },
    ]),
  ];
  const bring = (offerTextsIn(offer, l.locale).bring ?? []).map((b) => oneLine(b, 80)).filter(Boolean);
  if (bring.length) blocks.push(heading(w.bring), list(bring));
  if (isOnline(entry)) {
    // The link only for a confirmed place (src/domain/registrations/join-link.ts); it is also in the calendar file.
    const join = joinLinkFor(session, r.status);
    blocks.push(
      join
        ? p(w.joinNow)
        : p(w.joinLater),
      ...(join ? [button(w.joinButton, join)] : []),
    );
  }
  return blocks;
}

/** What happens next, per status: the intake call, or the waiting list (true to `fillFromWaitlist` in src/server/store/sql.ts). */
function nextSteps(l: Lang, entry: CatalogueSession, r: Registration, pageUrl: string): Block[] {
  const { w } = l;
  if (r.status === 'pending')
    return [
      heading(w.nextHeading),
      list([
        r.phone ? w.callYou(oneLine(r.phone, 30)) : w.noPhone,
        [w.callFrom[0], telLink, w.callFrom[1]],
        w.afterCall,
      ]),
    ];
  if (r.status === 'waitlisted')
    return [
      heading(w.nextHeading),
      list([
        w.placeFree,
        portalOptions(entry.offer).intake ? w.placeYoursIntake : w.placeYours,
        ...(r.participants > 1 ? [w.enoughPlaces(r.participants)] : []),
        w.stayOnList,
        [w.otherDate[0], link(w.otherDate[1], pageUrl), w.otherDate[2]],
      ]),
    ];
  return [];
}

/** How to cancel: the button, until when, and that only the newest link works. */
function cancelBlocks(l: Lang, entry: CatalogueSession, r: Registration, cancelUrl: string): Block[] {
  const { w } = l;
  const first = l.date(entry.session.start);
  return [
    heading(r.status === 'waitlisted' ? w.cancelHeadingWaitlist : w.cancelHeading),
    p(r.status === 'waitlisted' ? w.cancelWaitlist : w.cancelBefore(first)),
    button(w.cancelButton, cancelUrl),
    p(w.newestLink),
  ];
}

/** Said in the mail to a repeat: someone (maybe not the owner) entered this address again. */
const repeatBlocks = (l: Lang) => l.w.repeat.map((line) => p(line));

/** The session with its offer's title in the mail's language, for the calendar file's SUMMARY. */
const inLanguage = (l: Lang, entry: CatalogueSession): CatalogueSession => ({ ...entry, offer: { ...entry.offer, title: offerTextsIn(entry.offer, l.locale).title } });

/** A personal calendar file as the mail's one attachment, named in the parent's language. */
const icsAttachment = (l: Lang, content: string): NonNullable<MailMessage['attachments']> => [
  { filename: l.w.calendarFile, contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content },
];

/** The calendar file of a registration that holds a place. */
function calendar(l: Lang, entry: CatalogueSession, r: Registration, cancelUrl: string, pageUrl: string): MailMessage['attachments'] {
  return r.status === 'waitlisted'
    ? []
    : icsAttachment(l, sessionIcs(inLanguage(l, entry), { registration: r, url: pageUrl, description: `${offerTitle(l, entry)}. ${l.w.calendarCancel}: ${cancelUrl}`, words: l.w.calendar }));
}

/**
 * The file that takes a place out of the calendar again, for a mail that ends it: the same UIDs as
 * the file of the place (session, meeting, registration), STATUS:CANCELLED and a higher SEQUENCE, so
 * opening it marks the parent's events as cancelled. Only where a place, and so a file, was held.
 */
function endedCalendar(l: Lang, entry: CatalogueSession, r: Registration, pageUrl: string): NonNullable<MailMessage['attachments']> {
  const ended = { id: r.id, status: r.status === 'declined' ? ('declined' as const) : ('cancelled' as const) };
  return icsAttachment(l, sessionIcs(inLanguage(l, entry), { registration: ended, url: pageUrl, description: offerTitle(l, entry), words: l.w.calendar }));
}

/** What a mail that ends a place says and brings about the calendar. */
export interface EndedCalendar {
  /** The registration held a place before (so it has a file to take out). */
  calendar: boolean;
  /** The offer's page in the parent's language. */
  pageUrl: string;
}

/** A registration mail: greeting, what changed, the details, what happens next, how to cancel, who to ask. */
function registrationMail(entry: CatalogueSession, r: Registration, kind: string, subject: string, intro: Block[], cancelUrl: string, pageUrl: string): MailMessage {
  const l = langOf(r);
  return {
    ...compose(r.email, kind, {
      subject,
      locale: l.locale,
      blocks: [hello(l, r.name), ...intro, ...details(l, entry, r), ...nextSteps(l, entry, r, pageUrl), ...cancelBlocks(l, entry, r, cancelUrl), askUs(l), signOff(l), privacy(l)],
    }),
    attachments: calendar(l, entry, r, cancelUrl, pageUrl),
  };
}

/**
 * The mail after every accepted registration. `repeat`: the address was already
 * registered; the mail shows the existing registration (the owner's own data) with
 * a fresh link. Both are composed the same way, with the same attachment.
 */
export function confirmationMail(entry: CatalogueSession, r: Registration, cancelUrl: string, pageUrl: string, opts: { repeat?: boolean } = {}): MailMessage {
  const { w } = langOf(r);
  const title = titleFor(entry, r);
  const subject = r.status === 'confirmed' ? w.subjectConfirmed(title) : r.status === 'pending' ? w.subjectPending(title) : w.subjectWaitlisted(title);
  const intro = [...(opts.repeat ? repeatBlocks(langOf(r)) : []), p(w.status[r.status])];
  return registrationMail(entry, r, opts.repeat ? 'registration-repeat' : `registration-${r.status}`, subject, intro, cancelUrl, pageUrl);
}

export function promotedMail(entry: CatalogueSession, r: Registration, cancelUrl: string, pageUrl: string): MailMessage {
  const { w } = langOf(r);
  const intro = r.status === 'pending' ? w.promotedPending : w.promotedConfirmed;
  return registrationMail(entry, r, 'registration-promoted', w.subjectPromoted(titleFor(entry, r)), [p(intro)], cancelUrl, pageUrl);
}

export function cancelledMail(entry: CatalogueSession, r: Registration, ended?: EndedCalendar): MailMessage {
  const l = langOf(r);
  return {
    ...compose(r.email, 'registration-cancelled', {
      subject: l.w.subjectCancelled(titleFor(entry, r)),
      locale: l.locale,
      blocks: [
        hello(l, r.name),
        p(l.w.cancelled(titleFor(entry, r), l.slot(entry.session.start, entry.session.end))),
        ...(ended?.calendar ? [p(l.w.calendarRemove)] : []),
        p(l.w.again),
        askUs(l),
        signOff(l),
      ],
    }),
    attachments: ended?.calendar ? endedCalendar(l, entry, r, ended.pageUrl) : [],
  };
}

/** After the intake call: a place (the confirmation, under its own subject) or not. */
export function decidedMail(entry: CatalogueSession, r: Registration, cancelUrl: string, pageUrl: string): MailMessage {
  const l = langOf(r);
  if (r.status === 'confirmed') return registrationMail(entry, r, 'registration-decided', l.w.subjectDecided(titleFor(entry, r)), [p(l.w.status.confirmed)], cancelUrl, pageUrl);
  // Declined after the intake: the pending place had a (tentative) file, which this one takes out.
  return {
    ...compose(r.email, 'registration-decided', {
      subject: l.w.subjectDeclined(titleFor(entry, r)),
      locale: l.locale,
      blocks: [hello(l, r.name), p(l.w.status.declined), p(l.w.calendarRemove), p(l.w.declinedTalk), askUs(l), signOff(l)],
    }),
    attachments: endedCalendar(l, entry, r, pageUrl),
  };
}

/**
 * Moved to another session. `from`: the session it left, when it held a place there (so the parent has
 * its events in the calendar). The one file puts in the new date (where a place is held now) and takes
 * out the old one.
 */
export function movedMail(entry: CatalogueSession, r: Registration, cancelUrl: string, pageUrl: string, from?: CatalogueSession): MailMessage {
  const l = langOf(r);
  const where = l.w.movedWhere[r.status === 'waitlisted' ? 'waitlisted' : r.status === 'pending' ? 'pending' : 'other'];
  const ics = movedIcs(inLanguage(l, entry), from && inLanguage(l, from), r, { url: pageUrl, description: `${offerTitle(l, entry)}. ${l.w.calendarCancel}: ${cancelUrl}`, words: l.w.calendar });
  const calendarLine = !from ? [] : r.status === 'waitlisted' ? [p(l.w.calendarRemove)] : [p(l.w.calendarMoved)];
  return {
    ...compose(r.email, 'registration-moved', {
      subject: l.w.subjectMoved(titleFor(entry, r)),
      locale: l.locale,
      blocks: [
        hello(l, r.name),
        p(`${l.w.moved(offerTitle(l, entry))} ${where}`),
        ...calendarLine,
        ...details(l, entry, r),
        ...nextSteps(l, entry, r, pageUrl),
        ...cancelBlocks(l, entry, r, cancelUrl),
        askUs(l),
        signOff(l),
      ],
    }),
    attachments: ics ? icsAttachment(l, ics) : [],
  };
}

/** The session will not take place (cancelled in the back office); `message` is the optional explanation of who cancelled it. */
export function sessionCancelledMail(entry: CatalogueSession, r: Registration, message?: string, ended?: EndedCalendar): MailMessage {
  const l = langOf(r);
  const title = offerTitle(l, entry);
  const explanation = message ? cleanMultiline(message) : '';
  return {
    ...compose(r.email, 'session-cancelled', {
      subject: l.w.subjectSessionCancelled(title),
      locale: l.locale,
      blocks: [
        hello(l, r.name),
        p(l.w.sessionCancelled(title, l.slot(entry.session.start, entry.session.end))),
        // The explanation is the coordinator's own words (Dutch), marked as such in the HTML part.
        ...(explanation ? [quote(explanation)] : []),
        ...(ended?.calendar ? [p(l.w.calendarRemove)] : []),
        p(l.w.otherDateSite),
        askUs(l),
        signOff(l),
      ],
    }),
    attachments: ended?.calendar ? endedCalendar(l, entry, r, ended.pageUrl) : [],
  };
}

/** A coordinator's message to one participant of a session (line breaks in the subject were removed when it was written). */
export function sessionMessageMail(entry: CatalogueSession, r: Registration, message: { subject: string; text: string }): MailMessage {
  const l = langOf(r);
  const title = offerTitle(l, entry);
  return compose(r.email, 'session-message', {
    subject: `${oneLine(message.subject)} – ${title}`,
    locale: l.locale,
    blocks: [hello(l, r.name), p(l.w.messageAbout(title, l.slot(entry.session.start, entry.session.end))), quote(cleanMultiline(message.text)), askUs(l), signOff(l)],
  });
}

export function signInMail(to: string, url: string): MailMessage {
  return compose(to, 'sign-in-link', {
    subject: 'Je inloglink voor Samen Opgroeien',
    blocks: [
      p('Hallo,'),
      p('Je vroeg om in te loggen bij het beheer van Samen Opgroeien. Gebruik deze link:'),
      button('Inloggen', url),
      p('De link werkt 15 minuten en maar één keer. Vraag je daarna een nieuwe link? Dan werkt alleen de nieuwste.'),
      p('Heb je niet om deze link gevraagd? Dan hoef je niets te doen.'),
      p('CJG Haarlem-Zandvoort'),
    ],
  });
}

export function surveyInviteMail(to: string, name: string, offerTitle: string, url: string): MailMessage {
  const title = oneLine(offerTitle);
  return compose(to, 'survey-invite', {
    subject: `Hoe vond je ${title}?`,
    blocks: [
      dutchHello(name),
      p(`Je deed mee aan ${title}. We willen graag weten hoe tevreden je bent. Het is één vraag en kost een minuut.`),
      button('Geef je mening', url),
      p('Je antwoord is anoniem: we zien niet wie welk antwoord gaf. De link werkt één keer en 30 dagen lang.'),
      dutchSignOff,
    ],
  });
}

/** What an offer mail needs: the offer's title and the links, made by the renderer. */
export interface OfferMailContext {
  title: string;
  /** The offer in the back office. */
  backOfficeUrl: string;
  /** The offer on the public website. */
  publicUrl: string;
}

const staffFooter = [dutchSignOff, small('Je krijgt deze e-mail omdat je een account hebt voor het beheer van Samen Opgroeien.')];

/** To a coordinator: a partner submitted an offer. */
export function offerSubmittedMail(to: string, o: OfferMailContext): MailMessage {
  const title = oneLine(o.title);
  return compose(to, 'offer-submitted', {
    subject: `Nieuw aanbod om te beoordelen: ${title}`,
    blocks: [
      p('Hallo,'),
      p(`Er is aanbod ingediend om te beoordelen: ${title}.`),
      p('In het beheer zie je hoe het aanbod op de website komt te staan, en wat er veranderd is. Keur het goed of stuur het terug met uitleg:'),
      button('Beoordeel het aanbod', o.backOfficeUrl),
      ...staffFooter,
    ],
  });
}

/** To the partner: the coordinator approved the offer; it goes online with the next publish. */
export function offerApprovedMail(to: string, o: OfferMailContext): MailMessage {
  const title = oneLine(o.title);
  return compose(to, 'offer-approved', {
    subject: `Goedgekeurd: ${title}`,
    blocks: [
      p('Hallo,'),
      p(`De coördinator van het CJG heeft je aanbod goedgekeurd: ${title}.`),
      p('Het komt op de website als de website opnieuw gepubliceerd is. Je krijgt dan nog een e-mail.'),
      button('Je aanbod in het beheer', o.backOfficeUrl),
      ...staffFooter,
    ],
  });
}

/** To the partner: sent back, with what to change (the coordinator's words, as plain text). */
export function offerSentBackMail(to: string, o: OfferMailContext, reason: string): MailMessage {
  const title = oneLine(o.title);
  return compose(to, 'offer-sent-back', {
    subject: `Teruggestuurd: ${title}`,
    blocks: [
      p('Hallo,'),
      p(`De coördinator van het CJG heeft je aanbod teruggestuurd: ${title}.`),
      p('Dit moet je nog aanpassen:'),
      quote(cleanMultiline(reason)),
      p('Pas het aanbod aan en dien het opnieuw in:'),
      button('Pas het aanbod aan', o.backOfficeUrl),
      ...staffFooter,
    ],
  });
}

/** To the partner: the coordinator took the offer offline (it leaves the website at the next publication). */
export function offerOfflineMail(to: string, o: OfferMailContext, reason?: string): MailMessage {
  const title = oneLine(o.title);
  const why = reason ? cleanMultiline(reason) : '';
  return compose(to, 'offer-offline', {
    subject: `Offline gehaald: ${title}`,
    blocks: [
      p('Hallo,'),
      p(`De coördinator van het CJG heeft je aanbod offline gehaald: ${title}.`),
      p('Het verdwijnt van de website als de website opnieuw gepubliceerd is. In het beheer staat het nog als concept: je kunt het aanpassen en opnieuw indienen.'),
      ...(why ? [p('De uitleg van de coördinator:'), quote(why)] : []),
      button('Je aanbod in het beheer', o.backOfficeUrl),
      ...staffFooter,
    ],
  });
}

/** To the partner: the approved version is on the website now. */
export function offerOnlineMail(to: string, o: OfferMailContext): MailMessage {
  const title = oneLine(o.title);
  return compose(to, 'offer-online', {
    subject: `Online: ${title}`,
    blocks: [
      p('Hallo,'),
      p(`Je aanbod staat nu op de website: ${title}.`),
      button('Bekijk het op de website', o.publicUrl),
      p('Wil je iets veranderen? Dat doe je in het beheer. Na je wijziging kijkt de coördinator het opnieuw na.'),
      button('Je aanbod in het beheer', o.backOfficeUrl),
      ...staffFooter,
    ],
  });
}
