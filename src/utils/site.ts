import type { UrgentNumberId } from '../schemas/help-topic';
/** How to reach the CJG (phone, e-mail, hours): one source, shared with the mails. */
export { contact, replyPromise } from './contact';

export const urgentNumbers = [
  { id: '112', number: '112', tel: '112', label: 'bij direct gevaar' },
  { id: '113', number: '113', tel: '113', label: 'of 0800-0113, als je aan zelfmoord denkt (gratis, anoniem, dag en nacht)' },
  { id: 'veilig-thuis', number: '0800-2000', tel: '08002000', label: 'Veilig Thuis: bij huiselijk geweld of kindermishandeling (gratis, dag en nacht)' },
  { id: 'kindertelefoon', number: '0800-0432', tel: '08000432', label: 'De Kindertelefoon, voor kinderen en jongeren tot 18 jaar (gratis, anoniem)' },
] as const satisfies readonly { id: UrgentNumberId; number: string; tel: string; label: string }[];

/**
 * Where "Snel weg" (quick exit) goes: a neutral page, set at build time with
 * PUBLIC_QUICK_EXIT_URL. Only a link target: the portal never loads anything from it.
 */
export const quickExitUrl: string = import.meta.env.PUBLIC_QUICK_EXIT_URL || 'https://www.google.com/search?q=weer';
