/**
 * The back office's decisions, pure: who may do what with an offer, how an
 * offer moves between states, whether sign-in links and sessions still hold,
 * and what the back office says about publication. Handlers only call these.
 */

export type Role = 'coordinator' | 'partner';
export const roles: readonly Role[] = ['coordinator', 'partner'];

export interface Actor {
  id: string;
  role: Role;
  /** The partner organisation (content/partners id) of a partner account. */
  partnerId?: string | undefined;
}

export type OfferStatus = 'draft' | 'submitted' | 'approved' | 'sent-back';

export const offerStatusLabels: Record<OfferStatus, string> = {
  draft: 'Concept',
  submitted: 'Ingediend, wacht op beoordeling',
  approved: 'Goedgekeurd',
  'sent-back': 'Teruggestuurd',
};

export type OfferAction = 'save' | 'submit' | 'approve' | 'send-back' | 'offline';

/** A sign-in link is valid this long. */
export const LINK_TTL_MS = 15 * 60 * 1000;
/** A back-office session lasts a working day. */
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

export function isCoordinator(actor: Actor | undefined): boolean {
  return actor?.role === 'coordinator';
}

/** A coordinator sees every offer; a partner only the offers of their own organisation. */
export function canAccessOffer(actor: Actor, offer: { provider: string }): boolean {
  if (actor.role === 'coordinator') return true;
  return actor.role === 'partner' && !!actor.partnerId && actor.partnerId === offer.provider;
}

/** Registrations of a session belong to the offer's provider (and the coordinator). */
export const canAccessRegistrations = canAccessOffer;

/** The provider a new offer gets: a partner always writes for their own organisation. */
export function providerFor(actor: Actor, requested: string | undefined): string | undefined {
  if (actor.role === 'partner') return actor.partnerId;
  return requested;
}

export type Transition = { ok: true; status: OfferStatus } | { ok: false; status: 403 | 409 | 422; message: string };

/**
 * The state machine: draft → submitted → approved, or submitted → sent-back
 * (with a reason) → submitted again. Saving changes makes a partner's offer a
 * draft again (also an approved one: the approved version stays online until
 * the new one is approved). Only the coordinator approves or sends back.
 */
export function transition(current: OfferStatus | undefined, action: OfferAction, actor: Actor, reason?: string): Transition {
  switch (action) {
    case 'save':
      if (current === undefined) return { ok: true, status: 'draft' };
      if (actor.role === 'coordinator') return { ok: true, status: current === 'approved' ? 'submitted' : current };
      return { ok: true, status: current === 'sent-back' ? 'sent-back' : 'draft' };
    case 'submit':
      if (current === 'draft' || current === 'sent-back') return { ok: true, status: 'submitted' };
      return { ok: false, status: 409, message: current === 'submitted' ? 'Dit aanbod is al ingediend.' : 'Dit aanbod is al goedgekeurd. Pas het eerst aan.' };
    case 'approve':
    case 'send-back':
      if (actor.role !== 'coordinator') return { ok: false, status: 403, message: 'Alleen de coördinator kan aanbod beoordelen.' };
      if (current !== 'submitted') return { ok: false, status: 409, message: 'Alleen ingediend aanbod kan worden beoordeeld.' };
      if (action === 'send-back' && !reason?.trim())
        return { ok: false, status: 422, message: 'Schrijf op wat de aanbieder moet veranderen.' };
      return { ok: true, status: action === 'approve' ? 'approved' : 'sent-back' };
    case 'offline':
      // The coordinator takes the version on the website away; the offer stays as a draft for the partner.
      if (actor.role !== 'coordinator') return { ok: false, status: 403, message: 'Alleen de coördinator kan aanbod offline halen.' };
      return { ok: true, status: 'draft' };
  }
}

export type LinkState = 'ok' | 'unknown' | 'expired' | 'used' | 'replaced';

export function signInLinkState(link: { expiresAt: string; usedAt: string | null; replacedAt?: string | null } | undefined, now: Date): LinkState {
  if (!link) return 'unknown';
  if (link.usedAt) return 'used';
  if (link.replacedAt) return 'replaced';
  if (Date.parse(link.expiresAt) <= now.getTime()) return 'expired';
  return 'ok';
}

export const linkStateMessages: Record<Exclude<LinkState, 'ok'>, string> = {
  unknown: 'Deze inloglink klopt niet. Vraag een nieuwe link aan.',
  expired: 'Deze inloglink is verlopen (een link werkt 15 minuten). Vraag een nieuwe link aan.',
  used: 'Deze inloglink is al gebruikt. Een link werkt maar één keer. Vraag een nieuwe link aan.',
  replaced: 'Deze inloglink werkt niet meer, want er is daarna een nieuwe link gevraagd. Gebruik de nieuwste e-mail, of vraag een nieuwe link aan.',
};

export type PublicationState = 'not-approved' | 'waiting' | 'published' | 'leaving';

/**
 * An approved version is online after the next build (`npm run publish`)
 * that started after the approval. An offer taken offline (no approved
 * version) that was published stays online until the next build clears
 * `publishedAt`.
 */
export function publicationState(row: { approvedAt: string | null; publishedAt: string | null }): PublicationState {
  if (!row.approvedAt) return row.publishedAt ? 'leaving' : 'not-approved';
  if (!row.publishedAt || row.publishedAt < row.approvedAt) return 'waiting';
  return 'published';
}

export const publicationLabels: Record<PublicationState, string> = {
  'not-approved': 'Niet online',
  waiting: 'Wacht op publicatie',
  published: 'Online',
  leaving: 'Gaat offline bij de volgende publicatie',
};

/** A readable, URL-safe id from a title ("Pubers & Zo!" → "pubers-zo"). */
export function slugify(title: string): string {
  return (
    title
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/g, '') || 'aanbod'
  );
}

/** The first of `base`, `base-2`, `base-3`… that is not taken. */
export function uniqueId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let i = 2; ; i++) if (!taken(`${base}-${i}`)) return `${base}-${i}`;
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => escapes[c]!);

/** A line of a description that is an item of a list: it starts with "- " (or "* "). */
const BULLET = /^[-*]\s+(?=\S)/;

/**
 * The description a partner writes is plain text: paragraphs separated by a
 * blank line, and every line that starts with "- " is an item of a list,
 * also right after a line of text ("Wat je leert:" and then the items). Lines
 * of text next to each other stay one paragraph with line breaks.
 * Everything is escaped, so no HTML or script from the form reaches the
 * public pages. The one conversion: the build (offers loader), the review's
 * preview and the form's "Bekijk voorbeeld" all use it.
 */
export function plainTextToHtml(text: string): string {
  const blocks = text.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const out: string[] = [];
  for (const block of blocks) {
    // Runs of list items and runs of text, in order.
    let run: { list: boolean; lines: string[] } | undefined;
    const flush = () => {
      if (!run) return;
      out.push(run.list ? `<ul>${run.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>` : `<p>${run.lines.map(escapeHtml).join('<br>')}</p>`);
      run = undefined;
    };
    for (const raw of block.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      const list = BULLET.test(line);
      if (run && run.list !== list) flush();
      run ??= { list, lines: [] };
      run.lines.push(list ? line.replace(BULLET, '') : line);
    }
    flush();
  }
  return out.join('\n');
}
