/**
 * The words of the site's frame in every language (issue 18): header, menu, footer, breadcrumb, language
 * switcher, quick exit, sample-data marker, helpline cards and the urgent numbers. One dictionary per locale;
 * each `satisfies SiteStrings`, so a missing or misspelt key fails `astro check`.
 *
 * Dutch is the source: its texts are the ones the Dutch pages always had (the urgent numbers from
 * src/utils/site.ts). Write every language plainly (B1: short sentences, everyday words).
 * Numbers, phone numbers and addresses are never part of a translation: they come from the Dutch data.
 */
import type { Locale } from './locales';
import type { UrgentNumberId } from '../schemas/help-topic';
import { channelKinds } from '../schemas/helpline';
import { urgentNumbers } from '../utils/site';

export type NavKey = 'ouders' | 'jongeren' | 'aanbod' | 'agenda' | 'professionals' | 'over' | 'contact';
export type FooterLinkKey = 'agenda' | 'themas' | 'artikelen' | 'hulp' | 'partners' | 'locaties' | 'klachten' | 'privacy' | 'toegankelijkheid';
type ChannelKind = (typeof channelKinds)[number];

export interface SiteStrings {
  skipLink: string;
  org: string;
  menu: string;
  mainMenu: string;
  nav: Record<NavKey, string>;
  /** After a link to a page that exists in Dutch only. */
  inDutch: string;
  breadcrumb: string;
  home: string;
  /** aria-label of the language switcher: not just "Taal", which is also the catalogue's language filter. */
  languages: string;
  footer: {
    urgent: string;
    contact: string;
    call: string;
    mail: string;
    askAnonymously: string;
    more: string;
    links: Record<FooterLinkKey, string>;
    small: string;
  };
  /** What each urgent number is for (the numbers themselves: src/utils/site.ts). */
  urgent: Record<UrgentNumberId, string>;
  /** The CJG's opening hours (sample data, as contact.hours). */
  hours: string;
  quickExit: { region: string; label: string; hint: string; esc: string; hintEnd: string; traces: string };
  sampleData: { label: string; filled: (what: string) => string; generic: string };
  helpline: { features: string; anonymous: string; free: string; urgent: string; for: string; channels: Record<ChannelKind, string> };
  /** Marks a text shown in Dutch because it is not translated yet. */
  dutchText: string;
}

const nl = {
  skipLink: 'Naar de inhoud',
  org: 'CJG Haarlem en Zandvoort',
  menu: 'Menu',
  mainMenu: 'Hoofdmenu',
  nav: { ouders: 'Ouders', jongeren: 'Jongeren', aanbod: 'Trainingen en webinars', agenda: 'Agenda', professionals: 'Professionals', over: 'Over het CJG', contact: 'Contact' },
  inDutch: '',
  breadcrumb: 'Kruimelpad',
  home: 'Home',
  languages: 'Kies een taal',
  footer: {
    urgent: 'Direct hulp nodig?',
    contact: 'Contact met het CJG',
    call: 'Bel',
    mail: 'Mail',
    askAnonymously: 'Stel je vraag anoniem',
    more: 'Meer',
    links: {
      agenda: 'Agenda: alle data per maand', themas: "Thema's", artikelen: 'Alle artikelen', hulp: 'Hulp en advies: alle plekken', partners: 'Jeugdpartners',
      locaties: 'Locaties', klachten: 'Klachten', privacy: 'Privacy', toegankelijkheid: 'Toegankelijkheid',
    },
    small: "Samen Opgroeien is de website van het Centrum voor Jeugd en Gezin Haarlem en Zandvoort en zijn jeugdpartners. De openbare pagina's gebruiken geen cookies en volgen je niet.",
  },
  urgent: Object.fromEntries(urgentNumbers.map((n) => [n.id, n.label])) as Record<UrgentNumberId, string>,
  hours: 'maandag tot en met vrijdag van 9.00 tot 17.00 uur',
  quickExit: { region: 'Snel weg', label: 'Snel weg', hint: 'Klik op', esc: 'of druk op', hintEnd: 'en je ziet meteen een andere website.', traces: 'Zo wis je je sporen' },
  sampleData: { label: 'Voorbeeldgegevens:', filled: (what: string) => `${what} vult het CJG in voor de lancering.`, generic: 'het CJG vult dit in voor de lancering.' },
  helpline: {
    features: 'Kenmerken', anonymous: 'Anoniem', free: 'Gratis', urgent: 'Bij spoed', for: 'Voor:',
    channels: { telefoon: 'Bellen', chat: 'Chatten', whatsapp: 'WhatsApp', inloop: 'Binnenlopen', website: 'Website', email: 'Mailen', sms: 'Sms' },
  },
  dutchText: 'In het Nederlands',
} satisfies SiteStrings;

