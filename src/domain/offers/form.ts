/**
 * The partner form ↔ the offer schema. The form posts flat fields
 * (`title`, `themes` several times, `sessions.0.start`…); this turns them into
 * the object the `offers` collection validates, and zod's issues back into
 * messages per form field. Pure: URLSearchParams in, plain data out.
 */
import { offerSchema, type Offer } from '../../schemas/offer';
import { shiftLocal } from '../dates';
import { meetingLines, parseMeetingLines } from './meetings';
import { locationValuesFrom, locationValuesFromForm, NEW_LOCATION, proposedLocationOf, type LocationFormValues } from './location';

export const MAX_SESSIONS = 12;
/** The form's "Bekijk voorbeeld" button: the form comes back with a preview of the description; nothing is saved. */
export const PREVIEW_FIELD = 'voorbeeld';
export const EMPTY_SESSION_ROWS = 2;

export interface OfferFormValues {
  id?: string | undefined;
  title: string;
  kind: string;
  summary: string;
  themes: string[];
  audience: string[];
  agesMin: string;
  agesMax: string;
  format: string;
  /** The languages it is given in (`languages` in the schema); none ticked means Dutch. */
  languages: string[];
  /** "Met tolk op aanvraag". */
  interpreter: boolean;
  provider: string;
  costType: string;
  costAmount: string;
  costNote: string;
  freeForResidents: boolean;
  registrationMethod: string;
  registrationUrl: string;
  registrationLabel: string;
  intake: boolean;
  askChild: boolean;
  askSchoolGroup: boolean;
  keywords: string;
  /** What a participant brings, one thing per line (shown in the registration mails). */
  bring: string;
  body: string;
  sessions: SessionFormValues[];
  /** A new location proposed with the offer (sessions choose it with `NEW_LOCATION`). */
  newLocation: LocationFormValues;
}

export interface SessionFormValues {
  id: string;
  start: string;
  end: string;
  /** The later meetings, one per line (see `parseMeetingLines`). */
  laterMeetings: string;
  schedule: string;
  location: string;
  capacity: string;
  deadline: string;
  cancelled: boolean;
}

const str = (f: URLSearchParams, k: string) => (f.get(k) ?? '').trim();
const on = (f: URLSearchParams, k: string) => f.get(k) === 'on' || f.get(k) === 'true';

export function valuesFromForm(f: URLSearchParams): OfferFormValues {
  const sessions: SessionFormValues[] = [];
  for (let i = 0; i < MAX_SESSIONS + EMPTY_SESSION_ROWS; i++) {
    const p = `sessions.${i}.`;
    if (!f.has(`${p}start`)) continue;
    sessions.push({
      id: str(f, `${p}id`),
      start: str(f, `${p}start`),
      end: str(f, `${p}end`),
      laterMeetings: (f.get(`${p}laterMeetings`) ?? '').trim(),
      schedule: str(f, `${p}schedule`),
      location: str(f, `${p}location`),
      capacity: str(f, `${p}capacity`),
      deadline: str(f, `${p}deadline`),
      cancelled: on(f, `${p}cancelled`),
    });
  }
  return {
    title: str(f, 'title'),
    kind: str(f, 'kind'),
    summary: str(f, 'summary'),
    themes: f.getAll('themes'),
    audience: f.getAll('audience'),
    agesMin: str(f, 'agesMin'),
    agesMax: str(f, 'agesMax'),
    format: str(f, 'format'),
    languages: f.getAll('languages'),
    interpreter: on(f, 'interpreter'),
    provider: str(f, 'provider'),
    costType: str(f, 'costType') || 'gratis',
    costAmount: str(f, 'costAmount'),
    costNote: str(f, 'costNote'),
    freeForResidents: on(f, 'freeForResidents'),
    registrationMethod: str(f, 'registrationMethod') || 'portal',
    registrationUrl: str(f, 'registrationUrl'),
    registrationLabel: str(f, 'registrationLabel'),
    intake: on(f, 'intake'),
    askChild: on(f, 'askChild'),
    askSchoolGroup: on(f, 'askSchoolGroup'),
    keywords: str(f, 'keywords'),
    bring: str(f, 'bring'),
    body: (f.get('body') ?? '').trim(),
    sessions,
    newLocation: locationValuesFromForm(f),
  };
}

