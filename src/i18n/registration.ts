/**
 * Registration in every language (issue 18): the error messages of the one registration schema
 * (src/schemas/registration.ts builds the same schema with the messages of the form's language), the form's
 * labels and hints, the registration page and the neutral "look in your mail" page. Dutch is the source
 * (src/schemas/registration-rules.ts `messages`); the others say the same, plain and short (B1).
 *
 * No zod here: the browser's quick check (src/islands/registration-check.ts) uses the same tables.
 */
import type { AgeRange } from '../schemas/common';
import { formatAgeRange } from '../domain/ages';
import { childLabel, exampleAge, MAX_PARTICIPANTS, messages, type RegistrationAsks, type RegistrationMessages } from '../schemas/registration-rules';
import type { Locale } from './locales';

const range = (ages: AgeRange, words: { upTo: (max: number) => string; fromTo: (min: number, max: number) => string; one: (n: number) => string }) =>
  ages.min === ages.max ? words.one(ages.min) : ages.min === 0 ? words.upTo(ages.max) : words.fromTo(ages.min, ages.max);
const ordinal = (n: number) => `${n}${n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`;

const en: RegistrationMessages = {
  sessionId: 'Choose a meeting',
  plainText: 'Use ordinary characters only.',
  nameMissing: 'Enter your name',
  nameTooLong: 'Your name can be 100 characters at most',
  nameMarkup: 'Your name cannot contain < or >',
  emailMissing: 'Enter your email address, for example name@voorbeeld.nl',
  emailInvalid: 'Enter a valid email address, for example name@voorbeeld.nl',
  emailTooLong: 'Your email address can be 254 characters at most',
  phone: 'Enter a valid phone number, for example 06 12345678',
  participants: `Enter how many people are coming: a number from 1 to ${MAX_PARTICIPANTS}`,
  municipality: 'Choose the municipality where you live',
  remarksInvalid: 'Your remark must be text',
  remarksTooLong: 'Your remark can be 1000 characters at most',
  remarksControl: 'Use ordinary characters only in your remark',
  consent: 'Tick the box to agree to the privacy statement. Otherwise we cannot process your registration',
  childrenInvalid: 'Enter the first name and age of each child',
  tooManyChildren: (max) => (max <= 1 ? 'You can enrol one child here' : `You can enrol ${max} children at most at the same time`),
  firstNameMissing: (label) => `Enter the first name of ${label}`,
  firstNameTooLong: (label) => `The first name of ${label} can be 60 characters at most`,
  firstNameMarkup: (label) => `The first name of ${label} cannot contain < or >`,
  firstNameTwice: (earlier) => `This first name is already given for ${earlier}. Enter each child once`,
  ageMissing: (label, ages) => `Enter the age of ${label} in whole years, for example ${exampleAge(ages)}`,
  ageTooHigh: 'Enter an age from 0 to 23 years',
  ageOutside: (asks: RegistrationAsks, age, index, count) => {
    const who = asks.ages!.min >= 12 ? 'young people' : 'children';
    const rule = `This offer is for ${who} ${range(asks.ages!, { one: (n) => `of ${n} years`, upTo: (m) => `up to ${m} years`, fromTo: (a, b) => `aged ${a} to ${b}` })}.`;
    return count > 1 ? `The ${ordinal(index + 1)} child is ${age}. ${rule}` : rule;
  },
  schoolGroup: (label) => `Choose which group or class ${label} is in`,
  language: 'Choose a language from the list: nl, en, ar, tr, pl or uk',
  childLabel: (index, count) => (count <= 1 ? 'your child' : `the ${ordinal(index + 1)} child`),
};

const ar: RegistrationMessages = {
  sessionId: 'اختر موعدًا',
  plainText: 'استخدم حروفًا عادية فقط.',
  nameMissing: 'اكتب اسمك',
  nameTooLong: 'لا يمكن أن يكون اسمك أطول من 100 حرف',
  nameMarkup: 'لا يمكن أن يحتوي اسمك على < أو >',
  emailMissing: 'اكتب بريدك الإلكتروني، مثلًا name@voorbeeld.nl',
  emailInvalid: 'اكتب بريدًا إلكترونيًا صحيحًا، مثلًا name@voorbeeld.nl',
  emailTooLong: 'لا يمكن أن يكون بريدك الإلكتروني أطول من 254 حرفًا',
  phone: 'اكتب رقم هاتف صحيحًا، مثلًا 06 12345678',
  participants: `اكتب كم شخصًا سيحضر: رقم من 1 إلى ${MAX_PARTICIPANTS}`,
  municipality: 'اختر البلدية التي تسكن فيها',
  remarksInvalid: 'يجب أن تكون ملاحظتك نصًا',
  remarksTooLong: 'لا يمكن أن تكون ملاحظتك أطول من 1000 حرف',
  remarksControl: 'استخدم حروفًا عادية فقط في ملاحظتك',
  consent: 'ضع علامة لتوافق على بيان الخصوصية. بدون ذلك لا نستطيع معالجة تسجيلك',
  childrenInvalid: 'اكتب الاسم الأول والعمر لكل طفل',
  tooManyChildren: (max) => (max <= 1 ? 'يمكنك هنا تسجيل طفل واحد' : `يمكنك تسجيل ${max} أطفال على الأكثر في نفس الوقت`),
  firstNameMissing: (label) => `${label}: اكتب الاسم الأول`,
  firstNameTooLong: (label) => `${label}: لا يمكن أن يكون الاسم الأول أطول من 60 حرفًا`,
  firstNameMarkup: (label) => `${label}: لا يمكن أن يحتوي الاسم الأول على < أو >`,
  firstNameTwice: (earlier) => `هذا الاسم الأول مكتوب من قبل عند ${earlier}. اكتب كل طفل مرة واحدة`,
  ageMissing: (label, ages) => `${label}: اكتب العمر بالسنوات الكاملة، مثلًا ${exampleAge(ages)}`,
  ageTooHigh: 'اكتب عمرًا من 0 إلى 23 سنة',
  ageOutside: (asks, age, index, count) => {
    const who = asks.ages!.min >= 12 ? 'للشباب' : 'للأطفال';
    const rule = `هذا العرض ${who} ${range(asks.ages!, { one: (n) => `بعمر ${n} سنة`, upTo: (m) => `حتى ${m} سنة`, fromTo: (a, b) => `من ${a} إلى ${b} سنة` })}.`;
    return count > 1 ? `عمر الطفل ${index + 1} هو ${age} سنة. ${rule}` : rule;
  },
  schoolGroup: (label) => `${label}: اختر المجموعة أو الصف`,
  language: 'اختر لغة من القائمة: nl أو en أو ar أو tr أو pl أو uk',
  childLabel: (index, count) => (count <= 1 ? 'الطفل' : `الطفل ${index + 1}`),
};

const tr: RegistrationMessages = {
  sessionId: 'Bir buluşma seçin',
  plainText: 'Sadece normal karakterler kullanın.',
  nameMissing: 'Adınızı yazın',
  nameTooLong: 'Adınız en fazla 100 karakter olabilir',
  nameMarkup: 'Adınızda < veya > olamaz',
  emailMissing: 'E-posta adresinizi yazın, örneğin isim@voorbeeld.nl',
  emailInvalid: 'Geçerli bir e-posta adresi yazın, örneğin isim@voorbeeld.nl',
  emailTooLong: 'E-posta adresiniz en fazla 254 karakter olabilir',
  phone: 'Geçerli bir telefon numarası yazın, örneğin 06 12345678',
  participants: `Kaç kişi geleceğinizi yazın: 1 ile ${MAX_PARTICIPANTS} arasında bir sayı`,
  municipality: 'Oturduğunuz belediyeyi seçin',
  remarksInvalid: 'Notunuz metin olmalı',
  remarksTooLong: 'Notunuz en fazla 1000 karakter olabilir',
  remarksControl: 'Notunuzda sadece normal karakterler kullanın',
  consent: 'Gizlilik bildirimini kabul ettiğinizi işaretleyin. Yoksa kaydınızı işleyemeyiz',
  childrenInvalid: 'Her çocuk için adını ve yaşını yazın',
  tooManyChildren: (max) => (max <= 1 ? 'Burada bir çocuk kaydedebilirsiniz' : `Aynı anda en fazla ${max} çocuk kaydedebilirsiniz`),
  firstNameMissing: (label) => `${label}: adını yazın`,
  firstNameTooLong: (label) => `${label}: ad en fazla 60 karakter olabilir`,
  firstNameMarkup: (label) => `${label}: adda < veya > olamaz`,
  firstNameTwice: (earlier) => `Bu ad zaten ${earlier} için yazıldı. Her çocuğu bir kez yazın`,
  ageMissing: (label, ages) => `${label}: yaşı tam yıl olarak yazın, örneğin ${exampleAge(ages)}`,
  ageTooHigh: '0 ile 23 arasında bir yaş yazın',
  ageOutside: (asks, age, index, count) => {
    const who = asks.ages!.min >= 12 ? 'gençler' : 'çocuklar';
    const rule = `Bu program ${range(asks.ages!, { one: (n) => `${n} yaşındaki`, upTo: (m) => `${m} yaşına kadar`, fromTo: (a, b) => `${a}-${b} yaş arası` })} ${who} içindir.`;
    return count > 1 ? `${index + 1}. çocuk ${age} yaşında. ${rule}` : rule;
  },
  schoolGroup: (label) => `${label}: hangi sınıfta olduğunu seçin`,
  language: 'Listeden bir dil seçin: nl, en, ar, tr, pl veya uk',
  childLabel: (index, count) => (count <= 1 ? 'Çocuğunuz' : `${index + 1}. çocuk`),
};

