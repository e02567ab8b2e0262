/**
 * Every e-mail the portal sends, in Dutch (B1): the one mail-template module.
 * Each template describes its mail once, as blocks (src/server/mail/compose.ts);
 * the plain-text part and the HTML part are both rendered from those blocks,
 * so they always say the same. Everything someone typed (an offer title, a
 * name, a child's name, a coordinator's message) is only ever text in a
 * block: the HTML renderer escapes it, and one-line fields go through
 * `oneLine`, so they cannot start a new line in a subject.
 */
import { formatDate, formatSlot } from '../../domain/dates';
import { meetingsOf } from '../../domain/offers/meetings';
import { cleanMultiline, oneLine } from '../../domain/text';
import { contact } from '../../utils/contact';

export { oneLine };
import type { RegistrationStatus } from '../../domain/registrations/availability';
import { portalOptions, type CatalogueSession } from '../../catalogue/sessions';
import type { Registration } from '../../schemas/rows';
import { sessionIcs } from './ics';
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
  const c = { ...content, subject: oneLine(content.subject, 250) };
  return { to, kind, subject: c.subject, text: renderText(c), html: renderHtml(c) };
}

const telLink = link(contact.phone, `tel:${contact.tel}`);

const hello = (name: string) => p(`Hallo ${oneLine(name)},`);
const signOff = p('Met vriendelijke groet,\nCJG Haarlem-Zandvoort');
/** How to reach the CJG, in every mail to a parent. */
const askUs = p('Vragen? Bel het CJG op ', telLink, ` (${contact.hours}). Of beantwoord deze e-mail.`);
const privacy = small('We bewaren je gegevens alleen voor deze inschrijving en verwijderen ze na afloop.');

const statusLines: Record<RegistrationStatus, string> = {
  confirmed: 'Je bent ingeschreven. Er is een plek voor je.',
  pending:
    'We hebben je aanmelding ontvangen. Voor deze training bellen we je eerst, om te kijken of de training bij jou en je kind past. Tot dat gesprek houden we een plek voor je vrij.',
  waitlisted: 'De training is vol. Je staat op de wachtlijst.',
  cancelled: 'Je inschrijving is geannuleerd.',
  declined: 'Na ons gesprek past deze training nu niet bij jou en je kind. We hebben je inschrijving daarom stopgezet.',
};

/** The child's first name, when the registration has one (each child of a family gets its own mail). */
const childOf = (r: Registration) => (r.childFirstName ? oneLine(r.childFirstName, 60) : undefined);
/** "Mindset (Noor)": the subject tells a family's mails apart. */
const titleFor = (entry: CatalogueSession, r: Registration) => `${oneLine(entry.offer.title)}${childOf(r) ? ` (${childOf(r)})` : ''}`;

/** "Ouderavond: dinsdag 9 maart 2027, 19.30 tot 21.00 uur". */
const meetingLine = (m: { start: string; end: string; label?: string | undefined }) => `${m.label ? `${oneLine(m.label, 60)}: ` : ''}${formatSlot(m.start, m.end)}`;

const isOnline = (entry: CatalogueSession) => entry.offer.format === 'online' || entry.session.location === 'online';

/** What, who, every meeting, where, how many; what to bring; how to join online. */
function details(entry: CatalogueSession, r: Registration): Block[] {
  const { session, offer } = entry;
  const meetings = meetingsOf(session);
  const child = childOf(r);
  const blocks: Block[] = [
    facts([
      { label: 'Wat', value: oneLine(offer.title) },
      ...(child ? [{ label: 'Kind', value: child }] : []),
      meetings.length > 1 ? { label: `Wanneer (${meetings.length} bijeenkomsten)`, value: meetings.map(meetingLine) } : { label: 'Wanneer', value: meetingLine(meetings[0]!) },
      { label: 'Waar', value: oneLine(entry.place) },
      { label: 'Aantal personen', value: String(r.participants) },
    ]),
  ];
  const bring = (offer.bring ?? []).map((b) => oneLine(b, 80)).filter(Boolean);
  if (bring.length) blocks.push(heading('Wat neem je mee?'), list(bring));
  if (isOnline(entry)) {
    // The link only for a confirmed place (src/domain/registrations/join-link.ts); it is also in the calendar file.
    const join = joinLinkFor(session, r.status);
    blocks.push(
      join
        ? p('Zo doe je mee: klik op het tijdstip van de bijeenkomst op de knop hieronder. Je hebt een computer, tablet of telefoon met internet en geluid nodig. Je hoeft niets te installeren.')
        : p('Zo doe je mee: je krijgt de link naar de online bijeenkomst uiterlijk een dag van tevoren per e-mail. Je hebt een computer, tablet of telefoon met internet en geluid nodig. Je hoeft niets te installeren.'),
      ...(join ? [button('Naar de online bijeenkomst', join)] : []),
    );
  }
  return blocks;
}