const en = {
  skipLink: 'Skip to content',
  org: 'CJG Haarlem and Zandvoort',
  menu: 'Menu',
  mainMenu: 'Main menu',
  nav: { ouders: 'Parents', jongeren: 'Young people', aanbod: 'Trainings and webinars', agenda: 'Calendar', professionals: 'Professionals', over: 'About the CJG', contact: 'Contact' },
  inDutch: '(in Dutch)',
  breadcrumb: 'Breadcrumb',
  home: 'Home',
  languages: 'Choose a language',
  footer: {
    urgent: 'Need help now?',
    contact: 'Contact the CJG',
    call: 'Call',
    mail: 'Email',
    askAnonymously: 'Ask your question anonymously',
    more: 'More',
    links: {
      agenda: 'Calendar: all dates by month', themas: 'Themes', artikelen: 'All articles', hulp: 'Help and advice: all places', partners: 'Youth partners',
      locaties: 'Locations', klachten: 'Complaints', privacy: 'Privacy', toegankelijkheid: 'Accessibility',
    },
    small: 'Samen Opgroeien is the website of the Centre for Youth and Family (CJG) Haarlem and Zandvoort and its youth partners. The public pages use no cookies and do not track you.',
  },
  urgent: {
    '112': 'in an emergency: when there is danger right now',
    '113': 'or 0800-0113, if you are thinking about suicide (free, anonymous, day and night)',
    'veilig-thuis': 'Veilig Thuis (Safe at Home): for domestic violence or child abuse (free, day and night)',
    kindertelefoon: 'De Kindertelefoon (the children’s helpline), for children and young people up to 18 (free, anonymous)',
  },
  hours: 'Monday to Friday, 9 am to 5 pm',
  quickExit: { region: 'Quick exit', label: 'Quick exit', hint: 'Click', esc: 'or press', hintEnd: 'and you see another website at once.', traces: 'How to hide your visit' },
  sampleData: { label: 'Sample data:', filled: (what: string) => `${what}: the CJG fills this in before the launch.`, generic: 'the CJG fills this in before the launch.' },
  helpline: {
    features: 'Features', anonymous: 'Anonymous', free: 'Free', urgent: 'In an emergency', for: 'For:',
    channels: { telefoon: 'Call', chat: 'Chat', whatsapp: 'WhatsApp', inloop: 'Walk in', website: 'Website', email: 'Email', sms: 'Text message' },
  },
  dutchText: 'In Dutch',
} satisfies SiteStrings;

