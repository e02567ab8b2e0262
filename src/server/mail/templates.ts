/**
 * Every e-mail the portal sends, in Dutch (B1): the one mail-template module. Plain text only: nothing to render wrongly,
 * nothing to escape, and it reads well on every phone.
 */
import { formatSlot } from '../../domain/dates';
import { meetingCount } from '../../domain/offers/meetings';
import { cleanMultiline, oneLine } from '../../domain/text';

export { oneLine };
import type { RegistrationStatus } from '../../domain/registrations/availability';
import type { CatalogueSession } from '../../catalogue';
import type { Registration } from '../../schemas/rows';
import { sessionIcs } from './ics';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  attachments?: { filename: string; content: string; contentType: string }[];
  /** What kind of message (for the log line, which never holds personal data). */
  kind: string;
  /**
   * Set on a message whose link ties the address to anonymous data (a survey
   * invite): names its outbox file, so the file can be deleted once the link is used.
   */
  outboxKey?: string;
}

const statusLines: Record<RegistrationStatus, string> = {
  confirmed: 'Je bent ingeschreven. Er is een plek voor je.',
  pending:
    'We hebben je aanmelding ontvangen. Voor deze training bellen we je eerst, om te kijken of de training bij jou en je kind past. Tot dat gesprek houden we een plek voor je vrij.',
  waitlisted:
    'De training is vol. Je staat op de wachtlijst. Komt er een plek vrij, dan krijg je meteen een e-mail.',
  cancelled: 'Je inschrijving is geannuleerd.',
  declined: 'Na ons gesprek past deze training nu niet bij jou en je kind. We hebben je inschrijving daarom stopgezet.',
};

function details(entry: CatalogueSession, r: Registration): string[] {
  const { session, offer } = entry;
  const lines = [
    `Wat: ${offer.title}`,
    `Wanneer: ${formatSlot(session.start, session.end)}${meetingCount(session) > 1 ? ` (eerste van ${meetingCount(session)} bijeenkomsten${session.schedule ? `: ${session.schedule}` : ''})` : ''}`,
    `Waar: ${entry.place}`,
    `Aantal personen: ${r.participants}`,
  ];
  if (offer.format === 'online' || session.location === 'online')
    lines.push(
      '',
      'Zo doe je mee: je krijgt de link naar de online bijeenkomst uiterlijk een dag van tevoren per e-mail. Je hebt een computer, tablet of telefoon met camera en geluid nodig. Je hoeft niets te installeren.',
    );
  return lines;
}

function footer(cancelUrl: string): string[] {
  return [
    '',
    'Kun je toch niet komen? Annuleer dan via deze link, dan kan iemand anders je plek krijgen:',
    cancelUrl,
    'Via deze link zie je ook hoe het met je inschrijving staat. Gebruik altijd de link uit de nieuwste e-mail van ons: een link uit een eerdere e-mail werkt dan niet meer.',
    '',
    'Vragen? Bel het CJG of beantwoord deze e-mail.',
    '',
    'Met vriendelijke groet,',
    'CJG Haarlem-Zandvoort',
    '',
    'We bewaren je gegevens alleen voor deze inschrijving en verwijderen ze na afloop.',
  ];
}

/** Said in the mail to a repeat: someone (maybe not the owner) entered this address again. */
const repeatLines = [
  'Je e-mailadres is nog een keer ingevuld voor deze bijeenkomst. Je was al ingeschreven: er is niets veranderd aan je inschrijving. Hieronder staat hoe het ervoor staat.',
  'Je krijgt hierin een nieuwe link om te annuleren. De link uit eerdere e-mails werkt niet meer.',
  'Heb je dit niet zelf gedaan? Dan hoef je niets te doen.',
];

/**
 * The mail after every accepted registration. `repeat`: the address was already
 * registered; the mail shows the existing registration (the owner's own data) with
 * a fresh link. Both are composed the same way, with the same attachment.
 */