/** What happens next, per status: the intake call, or the waiting list (true to `fillFromWaitlist` in src/server/store/sql.ts). */
function nextSteps(entry: CatalogueSession, r: Registration, pageUrl: string): Block[] {
  if (r.status === 'pending')
    return [
      heading('Hoe gaat het verder?'),
      list([
        r.phone ? `We bellen je binnenkort op ${oneLine(r.phone, 30)}.` : 'Je gaf geen telefoonnummer op. Bel ons dan zelf even, of beantwoord deze e-mail met je nummer.',
        ['We bellen vanaf het nummer van het CJG: ', telLink, '. Mis je ons telefoontje? Bel dan terug.'],
        'Na het gesprek krijg je een e-mail: of je plek zeker is, of dat we samen iets anders zoeken.',
      ]),
    ];
  if (r.status === 'waitlisted')
    return [
      heading('Hoe gaat het verder?'),
      list([
        'Komt er een plek vrij? Dan krijg je meteen een e-mail. Wie zich eerder aanmeldde, is eerder aan de beurt.',
        portalOptions(entry.offer).intake
          ? 'De plek is dan voor jou. Je hoeft niets te doen: we bellen je eerst om te kijken of de training past.'
          : 'De plek is dan voor jou. Je hoeft niets te doen: je bent dan meteen ingeschreven.',
        ...(r.participants > 1 ? [`Je krijgt een plek als er genoeg plaatsen vrij zijn voor alle ${r.participants} personen.`] : []),
        'Begint de training en is er nog geen plek vrij? Dan blijf je op de wachtlijst staan. Je krijgt alleen een e-mail als er toch nog een plek vrijkomt.',
        ['Liever een andere datum? Kijk of er een andere groep is: ', link('bekijk de training op de website', pageUrl), '.'],
      ]),
    ];
  return [];
}

/** How to cancel: the button, until when, and that only the newest link works. */
function cancelBlocks(entry: CatalogueSession, r: Registration, cancelUrl: string): Block[] {
  const first = formatDate(entry.session.start);
  return [
    heading(r.status === 'waitlisted' ? 'Niet meer op de wachtlijst?' : 'Kun je toch niet komen?'),
    p(
      r.status === 'waitlisted'
        ? 'Wil je niet meer op de wachtlijst staan? Annuleer dan via deze link.'
        : `Annuleer dan via deze link, het liefst vóór de eerste bijeenkomst op ${first}. Dan kan iemand anders je plek krijgen.`,
    ),
    button('Annuleren', cancelUrl),
    p('Via deze link zie je ook hoe het met je inschrijving staat. Gebruik altijd de link uit de nieuwste e-mail van ons: een link uit een eerdere e-mail werkt dan niet meer.'),
  ];
}

/** Said in the mail to a repeat: someone (maybe not the owner) entered this address again. */
const repeatBlocks = [
  p('Je e-mailadres is nog een keer ingevuld voor deze bijeenkomst. Je was al ingeschreven: er is niets veranderd aan je inschrijving. Hieronder staat hoe het ervoor staat.'),
  p('Je krijgt hierin een nieuwe link om te annuleren. De link uit eerdere e-mails werkt niet meer.'),
  p('Heb je dit niet zelf gedaan? Dan hoef je niets te doen.'),
];