/** A session row left completely empty is ignored (the form always shows a few empty rows). */
const isEmptyRow = (s: SessionFormValues) => !s.start && !s.end && !s.location && !s.capacity && !s.deadline && !s.schedule && !s.laterMeetings;

const num = (s: string) => (s === '' ? undefined : Number(s.replace(',', '.')));
/** datetime-local inputs may send seconds; the schema wants minutes. */
const minute = (s: string) => (s.length > 16 ? s.slice(0, 16) : s);

/** The object the offer schema validates; `sessionIds` maps row index → id (new rows get one). */
export function offerInput(v: OfferFormValues, newSessionId: (row: number, start: string) => string): { input: Record<string, unknown>; rows: number[] } {
  const rows: number[] = [];
  const sessions = v.sessions.flatMap((s, i) => {
    if (isEmptyRow(s)) return [];
    rows.push(i);
    return [
      {
        id: s.id || newSessionId(i, s.start),
        start: minute(s.start),
        end: minute(s.end),
        laterMeetings: (() => {
          const parsed = parseMeetingLines(s.laterMeetings, { start: minute(s.start), end: minute(s.end) });
          return parsed.ok ? parsed.meetings : [];
        })(),
        ...(s.schedule ? { schedule: s.schedule } : {}),
        location: s.location,
        capacity: num(s.capacity),
        ...(s.deadline ? { deadline: minute(s.deadline) } : {}),
        cancelled: s.cancelled,
      },
    ];
  });
  const input = {
    title: v.title,
    kind: v.kind,
    summary: v.summary,
    themes: v.themes,
    audience: v.audience,
    ages: { min: num(v.agesMin), max: num(v.agesMax) },
    format: v.format,
    languages: v.languages.length ? v.languages : ['nl'],
    interpreter: v.interpreter,
    provider: v.provider,
    cost:
      v.costType === 'betaald'
        ? { type: 'betaald', amount: num(v.costAmount), freeForResidents: v.freeForResidents, ...(v.costNote ? { note: v.costNote } : {}) }
        : { type: 'gratis' },
    registration:
      v.registrationMethod === 'extern'
        ? { method: 'extern', url: v.registrationUrl, ...(v.registrationLabel ? { label: v.registrationLabel } : {}) }
        : { method: 'portal', intake: v.intake, askChild: v.askChild, askSchoolGroup: v.askSchoolGroup },
    keywords: v.keywords ? v.keywords.split(',').map((k) => k.trim()).filter(Boolean) : [],
    bring: v.bring.split(/\r?\n/).map((b) => b.trim()).filter(Boolean),
    sessions,
    sampleData: false,
  };
  return { input, rows };
}

const fieldNames: Record<string, string> = {
  'ages.min': 'agesMin',
  'ages.max': 'agesMax',
  'cost.amount': 'costAmount',
  'cost.type': 'costType',
  'registration.url': 'registrationUrl',
  'registration.method': 'registrationMethod',
};

const messages: Record<string, string> = {
  title: 'Vul een titel in van 3 tot 120 tekens.',
  kind: 'Kies wat voor aanbod het is.',
  summary: 'Vul een korte samenvatting in van 20 tot 300 tekens.',
  themes: 'Kies minstens één thema.',
  audience: 'Kies minstens één doelgroep.',
  agesMin: 'Vul een leeftijd in van 0 tot 27 jaar.',
  agesMax: 'Vul een leeftijd in van 0 tot 27 jaar, niet lager dan de minimumleeftijd.',
  format: 'Kies hoe het aanbod wordt gegeven.',
  languages: 'Kies de talen uit de lijst.',
  provider: 'Kies de aanbieder.',
  costAmount: 'Vul de prijs in euro’s in, bijvoorbeeld 45.',
  registrationUrl: 'Vul het volledige webadres in, beginnend met https://.',
  start: 'Vul datum en tijd van het begin in.',
  end: 'Vul datum en tijd van het einde in, na het begin.',
  laterMeetings: 'Zet de volgende bijeenkomsten op volgorde, elk met een einde na het begin.',
  location: 'Kies een locatie, of "online".',
  capacity: 'Vul het aantal plaatsen in (minstens 1).',
  deadline: 'Vul een sluitingsdatum in vóór het begin, of laat het leeg.',
};