const pl: RegistrationMessages = {
  sessionId: 'Wybierz spotkanie',
  plainText: 'Używaj tylko zwykłych znaków.',
  nameMissing: 'Wpisz swoje imię i nazwisko',
  nameTooLong: 'Imię i nazwisko może mieć najwyżej 100 znaków',
  nameMarkup: 'Imię i nazwisko nie może zawierać < ani >',
  emailMissing: 'Wpisz swój adres e-mail, na przykład imie@voorbeeld.nl',
  emailInvalid: 'Wpisz poprawny adres e-mail, na przykład imie@voorbeeld.nl',
  emailTooLong: 'Adres e-mail może mieć najwyżej 254 znaki',
  phone: 'Wpisz poprawny numer telefonu, na przykład 06 12345678',
  participants: `Wpisz, ile osób przyjdzie: liczbę od 1 do ${MAX_PARTICIPANTS}`,
  municipality: 'Wybierz gminę, w której mieszkasz',
  remarksInvalid: 'Uwaga musi być tekstem',
  remarksTooLong: 'Uwaga może mieć najwyżej 1000 znaków',
  remarksControl: 'W uwadze używaj tylko zwykłych znaków',
  consent: 'Zaznacz, że akceptujesz oświadczenie o prywatności. Inaczej nie możemy przyjąć Twojego zapisu',
  childrenInvalid: 'Wpisz imię i wiek każdego dziecka',
  tooManyChildren: (max) => (max <= 1 ? 'Tutaj możesz zapisać jedno dziecko' : `Możesz zapisać najwyżej ${max} dzieci naraz`),
  firstNameMissing: (label) => `${label}: wpisz imię`,
  firstNameTooLong: (label) => `${label}: imię może mieć najwyżej 60 znaków`,
  firstNameMarkup: (label) => `${label}: imię nie może zawierać < ani >`,
  firstNameTwice: (earlier) => `To imię jest już wpisane przy: ${earlier}. Wpisz każde dziecko raz`,
  ageMissing: (label, ages) => `${label}: wpisz wiek w pełnych latach, na przykład ${exampleAge(ages)}`,
  ageTooHigh: 'Wpisz wiek od 0 do 23 lat',
  ageOutside: (asks, age, index, count) => {
    const who = asks.ages!.min >= 12 ? 'młodzieży' : 'dzieci';
    const rule = `Ta oferta jest dla ${who} ${range(asks.ages!, { one: (n) => `w wieku ${n} lat`, upTo: (m) => `do ${m} lat`, fromTo: (a, b) => `w wieku od ${a} do ${b} lat` })}.`;
    return count > 1 ? `Dziecko ${index + 1} ma ${age} lat. ${rule}` : rule;
  },
  schoolGroup: (label) => `${label}: wybierz grupę lub klasę`,
  language: 'Wybierz język z listy: nl, en, ar, tr, pl lub uk',
  childLabel: (index, count) => (count <= 1 ? 'Dziecko' : `Dziecko ${index + 1}`),
};

const uk: RegistrationMessages = {
  sessionId: 'Оберіть зустріч',
  plainText: 'Використовуйте лише звичайні символи.',
  nameMissing: 'Вкажіть своє ім’я',
  nameTooLong: 'Ім’я може мати щонайбільше 100 символів',
  nameMarkup: 'Ім’я не може містити < або >',
  emailMissing: 'Вкажіть свою електронну адресу, наприклад name@voorbeeld.nl',
  emailInvalid: 'Вкажіть правильну електронну адресу, наприклад name@voorbeeld.nl',
  emailTooLong: 'Електронна адреса може мати щонайбільше 254 символи',
  phone: 'Вкажіть правильний номер телефону, наприклад 06 12345678',
  participants: `Вкажіть, скільки осіб прийде: число від 1 до ${MAX_PARTICIPANTS}`,
  municipality: 'Оберіть громаду (gemeente), де ви живете',
  remarksInvalid: 'Примітка має бути текстом',
  remarksTooLong: 'Примітка може мати щонайбільше 1000 символів',
  remarksControl: 'У примітці використовуйте лише звичайні символи',
  consent: 'Позначте, що ви погоджуєтеся з положенням про конфіденційність. Інакше ми не можемо обробити ваш запис',
  childrenInvalid: 'Вкажіть ім’я та вік кожної дитини',
  tooManyChildren: (max) => (max <= 1 ? 'Тут можна записати одну дитину' : `Можна записати щонайбільше ${max} дітей одночасно`),
  firstNameMissing: (label) => `${label}: вкажіть ім’я`,
  firstNameTooLong: (label) => `${label}: ім’я може мати щонайбільше 60 символів`,
  firstNameMarkup: (label) => `${label}: ім’я не може містити < або >`,
  firstNameTwice: (earlier) => `Це ім’я вже вказано: ${earlier}. Вкажіть кожну дитину один раз`,
  ageMissing: (label, ages) => `${label}: вкажіть вік у повних роках, наприклад ${exampleAge(ages)}`,
  ageTooHigh: 'Вкажіть вік від 0 до 23 років',
  ageOutside: (asks, age, index, count) => {
    const who = asks.ages!.min >= 12 ? 'молоді' : 'дітей';
    const rule = `Ця пропозиція — для ${who} ${range(asks.ages!, { one: (n) => `віком ${n} років`, upTo: (m) => `до ${m} років`, fromTo: (a, b) => `віком від ${a} до ${b} років` })}.`;
    return count > 1 ? `Дитині ${index + 1} — ${age} років. ${rule}` : rule;
  },
  schoolGroup: (label) => `${label}: оберіть групу або клас`,
  language: 'Оберіть мову зі списку: nl, en, ar, tr, pl або uk',
  childLabel: (index, count) => (count <= 1 ? 'Дитина' : `Дитина ${index + 1}`),
};

/** The schema's messages per language; the same keys everywhere (tests/unit/registrations/messages.test.ts). */
export const registrationMessages: Record<Locale, RegistrationMessages> = { nl: { ...messages, childLabel }, en, ar, tr, pl, uk };

/** The registration form's own words (labels, hints, buttons) and the pages around it. */
export interface RegistrationStrings {
  errorTitle: string;
  /** Before each field's message, for screen readers ("Fout: "). */
  errorPrefix: string;
  honeypot: string;
  name: string;
  email: string;
  emailHint: string;
  phone: string;
  phoneHintIntake: string;
  phoneHint: string;
  participants: string;
  participantsHintParents: string;
  participantsHint: string;
  childrenHint: (max: number) => string;
  childLegend: (index: number, count: number) => string;
  childFirstName: (label: string) => string;
  childAge: (label: string) => string;
  childAgeHint: (example: number, ages: AgeRange | undefined) => string;
  otherOffers: (age: number) => string;
  schoolGroup: (label: string) => string;
  chooseGroup: string;
  groupLabel: (group: string) => string;
  remove: string;
  removeWhich: (n: number) => string;
  addChild: string;
  municipality: string;
  municipalityHint: string;
  chooseMunicipality: string;
  otherMunicipality: string;
  remarks: string;
  remarksHint: string;
  consentBefore: string;
  consentLink: string;
  consentAfter: string;
  consentHint: (days: number) => string;
  submit: string;
  // The registration page.
  pageTitle: (offer: string) => string;
  pageDescription: (offer: string) => string;
  heading: (offer: string) => string;
  when: string;
  where: string;
  places: string;
  enrolUntil: string;
  firstOf: (n: number) => string;
  online: string;
  placesText: (left: number, capacity: number) => string;
  closed: { closed: string; past: string; cancelled: string };
  otherDates: string;
  intake: string;
  full: string;
  minute: string;
  notFoundTitle: string;
  notFound: string;
  allOffers: string;
  // The neutral page after an accepted registration.
  sentTitle: string;
  sentDescription: string;
  accepted: string;
  sentWhat: string;
  sentItems: string[];
  sentRepeat: string;
  sentNoMail: string;
  contact: string;
  back: string;
  /** The form-level messages of the handler (form stamp, closed sessions). */
  stamp: { missing: string; invalid: string; expired: string; 'too-fast': string };
}