/** The calendar file of a registration that holds a place. */
function calendar(entry: CatalogueSession, r: Registration, cancelUrl: string, pageUrl: string): MailMessage['attachments'] {
  return r.status === 'waitlisted'
    ? []
    : [{ filename: 'bijeenkomst.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: sessionIcs(entry, { registration: r, url: pageUrl, description: `${entry.offer.title}. Annuleren: ${cancelUrl}` }) }];
}

/** A registration mail: greeting, what changed, the details, what happens next, how to cancel, who to ask. */
function registrationMail(entry: CatalogueSession, r: Registration, kind: string, subject: string, intro: Block[], cancelUrl: string, pageUrl: string): MailMessage {
  return {
    ...compose(r.email, kind, {
      subject,
      blocks: [hello(r.name), ...intro, ...details(entry, r), ...nextSteps(entry, r, pageUrl), ...cancelBlocks(entry, r, cancelUrl), askUs, signOff, privacy],
    }),
    attachments: calendar(entry, r, cancelUrl, pageUrl),
  };
}

/**
 * The mail after every accepted registration. `repeat`: the address was already
 * registered; the mail shows the existing registration (the owner's own data) with
 * a fresh link. Both are composed the same way, with the same attachment.
 */
export function confirmationMail(entry: CatalogueSession, r: Registration, cancelUrl: string, pageUrl: string, opts: { repeat?: boolean } = {}): MailMessage {
  const title = titleFor(entry, r);
  const subject = r.status === 'confirmed' ? `Je inschrijving: ${title}` : r.status === 'pending' ? `Je aanmelding: ${title} (we bellen je)` : `Wachtlijst: ${title}`;
  const intro = [...(opts.repeat ? repeatBlocks : []), p(statusLines[r.status])];
  return registrationMail(entry, r, opts.repeat ? 'registration-repeat' : `registration-${r.status}`, subject, intro, cancelUrl, pageUrl);
}

export function promotedMail(entry: CatalogueSession, r: Registration, cancelUrl: string, pageUrl: string): MailMessage {
  const intro =
    r.status === 'pending'
      ? 'Goed nieuws: er is een plek vrijgekomen. We bellen je eerst om te kijken of de training bij jou en je kind past. Tot dan houden we de plek voor je vrij.'
      : 'Goed nieuws: er is een plek vrijgekomen. Je staat niet meer op de wachtlijst: je bent nu ingeschreven. Je hoeft niets te doen.';
  return registrationMail(entry, r, 'registration-promoted', `Er is een plek vrij: ${titleFor(entry, r)}`, [p(intro)], cancelUrl, pageUrl);
}

export function cancelledMail(entry: CatalogueSession, r: Registration): MailMessage {
  return compose(r.email, 'registration-cancelled', {
    subject: `Geannuleerd: ${titleFor(entry, r)}`,
    blocks: [
      hello(r.name),
      p(`Je inschrijving voor ${oneLine(entry.offer.title)}${childOf(r) ? ` (${childOf(r)})` : ''} op ${formatSlot(entry.session.start, entry.session.end)} is geannuleerd.`),
      p('Wil je je toch weer inschrijven? Dat kan op de website, zolang er plek is.'),
      askUs,
      signOff,
    ],
  });
}

/** After the intake call: a place (the confirmation, under its own subject) or not. */
export function decidedMail(entry: CatalogueSession, r: Registration, cancelUrl: string, pageUrl: string): MailMessage {
  if (r.status === 'confirmed') return registrationMail(entry, r, 'registration-decided', `Je bent ingeschreven: ${titleFor(entry, r)}`, [p(statusLines.confirmed)], cancelUrl, pageUrl);
  return compose(r.email, 'registration-decided', {
    subject: `Je aanmelding: ${titleFor(entry, r)}`,
    blocks: [hello(r.name), p(statusLines.declined), p('In het gesprek hebben we samen gekeken wat wel past.'), askUs, signOff],
  });
}

export function movedMail(entry: CatalogueSession, r: Registration, cancelUrl: string, pageUrl: string): MailMessage {
  const where = r.status === 'waitlisted' ? 'Je staat op de wachtlijst van deze bijeenkomst.' : r.status === 'pending' ? 'We bellen je nog om te kijken of de training past.' : 'Er is een plek voor je.';
  return compose(r.email, 'registration-moved', {
    subject: `Nieuwe datum: ${titleFor(entry, r)}`,
    blocks: [
      hello(r.name),
      p(`We hebben je inschrijving voor ${oneLine(entry.offer.title)} verplaatst naar een andere bijeenkomst. ${where}`),
      ...details(entry, r),
      ...nextSteps(entry, r, pageUrl),
      ...cancelBlocks(entry, r, cancelUrl),
      askUs,
      signOff,
    ],
  });
}

/** The session will not take place (cancelled in the back office); `message` is the optional explanation of who cancelled it. */
export function sessionCancelledMail(entry: CatalogueSession, r: Registration, message?: string): MailMessage {
  const title = oneLine(entry.offer.title);
  const explanation = message ? cleanMultiline(message) : '';
  return compose(r.email, 'session-cancelled', {
    subject: `Gaat niet door: ${title}`,
    blocks: [
      hello(r.name),
      p(`De bijeenkomst van ${title} op ${formatSlot(entry.session.start, entry.session.end)} gaat niet door. Daarom is je inschrijving geannuleerd. Je hoeft niets te doen.`),
      ...(explanation ? [quote(explanation)] : []),
      p('Kijk op de website of er een andere datum is.'),
      askUs,
      signOff,
    ],
  });
}

/** A coordinator's message to one participant of a session (line breaks in the subject were removed when it was written). */
export function sessionMessageMail(entry: CatalogueSession, r: Registration, message: { subject: string; text: string }): MailMessage {
  const title = oneLine(entry.offer.title);
  return compose(r.email, 'session-message', {
    subject: `${oneLine(message.subject)} – ${title}`,
    blocks: [hello(r.name), p(`Een bericht over ${title} op ${formatSlot(entry.session.start, entry.session.end)}:`), quote(cleanMultiline(message.text)), askUs, signOff],
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
      hello(name),
      p(`Je deed mee aan ${title}. We willen graag weten hoe tevreden je bent. Het is één vraag en kost een minuut.`),
      button('Geef je mening', url),
      p('Je antwoord is anoniem: we zien niet wie welk antwoord gaf. De link werkt één keer en 30 dagen lang.'),
      signOff,
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

const staffFooter = [signOff, small('Je krijgt deze e-mail omdat je een account hebt voor het beheer van Samen Opgroeien.')];

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