export type OfferFormErrors = Record<string, string>;

export type OfferFormResult =
  | { ok: true; offer: Offer; body: string; input: Record<string, unknown>; rows: number[] }
  | { ok: false; errors: OfferFormErrors; input: Record<string, unknown>; rows: number[] };

/** Validate with the same schema as the `offers` collection; errors keyed by form field name. */
export function validateOfferForm(v: OfferFormValues, newSessionId: (row: number, start: string) => string): OfferFormResult {
  const { input, rows } = offerInput(v, newSessionId);
  const errors: OfferFormErrors = {};
  if (v.body.length < 20) errors.body = 'Beschrijf het aanbod in minstens 20 tekens.';
  if (v.body.length > 20_000) errors.body = 'De beschrijving is te lang (meer dan 20.000 tekens).';
  // Free-text fields the schema leaves open get a sensible maximum here, so nobody pastes a book into them.
  if (v.keywords.length > 500) errors.keywords = 'Gebruik hoogstens 500 tekens voor de zoekwoorden.';
  if (v.bring.length > 1000) errors.bring = 'Gebruik hoogstens 1000 tekens bij "Wat neem je mee".';
  if (v.costNote.length > 200) errors.costNote = 'Gebruik hoogstens 200 tekens voor de opmerking over de kosten.';
  if (v.registrationLabel.length > 80) errors.registrationLabel = 'Gebruik hoogstens 80 tekens voor de tekst op de knop.';
  v.sessions.forEach((s, i) => {
    if (s.schedule.length > 100) errors[`sessions.${i}.schedule`] = 'Gebruik hoogstens 100 tekens.';
    if (s.laterMeetings.length > 5000) errors[`sessions.${i}.laterMeetings`] = 'Een reeks heeft hoogstens 52 bijeenkomsten.';
    else if (s.laterMeetings) {
      const parsed = parseMeetingLines(s.laterMeetings, { start: minute(s.start), end: minute(s.end) });
      if (!parsed.ok) errors[`sessions.${i}.laterMeetings`] = parsed.message;
    }
  });
  const parsed = offerSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String);
      let field: string;
      if (path[0] === 'sessions' && path.length >= 3) {
        const row = rows[Number(path[1])] ?? 0;
        field = `sessions.${row}.${path[2]}`;
        errors[field] ??= issue.code === 'custom' ? issue.message : messages[path[2]!] ?? issue.message;
        continue;
      }
      const key = path.slice(0, 2).join('.');
      field = fieldNames[key] ?? path[0] ?? 'form';
      errors[field] ??= issue.code === 'custom' && !messages[field] ? issue.message : messages[field] ?? issue.message;
    }
  }
  if (!parsed.success || Object.keys(errors).length) return { ok: false, errors, input, rows };
  return { ok: true, offer: parsed.data, body: v.body, input, rows };
}

/**
 * The form values for an existing offer (to edit it). A location the offer
 * proposed comes back in the proposal's fields, and its sessions choose it
 * (`NEW_LOCATION`), unless it is approved already (`isApproved`): then it
 * is a location like any other.
 */