const ar = {
  skipLink: 'انتقل إلى المحتوى',
  org: 'CJG هارلم وزاندفورت',
  menu: 'القائمة',
  mainMenu: 'القائمة الرئيسية',
  nav: { ouders: 'الأهل', jongeren: 'الشباب', aanbod: 'الدورات والندوات', agenda: 'المواعيد', professionals: 'المهنيون', over: 'عن CJG', contact: 'اتصل بنا' },
  inDutch: '(بالهولندية)',
  breadcrumb: 'مسار التنقل',
  home: 'الرئيسية',
  languages: 'اختر لغة',
  footer: {
    urgent: 'هل تحتاج إلى مساعدة الآن؟',
    contact: 'تواصل مع CJG',
    call: 'اتصل على',
    mail: 'راسلنا على',
    askAnonymously: 'اطرح سؤالك دون ذكر اسمك',
    more: 'المزيد',
    links: {
      agenda: 'المواعيد: كل التواريخ حسب الشهر', themas: 'المواضيع', artikelen: 'كل المقالات', hulp: 'المساعدة والنصيحة', partners: 'شركاء الشباب',
      locaties: 'الأماكن', klachten: 'الشكاوى', privacy: 'الخصوصية', toegankelijkheid: 'سهولة الاستخدام',
    },
    small: 'Samen Opgroeien هو موقع مركز الشباب والعائلة (CJG) في هارلم وزاندفورت وشركائه. الصفحات العامة لا تستخدم ملفات تعريف الارتباط (cookies) ولا تتتبعك.',
  },
  urgent: {
    '112': 'عند وجود خطر مباشر',
    '113': 'أو 0800-0113 إذا كنت تفكر في الانتحار (مجاني، دون ذكر اسمك، ليلًا ونهارًا)',
    'veilig-thuis': 'Veilig Thuis: عند العنف في البيت أو إساءة معاملة طفل (مجاني، ليلًا ونهارًا)',
    kindertelefoon: 'De Kindertelefoon: هاتف للأطفال والشباب حتى 18 سنة (مجاني، دون ذكر اسمك)',
  },
  hours: 'من الاثنين إلى الجمعة، من الساعة 9 صباحًا إلى 5 مساءً',
  quickExit: { region: 'خروج سريع', label: 'خروج سريع', hint: 'اضغط على', esc: 'أو على زر', hintEnd: 'فيظهر موقع آخر فورًا.', traces: 'كيف تمحو آثار زيارتك' },
  sampleData: { label: 'بيانات تجريبية:', filled: (what: string) => `${what}: يكتبها CJG قبل إطلاق الموقع.`, generic: 'يكتبها CJG قبل إطلاق الموقع.' },
  helpline: {
    features: 'الخصائص', anonymous: 'دون ذكر اسمك', free: 'مجاني', urgent: 'في حالة الطوارئ', for: 'لمن:',
    channels: { telefoon: 'اتصال', chat: 'دردشة', whatsapp: 'واتساب', inloop: 'زيارة', website: 'الموقع', email: 'بريد إلكتروني', sms: 'رسالة نصية' },
  },
  dutchText: 'بالهولندية',
} satisfies SiteStrings;