const nlStrings: RegistrationStrings = {
  errorTitle: 'Er is een probleem',
  errorPrefix: 'Fout: ',
  honeypot: 'Laat dit veld leeg',
  name: 'Je naam',
  email: 'Je e-mailadres',
  emailHint: 'Hier sturen we de bevestiging naartoe.',
  phone: 'Je telefoonnummer (niet verplicht)',
  phoneHintIntake: 'Dan kunnen we je bellen voor het korte gesprek. Anders mailen we je.',
  phoneHint: 'Alleen als de trainer je moet kunnen bellen, bijvoorbeeld als de bijeenkomst niet doorgaat.',
  participants: 'Met hoeveel personen kom je?',
  participantsHintParents: `Bijvoorbeeld 2 als je samen met je partner komt. Hoogstens ${MAX_PARTICIPANTS}.`,
  participantsHint: `Hoogstens ${MAX_PARTICIPANTS}.`,
  childrenHint: (max) => `Schrijf je meer kinderen in? Elk kind krijgt een eigen plek en een eigen e-mail. Hoogstens ${max} kinderen tegelijk.`,
  childLegend: (i, count) => (count > 1 ? `Het ${i + 1}e kind` : 'Over je kind'),
  childFirstName: (label) => `Voornaam van ${label}`,
  childAge: (label) => `Leeftijd van ${label}`,
  childAgeHint: (example, ages) => {
    const text = ages ? formatAgeRange(ages) : undefined;
    return `In jaren, bijvoorbeeld ${example}.${text ? ` Voor kinderen ${text.startsWith('tot') ? '' : 'van '}${text}.` : ''}`;
  },
  otherOffers: (age) => `Bekijk het aanbod voor kinderen van ${age} jaar`,
  schoolGroup: (label) => `In welke groep of klas zit ${label}?`,
  chooseGroup: 'Kies een groep of klas',
  groupLabel: (g) => (g === 'anders' ? 'Zit niet op school of anders' : g.replace('groep-', 'Groep ').replace('klas-', 'Klas ')),
  remove: 'Verwijder',
  removeWhich: (n) => ` het ${n}e kind`,
  addChild: 'Nog een kind toevoegen',
  municipality: 'In welke gemeente woon je?',
  municipalityHint: 'Sommige trainingen zijn gratis voor inwoners van een gemeente.',
  chooseMunicipality: 'Kies je gemeente',
  otherMunicipality: 'Een andere gemeente',
  remarks: 'Wil je de trainer nog iets laten weten? (niet verplicht)',
  remarksHint: 'Bijvoorbeeld als je hulp nodig hebt om de ruimte in te komen. Schrijf hier geen medische gegevens.',
  consentBefore: 'Ik ga akkoord met de ',
  consentLink: 'privacyverklaring',
  consentAfter: '. We gebruiken je gegevens alleen voor deze inschrijving.',
  consentHint: (days) => `We verwijderen je gegevens ${days} dagen na de bijeenkomst.`,
  submit: 'Inschrijven',
  pageTitle: (o) => `Inschrijven: ${o}`,
  pageDescription: (o) => `Schrijf je in voor ${o}.`,
  heading: (o) => `Inschrijven voor ${o}`,
  when: 'Wanneer',
  where: 'Waar',
  places: 'Plaatsen',
  enrolUntil: 'Inschrijven kan tot',
  firstOf: (n) => ` (de eerste van ${n} bijeenkomsten)`,
  online: 'Online. Je krijgt de link per e-mail.',
  placesText: (left, capacity) => (left <= 0 ? 'Vol. Je kunt je aanmelden voor de wachtlijst.' : `Nog ${left} van de ${capacity} ${capacity === 1 ? 'plaats' : 'plaatsen'} vrij`),
  closed: { closed: 'Inschrijven voor deze bijeenkomst is gesloten.', past: 'Deze bijeenkomst is al geweest.', cancelled: 'Deze bijeenkomst gaat niet door.' },
  otherDates: 'Bekijk de andere data',
  intake: 'Na je aanmelding belt het CJG je voor een kort gesprek. Samen kijken jullie of de training past bij je kind en je gezin. Tot dat gesprek houden we een plek voor je vrij.',
  full: 'Deze bijeenkomst is vol. Als je je inschrijft, kom je op de wachtlijst. Komt er een plek vrij, dan krijg je een e-mail.',
  minute: 'Het invullen duurt ongeveer een minuut. Je hebt geen account nodig.',
  notFoundTitle: 'Deze bijeenkomst bestaat niet (meer)',
  notFound: 'Misschien is de link oud. Kijk bij',
  allOffers: 'alle trainingen en webinars',
  sentTitle: 'Kijk in je e-mail',
  sentDescription: 'We hebben je een e-mail gestuurd over je inschrijving.',
  accepted: 'Dank je. We hebben je een e-mail gestuurd. Daarin staat of er een plek voor je is, en hoe je kunt annuleren. Geen e-mail gekregen? Kijk ook bij je ongewenste e-mail (spam).',
  sentWhat: 'Wat staat er in de e-mail?',
  sentItems: [
    'Of er een plek voor je is, of dat je op de wachtlijst staat. Bij sommige trainingen bellen we je eerst.',
    'Waar en wanneer de bijeenkomst is, met een agenda-bestand.',
    'Een persoonlijke link. Daarmee zie je hoe het met je inschrijving staat, en kun je annuleren.',
  ],
  sentRepeat: 'Heb je je al eerder ingeschreven? Dan krijg je een nieuwe e-mail met een nieuwe link. De link uit je eerdere e-mail werkt dan niet meer.',
  sentNoMail: 'Na 10 minuten nog geen e-mail? Kijk of je e-mailadres goed was, of',
  contact: 'neem contact op met het CJG',
  back: 'Terug naar alle trainingen en webinars',
  stamp: {
    missing: 'Het formulier is niet compleet verstuurd. Controleer je gegevens en verstuur het formulier opnieuw.',
    invalid: 'Het formulier is niet compleet verstuurd. Controleer je gegevens en verstuur het formulier opnieuw.',
    expired: 'Het formulier stond te lang open. Controleer je gegevens en verstuur het formulier opnieuw.',
    'too-fast': 'Het formulier is erg snel verstuurd. Controleer je gegevens en verstuur het formulier opnieuw.',
  },
};

