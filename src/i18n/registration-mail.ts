/**
 * The words of the registration mails per language (issue 18). The mail templates (src/server/mail/templates.ts)
 * build the same blocks in every language from these strings; a mail follows the language the parent registered
 * in (`registrations.language`). Dutch is the source. Everything someone typed still goes through the templates'
 * `oneLine` and the HTML renderer's escaping: these are only our own words.
 */
import type { RegistrationStatus } from '../domain/registrations/availability';
import type { Locale } from './locales';

/** The words of a personal calendar file: the summary and description of each event. */
export interface CalendarWords {
  /** "Meeting 2 of 6", as a line of its own (the summary uses it after a dash). */
  meeting: (i: number, n: number) => string;
  /** After the summary while an intake is pending. */
  tentative: string;
  pending: string;
  /** The summary of a cancelled event. */
  cancelled: (summary: string) => string;
  stopped: string;
  /** In the old date's events of a move. */
  movedAway: string;
  join: string;
}

export interface RegistrationMailWords {
  hello: (name: string) => string;
  signOff: string;
  askBefore: string;
  askAfter: (hours: string) => string;
  hours: string;
  privacy: string;
  status: Record<RegistrationStatus, string>;
  what: string;
  child: string;
  when: string;
  whenMany: (n: number) => string;
  where: string;
  participants: string;
  bring: string;
  joinNow: string;
  joinLater: string;
  joinButton: string;
  nextHeading: string;
  callYou: (phone: string) => string;
  noPhone: string;
  callFrom: [string, string];
  afterCall: string;
  placeFree: string;
  placeYoursIntake: string;
  placeYours: string;
  enoughPlaces: (n: number) => string;
  stayOnList: string;
  otherDate: [string, string, string];
  cancelHeadingWaitlist: string;
  cancelHeading: string;
  cancelWaitlist: string;
  cancelBefore: (first: string) => string;
  cancelButton: string;
  newestLink: string;
  repeat: [string, string, string];
  calendarFile: string;
  calendarCancel: string;
  /** In a mail that ends a place: what the attached file does. */
  calendarRemove: string;
  /** In the mail of a move: the attached file puts in the new date and takes out the old one. */
  calendarMoved: string;
  /** The words inside the personal calendar file (src/server/mail/ics.ts). */
  calendar: CalendarWords;
  subjectConfirmed: (title: string) => string;
  subjectPending: (title: string) => string;
  subjectWaitlisted: (title: string) => string;
  subjectPromoted: (title: string) => string;
  promotedPending: string;
  promotedConfirmed: string;
  subjectCancelled: (title: string) => string;
  cancelled: (what: string, when: string) => string;
  again: string;
  subjectDecided: (title: string) => string;
  subjectDeclined: (title: string) => string;
  declinedTalk: string;
  subjectMoved: (title: string) => string;
  moved: (title: string) => string;
  movedWhere: Record<'waitlisted' | 'pending' | 'other', string>;
  subjectSessionCancelled: (title: string) => string;
  sessionCancelled: (title: string, when: string) => string;
  otherDateSite: string;
  messageAbout: (title: string, when: string) => string;
}