const tr = {
  skipLink: 'İçeriğe geç',
  org: 'CJG Haarlem ve Zandvoort',
  menu: 'Menü',
  mainMenu: 'Ana menü',
  nav: { ouders: 'Ebeveynler', jongeren: 'Gençler', aanbod: 'Kurslar ve webinarlar', agenda: 'Takvim', professionals: 'Uzmanlar', over: 'CJG hakkında', contact: 'İletişim' },
  inDutch: '(Hollandaca)',
  breadcrumb: 'Sayfa yolu',
  home: 'Ana sayfa',
  languages: 'Dil seçin',
  footer: {
    urgent: 'Hemen yardım mı lazım?',
    contact: 'CJG ile iletişim',
    call: 'Ara:',
    mail: 'E-posta:',
    askAnonymously: 'Sorunu isimsiz sor',
    more: 'Daha fazla',
    links: {
      agenda: 'Takvim: aylara göre tüm tarihler', themas: 'Konular', artikelen: 'Tüm yazılar', hulp: 'Yardım ve danışma: tüm yerler', partners: 'Gençlik ortakları',
      locaties: 'Yerler', klachten: 'Şikâyetler', privacy: 'Gizlilik', toegankelijkheid: 'Erişilebilirlik',
    },
    small: "Samen Opgroeien, Haarlem ve Zandvoort Gençlik ve Aile Merkezi'nin (CJG) ve gençlik ortaklarının web sitesidir. Açık sayfalar çerez kullanmaz ve seni takip etmez.",
  },
  urgent: {
    '112': 'hemen tehlike varsa',
    '113': 'veya 0800-0113: intiharı düşünüyorsan (ücretsiz, isimsiz, gece gündüz)',
    'veilig-thuis': 'Veilig Thuis: evde şiddet veya çocuk istismarı varsa (ücretsiz, gece gündüz)',
    kindertelefoon: 'De Kindertelefoon: 18 yaşına kadar çocuklar ve gençler için (ücretsiz, isimsiz)',
  },
  hours: 'pazartesiden cumaya, saat 09.00 ile 17.00 arası',
  quickExit: { region: 'Hızlı çıkış', label: 'Hızlı çıkış', hint: 'Tıkla:', esc: 'veya bas:', hintEnd: 've hemen başka bir site görürsün.', traces: 'İzlerini nasıl silersin' },
  sampleData: { label: 'Örnek bilgi:', filled: (what: string) => `${what}: CJG bunu açılıştan önce dolduracak.`, generic: 'CJG bunu açılıştan önce dolduracak.' },
  helpline: {
    features: 'Özellikler', anonymous: 'İsimsiz', free: 'Ücretsiz', urgent: 'Acil durumda', for: 'Kimin için:',
    channels: { telefoon: 'Telefon', chat: 'Sohbet', whatsapp: 'WhatsApp', inloop: 'Uğra', website: 'Web sitesi', email: 'E-posta', sms: 'SMS' },
  },
  dutchText: 'Hollandaca',
} satisfies SiteStrings;

const pl = {
  skipLink: 'Przejdź do treści',
  org: 'CJG Haarlem i Zandvoort',
  menu: 'Menu',
  mainMenu: 'Menu główne',
  nav: { ouders: 'Rodzice', jongeren: 'Młodzież', aanbod: 'Szkolenia i webinary', agenda: 'Kalendarz', professionals: 'Specjaliści', over: 'O CJG', contact: 'Kontakt' },
  inDutch: '(po niderlandzku)',
  breadcrumb: 'Ścieżka',
  home: 'Strona główna',
  languages: 'Wybierz język',
  footer: {
    urgent: 'Potrzebujesz pomocy teraz?',
    contact: 'Kontakt z CJG',
    call: 'Zadzwoń:',
    mail: 'Napisz:',
    askAnonymously: 'Zadaj pytanie anonimowo',
    more: 'Więcej',
    links: {
      agenda: 'Kalendarz: wszystkie daty według miesięcy', themas: 'Tematy', artikelen: 'Wszystkie artykuły', hulp: 'Pomoc i porady: wszystkie miejsca', partners: 'Partnerzy',
      locaties: 'Miejsca', klachten: 'Skargi', privacy: 'Prywatność', toegankelijkheid: 'Dostępność',
    },
    small: 'Samen Opgroeien to strona Centrum dla Młodzieży i Rodziny (CJG) Haarlem i Zandvoort oraz jego partnerów. Strony publiczne nie używają plików cookie i nie śledzą cię.',
  },
  urgent: {
    '112': 'gdy jest bezpośrednie zagrożenie',
    '113': 'lub 0800-0113, jeśli myślisz o samobójstwie (bezpłatnie, anonimowo, całą dobę)',
    'veilig-thuis': 'Veilig Thuis: przemoc w domu lub krzywdzenie dziecka (bezpłatnie, całą dobę)',
    kindertelefoon: 'De Kindertelefoon: telefon dla dzieci i młodzieży do 18 lat (bezpłatnie, anonimowo)',
  },
  hours: 'od poniedziałku do piątku, od 9.00 do 17.00',
  quickExit: { region: 'Szybkie wyjście', label: 'Szybkie wyjście', hint: 'Kliknij', esc: 'lub naciśnij', hintEnd: 'i od razu zobaczysz inną stronę.', traces: 'Jak usunąć ślady' },
  sampleData: { label: 'Dane przykładowe:', filled: (what: string) => `${what}: CJG uzupełni to przed startem strony.`, generic: 'CJG uzupełni to przed startem strony.' },
  helpline: {
    features: 'Cechy', anonymous: 'Anonimowo', free: 'Bezpłatnie', urgent: 'W nagłej sytuacji', for: 'Dla kogo:',
    channels: { telefoon: 'Telefon', chat: 'Czat', whatsapp: 'WhatsApp', inloop: 'Bez umówienia', website: 'Strona', email: 'E-mail', sms: 'SMS' },
  },
  dutchText: 'Po niderlandzku',
} satisfies SiteStrings;

