/**
 * The words of the offer pages in the other languages (issue 18): `/<l>/aanbod/`, `/<l>/aanbod/<id>/`. Dutch keeps
 * its own labels (src/utils/labels.ts) and components; these tables label the same stable identifiers of the
 * schemas (kind, format, audience, languages) and the practical facts. Plain and short (B1) in every language.
 *
 * - `offerStrings`: every language except Dutch; the offer page and card.
 * - `catalogueStrings`: every language except Dutch; the whole catalogue `/<l>/aanbod/` with its filters.
 */
import type { Audience } from '../schemas/common';
import type { Format, OfferKind } from '../schemas/offer';
import type { PlacesStatus } from '../domain/registrations/availability';
import type { Locale, TranslatedLocale } from './locales';
import type { SerialLabels } from '../islands/CatalogueFilters';


export interface OfferStrings {
  kinds: Record<OfferKind, string>;
  formats: Record<Format, string>;
  audience: Record<Audience, string>;
  /** Each language named in this language. */
  languages: Record<Locale, string>;
  interpreter: string;
  /** "Children 4 to 8 years", "up to 2 years", "all ages". */
  ages: (min: number, max: number) => string;
  facts: {
    forWho: string; childAge: string; format: string; cost: string; by: string; languages: string;
    when: string; where: string; places: string; enrolUntil: string; meetings: string;
  };
  free: string;
  /** "€ 25 per person" / "free for residents of Haarlem and Zandvoort". */
  paid: (amount: string, freeForResidents: boolean) => string;
  online: string;
  onlineLink: string;
  orOnline: (place: string) => string;
  next: string;
  noDates: string;
  nextDates: string;
  meetingCount: (n: number) => string;
  /** Places: "Places available", "2 places left", "Waiting list", "Full", and why you cannot enrol. */
  status: Record<PlacesStatus, (left: number) => string> & { closed: string; past: string; cancelled: string };
  enrol: string;
  waitlist: string;
  /** An offer whose registration is with the provider. */
  enrolWith: (provider: string) => string;
  intake: string;
  /** A link to the Dutch page with the full text. */
  dutchPage: string;
  dutchPageNote: string;
  /** What the page has in this language (core languages): a summary; the rest is Dutch. */
  summaryOnly: string;
  allOffers: string;
  catalogueCrumb: string;
  datesHeading: string;
  detailsHeading: string;
  bringHeading: string;
  noUpcoming: string;
  contactCjg: string;
}