const nl: RegistrationMailWords = {
  hello: (name) => `Hallo ${name},`,
  signOff: 'Met vriendelijke groet,\nCJG Haarlem-Zandvoort',
  askBefore: 'Vragen? Bel het CJG op ',
  askAfter: (hours) => ` (${hours}). Of beantwoord deze e-mail.`,
  hours: 'maandag tot en met vrijdag van 9.00 tot 17.00 uur',
  privacy: 'We bewaren je gegevens alleen voor deze inschrijving en verwijderen ze na afloop.',
  status: {
    confirmed: 'Je bent ingeschreven. Er is een plek voor je.',
    pending: 'We hebben je aanmelding ontvangen. Voor deze training bellen we je eerst, om te kijken of de training bij jou en je kind past. Tot dat gesprek houden we een plek voor je vrij.',
    waitlisted: 'De training is vol. Je staat op de wachtlijst.',
    cancelled: 'Je inschrijving is geannuleerd.',
    declined: 'Na ons gesprek past deze training nu niet bij jou en je kind. We hebben je inschrijving daarom stopgezet.',
  },
  what: 'Wat',
  child: 'Kind',
  when: 'Wanneer',
  whenMany: (n) => `Wanneer (${n} bijeenkomsten)`,
  where: 'Waar',
  participants: 'Aantal personen',
  bring: 'Wat neem je mee?',
  joinNow: 'Zo doe je mee: klik op het tijdstip van de bijeenkomst op de knop hieronder. Je hebt een computer, tablet of telefoon met internet en geluid nodig. Je hoeft niets te installeren.',
  joinLater: 'Zo doe je mee: je krijgt de link naar de online bijeenkomst uiterlijk een dag van tevoren per e-mail. Je hebt een computer, tablet of telefoon met internet en geluid nodig. Je hoeft niets te installeren.',
  joinButton: 'Naar de online bijeenkomst',
  nextHeading: 'Hoe gaat het verder?',
  callYou: (phone) => `We bellen je binnenkort op ${phone}.`,
  noPhone: 'Je gaf geen telefoonnummer op. Bel ons dan zelf even, of beantwoord deze e-mail met je nummer.',
  callFrom: ['We bellen vanaf het nummer van het CJG: ', '. Mis je ons telefoontje? Bel dan terug.'],
  afterCall: 'Na het gesprek krijg je een e-mail: of je plek zeker is, of dat we samen iets anders zoeken.',
  placeFree: 'Komt er een plek vrij? Dan krijg je meteen een e-mail. Wie zich eerder aanmeldde, is eerder aan de beurt.',
  placeYoursIntake: 'De plek is dan voor jou. Je hoeft niets te doen: we bellen je eerst om te kijken of de training past.',
  placeYours: 'De plek is dan voor jou. Je hoeft niets te doen: je bent dan meteen ingeschreven.',
  enoughPlaces: (n) => `Je krijgt een plek als er genoeg plaatsen vrij zijn voor alle ${n} personen.`,
  stayOnList: 'Begint de training en is er nog geen plek vrij? Dan blijf je op de wachtlijst staan. Je krijgt alleen een e-mail als er toch nog een plek vrijkomt.',
  otherDate: ['Liever een andere datum? Kijk of er een andere groep is: ', 'bekijk de training op de website', '.'],
  cancelHeadingWaitlist: 'Niet meer op de wachtlijst?',
  cancelHeading: 'Kun je toch niet komen?',
  cancelWaitlist: 'Wil je niet meer op de wachtlijst staan? Annuleer dan via deze link.',
  cancelBefore: (first) => `Annuleer dan via deze link, het liefst vóór de eerste bijeenkomst op ${first}. Dan kan iemand anders je plek krijgen.`,
  cancelButton: 'Annuleren',
  newestLink: 'Via deze link zie je ook hoe het met je inschrijving staat. Gebruik altijd de link uit de nieuwste e-mail van ons: een link uit een eerdere e-mail werkt dan niet meer.',
  repeat: [
    'Je e-mailadres is nog een keer ingevuld voor deze bijeenkomst. Je was al ingeschreven: er is niets veranderd aan je inschrijving. Hieronder staat hoe het ervoor staat.',
    'Je krijgt hierin een nieuwe link om te annuleren. De link uit eerdere e-mails werkt niet meer.',
    'Heb je dit niet zelf gedaan? Dan hoef je niets te doen.',
  ],
  calendarFile: 'bijeenkomst.ics',
  calendarCancel: 'Annuleren',
  calendarRemove: 'Open het agendabestand in de bijlage. Dan haalt je agenda de afspraak weg.',
  calendarMoved: 'Open het agendabestand in de bijlage. Dan zet je agenda de nieuwe datum erin en haalt hij de oude weg.',
  calendar: {
    meeting: (i, n) => `Bijeenkomst ${i} van ${n}`,
    tentative: '(nog niet zeker)',
    pending: 'Je aanmelding is nog niet zeker. We bellen je eerst om te kijken of de training bij jou en je kind past. Daarna krijg je een nieuwe e-mail.',
    cancelled: (s) => `Gaat niet door: ${s}`,
    stopped: 'Je inschrijving is gestopt. Deze afspraak mag uit je agenda.',
    movedAway: 'Je bent naar een andere datum verplaatst. Deze afspraak mag uit je agenda.',
    join: 'Meedoen',
  },
  subjectConfirmed: (t) => `Je inschrijving: ${t}`,
  subjectPending: (t) => `Je aanmelding: ${t} (we bellen je)`,
  subjectWaitlisted: (t) => `Wachtlijst: ${t}`,
  subjectPromoted: (t) => `Er is een plek vrij: ${t}`,
  promotedPending: 'Goed nieuws: er is een plek vrijgekomen. We bellen je eerst om te kijken of de training bij jou en je kind past. Tot dan houden we de plek voor je vrij.',
  promotedConfirmed: 'Goed nieuws: er is een plek vrijgekomen. Je staat niet meer op de wachtlijst: je bent nu ingeschreven. Je hoeft niets te doen.',
  subjectCancelled: (t) => `Geannuleerd: ${t}`,
  cancelled: (what, when) => `Je inschrijving voor ${what} op ${when} is geannuleerd.`,
  again: 'Wil je je toch weer inschrijven? Dat kan op de website, zolang er plek is.',
  subjectDecided: (t) => `Je bent ingeschreven: ${t}`,
  subjectDeclined: (t) => `Je aanmelding: ${t}`,
  declinedTalk: 'In het gesprek hebben we samen gekeken wat wel past.',
  subjectMoved: (t) => `Nieuwe datum: ${t}`,
  moved: (t) => `We hebben je inschrijving voor ${t} verplaatst naar een andere bijeenkomst.`,
  movedWhere: { waitlisted: 'Je staat op de wachtlijst van deze bijeenkomst.', pending: 'We bellen je nog om te kijken of de training past.', other: 'Er is een plek voor je.' },
  subjectSessionCancelled: (t) => `Gaat niet door: ${t}`,
  sessionCancelled: (t, when) => `De bijeenkomst van ${t} op ${when} gaat niet door. Daarom is je inschrijving geannuleerd. Je hoeft niets te doen.`,
  otherDateSite: 'Kijk op de website of er een andere datum is.',
  messageAbout: (t, when) => `Een bericht over ${t} op ${when}:`,
};