const uk = {
  skipLink: 'Перейти до змісту',
  org: 'CJG Гарлем і Зандворт',
  menu: 'Меню',
  mainMenu: 'Головне меню',
  nav: { ouders: 'Батькам', jongeren: 'Молоді', aanbod: 'Тренінги та вебінари', agenda: 'Календар', professionals: 'Фахівцям', over: 'Про CJG', contact: 'Контакти' },
  inDutch: '(нідерландською)',
  breadcrumb: 'Шлях',
  home: 'Головна',
  languages: 'Оберіть мову',
  footer: {
    urgent: 'Потрібна допомога зараз?',
    contact: 'Зв’язок із CJG',
    call: 'Телефонуйте:',
    mail: 'Пишіть:',
    askAnonymously: 'Постав питання анонімно',
    more: 'Більше',
    links: {
      agenda: 'Календар: усі дати за місяцями', themas: 'Теми', artikelen: 'Усі статті', hulp: 'Допомога і поради: усі місця', partners: 'Партнери',
      locaties: 'Адреси', klachten: 'Скарги', privacy: 'Приватність', toegankelijkheid: 'Доступність',
    },
    small: 'Samen Opgroeien — це сайт Центру для молоді та сім’ї (CJG) Гарлема і Зандворта та його партнерів. Публічні сторінки не використовують файли cookie і не стежать за вами.',
  },
  urgent: {
    '112': 'коли є пряма небезпека',
    '113': 'або 0800-0113, якщо ти думаєш про самогубство (безкоштовно, анонімно, цілодобово)',
    'veilig-thuis': 'Veilig Thuis: домашнє насильство або жорстоке поводження з дитиною (безкоштовно, цілодобово)',
    kindertelefoon: 'De Kindertelefoon: телефон для дітей і молоді до 18 років (безкоштовно, анонімно)',
  },
  hours: 'з понеділка по пʼятницю, з 9:00 до 17:00',
  quickExit: { region: 'Швидкий вихід', label: 'Швидкий вихід', hint: 'Натисни', esc: 'або клавішу', hintEnd: 'і одразу побачиш інший сайт.', traces: 'Як стерти сліди' },
  sampleData: { label: 'Приклад даних:', filled: (what: string) => `${what}: CJG заповнить це до запуску сайту.`, generic: 'CJG заповнить це до запуску сайту.' },
  helpline: {
    features: 'Особливості', anonymous: 'Анонімно', free: 'Безкоштовно', urgent: 'У надзвичайній ситуації', for: 'Для кого:',
    channels: { telefoon: 'Телефон', chat: 'Чат', whatsapp: 'WhatsApp', inloop: 'Прийти без запису', website: 'Сайт', email: 'Ел. пошта', sms: 'SMS' },
  },
  dutchText: 'Нідерландською',
} satisfies SiteStrings;

export const siteStrings: Record<Locale, SiteStrings> = { nl, en, ar, tr, pl, uk };

/** The urgent numbers with what each is for, in `locale` (112, 113, Veilig Thuis, de Kindertelefoon). */
export function urgentNumbersIn(locale: Locale) {
  return urgentNumbers.map((n) => ({ ...n, label: siteStrings[locale].urgent[n.id] }));
}