const enStrings: RegistrationStrings = {
  errorTitle: 'There is a problem',
  errorPrefix: 'Error: ',
  honeypot: 'Leave this field empty',
  name: 'Your name',
  email: 'Your email address',
  emailHint: 'We send the confirmation here. The email is in English.',
  phone: 'Your phone number (optional)',
  phoneHintIntake: 'Then we can call you for the short talk. Otherwise we email you.',
  phoneHint: 'Only if the trainer needs to call you, for example when a meeting does not take place.',
  participants: 'How many people are coming?',
  participantsHintParents: `For example 2 if you come with your partner. ${MAX_PARTICIPANTS} at most.`,
  participantsHint: `${MAX_PARTICIPANTS} at most.`,
  childrenHint: (max) => `Enrolling more children? Each child gets its own place and its own email. ${max} children at most at the same time.`,
  childLegend: (i, count) => (count > 1 ? `The ${ordinal(i + 1)} child` : 'About your child'),
  childFirstName: (label) => `First name of ${label}`,
  childAge: (label) => `Age of ${label}`,
  childAgeHint: (example, ages) => `In years, for example ${example}.${ages ? ` For children ${ages.min === 0 ? `up to ${ages.max}` : `aged ${ages.min} to ${ages.max}`}.` : ''}`,
  otherOffers: (age) => `See the offers for children of ${age}`,
  schoolGroup: (label) => `Which group or class is ${label} in?`,
  chooseGroup: 'Choose a group or class',
  groupLabel: (g) => (g === 'anders' ? 'Not at school, or other' : g.replace('groep-', 'Group ').replace('klas-', 'Secondary school, year ')),
  remove: 'Remove',
  removeWhich: (n) => ` the ${ordinal(n)} child`,
  addChild: 'Add another child',
  municipality: 'In which municipality do you live?',
  municipalityHint: 'Some trainings are free for residents of a municipality.',
  chooseMunicipality: 'Choose your municipality',
  otherMunicipality: 'Another municipality',
  remarks: 'Anything else the trainer should know? (optional)',
  remarksHint: 'For example if you need help to get into the room. Do not write medical details here.',
  consentBefore: 'I agree to the ',
  consentLink: 'privacy statement (in Dutch)',
  consentAfter: '. We only use your details for this registration.',
  consentHint: (days) => `We delete your details ${days} days after the meeting.`,
  submit: 'Enrol',
  pageTitle: (o) => `Enrol: ${o}`,
  pageDescription: (o) => `Enrol for ${o}.`,
  heading: (o) => `Enrol for ${o}`,
  when: 'When',
  where: 'Where',
  places: 'Places',
  enrolUntil: 'Enrol until',
  firstOf: (n) => ` (the first of ${n} meetings)`,
  online: 'Online. You get the link by email.',
  placesText: (left, capacity) => (left <= 0 ? 'Full. You can join the waiting list.' : `${left} of the ${capacity} ${capacity === 1 ? 'place' : 'places'} available`),
  closed: { closed: 'Registration for this meeting is closed.', past: 'This meeting has already taken place.', cancelled: 'This meeting does not take place.' },
  otherDates: 'See the other dates',
  intake: 'After you enrol, the CJG calls you for a short talk. Together you check whether the training suits your child and your family. Until then we keep a place for you.',
  full: 'This meeting is full. If you enrol, you go on the waiting list. If a place becomes free, you get an email.',
  minute: 'Filling in takes about a minute. You do not need an account.',
  notFoundTitle: 'This meeting does not exist (any more)',
  notFound: 'Maybe the link is old. See which dates there are:',
  allOffers: 'all trainings and webinars',
  sentTitle: 'Check your email',
  sentDescription: 'We have sent you an email about your registration.',
  accepted: 'Thank you. We have sent you an email. It says whether there is a place for you, and how to cancel. No email? Also look in your junk mail (spam).',
  sentWhat: 'What is in the email?',
  sentItems: [
    'Whether there is a place for you, or whether you are on the waiting list. For some trainings we call you first.',
    'Where and when the meeting is, with a calendar file.',
    'A personal link. With it you see how your registration stands, and you can cancel.',
  ],
  sentRepeat: 'Did you enrol before? Then you get a new email with a new link. The link from your earlier email no longer works.',
  sentNoMail: 'No email after 10 minutes? Check whether your email address was right, or',
  contact: 'contact the CJG',
  back: 'Back to all trainings and webinars',
  stamp: {
    missing: 'The form was not sent completely. Check your details and send the form again.',
    invalid: 'The form was not sent completely. Check your details and send the form again.',
    expired: 'The form was open too long. Check your details and send the form again.',
    'too-fast': 'The form was sent very quickly. Check your details and send the form again.',
  },
};

const arStrings: RegistrationStrings = {
  errorTitle: 'هناك مشكلة',
  errorPrefix: 'خطأ: ',
  honeypot: 'اترك هذا الحقل فارغًا',
  name: 'اسمك',
  email: 'بريدك الإلكتروني',
  emailHint: 'نرسل التأكيد إلى هذا العنوان. الرسالة باللغة العربية.',
  phone: 'رقم هاتفك (غير إلزامي)',
  phoneHintIntake: 'عندها نستطيع أن نتصل بك للمحادثة القصيرة. وإلا نرسل لك بريدًا إلكترونيًا.',
  phoneHint: 'فقط إذا احتاج المدرب أن يتصل بك، مثلًا إذا أُلغي اللقاء.',
  participants: 'كم شخصًا سيحضر؟',
  participantsHintParents: `مثلًا 2 إذا حضرت مع شريكك. ${MAX_PARTICIPANTS} على الأكثر.`,
  participantsHint: `${MAX_PARTICIPANTS} على الأكثر.`,
  childrenHint: (max) => `هل تسجّل أكثر من طفل؟ كل طفل يحصل على مكان خاص وبريد إلكتروني خاص. ${max} أطفال على الأكثر في نفس الوقت.`,
  childLegend: (i, count) => (count > 1 ? `الطفل ${i + 1}` : 'عن طفلك'),
  childFirstName: (label) => `${label}: الاسم الأول`,
  childAge: (label) => `${label}: العمر`,
  childAgeHint: (example, ages) => `بالسنوات، مثلًا ${example}.${ages ? ` للأطفال ${ages.min === 0 ? `حتى ${ages.max} سنة` : `من ${ages.min} إلى ${ages.max} سنة`}.` : ''}`,
  otherOffers: (age) => `شاهد العروض للأطفال بعمر ${age} سنة`,
  schoolGroup: (label) => `${label}: في أي مجموعة أو صف؟`,
  chooseGroup: 'اختر مجموعة أو صفًا',
  groupLabel: (g) => (g === 'anders' ? 'ليس في المدرسة أو غير ذلك' : g.replace('groep-', 'المجموعة ').replace('klas-', 'الثانوية، السنة ')),
  remove: 'احذف',
  removeWhich: (n) => ` الطفل ${n}`,
  addChild: 'أضف طفلًا آخر',
  municipality: 'في أي بلدية تسكن؟',
  municipalityHint: 'بعض الدورات مجانية لسكان بلدية معيّنة.',
  chooseMunicipality: 'اختر بلديتك',
  otherMunicipality: 'بلدية أخرى',
  remarks: 'هل تريد أن تخبر المدرب بشيء آخر؟ (غير إلزامي)',
  remarksHint: 'مثلًا إذا كنت تحتاج مساعدة للدخول إلى القاعة. لا تكتب هنا معلومات طبية.',
  consentBefore: 'أوافق على ',
  consentLink: 'بيان الخصوصية (بالهولندية)',
  consentAfter: '. نستخدم معلوماتك لهذا التسجيل فقط.',
  consentHint: (days) => `نحذف معلوماتك بعد ${days} يومًا من اللقاء.`,
  submit: 'سجّل',
  pageTitle: (o) => `التسجيل: ${o}`,
  pageDescription: (o) => `سجّل في ${o}.`,
  heading: (o) => `التسجيل في ${o}`,
  when: 'متى',
  where: 'أين',
  places: 'الأماكن',
  enrolUntil: 'التسجيل ممكن حتى',
  firstOf: (n) => ` (الأول من ${n} لقاءات)`,
  online: 'عبر الإنترنت. تحصل على الرابط بالبريد الإلكتروني.',
  placesText: (left, capacity) => (left <= 0 ? 'ممتلئ. يمكنك التسجيل في قائمة الانتظار.' : `${left} من ${capacity} أماكن متاحة`),
  closed: { closed: 'التسجيل في هذا اللقاء مغلق.', past: 'هذا اللقاء انتهى.', cancelled: 'هذا اللقاء أُلغي.' },
  otherDates: 'شاهد المواعيد الأخرى',
  intake: 'بعد التسجيل يتصل بك CJG لمحادثة قصيرة. تتحققان معًا هل تناسب الدورة طفلك وعائلتك. حتى ذلك الوقت نحجز لك مكانًا.',
  full: 'هذا اللقاء ممتلئ. إذا سجّلت تدخل قائمة الانتظار. إذا أصبح مكان فارغًا تصلك رسالة بالبريد الإلكتروني.',
  minute: 'الملء يأخذ دقيقة تقريبًا. لا تحتاج إلى حساب.',
  notFoundTitle: 'هذا اللقاء غير موجود (بعد الآن)',
  notFound: 'ربما الرابط قديم. شاهد المواعيد المتاحة:',
  allOffers: 'كل الدورات والندوات',
  sentTitle: 'انظر في بريدك الإلكتروني',
  sentDescription: 'أرسلنا لك رسالة عن تسجيلك.',
  accepted: 'شكرًا. أرسلنا لك رسالة بالبريد الإلكتروني. فيها هل يوجد مكان لك، وكيف تلغي التسجيل. لم تصلك رسالة؟ انظر أيضًا في البريد غير المرغوب فيه (spam).',
  sentWhat: 'ماذا في الرسالة؟',
  sentItems: [
    'هل يوجد مكان لك، أو هل أنت في قائمة الانتظار. في بعض الدورات نتصل بك أولًا.',
    'أين ومتى اللقاء، مع ملف للتقويم.',
    'رابط شخصي. به ترى حالة تسجيلك، ويمكنك الإلغاء.',
  ],
  sentRepeat: 'هل سجّلت من قبل؟ عندها تصلك رسالة جديدة برابط جديد. الرابط من رسالتك السابقة لا يعمل بعد ذلك.',
  sentNoMail: 'لم تصلك رسالة بعد 10 دقائق؟ تأكد أن بريدك الإلكتروني كان صحيحًا، أو',
  contact: 'اتصل بـ CJG',
  back: 'العودة إلى كل الدورات والندوات',
  stamp: {
    missing: 'لم يُرسل النموذج كاملًا. تحقق من معلوماتك وأرسل النموذج من جديد.',
    invalid: 'لم يُرسل النموذج كاملًا. تحقق من معلوماتك وأرسل النموذج من جديد.',
    expired: 'بقي النموذج مفتوحًا وقتًا طويلًا. تحقق من معلوماتك وأرسل النموذج من جديد.',
    'too-fast': 'أُرسل النموذج بسرعة كبيرة. تحقق من معلوماتك وأرسل النموذج من جديد.',
  },
};