const en: RegistrationMailWords = {
  hello: (name) => `Hello ${name},`,
  signOff: 'Kind regards,\nCJG Haarlem-Zandvoort',
  askBefore: 'Questions? Call the CJG on ',
  askAfter: (hours) => ` (${hours}). Or reply to this email.`,
  hours: 'Monday to Friday, 9:00 to 17:00',
  privacy: 'We keep your details only for this registration and delete them afterwards.',
  status: {
    confirmed: 'You are enrolled. There is a place for you.',
    pending: 'We have received your registration. For this training we call you first, to check whether the training suits you and your child. Until that talk we keep a place for you.',
    waitlisted: 'The training is full. You are on the waiting list.',
    cancelled: 'Your registration has been cancelled.',
    declined: 'After our talk, this training does not suit you and your child right now. So we have stopped your registration.',
  },
  what: 'What',
  child: 'Child',
  when: 'When',
  whenMany: (n) => `When (${n} meetings)`,
  where: 'Where',
  participants: 'Number of people',
  bring: 'What to bring',
  joinNow: 'How to join: at the time of the meeting, click the button below. You need a computer, tablet or phone with internet and sound. You do not need to install anything.',
  joinLater: 'How to join: you get the link to the online meeting by email at the latest one day before. You need a computer, tablet or phone with internet and sound. You do not need to install anything.',
  joinButton: 'Go to the online meeting',
  nextHeading: 'What happens next?',
  callYou: (phone) => `We will call you soon on ${phone}.`,
  noPhone: 'You did not give a phone number. Please call us yourself, or reply to this email with your number.',
  callFrom: ['We call from the CJG number: ', '. Missed our call? Please call back.'],
  afterCall: 'After the talk you get an email: whether your place is certain, or whether we look for something else together.',
  placeFree: 'Does a place become free? Then you get an email straight away. Whoever enrolled first goes first.',
  placeYoursIntake: 'The place is then yours. You do not need to do anything: we call you first to check whether the training suits you.',
  placeYours: 'The place is then yours. You do not need to do anything: you are then enrolled straight away.',
  enoughPlaces: (n) => `You get a place when there are enough places for all ${n} people.`,
  stayOnList: 'Does the training start and is there still no place? Then you stay on the waiting list. You only get an email if a place still becomes free.',
  otherDate: ['Prefer another date? See if there is another group: ', 'see the training on the website', '.'],
  cancelHeadingWaitlist: 'No longer on the waiting list?',
  cancelHeading: 'Can you not come after all?',
  cancelWaitlist: 'Do you no longer want to be on the waiting list? Then cancel with this link.',
  cancelBefore: (first) => `Then cancel with this link, preferably before the first meeting on ${first}. Then someone else can have your place.`,
  cancelButton: 'Cancel',
  newestLink: 'With this link you also see how your registration stands. Always use the link in our newest email: a link in an earlier email no longer works.',
  repeat: [
    'Your email address was entered again for this meeting. You were already enrolled: nothing has changed. Below you see how it stands.',
    'In this email you get a new link to cancel. The link in earlier emails no longer works.',
    'Did you not do this yourself? Then you do not need to do anything.',
  ],
  calendarFile: 'meeting.ics',
  calendarCancel: 'Cancel',
  calendarRemove: 'Open the calendar file attached to this e-mail. Your calendar then removes the appointment.',
  calendarMoved: 'Open the calendar file attached to this e-mail. Your calendar then adds the new date and removes the old one.',
  calendar: {
    meeting: (i, n) => `Meeting ${i} of ${n}`,
    tentative: '(not certain yet)',
    pending: 'Your registration is not certain yet. We call you first, to check whether the training suits you and your child. After that you get a new email.',
    cancelled: (s) => `Cancelled: ${s}`,
    stopped: 'Your registration has ended. You can remove this appointment from your calendar.',
    movedAway: 'You have been moved to another date. You can remove this appointment from your calendar.',
    join: 'Join',
  },
  subjectConfirmed: (t) => `Your registration: ${t}`,
  subjectPending: (t) => `Your registration: ${t} (we will call you)`,
  subjectWaitlisted: (t) => `Waiting list: ${t}`,
  subjectPromoted: (t) => `A place is free: ${t}`,
  promotedPending: 'Good news: a place has become free. We call you first to check whether the training suits you and your child. Until then we keep the place for you.',
  promotedConfirmed: 'Good news: a place has become free. You are no longer on the waiting list: you are now enrolled. You do not need to do anything.',
  subjectCancelled: (t) => `Cancelled: ${t}`,
  cancelled: (what, when) => `Your registration for ${what} on ${when} has been cancelled.`,
  again: 'Do you want to enrol again after all? You can on the website, as long as there is a place.',
  subjectDecided: (t) => `You are enrolled: ${t}`,
  subjectDeclined: (t) => `Your registration: ${t}`,
  declinedTalk: 'In the talk we looked together at what does suit you.',
  subjectMoved: (t) => `New date: ${t}`,
  moved: (t) => `We have moved your registration for ${t} to another meeting.`,
  movedWhere: { waitlisted: 'You are on the waiting list of this meeting.', pending: 'We will still call you to check whether the training suits you.', other: 'There is a place for you.' },
  subjectSessionCancelled: (t) => `Does not take place: ${t}`,
  sessionCancelled: (t, when) => `The meeting of ${t} on ${when} does not take place. So your registration has been cancelled. You do not need to do anything.`,
  otherDateSite: 'See on the website whether there is another date.',
  messageAbout: (t, when) => `A message about ${t} on ${when}:`,
};