export const offerStrings: Record<TranslatedLocale, OfferStrings> = {
  en: {
    kinds: { training: 'Training', webinar: 'Webinar', workshop: 'Workshop', ouderavond: 'Evening for parents', gezinsaanbod: 'For the whole family', spreekuur: 'Drop-in hour', groep: 'Group' },
    formats: { online: 'Online', 'op-locatie': 'In person', hybride: 'Online or in person' },
    audience: { ouders: 'Parents', kinderen: 'Children', jongeren: 'Young people', gezinnen: 'Families', professionals: 'Professionals' },
    languages: { nl: 'Dutch', en: 'English', ar: 'Arabic', tr: 'Turkish', pl: 'Polish', uk: 'Ukrainian' },
    interpreter: 'interpreter on request',
    ages: (min, max) => (min === max ? (min === 0 ? 'babies (before and after birth)' : `${min} years`) : min === 0 && max >= 18 ? 'all ages' : min === 0 ? `up to ${max} years` : `${min} to ${max} years`),
    facts: { forWho: 'For', childAge: 'Age of the child', format: 'Format', cost: 'Cost', by: 'Given by', languages: 'Language', when: 'When', where: 'Where', places: 'Places', enrolUntil: 'Enrol until', meetings: 'Meetings' },
    free: 'Free',
    paid: (amount, free) => (free ? `${amount}; free for residents of Haarlem and Zandvoort` : amount),
    online: 'Online',
    onlineLink: 'Online. You get the link after you enrol.',
    orOnline: (place) => `${place} or online`,
    next: 'Next',
    noDates: 'No new dates yet',
    nextDates: 'Next dates',
    meetingCount: (n) => `${n} meetings`,
    status: { free: () => 'Places available', few: (n) => (n === 1 ? '1 place left' : `${n} places left`), waitlist: () => 'Waiting list', full: () => 'Full', closed: 'Registration closed', past: 'Has taken place', cancelled: 'Cancelled' },
    enrol: 'Enrol',
    waitlist: 'Join the waiting list',
    enrolWith: (p) => `Enrol with ${p}`,
    intake: 'After you enrol, someone from the CJG calls you for a short talk. Together you check whether this training suits your child and your family.',
    dutchPage: 'Read the full description in Dutch',
    dutchPageNote: 'The full description of this offer is in Dutch.',
    summaryOnly: 'This page is a summary in English.',
    allOffers: 'All trainings and webinars',
    catalogueCrumb: 'Trainings and webinars',
    datesHeading: 'Dates and enrolling',
    detailsHeading: 'Practical details',
    bringHeading: 'What to bring',
    noUpcoming: 'There are no new dates at the moment. Want to know when it starts again? Contact the CJG.',
    contactCjg: 'Contact the CJG',
  },
  ar: {
    kinds: { training: 'دورة تدريبية', webinar: 'ندوة عبر الإنترنت', workshop: 'ورشة عمل', ouderavond: 'أمسية للآباء', gezinsaanbod: 'للعائلة كلها', spreekuur: 'ساعة استشارة', groep: 'مجموعة' },
    formats: { online: 'عبر الإنترنت', 'op-locatie': 'حضوريًا', hybride: 'عبر الإنترنت أو حضوريًا' },
    audience: { ouders: 'الآباء والأمهات', kinderen: 'الأطفال', jongeren: 'الشباب', gezinnen: 'العائلات', professionals: 'المهنيون' },
    languages: { nl: 'الهولندية', en: 'الإنجليزية', ar: 'العربية', tr: 'التركية', pl: 'البولندية', uk: 'الأوكرانية' },
    interpreter: 'مع مترجم عند الطلب',
    ages: (min, max) => (min === max ? (min === 0 ? 'الرضّع (قبل الولادة وبعدها)' : `${min} سنة`) : min === 0 && max >= 18 ? 'كل الأعمار' : min === 0 ? `حتى ${max} سنة` : `من ${min} إلى ${max} سنة`),
    facts: { forWho: 'لمن', childAge: 'عمر الطفل', format: 'الشكل', cost: 'التكلفة', by: 'من تقديم', languages: 'اللغة', when: 'متى', where: 'أين', places: 'الأماكن', enrolUntil: 'التسجيل ممكن حتى', meetings: 'اللقاءات' },
    free: 'مجاني',
    paid: (amount, free) => (free ? `${amount}؛ مجاني لسكان هارلم وزاندفورت` : amount),
    online: 'عبر الإنترنت',
    onlineLink: 'عبر الإنترنت. تحصل على الرابط بعد التسجيل.',
    orOnline: (place) => `${place} أو عبر الإنترنت`,
    next: 'الموعد القادم',
    noDates: 'لا توجد مواعيد جديدة بعد',
    nextDates: 'المواعيد القادمة',
    meetingCount: (n) => `${n} لقاءات`,
    status: { free: () => 'توجد أماكن', few: (n) => (n === 1 ? 'بقي مكان واحد' : `بقيت ${n} أماكن`), waitlist: () => 'قائمة الانتظار', full: () => 'ممتلئ', closed: 'التسجيل مغلق', past: 'انتهى', cancelled: 'أُلغي' },
    enrol: 'سجّل الآن',
    waitlist: 'سجّل في قائمة الانتظار',
    enrolWith: (p) => `التسجيل لدى ${p}`,
    intake: 'بعد التسجيل يتصل بك موظف من CJG لمحادثة قصيرة. تتحققان معًا هل تناسب هذه الدورة طفلك وعائلتك.',
    dutchPage: 'اقرأ الوصف الكامل باللغة الهولندية',
    dutchPageNote: 'الوصف الكامل لهذا العرض باللغة الهولندية.',
    summaryOnly: 'هذه الصفحة ملخص باللغة العربية.',
    allOffers: 'كل الدورات والندوات',
    catalogueCrumb: 'الدورات والندوات',
    datesHeading: 'المواعيد والتسجيل',
    detailsHeading: 'معلومات عملية',
    bringHeading: 'ماذا تحضر معك',
    noUpcoming: 'لا توجد مواعيد جديدة الآن. هل تريد أن تعرف متى تبدأ من جديد؟ اتصل بـ CJG.',
    contactCjg: 'اتصل بـ CJG',
  },
  tr: {
    kinds: { training: 'Eğitim', webinar: 'Online seminer', workshop: 'Atölye', ouderavond: 'Veli akşamı', gezinsaanbod: 'Tüm aile için', spreekuur: 'Danışma saati', groep: 'Grup' },
    formats: { online: 'Online', 'op-locatie': 'Yüz yüze', hybride: 'Online veya yüz yüze' },
    audience: { ouders: 'Anne babalar', kinderen: 'Çocuklar', jongeren: 'Gençler', gezinnen: 'Aileler', professionals: 'Uzmanlar' },
    languages: { nl: 'Hollandaca', en: 'İngilizce', ar: 'Arapça', tr: 'Türkçe', pl: 'Lehçe', uk: 'Ukraynaca' },
    interpreter: 'istek üzerine tercüman',
    ages: (min, max) => (min === max ? (min === 0 ? 'bebekler (doğumdan önce ve sonra)' : `${min} yaş`) : min === 0 && max >= 18 ? 'her yaş' : min === 0 ? `${max} yaşına kadar` : `${min}-${max} yaş`),
    facts: { forWho: 'Kimin için', childAge: 'Çocuğun yaşı', format: 'Şekli', cost: 'Ücret', by: 'Veren', languages: 'Dil', when: 'Ne zaman', where: 'Nerede', places: 'Yer', enrolUntil: 'Son kayıt', meetings: 'Buluşmalar' },
    free: 'Ücretsiz',
    paid: (amount, free) => (free ? `${amount}; Haarlem ve Zandvoort'ta oturanlar için ücretsiz` : amount),
    online: 'Online',
    onlineLink: 'Online. Bağlantıyı kayıttan sonra alırsınız.',
    orOnline: (place) => `${place} veya online`,
    next: 'Sıradaki',
    noDates: 'Henüz yeni tarih yok',
    nextDates: 'Sıradaki tarihler',
    meetingCount: (n) => `${n} buluşma`,
    status: { free: () => 'Yer var', few: (n) => `${n} yer kaldı`, waitlist: () => 'Bekleme listesi', full: () => 'Dolu', closed: 'Kayıt kapandı', past: 'Geçti', cancelled: 'İptal edildi' },
    enrol: 'Kayıt ol',
    waitlist: 'Bekleme listesine yazıl',
    enrolWith: (p) => `${p} üzerinden kayıt ol`,
    intake: 'Kayıttan sonra CJG\'den biri kısa bir görüşme için sizi arar. Bu eğitimin çocuğunuza ve ailenize uyup uymadığına birlikte bakarsınız.',
    dutchPage: 'Açıklamanın tamamını Hollandaca okuyun',
    dutchPageNote: 'Bu teklifin tam açıklaması Hollandacadır.',
    summaryOnly: 'Bu sayfa Türkçe bir özettir.',
    allOffers: 'Tüm eğitimler ve seminerler',
    catalogueCrumb: 'Eğitimler ve seminerler',
    datesHeading: 'Tarihler ve kayıt',
    detailsHeading: 'Pratik bilgiler',
    bringHeading: 'Yanınıza alın',
    noUpcoming: 'Şu anda yeni tarih yok. Ne zaman yeniden başlayacağını öğrenmek mi istiyorsunuz? CJG ile iletişime geçin.',
    contactCjg: 'CJG ile iletişim',
  },
  pl: {
    kinds: { training: 'Szkolenie', webinar: 'Webinar', workshop: 'Warsztat', ouderavond: 'Wieczór dla rodziców', gezinsaanbod: 'Dla całej rodziny', spreekuur: 'Dyżur', groep: 'Grupa' },
    formats: { online: 'Online', 'op-locatie': 'Na miejscu', hybride: 'Online lub na miejscu' },
    audience: { ouders: 'Rodzice', kinderen: 'Dzieci', jongeren: 'Młodzież', gezinnen: 'Rodziny', professionals: 'Specjaliści' },
    languages: { nl: 'niderlandzki', en: 'angielski', ar: 'arabski', tr: 'turecki', pl: 'polski', uk: 'ukraiński' },
    interpreter: 'tłumacz na życzenie',
    ages: (min, max) => (min === max ? (min === 0 ? 'niemowlęta (przed i po urodzeniu)' : `${min} lat`) : min === 0 && max >= 18 ? 'w każdym wieku' : min === 0 ? `do ${max} lat` : `od ${min} do ${max} lat`),
    facts: { forWho: 'Dla kogo', childAge: 'Wiek dziecka', format: 'Forma', cost: 'Koszt', by: 'Prowadzi', languages: 'Język', when: 'Kiedy', where: 'Gdzie', places: 'Miejsca', enrolUntil: 'Zapisy do', meetings: 'Spotkania' },
    free: 'Bezpłatnie',
    paid: (amount, free) => (free ? `${amount}; bezpłatnie dla mieszkańców Haarlemu i Zandvoort` : amount),
    online: 'Online',
    onlineLink: 'Online. Link dostaniesz po zapisaniu się.',
    orOnline: (place) => `${place} lub online`,
    next: 'Najbliższy termin',
    noDates: 'Brak nowych terminów',
    nextDates: 'Najbliższe terminy',
    meetingCount: (n) => `${n} spotkań`,
    status: { free: () => 'Są wolne miejsca', few: (n) => (n === 1 ? 'Zostało 1 miejsce' : `Zostały ${n} miejsca`), waitlist: () => 'Lista rezerwowa', full: () => 'Brak miejsc', closed: 'Zapisy zamknięte', past: 'Już się odbyło', cancelled: 'Odwołane' },
    enrol: 'Zapisz się',
    waitlist: 'Zapisz się na listę rezerwową',
    enrolWith: (p) => `Zapisz się u ${p}`,
    intake: 'Po zapisaniu się pracownik CJG zadzwoni do Ciebie na krótką rozmowę. Razem sprawdzicie, czy to szkolenie pasuje do Twojego dziecka i rodziny.',
    dutchPage: 'Przeczytaj pełny opis po niderlandzku',
    dutchPageNote: 'Pełny opis tej oferty jest po niderlandzku.',
    summaryOnly: 'Ta strona to streszczenie po polsku.',
    allOffers: 'Wszystkie szkolenia i webinary',
    catalogueCrumb: 'Szkolenia i webinary',
    datesHeading: 'Terminy i zapisy',
    detailsHeading: 'Informacje praktyczne',
    bringHeading: 'Co zabrać',
    noUpcoming: 'Obecnie nie ma nowych terminów. Chcesz wiedzieć, kiedy zacznie się znowu? Skontaktuj się z CJG.',
    contactCjg: 'Kontakt z CJG',
  },
  uk: {
    kinds: { training: 'Тренінг', webinar: 'Вебінар', workshop: 'Майстерня', ouderavond: 'Вечір для батьків', gezinsaanbod: 'Для всієї родини', spreekuur: 'Консультаційна година', groep: 'Група' },
    formats: { online: 'Онлайн', 'op-locatie': 'Наживо', hybride: 'Онлайн або наживо' },
    audience: { ouders: 'Батьки', kinderen: 'Діти', jongeren: 'Молодь', gezinnen: 'Родини', professionals: 'Фахівці' },
    languages: { nl: 'нідерландська', en: 'англійська', ar: 'арабська', tr: 'турецька', pl: 'польська', uk: 'українська' },
    interpreter: 'перекладач на запит',
    ages: (min, max) => (min === max ? (min === 0 ? 'немовлята (до і після народження)' : `${min} років`) : min === 0 && max >= 18 ? 'будь-який вік' : min === 0 ? `до ${max} років` : `від ${min} до ${max} років`),
    facts: { forWho: 'Для кого', childAge: 'Вік дитини', format: 'Формат', cost: 'Вартість', by: 'Проводить', languages: 'Мова', when: 'Коли', where: 'Де', places: 'Місця', enrolUntil: 'Запис до', meetings: 'Зустрічі' },
    free: 'Безкоштовно',
    paid: (amount, free) => (free ? `${amount}; безкоштовно для мешканців Гарлема і Зандворта` : amount),
    online: 'Онлайн',
    onlineLink: 'Онлайн. Посилання ви отримаєте після запису.',
    orOnline: (place) => `${place} або онлайн`,
    next: 'Найближча дата',
    noDates: 'Нових дат поки немає',
    nextDates: 'Найближчі дати',
    meetingCount: (n) => `${n} зустрічей`,
    status: { free: () => 'Є місця', few: (n) => (n === 1 ? 'Залишилося 1 місце' : `Залишилося ${n} місця`), waitlist: () => 'Список очікування', full: () => 'Місць немає', closed: 'Запис закрито', past: 'Вже відбулося', cancelled: 'Скасовано' },
    enrol: 'Записатися',
    waitlist: 'Записатися в список очікування',
    enrolWith: (p) => `Запис через ${p}`,
    intake: 'Після запису працівник CJG зателефонує вам для короткої розмови. Разом ви подивитеся, чи підходить цей тренінг вашій дитині та родині.',
    dutchPage: 'Прочитати повний опис нідерландською',
    dutchPageNote: 'Повний опис цієї пропозиції — нідерландською мовою.',
    summaryOnly: 'Ця сторінка — короткий опис українською.',
    allOffers: 'Усі тренінги та вебінари',
    catalogueCrumb: 'Тренінги та вебінари',
    datesHeading: 'Дати та запис',
    detailsHeading: 'Практична інформація',
    bringHeading: 'Що взяти з собою',
    noUpcoming: 'Зараз нових дат немає. Хочете знати, коли почнеться знову? Зверніться до CJG.',
    contactCjg: 'Зв’язатися з CJG',
  },
};