const trStrings: RegistrationStrings = {
  errorTitle: 'Bir sorun var',
  errorPrefix: 'Hata: ',
  honeypot: 'Bu alanı boş bırakın',
  name: 'Adınız',
  email: 'E-posta adresiniz',
  emailHint: 'Onayı buraya göndeririz. E-posta Türkçedir.',
  phone: 'Telefon numaranız (zorunlu değil)',
  phoneHintIntake: 'O zaman kısa görüşme için sizi arayabiliriz. Yoksa size e-posta göndeririz.',
  phoneHint: 'Sadece eğitmen sizi araması gerekirse, örneğin buluşma iptal olursa.',
  participants: 'Kaç kişi geleceksiniz?',
  participantsHintParents: `Örneğin eşinizle gelirseniz 2. En fazla ${MAX_PARTICIPANTS}.`,
  participantsHint: `En fazla ${MAX_PARTICIPANTS}.`,
  childrenHint: (max) => `Birden fazla çocuk mu kaydediyorsunuz? Her çocuk kendi yerini ve kendi e-postasını alır. Aynı anda en fazla ${max} çocuk.`,
  childLegend: (i, count) => (count > 1 ? `${i + 1}. çocuk` : 'Çocuğunuz hakkında'),
  childFirstName: (label) => `${label}: adı`,
  childAge: (label) => `${label}: yaşı`,
  childAgeHint: (example, ages) => `Yıl olarak, örneğin ${example}.${ages ? ` ${ages.min === 0 ? `${ages.max} yaşına kadar` : `${ages.min}-${ages.max} yaş arası`} çocuklar için.` : ''}`,
  otherOffers: (age) => `${age} yaşındaki çocuklar için programlara bakın`,
  schoolGroup: (label) => `${label}: hangi sınıfta?`,
  chooseGroup: 'Bir sınıf seçin',
  groupLabel: (g) => (g === 'anders' ? 'Okula gitmiyor veya başka' : g.replace('groep-', 'Groep ').replace('klas-', 'Ortaokul, sınıf ')),
  remove: 'Sil',
  removeWhich: (n) => `: ${n}. çocuk`,
  addChild: 'Bir çocuk daha ekle',
  municipality: 'Hangi belediyede oturuyorsunuz?',
  municipalityHint: 'Bazı eğitimler bir belediyede oturanlar için ücretsizdir.',
  chooseMunicipality: 'Belediyenizi seçin',
  otherMunicipality: 'Başka bir belediye',
  remarks: 'Eğitmene söylemek istediğiniz bir şey var mı? (zorunlu değil)',
  remarksHint: 'Örneğin odaya girmek için yardıma ihtiyacınız varsa. Buraya tıbbi bilgi yazmayın.',
  consentBefore: '',
  consentLink: 'Gizlilik bildirimini (Hollandaca)',
  consentAfter: ' kabul ediyorum. Bilgilerinizi sadece bu kayıt için kullanırız.',
  consentHint: (days) => `Bilgilerinizi buluşmadan ${days} gün sonra sileriz.`,
  submit: 'Kayıt ol',
  pageTitle: (o) => `Kayıt: ${o}`,
  pageDescription: (o) => `${o} için kayıt olun.`,
  heading: (o) => `Kayıt: ${o}`,
  when: 'Ne zaman',
  where: 'Nerede',
  places: 'Yer',
  enrolUntil: 'Son kayıt',
  firstOf: (n) => ` (${n} buluşmanın ilki)`,
  online: 'Online. Bağlantıyı e-postayla alırsınız.',
  placesText: (left, capacity) => (left <= 0 ? 'Dolu. Bekleme listesine yazılabilirsiniz.' : `${capacity} yerden ${left} yer boş`),
  closed: { closed: 'Bu buluşma için kayıt kapandı.', past: 'Bu buluşma geçti.', cancelled: 'Bu buluşma iptal edildi.' },
  otherDates: 'Diğer tarihlere bakın',
  intake: 'Kayıttan sonra CJG kısa bir görüşme için sizi arar. Eğitimin çocuğunuza ve ailenize uyup uymadığına birlikte bakarsınız. O zamana kadar sizin için bir yer ayırırız.',
  full: 'Bu buluşma dolu. Kayıt olursanız bekleme listesine girersiniz. Bir yer boşalırsa e-posta alırsınız.',
  minute: 'Doldurmak yaklaşık bir dakika sürer. Hesaba ihtiyacınız yok.',
  notFoundTitle: 'Bu buluşma (artık) yok',
  notFound: 'Belki bağlantı eski. Hangi tarihler olduğuna bakın:',
  allOffers: 'tüm eğitimler ve seminerler',
  sentTitle: 'E-postanıza bakın',
  sentDescription: 'Kaydınız hakkında size bir e-posta gönderdik.',
  accepted: 'Teşekkürler. Size bir e-posta gönderdik. Orada sizin için yer olup olmadığı ve nasıl iptal edeceğiniz yazıyor. E-posta gelmedi mi? İstenmeyen e-postalara (spam) da bakın.',
  sentWhat: 'E-postada ne var?',
  sentItems: [
    'Sizin için yer olup olmadığı veya bekleme listesinde olup olmadığınız. Bazı eğitimlerde önce sizi ararız.',
    'Buluşmanın nerede ve ne zaman olduğu, bir takvim dosyasıyla.',
    'Kişisel bir bağlantı. Onunla kaydınızın durumunu görür ve iptal edebilirsiniz.',
  ],
  sentRepeat: 'Daha önce kayıt oldunuz mu? O zaman yeni bir bağlantıyla yeni bir e-posta alırsınız. Önceki e-postadaki bağlantı artık çalışmaz.',
  sentNoMail: '10 dakika sonra hâlâ e-posta yok mu? E-posta adresinizin doğru olup olmadığına bakın veya',
  contact: 'CJG ile iletişime geçin',
  back: 'Tüm eğitimlere ve seminerlere dön',
  stamp: {
    missing: 'Form tam gönderilmedi. Bilgilerinizi kontrol edin ve formu yeniden gönderin.',
    invalid: 'Form tam gönderilmedi. Bilgilerinizi kontrol edin ve formu yeniden gönderin.',
    expired: 'Form çok uzun süre açık kaldı. Bilgilerinizi kontrol edin ve formu yeniden gönderin.',
    'too-fast': 'Form çok hızlı gönderildi. Bilgilerinizi kontrol edin ve formu yeniden gönderin.',
  },
};