const ar: RegistrationMailWords = {
  hello: (name) => `مرحبًا ${name}،`,
  signOff: 'مع أطيب التحيات،\nCJG Haarlem-Zandvoort',
  askBefore: 'عندك أسئلة؟ اتصل بـ CJG على الرقم ',
  askAfter: (hours) => ` (${hours}). أو ردّ على هذه الرسالة.`,
  hours: 'من الاثنين إلى الجمعة، من 9:00 إلى 17:00',
  privacy: 'نحتفظ بمعلوماتك لهذا التسجيل فقط ونحذفها بعد انتهائه.',
  status: {
    confirmed: 'تم تسجيلك. يوجد مكان لك.',
    pending: 'وصلنا تسجيلك. في هذه الدورة نتصل بك أولًا لنتحقق هل تناسبك أنت وطفلك. حتى تلك المحادثة نحجز لك مكانًا.',
    waitlisted: 'الدورة ممتلئة. أنت في قائمة الانتظار.',
    cancelled: 'تم إلغاء تسجيلك.',
    declined: 'بعد محادثتنا، هذه الدورة لا تناسبك أنت وطفلك الآن. لذلك أوقفنا تسجيلك.',
  },
  what: 'ماذا',
  child: 'الطفل',
  when: 'متى',
  whenMany: (n) => `متى (${n} لقاءات)`,
  where: 'أين',
  participants: 'عدد الأشخاص',
  bring: 'ماذا تحضر معك؟',
  joinNow: 'طريقة المشاركة: في وقت اللقاء اضغط على الزر في الأسفل. تحتاج إلى حاسوب أو جهاز لوحي أو هاتف مع إنترنت وصوت. لا تحتاج إلى تثبيت أي شيء.',
  joinLater: 'طريقة المشاركة: تصلك رابط اللقاء عبر الإنترنت بالبريد الإلكتروني قبل يوم على الأقل. تحتاج إلى حاسوب أو جهاز لوحي أو هاتف مع إنترنت وصوت. لا تحتاج إلى تثبيت أي شيء.',
  joinButton: 'إلى اللقاء عبر الإنترنت',
  nextHeading: 'ماذا يحدث بعد ذلك؟',
  callYou: (phone) => `سنتصل بك قريبًا على الرقم ${phone}.`,
  noPhone: 'لم تكتب رقم هاتف. اتصل بنا أنت، أو ردّ على هذه الرسالة برقمك.',
  callFrom: ['نتصل من رقم CJG: ', '. فاتتك مكالمتنا؟ اتصل بنا من جديد.'],
  afterCall: 'بعد المحادثة تصلك رسالة: هل مكانك مؤكد، أو هل نبحث معًا عن شيء آخر.',
  placeFree: 'إذا أصبح مكان فارغًا تصلك رسالة فورًا. من سجّل أولًا يأتي دوره أولًا.',
  placeYoursIntake: 'عندها يكون المكان لك. لا تحتاج أن تفعل شيئًا: نتصل بك أولًا لنتحقق هل تناسبك الدورة.',
  placeYours: 'عندها يكون المكان لك. لا تحتاج أن تفعل شيئًا: يتم تسجيلك فورًا.',
  enoughPlaces: (n) => `تحصل على مكان عندما توجد أماكن كافية لكل الأشخاص الـ ${n}.`,
  stayOnList: 'إذا بدأت الدورة ولم يتوفر مكان بعد، تبقى في قائمة الانتظار. تصلك رسالة فقط إذا أصبح مكان فارغًا.',
  otherDate: ['تفضّل موعدًا آخر؟ انظر هل توجد مجموعة أخرى: ', 'شاهد الدورة على الموقع', '.'],
  cancelHeadingWaitlist: 'لا تريد البقاء في قائمة الانتظار؟',
  cancelHeading: 'لا تستطيع الحضور؟',
  cancelWaitlist: 'لا تريد البقاء في قائمة الانتظار؟ ألغِ التسجيل عبر هذا الرابط.',
  cancelBefore: (first) => `ألغِ التسجيل عبر هذا الرابط، ويُفضّل قبل اللقاء الأول في ${first}. عندها يمكن لشخص آخر أن يأخذ مكانك.`,
  cancelButton: 'إلغاء التسجيل',
  newestLink: 'بهذا الرابط ترى أيضًا حالة تسجيلك. استخدم دائمًا الرابط من أحدث رسالة منا: الرابط من رسالة سابقة لا يعمل بعد ذلك.',
  repeat: [
    'كُتب بريدك الإلكتروني مرة أخرى لهذا اللقاء. كنت مسجّلًا من قبل: لم يتغيّر شيء في تسجيلك. في الأسفل ترى حالته.',
    'في هذه الرسالة تحصل على رابط جديد للإلغاء. الرابط من الرسائل السابقة لا يعمل بعد ذلك.',
    'لم تفعل ذلك بنفسك؟ لا تحتاج أن تفعل شيئًا.',
  ],
  calendarFile: 'meeting.ics',
  calendarCancel: 'إلغاء التسجيل',
  calendarRemove: 'افتح ملف التقويم المرفق بهذه الرسالة. عندها يحذف تقويمك الموعد.',
  calendarMoved: 'افتح ملف التقويم المرفق بهذه الرسالة. عندها يضيف تقويمك الموعد الجديد ويحذف الموعد القديم.',
  calendar: {
    meeting: (i, n) => `اللقاء ${i} من ${n}`,
    tentative: '(غير مؤكد بعد)',
    pending: 'تسجيلك غير مؤكد بعد. نتصل بك أولًا لنتحقق هل تناسبك الدورة أنت وطفلك. بعد ذلك تصلك رسالة جديدة.',
    cancelled: (s) => `ملغى: ${s}`,
    stopped: 'انتهى تسجيلك. يمكنك حذف هذا الموعد من تقويمك.',
    movedAway: 'تم نقلك إلى موعد آخر. يمكنك حذف هذا الموعد من تقويمك.',
    join: 'الانضمام',
  },
  subjectConfirmed: (t) => `تسجيلك: ${t}`,
  subjectPending: (t) => `تسجيلك: ${t} (سنتصل بك)`,
  subjectWaitlisted: (t) => `قائمة الانتظار: ${t}`,
  subjectPromoted: (t) => `يوجد مكان فارغ: ${t}`,
  promotedPending: 'خبر جيد: أصبح مكان فارغًا. نتصل بك أولًا لنتحقق هل تناسبك الدورة أنت وطفلك. حتى ذلك الوقت نحجز لك المكان.',
  promotedConfirmed: 'خبر جيد: أصبح مكان فارغًا. لم تعد في قائمة الانتظار: أنت الآن مسجّل. لا تحتاج أن تفعل شيئًا.',
  subjectCancelled: (t) => `تم الإلغاء: ${t}`,
  cancelled: (what, when) => `تم إلغاء تسجيلك في ${what} بتاريخ ${when}.`,
  again: 'تريد التسجيل من جديد؟ يمكنك ذلك على الموقع، ما دام هناك مكان.',
  subjectDecided: (t) => `تم تسجيلك: ${t}`,
  subjectDeclined: (t) => `تسجيلك: ${t}`,
  declinedTalk: 'في المحادثة نظرنا معًا إلى ما يناسبك.',
  subjectMoved: (t) => `موعد جديد: ${t}`,
  moved: (t) => `نقلنا تسجيلك في ${t} إلى لقاء آخر.`,
  movedWhere: { waitlisted: 'أنت في قائمة الانتظار لهذا اللقاء.', pending: 'سنتصل بك لنتحقق هل تناسبك الدورة.', other: 'يوجد مكان لك.' },
  subjectSessionCancelled: (t) => `أُلغي: ${t}`,
  sessionCancelled: (t, when) => `لقاء ${t} بتاريخ ${when} أُلغي. لذلك أُلغي تسجيلك. لا تحتاج أن تفعل شيئًا.`,
  otherDateSite: 'انظر على الموقع هل يوجد موعد آخر.',
  messageAbout: (t, when) => `رسالة عن ${t} بتاريخ ${when}:`,
};