/** The catalogue's own words (`/en/aanbod/`): title, lead, and the filter form's words (`filters`, passed to the island). */
export interface CatalogueStrings {
  title: string;
  description: string;
  lead: string;
  filters: SerialLabels;
  facetLabels: { thema: string; voor: string; vorm: string; gemeente: string; soort: string; aanbieder: string; taal: string };
  noneHelp: { strong: string; before: string; all: string; middle: string; coach: string };
  themesNote: string;
  calendarNote: string;
}

/** Every language has the whole catalogue (`/<l>/aanbod/`): the words of its page and filters. */
export const catalogueStrings: Record<TranslatedLocale, CatalogueStrings> = {
  en: {
    title: 'Trainings, webinars and workshops',
    description: 'Every training, webinar and workshop for parents, children and young people in Haarlem, Zandvoort and the region. The next ones are at the top.',
    lead: 'The CJG and its youth partners give trainings and webinars for parents, children and young people. You find them all here, the next ones at the top. Most are given in Dutch: the filter "Language" shows which are in English.',
    filters: {
      filterTitle: 'Filter the offers',
      keyword: 'Search word',
      childAge: 'Age of your child',
      childAgeHint: 'In years, for example 9',
      all: 'All',
      order: 'Order',
      byDate: 'Next date first',
      byRelevance: 'Best match with the search word first',
      onlyFree: 'Only free',
      onlyPlaces: 'Only with places available',
      show: 'Show offers',
      clear: 'Clear all filters',
      count: '{total} trainings, webinars and workshops',
      countFiltered: '{n} of the {total} trainings, webinars and workshops match your filters',
      found: '{n} trainings, webinars and workshops found.',
      foundOne: '1 training, webinar or workshop found.',
      allFound: 'All {n} trainings, webinars and workshops.',
      none: 'No offers found with these filters. Try fewer filters.',
    },
    facetLabels: { thema: 'Theme', voor: 'For', vorm: 'Format', gemeente: 'Municipality', soort: 'Kind', aanbieder: 'Given by', taal: 'Language' },
    noneHelp: { strong: 'No offers found with these filters.', before: 'Try fewer filters, or', all: 'see all trainings and webinars', middle: 'Not sure what fits?', coach: 'A CJG coach thinks along with you' },
    themesNote: 'Looking for a topic? See the themes (in Dutch):',
    calendarNote: 'Each offer has a summary in English. The full descriptions are in Dutch.',
  },
  // Core languages: the numbers stand after a colon, so no plural forms are needed ("Szkolenia …: 27").
  ar: {
    title: 'الدورات والندوات وورشات العمل',
    description: 'كل الدورات والندوات وورشات العمل للأهل والأطفال والشباب في هارلم وزاندفورت والمنطقة. الأقرب موعدًا في الأعلى.',
    lead: 'يقدّم مركز CJG وشركاؤه دورات وندوات للأهل والأطفال والشباب. تجدها كلها هنا، والأقرب موعدًا في الأعلى. أغلبها باللغة الهولندية: يُظهر فلتر «اللغة» أيّها بلغة أخرى.',
    filters: {
      filterTitle: 'فلترة العروض',
      keyword: 'كلمة البحث',
      childAge: 'عمر طفلك',
      childAgeHint: 'بالسنوات، مثلًا 9',
      all: 'الكل',
      order: 'الترتيب',
      byDate: 'الأقرب موعدًا أولًا',
      byRelevance: 'الأنسب لكلمة البحث أولًا',
      onlyFree: 'المجانية فقط',
      onlyPlaces: 'التي فيها أماكن فقط',
      show: 'اعرض العروض',
      clear: 'امسح كل الفلاتر',
      count: 'الدورات والندوات وورشات العمل: {total}',
      countFiltered: 'تناسب فلاترك: {n} من {total}',
      found: 'وجدنا: {n}.',
      foundOne: 'وجدنا: 1.',
      allFound: 'كل العروض: {n}.',
      none: 'لا توجد عروض بهذه الفلاتر. جرّب فلاتر أقل.',
    },
    facetLabels: { thema: 'الموضوع', voor: 'لمن', vorm: 'الشكل', gemeente: 'البلدية', soort: 'النوع', aanbieder: 'الجهة المقدِّمة', taal: 'اللغة' },
    noneHelp: { strong: 'لا توجد عروض بهذه الفلاتر.', before: 'جرّب فلاتر أقل، أو', all: 'شاهد كل الدورات والندوات', middle: 'لست متأكدًا ما المناسب؟', coach: 'يفكّر معك مرشد من CJG' },
    themesNote: 'تبحث عن موضوع؟ شاهد المواضيع (بالهولندية):',
    calendarNote: 'لكل عرض ملخص بالعربية. الوصف الكامل بالهولندية.',
  },
  tr: {
    title: 'Eğitimler, seminerler ve atölyeler',
    description: 'Haarlem, Zandvoort ve bölgedeki anne babalar, çocuklar ve gençler için tüm eğitimler, seminerler ve atölyeler. En yakın tarihliler en üstte.',
    lead: 'CJG ve gençlik ortakları anne babalar, çocuklar ve gençler için eğitimler ve seminerler verir. Hepsini burada bulursunuz, en yakın tarihliler en üstte. Çoğu Hollandaca verilir: "Dil" filtresi hangilerinin başka bir dilde olduğunu gösterir.',
    filters: {
      filterTitle: 'Teklifleri filtreleyin',
      keyword: 'Arama kelimesi',
      childAge: 'Çocuğunuzun yaşı',
      childAgeHint: 'Yıl olarak, örneğin 9',
      all: 'Hepsi',
      order: 'Sıralama',
      byDate: 'En yakın tarih önce',
      byRelevance: 'Arama kelimesine en uygun olan önce',
      onlyFree: 'Sadece ücretsiz',
      onlyPlaces: 'Sadece yeri olanlar',
      show: 'Teklifleri göster',
      clear: 'Tüm filtreleri temizle',
      count: 'Eğitimler, seminerler ve atölyeler: {total}',
      countFiltered: 'Filtrelerinize uyan: {n} / {total}',
      found: 'Bulunan: {n}.',
      foundOne: 'Bulunan: 1.',
      allFound: 'Tüm teklifler: {n}.',
      none: 'Bu filtrelerle teklif bulunamadı. Daha az filtre deneyin.',
    },
    facetLabels: { thema: 'Konu', voor: 'Kimin için', vorm: 'Biçim', gemeente: 'Belediye', soort: 'Tür', aanbieder: 'Veren kurum', taal: 'Dil' },
    noneHelp: { strong: 'Bu filtrelerle teklif bulunamadı.', before: 'Daha az filtre deneyin veya', all: 'tüm eğitimlere ve seminerlere bakın', middle: 'Hangisinin uygun olduğundan emin değil misiniz?', coach: 'Bir CJG koçu sizinle birlikte düşünür' },
    themesNote: 'Bir konu mu arıyorsunuz? Konulara bakın (Hollandaca):',
    calendarNote: 'Her teklifin Türkçe bir özeti var. Tam açıklamalar Hollandaca.',
  },
  pl: {
    title: 'Szkolenia, webinary i warsztaty',
    description: 'Wszystkie szkolenia, webinary i warsztaty dla rodziców, dzieci i młodzieży w Haarlemie, Zandvoort i okolicy. Najbliższe terminy na górze.',
    lead: 'CJG i jego partnerzy prowadzą szkolenia i webinary dla rodziców, dzieci i młodzieży. Znajdziesz je wszystkie tutaj, najbliższe terminy na górze. Większość jest po niderlandzku: filtr „Język” pokazuje, które są w innym języku.',
    filters: {
      filterTitle: 'Filtruj ofertę',
      keyword: 'Słowo do wyszukania',
      childAge: 'Wiek dziecka',
      childAgeHint: 'W latach, na przykład 9',
      all: 'Wszystkie',
      order: 'Kolejność',
      byDate: 'Najbliższy termin najpierw',
      byRelevance: 'Najlepiej pasujące do słowa najpierw',
      onlyFree: 'Tylko bezpłatne',
      onlyPlaces: 'Tylko z wolnymi miejscami',
      show: 'Pokaż ofertę',
      clear: 'Wyczyść wszystkie filtry',
      count: 'Szkolenia, webinary i warsztaty: {total}',
      countFiltered: 'Pasuje do filtrów: {n} z {total}',
      found: 'Znaleziono: {n}.',
      foundOne: 'Znaleziono: 1.',
      allFound: 'Cała oferta: {n}.',
      none: 'Brak oferty z tymi filtrami. Spróbuj mniej filtrów.',
    },
    facetLabels: { thema: 'Temat', voor: 'Dla kogo', vorm: 'Forma', gemeente: 'Gmina', soort: 'Rodzaj', aanbieder: 'Prowadzi', taal: 'Język' },
    noneHelp: { strong: 'Brak oferty z tymi filtrami.', before: 'Spróbuj mniej filtrów albo', all: 'zobacz wszystkie szkolenia i webinary', middle: 'Nie wiesz, co pasuje?', coach: 'Coach CJG pomyśli razem z Tobą' },
    themesNote: 'Szukasz tematu? Zobacz tematy (po niderlandzku):',
    calendarNote: 'Każda oferta ma krótki opis po polsku. Pełne opisy są po niderlandzku.',
  },
  uk: {
    title: 'Тренінги, вебінари та воркшопи',
    description: 'Усі тренінги, вебінари та воркшопи для батьків, дітей і молоді в Гарлемі, Зандворті та регіоні. Найближчі — зверху.',
    lead: 'CJG і його партнери проводять тренінги та вебінари для батьків, дітей і молоді. Ви знайдете їх усі тут, найближчі — зверху. Більшість проходить нідерландською: фільтр «Мова» показує, які є іншою мовою.',
    filters: {
      filterTitle: 'Фільтрувати пропозиції',
      keyword: 'Слово для пошуку',
      childAge: 'Вік дитини',
      childAgeHint: 'У роках, наприклад 9',
      all: 'Усі',
      order: 'Порядок',
      byDate: 'Спершу найближча дата',
      byRelevance: 'Спершу те, що найкраще підходить до слова',
      onlyFree: 'Лише безкоштовні',
      onlyPlaces: 'Лише з вільними місцями',
      show: 'Показати пропозиції',
      clear: 'Скинути всі фільтри',
      count: 'Тренінги, вебінари та воркшопи: {total}',
      countFiltered: 'Відповідають фільтрам: {n} з {total}',
      found: 'Знайдено: {n}.',
      foundOne: 'Знайдено: 1.',
      allFound: 'Усі пропозиції: {n}.',
      none: 'З цими фільтрами пропозицій немає. Спробуйте менше фільтрів.',
    },
    facetLabels: { thema: 'Тема', voor: 'Для кого', vorm: 'Формат', gemeente: 'Громада', soort: 'Вид', aanbieder: 'Проводить', taal: 'Мова' },
    noneHelp: { strong: 'З цими фільтрами пропозицій немає.', before: 'Спробуйте менше фільтрів або', all: 'перегляньте всі тренінги та вебінари', middle: 'Не знаєте, що підійде?', coach: 'Коуч CJG подумає разом з вами' },
    themesNote: 'Шукаєте тему? Перегляньте теми (нідерландською):',
    calendarNote: 'Кожна пропозиція має короткий опис українською. Повні описи — нідерландською.',
  },
};


/** The price in the page's language; a cost note (Dutch free text) is left out: the Dutch page has it. */
export function costIn(t: OfferStrings, cost: { type: 'gratis' } | { type: 'betaald'; amount: number; freeForResidents: boolean }, tag: string): string {
  if (cost.type === 'gratis') return t.free;
  return t.paid(new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR', numberingSystem: 'latn' }).format(cost.amount), cost.freeForResidents);
}

/** "English" / "Dutch, interpreter on request", in the page's language. */
export function languagesIn(t: OfferStrings, offer: { languages: readonly Locale[]; interpreter: boolean }): string {
  const names = offer.languages.map((l) => t.languages[l]).join(', ');
  return offer.interpreter ? `${names}, ${t.interpreter}` : names;
}

/** A session's status badge text in the page's language (the rule is `placesStatus`; this is only the words). */
export function statusIn(t: OfferStrings, status: PlacesStatus | 'closed' | 'past' | 'cancelled', left: number): string {
  if (status === 'closed' || status === 'past' || status === 'cancelled') return t.status[status];
  return t.status[status](left);
}