const plStrings: RegistrationStrings = {
  errorTitle: 'Wystąpił problem',
  errorPrefix: 'Błąd: ',
  honeypot: 'Zostaw to pole puste',
  name: 'Imię i nazwisko',
  email: 'Twój adres e-mail',
  emailHint: 'Tutaj wyślemy potwierdzenie. E-mail będzie po polsku.',
  phone: 'Twój numer telefonu (nieobowiązkowo)',
  phoneHintIntake: 'Wtedy możemy zadzwonić na krótką rozmowę. Inaczej napiszemy e-mail.',
  phoneHint: 'Tylko jeśli prowadzący musi do Ciebie zadzwonić, na przykład gdy spotkanie się nie odbędzie.',
  participants: 'Ile osób przyjdzie?',
  participantsHintParents: `Na przykład 2, jeśli przyjdziesz z partnerem. Najwyżej ${MAX_PARTICIPANTS}.`,
  participantsHint: `Najwyżej ${MAX_PARTICIPANTS}.`,
  childrenHint: (max) => `Zapisujesz więcej dzieci? Każde dziecko dostaje własne miejsce i własny e-mail. Najwyżej ${max} dzieci naraz.`,
  childLegend: (i, count) => (count > 1 ? `Dziecko ${i + 1}` : 'O Twoim dziecku'),
  childFirstName: (label) => `${label}: imię`,
  childAge: (label) => `${label}: wiek`,
  childAgeHint: (example, ages) => `W latach, na przykład ${example}.${ages ? ` Dla dzieci ${ages.min === 0 ? `do ${ages.max} lat` : `w wieku od ${ages.min} do ${ages.max} lat`}.` : ''}`,
  otherOffers: (age) => `Zobacz ofertę dla dzieci w wieku ${age} lat`,
  schoolGroup: (label) => `${label}: która grupa lub klasa?`,
  chooseGroup: 'Wybierz grupę lub klasę',
  groupLabel: (g) => (g === 'anders' ? 'Nie chodzi do szkoły lub inaczej' : g.replace('groep-', 'Groep ').replace('klas-', 'Szkoła średnia, klasa ')),
  remove: 'Usuń',
  removeWhich: (n) => `: dziecko ${n}`,
  addChild: 'Dodaj kolejne dziecko',
  municipality: 'W jakiej gminie mieszkasz?',
  municipalityHint: 'Niektóre szkolenia są bezpłatne dla mieszkańców gminy.',
  chooseMunicipality: 'Wybierz gminę',
  otherMunicipality: 'Inna gmina',
  remarks: 'Chcesz coś przekazać prowadzącemu? (nieobowiązkowo)',
  remarksHint: 'Na przykład jeśli potrzebujesz pomocy, żeby wejść do sali. Nie pisz tu danych medycznych.',
  consentBefore: 'Akceptuję ',
  consentLink: 'oświadczenie o prywatności (po niderlandzku)',
  consentAfter: '. Używamy Twoich danych tylko do tego zapisu.',
  consentHint: (days) => `Usuwamy Twoje dane ${days} dni po spotkaniu.`,
  submit: 'Zapisz się',
  pageTitle: (o) => `Zapisy: ${o}`,
  pageDescription: (o) => `Zapisz się na ${o}.`,
  heading: (o) => `Zapisz się: ${o}`,
  when: 'Kiedy',
  where: 'Gdzie',
  places: 'Miejsca',
  enrolUntil: 'Zapisy do',
  firstOf: (n) => ` (pierwsze z ${n} spotkań)`,
  online: 'Online. Link dostaniesz e-mailem.',
  placesText: (left, capacity) => (left <= 0 ? 'Brak miejsc. Możesz zapisać się na listę rezerwową.' : `Wolne miejsca: ${left} z ${capacity}`),
  closed: { closed: 'Zapisy na to spotkanie są zamknięte.', past: 'To spotkanie już się odbyło.', cancelled: 'To spotkanie się nie odbędzie.' },
  otherDates: 'Zobacz inne terminy',
  intake: 'Po zapisaniu się CJG zadzwoni do Ciebie na krótką rozmowę. Razem sprawdzicie, czy szkolenie pasuje do Twojego dziecka i rodziny. Do tego czasu trzymamy dla Ciebie miejsce.',
  full: 'To spotkanie jest pełne. Jeśli się zapiszesz, trafisz na listę rezerwową. Gdy zwolni się miejsce, dostaniesz e-mail.',
  minute: 'Wypełnienie trwa około minuty. Nie potrzebujesz konta.',
  notFoundTitle: 'To spotkanie nie istnieje (już)',
  notFound: 'Może link jest stary. Zobacz, jakie są terminy:',
  allOffers: 'wszystkie szkolenia i webinary',
  sentTitle: 'Sprawdź swój e-mail',
  sentDescription: 'Wysłaliśmy Ci e-mail o Twoim zapisie.',
  accepted: 'Dziękujemy. Wysłaliśmy Ci e-mail. Jest w nim informacja, czy jest dla Ciebie miejsce, i jak odwołać zapis. Nie ma e-maila? Sprawdź też folder spam.',
  sentWhat: 'Co jest w e-mailu?',
  sentItems: [
    'Czy jest dla Ciebie miejsce, czy jesteś na liście rezerwowej. Przy niektórych szkoleniach najpierw dzwonimy.',
    'Gdzie i kiedy jest spotkanie, z plikiem do kalendarza.',
    'Osobisty link. Widzisz w nim stan zapisu i możesz go odwołać.',
  ],
  sentRepeat: 'Zapisałeś się już wcześniej? Wtedy dostaniesz nowy e-mail z nowym linkiem. Link z wcześniejszego e-maila przestaje działać.',
  sentNoMail: 'Po 10 minutach nadal nie ma e-maila? Sprawdź, czy adres e-mail był poprawny, albo',
  contact: 'skontaktuj się z CJG',
  back: 'Wróć do wszystkich szkoleń i webinarów',
  stamp: {
    missing: 'Formularz nie został wysłany w całości. Sprawdź dane i wyślij formularz ponownie.',
    invalid: 'Formularz nie został wysłany w całości. Sprawdź dane i wyślij formularz ponownie.',
    expired: 'Formularz był otwarty zbyt długo. Sprawdź dane i wyślij formularz ponownie.',
    'too-fast': 'Formularz został wysłany bardzo szybko. Sprawdź dane i wyślij formularz ponownie.',
  },
};