const tr: RegistrationMailWords = {
  ...en,
  hello: (name) => `Merhaba ${name},`,
  signOff: 'Saygılarımızla,\nCJG Haarlem-Zandvoort',
  askBefore: 'Sorunuz mu var? CJG\'yi arayın: ',
  askAfter: (hours) => ` (${hours}). Veya bu e-postayı yanıtlayın.`,
  hours: 'pazartesiden cumaya, 9:00-17:00',
  privacy: 'Bilgilerinizi sadece bu kayıt için saklar ve sonra sileriz.',
  status: {
    confirmed: 'Kaydınız yapıldı. Sizin için bir yer var.',
    pending: 'Başvurunuzu aldık. Bu eğitim için önce sizi arar, eğitimin size ve çocuğunuza uyup uymadığına bakarız. Bu görüşmeye kadar sizin için bir yer ayırırız.',
    waitlisted: 'Eğitim dolu. Bekleme listesindesiniz.',
    cancelled: 'Kaydınız iptal edildi.',
    declined: 'Görüşmemizden sonra bu eğitim şu anda size ve çocuğunuza uymuyor. Bu yüzden kaydınızı durdurduk.',
  },
  what: 'Ne',
  child: 'Çocuk',
  when: 'Ne zaman',
  whenMany: (n) => `Ne zaman (${n} buluşma)`,
  where: 'Nerede',
  participants: 'Kişi sayısı',
  bring: 'Yanınıza ne alırsınız?',
  joinNow: 'Nasıl katılırsınız: buluşma saatinde aşağıdaki düğmeye tıklayın. İnternet ve sesi olan bir bilgisayar, tablet veya telefon gerekir. Hiçbir şey yüklemeniz gerekmez.',
  joinLater: 'Nasıl katılırsınız: online buluşmanın bağlantısını en geç bir gün önce e-postayla alırsınız. İnternet ve sesi olan bir bilgisayar, tablet veya telefon gerekir. Hiçbir şey yüklemeniz gerekmez.',
  joinButton: 'Online buluşmaya git',
  nextHeading: 'Sonra ne olacak?',
  callYou: (phone) => `Yakında sizi ${phone} numarasından arayacağız.`,
  noPhone: 'Telefon numarası vermediniz. Lütfen bizi kendiniz arayın veya bu e-postayı numaranızla yanıtlayın.',
  callFrom: ['CJG\'nin numarasından ararız: ', '. Aramamızı kaçırdınız mı? Lütfen geri arayın.'],
  afterCall: 'Görüşmeden sonra bir e-posta alırsınız: yerinizin kesin olup olmadığı veya birlikte başka bir şey arayıp aramadığımız.',
  placeFree: 'Bir yer boşalırsa hemen e-posta alırsınız. Önce başvuran önce sıra alır.',
  placeYoursIntake: 'Yer o zaman sizindir. Bir şey yapmanız gerekmez: önce eğitimin uyup uymadığına bakmak için sizi ararız.',
  placeYours: 'Yer o zaman sizindir. Bir şey yapmanız gerekmez: hemen kaydınız yapılır.',
  enoughPlaces: (n) => `${n} kişinin hepsi için yeterli yer boşalınca yer alırsınız.`,
  stayOnList: 'Eğitim başlarsa ve hâlâ yer yoksa bekleme listesinde kalırsınız. Sadece bir yer boşalırsa e-posta alırsınız.',
  otherDate: ['Başka bir tarih mi istersiniz? Başka bir grup var mı bakın: ', 'eğitimi web sitesinde görün', '.'],
  cancelHeadingWaitlist: 'Artık bekleme listesinde kalmak istemiyor musunuz?',
  cancelHeading: 'Gelemiyor musunuz?',
  cancelWaitlist: 'Artık bekleme listesinde olmak istemiyor musunuz? O zaman bu bağlantıyla iptal edin.',
  cancelBefore: (first) => `O zaman bu bağlantıyla iptal edin, tercihen ${first} tarihindeki ilk buluşmadan önce. Böylece yerinizi başka biri alabilir.`,
  cancelButton: 'İptal et',
  newestLink: 'Bu bağlantıyla kaydınızın durumunu da görürsünüz. Her zaman en yeni e-postamızdaki bağlantıyı kullanın: önceki bir e-postadaki bağlantı artık çalışmaz.',
  repeat: [
    'E-posta adresiniz bu buluşma için bir kez daha yazıldı. Zaten kayıtlıydınız: kaydınızda hiçbir şey değişmedi. Durumu aşağıda görürsünüz.',
    'Bu e-postada iptal için yeni bir bağlantı var. Önceki e-postalardaki bağlantı artık çalışmaz.',
    'Bunu siz yapmadınız mı? O zaman bir şey yapmanız gerekmez.',
  ],
  calendarCancel: 'İptal et',
  calendarRemove: 'Bu e-postadaki takvim dosyasını açın. Takviminiz randevuyu o zaman siler.',
  calendarMoved: 'Bu e-postadaki takvim dosyasını açın. Takviminiz o zaman yeni tarihi ekler ve eskisini siler.',
  calendar: {
    meeting: (i, n) => `Buluşma ${i} / ${n}`,
    tentative: '(henüz kesin değil)',
    pending: 'Kaydınız henüz kesin değil. Önce sizi arar, eğitimin size ve çocuğunuza uyup uymadığına bakarız. Sonra yeni bir e-posta alırsınız.',
    cancelled: (s) => `İptal edildi: ${s}`,
    stopped: 'Kaydınız sona erdi. Bu randevuyu takviminizden silebilirsiniz.',
    movedAway: 'Başka bir tarihe alındınız. Bu randevuyu takviminizden silebilirsiniz.',
    join: 'Katıl',
  },
  subjectConfirmed: (t) => `Kaydınız: ${t}`,
  subjectPending: (t) => `Başvurunuz: ${t} (sizi arayacağız)`,
  subjectWaitlisted: (t) => `Bekleme listesi: ${t}`,
  subjectPromoted: (t) => `Bir yer boşaldı: ${t}`,
  promotedPending: 'İyi haber: bir yer boşaldı. Eğitimin size ve çocuğunuza uyup uymadığına bakmak için önce sizi ararız. O zamana kadar yeri sizin için ayırırız.',
  promotedConfirmed: 'İyi haber: bir yer boşaldı. Artık bekleme listesinde değilsiniz: kaydınız yapıldı. Bir şey yapmanız gerekmez.',
  subjectCancelled: (t) => `İptal edildi: ${t}`,
  cancelled: (what, when) => `${what} (${when}) kaydınız iptal edildi.`,
  again: 'Yine de tekrar kayıt olmak mı istiyorsunuz? Yer olduğu sürece web sitesinde yapabilirsiniz.',
  subjectDecided: (t) => `Kaydınız yapıldı: ${t}`,
  subjectDeclined: (t) => `Başvurunuz: ${t}`,
  declinedTalk: 'Görüşmede neyin uyduğuna birlikte baktık.',
  subjectMoved: (t) => `Yeni tarih: ${t}`,
  moved: (t) => `${t} kaydınızı başka bir buluşmaya taşıdık.`,
  movedWhere: { waitlisted: 'Bu buluşmanın bekleme listesindesiniz.', pending: 'Eğitimin uyup uymadığına bakmak için sizi yine arayacağız.', other: 'Sizin için bir yer var.' },
  subjectSessionCancelled: (t) => `İptal: ${t}`,
  sessionCancelled: (t, when) => `${t} buluşması (${when}) yapılmayacak. Bu yüzden kaydınız iptal edildi. Bir şey yapmanız gerekmez.`,
  otherDateSite: 'Başka bir tarih var mı, web sitesine bakın.',
  messageAbout: (t, when) => `${t} (${when}) hakkında bir mesaj:`,
};

