/**
 * CSV for the back office. Spreadsheets run a cell that starts with = + - @
 * (or a tab or carriage return) as a formula, so a name like
 * `=HYPERLINK(...)` typed into the registration form could attack the
 * coordinator's computer. Every such text cell gets a leading apostrophe,
 * which spreadsheets show as plain text (OWASP "CSV injection").
 */
import type { RegistrationStatus } from './registrations/availability';
import { isLocale } from '../i18n/locales';
import { languageLabels } from '../utils/labels';

const FORMULA_START = /^[=+\-@\t\r]/;

export function safeCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const s = String(value);
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/** "Arabisch (ar)": the language in Dutch with its code, for the coordinator. */
export function languageName(code: string | undefined): string {
  const c = code ?? 'nl';
  return isLocale(c) ? `${languageLabels[c]} (${c})` : c;
}

export const safeRow = (row: readonly unknown[]) => row.map(safeCell);

export const statusLabels: Record<RegistrationStatus, string> = {
  confirmed: 'Ingeschreven',
  pending: 'Wacht op intakegesprek',
  waitlisted: 'Wachtlijst',
  cancelled: 'Geannuleerd',
  declined: 'Afgewezen',
};

export interface CsvRegistration {
  status: RegistrationStatus;
  name: string;
  email: string;
  phone?: string | undefined;
  participants: number;
  childFirstName?: string | undefined;
  childAge?: number | undefined;
  schoolGroup?: string | undefined;
  municipality: string;
  remarks?: string | undefined;
  createdAt: string;
  /** The language of the form the parent used (issue 18): `nl`, `en`, `ar`… */
  language?: string | undefined;
}

export const registrationCsvHeader = [
  'status', 'naam', 'e-mail', 'telefoon', 'personen', 'voornaam kind', 'leeftijd kind', 'groep', 'gemeente', 'opmerkingen', 'ingeschreven op', 'taal',
];

/** One session's registrations as escaped rows, header first. */
export function registrationCsvRows(rows: readonly CsvRegistration[]): string[][] {
  return [
    registrationCsvHeader,
    ...rows.map((r) =>
      safeRow([
        statusLabels[r.status] ?? r.status, r.name, r.email, r.phone ?? '', r.participants, r.childFirstName ?? '', r.childAge ?? '',
        r.schoolGroup ?? '', r.municipality, r.remarks ?? '', r.createdAt, languageName(r.language),
      ]),
    ),
  ];
}