export function valuesFromOffer(o: Offer | Record<string, any>, body: string, id?: string, isApproved: (locationId: string) => boolean = () => false): OfferFormValues {
  const proposal = proposedLocationOf(o as Record<string, unknown>);
  const pending = proposal && !isApproved(proposal.id) ? proposal : undefined;
  const reg = o.registration ?? { method: 'portal' };
  const cost = o.cost ?? { type: 'gratis' };
  return {
    id,
    title: o.title ?? '',
    kind: o.kind ?? '',
    summary: o.summary ?? '',
    themes: o.themes ?? [],
    audience: o.audience ?? [],
    agesMin: o.ages?.min === undefined ? '' : String(o.ages.min),
    agesMax: o.ages?.max === undefined ? '' : String(o.ages.max),
    format: o.format ?? '',
    languages: o.languages ?? ['nl'],
    interpreter: !!o.interpreter,
    provider: o.provider ?? '',
    costType: cost.type,
    costAmount: cost.type === 'betaald' && cost.amount !== undefined ? String(cost.amount) : '',
    costNote: cost.type === 'betaald' ? cost.note ?? '' : '',
    freeForResidents: cost.type === 'betaald' ? !!cost.freeForResidents : false,
    registrationMethod: reg.method,
    registrationUrl: reg.method === 'extern' ? reg.url ?? '' : '',
    registrationLabel: reg.method === 'extern' ? reg.label ?? '' : '',
    intake: reg.method === 'portal' ? !!reg.intake : false,
    askChild: reg.method === 'portal' ? !!reg.askChild : false,
    askSchoolGroup: reg.method === 'portal' ? !!reg.askSchoolGroup : false,
    keywords: (o.keywords ?? []).join(', '),
    bring: (o.bring ?? []).join('\n'),
    body,
    sessions: (o.sessions ?? []).map((s: Record<string, any>) => ({
      id: s.id ?? '',
      start: s.start ?? '',
      end: s.end ?? '',
      laterMeetings: Array.isArray(s.laterMeetings) && typeof s.start === 'string' && typeof s.end === 'string' ? meetingLines(s as never) : '',
      schedule: s.schedule ?? '',
      location: pending && s.location === pending.id ? NEW_LOCATION : s.location ?? '',
      capacity: s.capacity === undefined ? '' : String(s.capacity),
      deadline: s.deadline ?? '',
      cancelled: !!s.cancelled,
    })),
    newLocation: locationValuesFrom(pending),
  };
}

export function emptyValues(provider = ''): OfferFormValues {
  return valuesFromOffer({ provider, registration: { method: 'portal' }, cost: { type: 'gratis' } }, '');
}

/** The form fields of `values`, as the form posts them (the inverse of `valuesFromForm`). */
export function formFromValues(v: OfferFormValues): URLSearchParams {
  const f = new URLSearchParams();
  const text: (keyof OfferFormValues)[] = ['title', 'kind', 'summary', 'agesMin', 'agesMax', 'format', 'provider', 'costType', 'costAmount', 'costNote', 'registrationMethod', 'registrationUrl', 'registrationLabel', 'keywords', 'bring', 'body'];
  for (const k of text) f.set(k, String(v[k] ?? ''));
  for (const t of v.themes) f.append('themes', t);
  for (const a of v.audience) f.append('audience', a);
  for (const l of v.languages) f.append('languages', l);
  for (const k of ['freeForResidents', 'intake', 'askChild', 'askSchoolGroup', 'interpreter'] as const) if (v[k]) f.set(k, 'on');
  v.sessions.forEach((s, i) => {
    for (const k of ['id', 'start', 'end', 'laterMeetings', 'schedule', 'location', 'capacity', 'deadline'] as const) f.set(`sessions.${i}.${k}`, s[k]);
    if (s.cancelled) f.set(`sessions.${i}.cancelled`, 'on');
  });
  for (const [k, value] of Object.entries(v.newLocation)) f.set(`newLocation.${k}`, value);
  return f;
}

/** How a copy gets its dates: none (the partner fills them in), or the same ones some weeks later. */
export type CopyDates = { type: 'none' } | { type: 'shift'; weeks: number };

/**
 * A new draft from an offer: the same fields, and either no sessions or
 * the same sessions `weeks` later; new sessions get new ids, none is
 * cancelled.
 */
export function copyValues(v: OfferFormValues, dates: CopyDates): OfferFormValues {
  const days = dates.type === 'shift' ? dates.weeks * 7 : 0;
  const move = (s: string) => (s ? shiftLocal(s.slice(0, 16), days) : s);
  return {
    ...v,
    id: undefined,
    sessions:
      dates.type === 'none'
        ? []
        : v.sessions.map((s) => {
            const start = move(s.start);
            const end = move(s.end);
            const later = parseMeetingLines(s.laterMeetings, { start: s.start.slice(0, 16), end: s.end.slice(0, 16) });
            const laterMeetings = later.ok
              ? meetingLines({ start, end, laterMeetings: later.meetings.map((m) => ({ ...m, start: move(m.start), end: move(m.end) })) })
              : s.laterMeetings;
            return { ...s, id: '', start, end, laterMeetings, deadline: move(s.deadline), cancelled: false };
          }),
  };
}