const pl: RegistrationMailWords = {
  ...en,
  hello: (name) => `Dzień dobry ${name},`,
  signOff: 'Z pozdrowieniami,\nCJG Haarlem-Zandvoort',
  askBefore: 'Masz pytania? Zadzwoń do CJG: ',
  askAfter: (hours) => ` (${hours}). Albo odpowiedz na tego e-maila.`,
  hours: 'od poniedziałku do piątku, 9:00–17:00',
  privacy: 'Przechowujemy Twoje dane tylko na potrzeby tego zapisu i usuwamy je po zakończeniu.',
  status: {
    confirmed: 'Jesteś zapisany. Jest dla Ciebie miejsce.',
    pending: 'Otrzymaliśmy Twoje zgłoszenie. Przy tym szkoleniu najpierw dzwonimy, żeby sprawdzić, czy pasuje ono do Ciebie i dziecka. Do tej rozmowy trzymamy dla Ciebie miejsce.',
    waitlisted: 'Szkolenie jest pełne. Jesteś na liście rezerwowej.',
    cancelled: 'Twój zapis został odwołany.',
    declined: 'Po naszej rozmowie to szkolenie teraz nie pasuje do Ciebie i dziecka. Dlatego zatrzymaliśmy Twój zapis.',
  },
  what: 'Co',
  child: 'Dziecko',
  when: 'Kiedy',
  whenMany: (n) => `Kiedy (${n} spotkań)`,
  where: 'Gdzie',
  participants: 'Liczba osób',
  bring: 'Co zabrać?',
  joinNow: 'Jak dołączyć: w czasie spotkania kliknij przycisk poniżej. Potrzebujesz komputera, tabletu lub telefonu z internetem i dźwiękiem. Nie musisz niczego instalować.',
  joinLater: 'Jak dołączyć: link do spotkania online dostaniesz e-mailem najpóźniej dzień wcześniej. Potrzebujesz komputera, tabletu lub telefonu z internetem i dźwiękiem. Nie musisz niczego instalować.',
  joinButton: 'Do spotkania online',
  nextHeading: 'Co dalej?',
  callYou: (phone) => `Wkrótce zadzwonimy pod numer ${phone}.`,
  noPhone: 'Nie podałeś numeru telefonu. Zadzwoń do nas sam albo odpowiedz na tego e-maila, podając numer.',
  callFrom: ['Dzwonimy z numeru CJG: ', '. Nie odebrałeś? Oddzwoń.'],
  afterCall: 'Po rozmowie dostaniesz e-mail: czy Twoje miejsce jest pewne, czy razem szukamy czegoś innego.',
  placeFree: 'Zwolni się miejsce? Od razu dostaniesz e-mail. Kto zapisał się wcześniej, ma pierwszeństwo.',
  placeYoursIntake: 'Miejsce jest wtedy Twoje. Nie musisz nic robić: najpierw zadzwonimy, żeby sprawdzić, czy szkolenie pasuje.',
  placeYours: 'Miejsce jest wtedy Twoje. Nie musisz nic robić: od razu jesteś zapisany.',
  enoughPlaces: (n) => `Dostaniesz miejsce, gdy zwolni się dość miejsc dla wszystkich ${n} osób.`,
  stayOnList: 'Szkolenie się zaczyna, a miejsca nadal nie ma? Wtedy zostajesz na liście rezerwowej. E-mail dostaniesz tylko wtedy, gdy miejsce jednak się zwolni.',
  otherDate: ['Wolisz inny termin? Sprawdź, czy jest inna grupa: ', 'zobacz szkolenie na stronie', '.'],
  cancelHeadingWaitlist: 'Nie chcesz już być na liście rezerwowej?',
  cancelHeading: 'Nie możesz jednak przyjść?',
  cancelWaitlist: 'Nie chcesz już być na liście rezerwowej? Odwołaj zapis przez ten link.',
  cancelBefore: (first) => `Odwołaj zapis przez ten link, najlepiej przed pierwszym spotkaniem (${first}). Wtedy ktoś inny może dostać Twoje miejsce.`,
  cancelButton: 'Odwołaj',
  newestLink: 'Przez ten link widzisz też stan zapisu. Zawsze używaj linku z najnowszego e-maila od nas: link z wcześniejszego e-maila przestaje działać.',
  repeat: [
    'Twój adres e-mail został wpisany jeszcze raz na to spotkanie. Byłeś już zapisany: nic się nie zmieniło. Poniżej widzisz stan zapisu.',
    'W tym e-mailu dostajesz nowy link do odwołania. Link z wcześniejszych e-maili już nie działa.',
    'To nie Ty? Nie musisz nic robić.',
  ],
  calendarCancel: 'Odwołaj',
  calendarRemove: 'Otwórz plik kalendarza w załączniku. Wtedy kalendarz usunie to spotkanie.',
  calendarMoved: 'Otwórz plik kalendarza w załączniku. Wtedy kalendarz doda nowy termin i usunie stary.',
  calendar: {
    meeting: (i, n) => `Spotkanie ${i} z ${n}`,
    tentative: '(jeszcze niepewne)',
    pending: 'Twoje zgłoszenie nie jest jeszcze pewne. Najpierw dzwonimy, żeby sprawdzić, czy szkolenie pasuje do Ciebie i dziecka. Potem dostaniesz nowy e-mail.',
    cancelled: (s) => `Odwołane: ${s}`,
    stopped: 'Twoja rejestracja się zakończyła. Możesz usunąć to spotkanie z kalendarza.',
    movedAway: 'Przenieśliśmy Cię na inny termin. Możesz usunąć to spotkanie z kalendarza.',
    join: 'Dołącz',
  },
  subjectConfirmed: (t) => `Twój zapis: ${t}`,
  subjectPending: (t) => `Twoje zgłoszenie: ${t} (zadzwonimy)`,
  subjectWaitlisted: (t) => `Lista rezerwowa: ${t}`,
  subjectPromoted: (t) => `Zwolniło się miejsce: ${t}`,
  promotedPending: 'Dobra wiadomość: zwolniło się miejsce. Najpierw zadzwonimy, żeby sprawdzić, czy szkolenie pasuje do Ciebie i dziecka. Do tego czasu trzymamy dla Ciebie miejsce.',
  promotedConfirmed: 'Dobra wiadomość: zwolniło się miejsce. Nie jesteś już na liście rezerwowej: jesteś zapisany. Nie musisz nic robić.',
  subjectCancelled: (t) => `Odwołano: ${t}`,
  cancelled: (what, when) => `Twój zapis na ${what} (${when}) został odwołany.`,
  again: 'Chcesz jednak zapisać się ponownie? Możesz to zrobić na stronie, dopóki są miejsca.',
  subjectDecided: (t) => `Jesteś zapisany: ${t}`,
  subjectDeclined: (t) => `Twoje zgłoszenie: ${t}`,
  declinedTalk: 'W rozmowie razem sprawdziliśmy, co pasuje.',
  subjectMoved: (t) => `Nowy termin: ${t}`,
  moved: (t) => `Przenieśliśmy Twój zapis na ${t} na inne spotkanie.`,
  movedWhere: { waitlisted: 'Jesteś na liście rezerwowej tego spotkania.', pending: 'Jeszcze zadzwonimy, żeby sprawdzić, czy szkolenie pasuje.', other: 'Jest dla Ciebie miejsce.' },
  subjectSessionCancelled: (t) => `Nie odbędzie się: ${t}`,
  sessionCancelled: (t, when) => `Spotkanie ${t} (${when}) się nie odbędzie. Dlatego Twój zapis został odwołany. Nie musisz nic robić.`,
  otherDateSite: 'Sprawdź na stronie, czy jest inny termin.',
  messageAbout: (t, when) => `Wiadomość o ${t} (${when}):`,
};