const ukStrings: RegistrationStrings = {
  errorTitle: 'Є проблема',
  errorPrefix: 'Помилка: ',
  honeypot: 'Залиште це поле порожнім',
  name: 'Ваше ім’я',
  email: 'Ваша електронна адреса',
  emailHint: 'Сюди ми надішлемо підтвердження. Лист буде українською.',
  phone: 'Ваш номер телефону (необов’язково)',
  phoneHintIntake: 'Тоді ми зможемо зателефонувати вам для короткої розмови. Інакше напишемо лист.',
  phoneHint: 'Лише якщо тренеру потрібно вам зателефонувати, наприклад коли зустріч скасовано.',
  participants: 'Скільки осіб прийде?',
  participantsHintParents: `Наприклад 2, якщо прийдете з партнером. Щонайбільше ${MAX_PARTICIPANTS}.`,
  participantsHint: `Щонайбільше ${MAX_PARTICIPANTS}.`,
  childrenHint: (max) => `Записуєте кількох дітей? Кожна дитина отримує своє місце і свій лист. Щонайбільше ${max} дітей одночасно.`,
  childLegend: (i, count) => (count > 1 ? `Дитина ${i + 1}` : 'Про вашу дитину'),
  childFirstName: (label) => `${label}: ім’я`,
  childAge: (label) => `${label}: вік`,
  childAgeHint: (example, ages) => `У роках, наприклад ${example}.${ages ? ` Для дітей ${ages.min === 0 ? `до ${ages.max} років` : `віком від ${ages.min} до ${ages.max} років`}.` : ''}`,
  otherOffers: (age) => `Переглянути пропозиції для дітей ${age} років`,
  schoolGroup: (label) => `${label}: яка група або клас?`,
  chooseGroup: 'Оберіть групу або клас',
  groupLabel: (g) => (g === 'anders' ? 'Не ходить до школи або інше' : g.replace('groep-', 'Groep ').replace('klas-', 'Середня школа, клас ')),
  remove: 'Видалити',
  removeWhich: (n) => `: дитина ${n}`,
  addChild: 'Додати ще одну дитину',
  municipality: 'У якій громаді (gemeente) ви живете?',
  municipalityHint: 'Деякі тренінги безкоштовні для мешканців громади.',
  chooseMunicipality: 'Оберіть громаду',
  otherMunicipality: 'Інша громада',
  remarks: 'Хочете щось повідомити тренеру? (необов’язково)',
  remarksHint: 'Наприклад, якщо вам потрібна допомога, щоб зайти до приміщення. Не пишіть тут медичних даних.',
  consentBefore: 'Я погоджуюся з ',
  consentLink: 'положенням про конфіденційність (нідерландською)',
  consentAfter: '. Ми використовуємо ваші дані лише для цього запису.',
  consentHint: (days) => `Ми видаляємо ваші дані через ${days} днів після зустрічі.`,
  submit: 'Записатися',
  pageTitle: (o) => `Запис: ${o}`,
  pageDescription: (o) => `Запишіться на ${o}.`,
  heading: (o) => `Запис: ${o}`,
  when: 'Коли',
  where: 'Де',
  places: 'Місця',
  enrolUntil: 'Запис до',
  firstOf: (n) => ` (перша з ${n} зустрічей)`,
  online: 'Онлайн. Посилання ви отримаєте листом.',
  placesText: (left, capacity) => (left <= 0 ? 'Місць немає. Можна записатися в список очікування.' : `Вільно ${left} з ${capacity} місць`),
  closed: { closed: 'Запис на цю зустріч закрито.', past: 'Ця зустріч уже відбулася.', cancelled: 'Ця зустріч не відбудеться.' },
  otherDates: 'Переглянути інші дати',
  intake: 'Після запису CJG зателефонує вам для короткої розмови. Разом ви подивитеся, чи підходить тренінг вашій дитині та родині. До того ми тримаємо для вас місце.',
  full: 'Ця зустріч заповнена. Якщо ви запишетеся, то потрапите до списку очікування. Коли звільниться місце, ви отримаєте лист.',
  minute: 'Заповнення займає приблизно хвилину. Обліковий запис не потрібен.',
  notFoundTitle: 'Цієї зустрічі (вже) немає',
  notFound: 'Можливо, посилання застаріле. Перегляньте, які є дати:',
  allOffers: 'усі тренінги та вебінари',
  sentTitle: 'Перевірте свою пошту',
  sentDescription: 'Ми надіслали вам лист про ваш запис.',
  accepted: 'Дякуємо. Ми надіслали вам лист. У ньому сказано, чи є для вас місце і як скасувати запис. Немає листа? Перевірте також папку «Спам».',
  sentWhat: 'Що є в листі?',
  sentItems: [
    'Чи є для вас місце, чи ви в списку очікування. На деякі тренінги ми спершу телефонуємо.',
    'Де і коли зустріч, з файлом для календаря.',
    'Особисте посилання. З ним ви бачите стан запису і можете його скасувати.',
  ],
  sentRepeat: 'Ви вже записувалися раніше? Тоді ви отримаєте новий лист з новим посиланням. Посилання з попереднього листа більше не працює.',
  sentNoMail: 'Через 10 хвилин листа немає? Перевірте, чи правильна електронна адреса, або',
  contact: 'зверніться до CJG',
  back: 'Назад до всіх тренінгів і вебінарів',
  stamp: {
    missing: 'Форму надіслано не повністю. Перевірте дані й надішліть форму ще раз.',
    invalid: 'Форму надіслано не повністю. Перевірте дані й надішліть форму ще раз.',
    expired: 'Форма була відкрита задовго. Перевірте дані й надішліть форму ще раз.',
    'too-fast': 'Форму надіслано дуже швидко. Перевірте дані й надішліть форму ще раз.',
  },
};

/** The form's and pages' words per language, Dutch included: one form component and one set of pages for all. */
export const registrationStrings: Record<Locale, RegistrationStrings> = { nl: nlStrings, en: enStrings, ar: arStrings, tr: trStrings, pl: plStrings, uk: ukStrings };

/** The personal link's page (`/inschrijven/annuleren/` and `/<l>/inschrijven/annuleren/`): how it stands, and cancelling. */
export interface CancelStrings {
  title: string;
  description: string;
  failed: string;
  wrongLink: string;
  wrongLinkText: string;
  contact: string;
  cancelledHeading: string;
  cancelledText: (what: string | undefined) => string;
  mailToo: string;
  again: [string, string, string];
  headings: { confirmed: (child?: string) => string; pending: (child?: string) => string; waitlisted: (child?: string) => string; cancelled: string; declined: string };
  leads: { confirmed: string; pending: string; waitlisted: string };
  what: string;
  child: string;
  years: (n: number) => string;
  when: string;
  where: string;
  participants: string;
  calendar: string;
  question: string;
  leaveList: string;
  toWaiting: string;
  freed: string;
  confirm: string;
  keep: string;
}