export function confirmationMail(entry: CatalogueSession, r: Registration, cancelUrl: string, pageUrl: string, opts: { repeat?: boolean } = {}): MailMessage {
  const subject =
    r.status === 'confirmed'
      ? `Je inschrijving: ${entry.offer.title}`
      : r.status === 'pending'
        ? `Je aanmelding: ${entry.offer.title} (we bellen je)`
        : `Wachtlijst: ${entry.offer.title}`;
  const intro = opts.repeat ? [...repeatLines, ''] : [];
  const text = [`Hallo ${r.name},`, '', ...intro, statusLines[r.status], '', ...details(entry, r), ...footer(cancelUrl)].join('\n');
  const attachments =
    r.status === 'waitlisted'
      ? []
      : [{ filename: 'bijeenkomst.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: sessionIcs(entry, { registration: r, url: pageUrl, description: `${entry.offer.title}. Annuleren: ${cancelUrl}` }) }];
  return { to: r.email, subject, text, attachments, kind: opts.repeat ? 'registration-repeat' : `registration-${r.status}` };
}

export function promotedMail(entry: CatalogueSession, r: Registration, cancelUrl: string, pageUrl: string): MailMessage {
  const intro =
    r.status === 'pending'
      ? 'Goed nieuws: er is een plek vrijgekomen. We bellen je eerst om te kijken of de training bij jou en je kind past. Tot dan houden we de plek voor je vrij.'
      : 'Goed nieuws: er is een plek vrijgekomen. Je staat niet meer op de wachtlijst: je bent nu ingeschreven.';
  return {
    ...confirmationMail(entry, r, cancelUrl, pageUrl),
    subject: `Er is een plek vrij: ${entry.offer.title}`,
    text: [`Hallo ${r.name},`, '', intro, '', ...details(entry, r), ...footer(cancelUrl)].join('\n'),
    kind: 'registration-promoted',
  };
}

export function cancelledMail(entry: CatalogueSession, r: Registration): MailMessage {
  return {
    to: r.email,
    subject: `Geannuleerd: ${entry.offer.title}`,
    text: [`Hallo ${r.name},`, '', `Je inschrijving voor ${entry.offer.title} op ${formatSlot(entry.session.start, entry.session.end)} is geannuleerd.`, 'Wil je je toch weer inschrijven? Dat kan op de website, zolang er plek is.', '', 'Met vriendelijke groet,', 'CJG Haarlem-Zandvoort'].join('\n'),
    kind: 'registration-cancelled',
  };
}

export function decidedMail(entry: CatalogueSession, r: Registration, cancelUrl: string, pageUrl: string): MailMessage {
  if (r.status === 'confirmed') return { ...confirmationMail(entry, r, cancelUrl, pageUrl), subject: `Je bent ingeschreven: ${entry.offer.title}`, kind: 'registration-decided' };
  return {
    to: r.email,
    subject: `Je aanmelding: ${entry.offer.title}`,
    text: [`Hallo ${r.name},`, '', statusLines.declined, 'In het gesprek hebben we samen gekeken wat wel past.', '', 'Met vriendelijke groet,', 'CJG Haarlem-Zandvoort'].join('\n'),
    kind: 'registration-decided',
  };
}

export function movedMail(entry: CatalogueSession, r: Registration, cancelUrl: string): MailMessage {
  const where = r.status === 'waitlisted' ? 'Je staat op de wachtlijst van deze bijeenkomst.' : r.status === 'pending' ? 'We bellen je nog om te kijken of de training past.' : 'Er is een plek voor je.';
  return {
    to: r.email,
    subject: `Nieuwe datum: ${entry.offer.title}`,
    text: [
      `Hallo ${r.name},`,
      '',
      `We hebben je inschrijving voor ${entry.offer.title} verplaatst naar een andere bijeenkomst: ${formatSlot(entry.session.start, entry.session.end)}, ${entry.place}.`,
      where,
      '',
      'Kun je dan niet? Annuleer via deze link (links uit eerdere e-mails werken niet meer):',
      cancelUrl,
      '',
      'Met vriendelijke groet,',
      'CJG Haarlem-Zandvoort',
    ].join('\n'),
    kind: 'registration-moved',
  };
}

/** The session will not take place (cancelled in the back office); `message` is the optional explanation of who cancelled it. */
export function sessionCancelledMail(entry: CatalogueSession, r: Registration, message?: string): MailMessage {
  const title = oneLine(entry.offer.title);
  const explanation = message ? cleanMultiline(message) : '';
  return {
    to: r.email,
    subject: `Gaat niet door: ${title}`,
    text: [
      `Hallo ${r.name},`,
      '',
      `De bijeenkomst van ${title} op ${formatSlot(entry.session.start, entry.session.end)} gaat niet door. Daarom is je inschrijving geannuleerd. Je hoeft niets te doen.`,
      ...(explanation ? ['', explanation] : []),
      '',
      'Kijk op de website of er een andere datum is. Vragen? Beantwoord deze e-mail of bel het CJG.',
      '',
      'Met vriendelijke groet,',
      'CJG Haarlem-Zandvoort',
    ].join('\n'),
    kind: 'session-cancelled',
  };
}

/** A coordinator's message to one participant of a session (line breaks in the subject were removed when it was written). */
export function sessionMessageMail(entry: CatalogueSession, r: Registration, message: { subject: string; text: string }): MailMessage {
  const title = entry.offer.title;
  return {
    to: r.email,
    subject: `${message.subject} – ${title}`,
    text: [`Hallo ${r.name},`, '', `Een bericht over ${title} op ${formatSlot(entry.session.start, entry.session.end)}:`, '', message.text, '', 'Met vriendelijke groet,', 'CJG Haarlem-Zandvoort'].join('\n'),
    kind: 'session-message',
  };
}

export function signInMail(to: string, url: string): MailMessage {
  return {
    to,
    kind: 'sign-in-link',
    subject: 'Je inloglink voor Samen Opgroeien',
    text: [
      'Hallo,',
      '',
      'Je vroeg om in te loggen bij het beheer van Samen Opgroeien. Gebruik deze link:',
      url,
      '',
      'De link werkt 15 minuten en maar één keer. Vraag je daarna een nieuwe link? Dan werkt alleen de nieuwste.',
      'Heb je niet om deze link gevraagd? Dan hoef je niets te doen.',
      '',
      'CJG Haarlem-Zandvoort',
    ].join('\n'),
  };
}

export function surveyInviteMail(to: string, name: string, offerTitle: string, url: string): MailMessage {
  return {
    to,
    kind: 'survey-invite',
    subject: `Hoe vond je ${offerTitle}?`,
    text: [
      `Hallo ${name},`,
      '',
      `Je deed mee aan ${offerTitle}. We willen graag weten hoe tevreden je bent. Het is één vraag en kost een minuut.`,
      url,
      '',
      'Je antwoord is anoniem: we zien niet wie welk antwoord gaf. De link werkt één keer en 30 dagen lang.',
      '',
      'Met vriendelijke groet,',
      'CJG Haarlem-Zandvoort',
    ].join('\n'),
  };
}

/** What an offer mail needs: the offer's title and the links, made by the renderer. */
export interface OfferMailContext {
  title: string;
  /** The offer in the back office. */
  backOfficeUrl: string;
  /** The offer on the public website. */
  publicUrl: string;
}

const staffFooter = ['', 'Met vriendelijke groet,', 'CJG Haarlem-Zandvoort', '', 'Je krijgt deze e-mail omdat je een account hebt voor het beheer van Samen Opgroeien.'];

/** To a coordinator: a partner submitted an offer. */
export function offerSubmittedMail(to: string, o: OfferMailContext): MailMessage {
  const title = oneLine(o.title);
  return {
    to,
    kind: 'offer-submitted',
    subject: `Nieuw aanbod om te beoordelen: ${title}`,
    text: [
      'Hallo,',
      '',
      `Er is aanbod ingediend om te beoordelen: ${title}.`,
      'In het beheer zie je hoe het aanbod op de website komt te staan, en wat er veranderd is.',
      'Keur het goed of stuur het terug met uitleg:',
      o.backOfficeUrl,
      ...staffFooter,
    ].join('\n'),
  };
}

/** To the partner: the coordinator approved the offer; it goes online with the next publish. */
export function offerApprovedMail(to: string, o: OfferMailContext): MailMessage {
  const title = oneLine(o.title);
  return {
    to,
    kind: 'offer-approved',
    subject: `Goedgekeurd: ${title}`,
    text: [
      'Hallo,',
      '',
      `De coördinator van het CJG heeft je aanbod goedgekeurd: ${title}.`,
      'Het komt op de website als de website opnieuw gepubliceerd is. Je krijgt dan nog een e-mail.',
      '',
      'Je aanbod in het beheer:',
      o.backOfficeUrl,
      ...staffFooter,
    ].join('\n'),
  };
}

/** To the partner: sent back, with what to change (the coordinator's words, as plain text). */
export function offerSentBackMail(to: string, o: OfferMailContext, reason: string): MailMessage {
  const title = oneLine(o.title);
  return {
    to,
    kind: 'offer-sent-back',
    subject: `Teruggestuurd: ${title}`,
    text: [
      'Hallo,',
      '',
      `De coördinator van het CJG heeft je aanbod teruggestuurd: ${title}.`,
      'Dit moet je nog aanpassen:',
      '',
      cleanMultiline(reason),
      '',
      'Pas het aanbod aan en dien het opnieuw in:',
      o.backOfficeUrl,
      ...staffFooter,
    ].join('\n'),
  };
}

/** To the partner: the coordinator took the offer offline (it leaves the website at the next publication). */
export function offerOfflineMail(to: string, o: OfferMailContext, reason?: string): MailMessage {
  const title = oneLine(o.title);
  const why = reason ? cleanMultiline(reason) : '';
  return {
    to,
    kind: 'offer-offline',
    subject: `Offline gehaald: ${title}`,
    text: [
      'Hallo,',
      '',
      `De coördinator van het CJG heeft je aanbod offline gehaald: ${title}.`,
      'Het verdwijnt van de website als de website opnieuw gepubliceerd is. In het beheer staat het nog als concept: je kunt het aanpassen en opnieuw indienen.',
      ...(why ? ['', 'De uitleg van de coördinator:', '', why] : []),
      '',
      o.backOfficeUrl,
      ...staffFooter,
    ].join('\n'),
  };
}

/** To the partner: the approved version is on the website now. */
export function offerOnlineMail(to: string, o: OfferMailContext): MailMessage {
  const title = oneLine(o.title);
  return {
    to,
    kind: 'offer-online',
    subject: `Online: ${title}`,
    text: [
      'Hallo,',
      '',
      `Je aanbod staat nu op de website: ${title}.`,
      o.publicUrl,
      '',
      'Wil je iets veranderen? Dat doe je in het beheer. Na je wijziging kijkt de coördinator het opnieuw na.',
      o.backOfficeUrl,
      ...staffFooter,
    ].join('\n'),
  };
}