const uk: RegistrationMailWords = {
  ...en,
  hello: (name) => `Вітаємо, ${name}!`,
  signOff: 'З повагою,\nCJG Haarlem-Zandvoort',
  askBefore: 'Є питання? Телефонуйте до CJG: ',
  askAfter: (hours) => ` (${hours}). Або дайте відповідь на цей лист.`,
  hours: 'з понеділка по п’ятницю, 9:00–17:00',
  privacy: 'Ми зберігаємо ваші дані лише для цього запису і видаляємо їх після його завершення.',
  status: {
    confirmed: 'Вас записано. Для вас є місце.',
    pending: 'Ми отримали вашу заявку. Щодо цього тренінгу ми спершу вам зателефонуємо, щоб перевірити, чи він підходить вам і вашій дитині. До цієї розмови ми тримаємо для вас місце.',
    waitlisted: 'Тренінг заповнений. Ви в списку очікування.',
    cancelled: 'Ваш запис скасовано.',
    declined: 'Після нашої розмови цей тренінг зараз не підходить вам і вашій дитині. Тому ми зупинили ваш запис.',
  },
  what: 'Що',
  child: 'Дитина',
  when: 'Коли',
  whenMany: (n) => `Коли (${n} зустрічей)`,
  where: 'Де',
  participants: 'Кількість осіб',
  bring: 'Що взяти з собою?',
  joinNow: 'Як долучитися: у час зустрічі натисніть кнопку нижче. Потрібен комп’ютер, планшет або телефон з інтернетом і звуком. Нічого встановлювати не потрібно.',
  joinLater: 'Як долучитися: посилання на онлайн-зустріч ви отримаєте листом щонайпізніше за день. Потрібен комп’ютер, планшет або телефон з інтернетом і звуком. Нічого встановлювати не потрібно.',
  joinButton: 'До онлайн-зустрічі',
  nextHeading: 'Що далі?',
  callYou: (phone) => `Незабаром ми зателефонуємо вам на номер ${phone}.`,
  noPhone: 'Ви не вказали номер телефону. Зателефонуйте нам самі або дайте відповідь на цей лист зі своїм номером.',
  callFrom: ['Ми телефонуємо з номера CJG: ', '. Пропустили дзвінок? Передзвоніть.'],
  afterCall: 'Після розмови ви отримаєте лист: чи ваше місце підтверджене, чи ми разом шукаємо щось інше.',
  placeFree: 'Звільнилося місце? Ви одразу отримаєте лист. Хто записався раніше, той має перевагу.',
  placeYoursIntake: 'Тоді місце ваше. Нічого робити не треба: спершу ми зателефонуємо, щоб перевірити, чи підходить тренінг.',
  placeYours: 'Тоді місце ваше. Нічого робити не треба: вас одразу буде записано.',
  enoughPlaces: (n) => `Ви отримаєте місце, коли звільниться достатньо місць для всіх ${n} осіб.`,
  stayOnList: 'Тренінг починається, а місця досі немає? Тоді ви залишаєтеся в списку очікування. Лист ви отримаєте, лише якщо місце все ж звільниться.',
  otherDate: ['Бажаєте іншу дату? Перевірте, чи є інша група: ', 'переглянути тренінг на сайті', '.'],
  cancelHeadingWaitlist: 'Більше не хочете бути в списку очікування?',
  cancelHeading: 'Не можете прийти?',
  cancelWaitlist: 'Більше не хочете бути в списку очікування? Скасуйте запис за цим посиланням.',
  cancelBefore: (first) => `Скасуйте запис за цим посиланням, краще до першої зустрічі (${first}). Тоді ваше місце зможе отримати хтось інший.`,
  cancelButton: 'Скасувати',
  newestLink: 'За цим посиланням ви також бачите стан запису. Завжди використовуйте посилання з найновішого листа від нас: посилання з попереднього листа більше не працює.',
  repeat: [
    'Вашу електронну адресу ще раз вказано для цієї зустрічі. Ви вже були записані: нічого не змінилося. Нижче ви бачите стан запису.',
    'У цьому листі ви отримуєте нове посилання для скасування. Посилання з попередніх листів більше не працює.',
    'Це зробили не ви? Тоді нічого робити не треба.',
  ],
  calendarCancel: 'Скасувати',
  calendarRemove: 'Відкрийте файл календаря у вкладенні. Тоді ваш календар видалить цю зустріч.',
  calendarMoved: 'Відкрийте файл календаря у вкладенні. Тоді ваш календар додасть нову дату й видалить стару.',
  calendar: {
    meeting: (i, n) => `Зустріч ${i} з ${n}`,
    tentative: '(ще не остаточно)',
    pending: 'Ваша заявка ще не остаточна. Спершу ми вам зателефонуємо, щоб перевірити, чи тренінг підходить вам і вашій дитині. Після цього ви отримаєте новий лист.',
    cancelled: (s) => `Скасовано: ${s}`,
    stopped: 'Вашу реєстрацію завершено. Цю зустріч можна видалити з календаря.',
    movedAway: 'Вас перенесено на іншу дату. Цю зустріч можна видалити з календаря.',
    join: 'Приєднатися',
  },
  subjectConfirmed: (t) => `Ваш запис: ${t}`,
  subjectPending: (t) => `Ваша заявка: ${t} (ми зателефонуємо)`,
  subjectWaitlisted: (t) => `Список очікування: ${t}`,
  subjectPromoted: (t) => `Звільнилося місце: ${t}`,
  promotedPending: 'Добра новина: звільнилося місце. Спершу ми зателефонуємо, щоб перевірити, чи підходить тренінг вам і вашій дитині. До того ми тримаємо місце для вас.',
  promotedConfirmed: 'Добра новина: звільнилося місце. Ви більше не в списку очікування: вас записано. Нічого робити не треба.',
  subjectCancelled: (t) => `Скасовано: ${t}`,
  cancelled: (what, when) => `Ваш запис на ${what} (${when}) скасовано.`,
  again: 'Хочете все ж записатися знову? Це можна зробити на сайті, поки є місця.',
  subjectDecided: (t) => `Вас записано: ${t}`,
  subjectDeclined: (t) => `Ваша заявка: ${t}`,
  declinedTalk: 'Під час розмови ми разом подивилися, що вам підходить.',
  subjectMoved: (t) => `Нова дата: ${t}`,
  moved: (t) => `Ми перенесли ваш запис на ${t} на іншу зустріч.`,
  movedWhere: { waitlisted: 'Ви в списку очікування цієї зустрічі.', pending: 'Ми ще зателефонуємо, щоб перевірити, чи підходить тренінг.', other: 'Для вас є місце.' },
  subjectSessionCancelled: (t) => `Не відбудеться: ${t}`,
  sessionCancelled: (t, when) => `Зустріч ${t} (${when}) не відбудеться. Тому ваш запис скасовано. Нічого робити не треба.`,
  otherDateSite: 'Перевірте на сайті, чи є інша дата.',
  messageAbout: (t, when) => `Повідомлення про ${t} (${when}):`,
};

/** Every registration mail's words per language; the same keys in every language (the type makes sure). */
export const registrationMailWords: Record<Locale, RegistrationMailWords> = { nl, en, ar, tr, pl, uk };