export const cancelStrings: Record<Locale, CancelStrings> = {
  nl: {
    title: 'Inschrijving annuleren',
    description: 'Annuleer je inschrijving voor een training of webinar.',
    failed: 'Dat lukte niet',
    wrongLink: 'Deze annuleerlink klopt niet',
    wrongLinkText: 'Misschien is de link niet compleet, of is de bijeenkomst al lang geleden. Wil je annuleren?',
    contact: 'Neem contact op met het CJG',
    cancelledHeading: 'Je inschrijving is geannuleerd',
    cancelledText: (what) => `Je bent uitgeschreven${what ? ` voor ${what}` : ''}.`,
    mailToo: 'Je krijgt hierover ook een e-mail.',
    again: ['Toch weer meedoen? ', 'Schrijf je opnieuw in', ', zolang er plek is.'],
    headings: {
      confirmed: (c) => (c ? `${c} is ingeschreven` : 'Je bent ingeschreven'),
      pending: (c) => (c ? `${c} is aangemeld` : 'Je bent aangemeld'),
      waitlisted: (c) => (c ? `${c} staat op de wachtlijst` : 'Je staat op de wachtlijst'),
      cancelled: 'Je inschrijving is geannuleerd',
      declined: 'Je inschrijving is stopgezet',
    },
    leads: {
      confirmed: 'Er is een plek. Hieronder zie je wanneer en waar.',
      pending: 'We bellen je om te kijken of de training past. Tot dan houden we een plek vrij.',
      waitlisted: 'De bijeenkomst is vol. Komt er een plek vrij, dan krijg je een e-mail.',
    },
    what: 'Wat', child: 'Kind', years: (n) => `${n} jaar`, when: 'Wanneer', where: 'Waar', participants: 'Aantal personen',
    calendar: 'Zet in je agenda',
    question: 'Wil je je inschrijving annuleren?',
    leaveList: 'Je gaat dan van de wachtlijst af.',
    toWaiting: 'Je plek gaat dan naar de eerste op de wachtlijst.',
    freed: 'Je plek komt dan vrij voor iemand anders.',
    confirm: 'Ja, annuleer mijn inschrijving',
    keep: 'Nee, ik kom wel',
  },
  en: {
    title: 'Cancel your registration',
    description: 'Cancel your registration for a training or webinar.',
    failed: 'That did not work',
    wrongLink: 'This cancel link is not right',
    wrongLinkText: 'Maybe the link is not complete, or the meeting was long ago. Do you want to cancel?',
    contact: 'Contact the CJG',
    cancelledHeading: 'Your registration has been cancelled',
    cancelledText: (what) => `You are no longer enrolled${what ? ` for ${what}` : ''}.`,
    mailToo: 'You also get an email about this.',
    again: ['Want to take part after all? ', 'Enrol again', ', as long as there is a place.'],
    headings: {
      confirmed: (c) => (c ? `${c} is enrolled` : 'You are enrolled'),
      pending: (c) => (c ? `${c} is registered` : 'You are registered'),
      waitlisted: (c) => (c ? `${c} is on the waiting list` : 'You are on the waiting list'),
      cancelled: 'Your registration has been cancelled',
      declined: 'Your registration has been stopped',
    },
    leads: {
      confirmed: 'There is a place. Below you see when and where.',
      pending: 'We will call you to check whether the training suits you. Until then we keep a place.',
      waitlisted: 'The meeting is full. If a place becomes free, you get an email.',
    },
    what: 'What', child: 'Child', years: (n) => `${n} years`, when: 'When', where: 'Where', participants: 'Number of people',
    calendar: 'Add to your calendar',
    question: 'Do you want to cancel your registration?',
    leaveList: 'You then leave the waiting list.',
    toWaiting: 'Your place then goes to the first person on the waiting list.',
    freed: 'Your place then becomes free for someone else.',
    confirm: 'Yes, cancel my registration',
    keep: 'No, I will come',
  },
  ar: {
    title: 'إلغاء التسجيل',
    description: 'ألغِ تسجيلك في دورة أو ندوة.',
    failed: 'لم ينجح ذلك',
    wrongLink: 'رابط الإلغاء هذا غير صحيح',
    wrongLinkText: 'ربما الرابط غير كامل، أو اللقاء كان منذ وقت طويل. هل تريد الإلغاء؟',
    contact: 'اتصل بـ CJG',
    cancelledHeading: 'تم إلغاء تسجيلك',
    cancelledText: (what) => `لم تعد مسجّلًا${what ? ` في ${what}` : ''}.`,
    mailToo: 'تصلك أيضًا رسالة عن ذلك.',
    again: ['تريد المشاركة من جديد؟ ', 'سجّل من جديد', '، ما دام هناك مكان.'],
    headings: {
      confirmed: (c) => (c ? `${c} مسجّل` : 'أنت مسجّل'),
      pending: (c) => (c ? `تم تسجيل طلب ${c}` : 'تم تسجيل طلبك'),
      waitlisted: (c) => (c ? `${c} في قائمة الانتظار` : 'أنت في قائمة الانتظار'),
      cancelled: 'تم إلغاء تسجيلك',
      declined: 'تم إيقاف تسجيلك',
    },
    leads: {
      confirmed: 'يوجد مكان. في الأسفل ترى متى وأين.',
      pending: 'سنتصل بك لنتحقق هل تناسبك الدورة. حتى ذلك الوقت نحجز لك مكانًا.',
      waitlisted: 'اللقاء ممتلئ. إذا أصبح مكان فارغًا تصلك رسالة.',
    },
    what: 'ماذا', child: 'الطفل', years: (n) => `${n} سنة`, when: 'متى', where: 'أين', participants: 'عدد الأشخاص',
    calendar: 'أضف إلى التقويم',
    question: 'هل تريد إلغاء تسجيلك؟',
    leaveList: 'عندها تخرج من قائمة الانتظار.',
    toWaiting: 'عندها يذهب مكانك إلى أول شخص في قائمة الانتظار.',
    freed: 'عندها يصبح مكانك متاحًا لشخص آخر.',
    confirm: 'نعم، ألغِ تسجيلي',
    keep: 'لا، سأحضر',
  },
  tr: {
    title: 'Kaydı iptal et',
    description: 'Bir eğitim veya seminer kaydınızı iptal edin.',
    failed: 'Bu olmadı',
    wrongLink: 'Bu iptal bağlantısı doğru değil',
    wrongLinkText: 'Belki bağlantı eksik veya buluşma çok önceydi. İptal etmek mi istiyorsunuz?',
    contact: 'CJG ile iletişime geçin',
    cancelledHeading: 'Kaydınız iptal edildi',
    cancelledText: (what) => `${what ? `${what} için ` : ''}kaydınız silindi.`,
    mailToo: 'Bununla ilgili bir e-posta da alırsınız.',
    again: ['Yine de katılmak mı istiyorsunuz? ', 'Yeniden kayıt olun', ', yer olduğu sürece.'],
    headings: {
      confirmed: (c) => (c ? `${c} kayıtlı` : 'Kaydınız yapıldı'),
      pending: (c) => (c ? `${c} için başvuru alındı` : 'Başvurunuz alındı'),
      waitlisted: (c) => (c ? `${c} bekleme listesinde` : 'Bekleme listesindesiniz'),
      cancelled: 'Kaydınız iptal edildi',
      declined: 'Kaydınız durduruldu',
    },
    leads: {
      confirmed: 'Bir yer var. Ne zaman ve nerede olduğunu aşağıda görürsünüz.',
      pending: 'Eğitimin uyup uymadığına bakmak için sizi arayacağız. O zamana kadar bir yer ayırırız.',
      waitlisted: 'Buluşma dolu. Bir yer boşalırsa e-posta alırsınız.',
    },
    what: 'Ne', child: 'Çocuk', years: (n) => `${n} yaş`, when: 'Ne zaman', where: 'Nerede', participants: 'Kişi sayısı',
    calendar: 'Takviminize ekleyin',
    question: 'Kaydınızı iptal etmek istiyor musunuz?',
    leaveList: 'O zaman bekleme listesinden çıkarsınız.',
    toWaiting: 'Yeriniz o zaman bekleme listesindeki ilk kişiye gider.',
    freed: 'Yeriniz o zaman başka biri için boşalır.',
    confirm: 'Evet, kaydımı iptal et',
    keep: 'Hayır, geleceğim',
  },
  pl: {
    title: 'Odwołaj zapis',
    description: 'Odwołaj swój zapis na szkolenie lub webinar.',
    failed: 'Nie udało się',
    wrongLink: 'Ten link do odwołania jest nieprawidłowy',
    wrongLinkText: 'Może link jest niepełny albo spotkanie było dawno temu. Chcesz odwołać zapis?',
    contact: 'Skontaktuj się z CJG',
    cancelledHeading: 'Twój zapis został odwołany',
    cancelledText: (what) => `Nie jesteś już zapisany${what ? ` na ${what}` : ''}.`,
    mailToo: 'Dostaniesz też o tym e-mail.',
    again: ['Chcesz jednak wziąć udział? ', 'Zapisz się ponownie', ', dopóki są miejsca.'],
    headings: {
      confirmed: (c) => (c ? `${c}: zapis potwierdzony` : 'Jesteś zapisany'),
      pending: (c) => (c ? `${c}: zgłoszenie przyjęte` : 'Zgłoszenie przyjęte'),
      waitlisted: (c) => (c ? `${c}: lista rezerwowa` : 'Jesteś na liście rezerwowej'),
      cancelled: 'Twój zapis został odwołany',
      declined: 'Twój zapis został zatrzymany',
    },
    leads: {
      confirmed: 'Jest miejsce. Poniżej widzisz, kiedy i gdzie.',
      pending: 'Zadzwonimy, żeby sprawdzić, czy szkolenie pasuje. Do tego czasu trzymamy miejsce.',
      waitlisted: 'Spotkanie jest pełne. Gdy zwolni się miejsce, dostaniesz e-mail.',
    },
    what: 'Co', child: 'Dziecko', years: (n) => `${n} lat`, when: 'Kiedy', where: 'Gdzie', participants: 'Liczba osób',
    calendar: 'Dodaj do kalendarza',
    question: 'Chcesz odwołać zapis?',
    leaveList: 'Wtedy wypadasz z listy rezerwowej.',
    toWaiting: 'Twoje miejsce dostanie wtedy pierwsza osoba z listy rezerwowej.',
    freed: 'Twoje miejsce zwolni się wtedy dla kogoś innego.',
    confirm: 'Tak, odwołaj mój zapis',
    keep: 'Nie, przyjdę',
  },
  uk: {
    title: 'Скасувати запис',
    description: 'Скасуйте свій запис на тренінг або вебінар.',
    failed: 'Не вдалося',
    wrongLink: 'Це посилання для скасування неправильне',
    wrongLinkText: 'Можливо, посилання неповне або зустріч була давно. Хочете скасувати запис?',
    contact: 'Зверніться до CJG',
    cancelledHeading: 'Ваш запис скасовано',
    cancelledText: (what) => `Ви більше не записані${what ? ` на ${what}` : ''}.`,
    mailToo: 'Ви також отримаєте про це лист.',
    again: ['Все ж хочете взяти участь? ', 'Запишіться знову', ', поки є місця.'],
    headings: {
      confirmed: (c) => (c ? `${c}: запис підтверджено` : 'Вас записано'),
      pending: (c) => (c ? `${c}: заявку прийнято` : 'Заявку прийнято'),
      waitlisted: (c) => (c ? `${c}: у списку очікування` : 'Ви в списку очікування'),
      cancelled: 'Ваш запис скасовано',
      declined: 'Ваш запис зупинено',
    },
    leads: {
      confirmed: 'Місце є. Нижче ви бачите, коли і де.',
      pending: 'Ми зателефонуємо, щоб перевірити, чи підходить тренінг. До того ми тримаємо місце.',
      waitlisted: 'Зустріч заповнена. Коли звільниться місце, ви отримаєте лист.',
    },
    what: 'Що', child: 'Дитина', years: (n) => `${n} років`, when: 'Коли', where: 'Де', participants: 'Кількість осіб',
    calendar: 'Додати до календаря',
    question: 'Хочете скасувати запис?',
    leaveList: 'Тоді ви вийдете зі списку очікування.',
    toWaiting: 'Тоді ваше місце отримає перша людина зі списку очікування.',
    freed: 'Тоді ваше місце звільниться для когось іншого.',
    confirm: 'Так, скасувати мій запис',
    keep: 'Ні, я прийду',
  },
};
