/**
 * What the search page (/zoeken/, /<locale>/zoeken/) says, per language (issue 18). Pagefind keeps one
 * index per `<html lang>`, so a search from an English page only finds English pages.
 * Placeholders: {n} a number, {q} the query, {date} a date. Plain data (no functions): the
 * strings of one language are handed to the SiteSearch island as a prop.
 */
import type { Locale } from './locales';
import type { PluralForms } from './format';

export interface SearchStrings {
  pageTitle: string;
  pageDescription: string;
  /** Other languages: a link to search the Dutch pages, which hold more. */
  dutchSearch: string;
  label: string;
  hint: string;
  submit: string;
  filters: string;
  applyFilters: string;
  /** "{n} results" per plural category (src/i18n/format.ts `plural`). */
  results: PluralForms;
  none: string;
  forQuery: string;
  urgentFirst: string;
  error: string;
  urgentTitle: string;
  urgentText: string;
  resultsLabel: string;
  next: string;
  more: string;
  emptyTitle: string;
  emptyText: string;
  /** Words many people search for, offered when nothing was found. */
  suggestions: string[];
  emptyContact: string;
  emptyContactLink: string;
}

/** The header search box (HeaderSearch island): its own words plus the counts of the search page. */
export interface HeaderSearchStrings extends Pick<SearchStrings, 'submit' | 'results' | 'none' | 'forQuery'> {
  boxLabel: string;
  placeholder: string;
  help: string;
  panelLabel: string;
  searching: string;
  error: string;
  errorEnter: string;
  quickNone: string;
  all: string;
  urgentType: string;
  urgentFirst: string;
  arrows: string;
}

const header: Record<Locale, Omit<HeaderSearchStrings, 'submit' | 'results' | 'none' | 'forQuery'>> = {
  nl: {
    boxLabel: 'Zoek op de site',
    placeholder: 'Zoek, bijvoorbeeld: puber',
    help: 'Tijdens het typen verschijnen resultaten onder het zoekvak.',
    panelLabel: 'Snelle zoekresultaten',
    searching: 'Zoeken…',
    error: 'Snel zoeken lukt nu niet.',
    errorEnter: 'Snel zoeken lukt nu niet. Druk op Enter om te zoeken.',
    quickNone: 'Geen snelle resultaten. Probeer een ander woord.',
    all: 'Alle resultaten voor “{q}”',
    urgentType: 'Hulp bij spoed',
    urgentFirst: ' Hulp bij spoed staat bovenaan.',
    arrows: ' Gebruik pijltje omlaag om een resultaat te kiezen.',
  },
  en: {
    boxLabel: 'Search this site',
    placeholder: 'Search, for example: teenager',
    help: 'Results appear under the search box while you type.',
    panelLabel: 'Quick search results',
    searching: 'Searching…',
    error: 'Quick search is not working right now.',
    errorEnter: 'Quick search is not working right now. Press Enter to search.',
    quickNone: 'No quick results. Try another word.',
    all: 'All results for “{q}”',
    urgentType: 'Urgent help',
    urgentFirst: ' Urgent help is at the top.',
    arrows: ' Use the down arrow to choose a result.',
  },
  ar: {
    boxLabel: 'ابحث في الموقع',
    placeholder: 'ابحث، مثلاً: مراهق',
    help: 'تظهر النتائج تحت مربع البحث أثناء الكتابة.',
    panelLabel: 'نتائج بحث سريعة',
    searching: 'جارٍ البحث…',
    error: 'البحث السريع لا يعمل الآن.',
    errorEnter: 'البحث السريع لا يعمل الآن. اضغط Enter للبحث.',
    quickNone: 'لا توجد نتائج سريعة. جرّب كلمة أخرى.',
    all: 'كل النتائج عن “{q}”',
    urgentType: 'مساعدة عاجلة',
    urgentFirst: ' المساعدة العاجلة في الأعلى.',
    arrows: ' استخدم السهم للأسفل لاختيار نتيجة.',
  },
  tr: {
    boxLabel: 'Sitede ara',
    placeholder: 'Ara, örneğin: ergen',
    help: 'Yazarken sonuçlar arama kutusunun altında görünür.',
    panelLabel: 'Hızlı arama sonuçları',
    searching: 'Aranıyor…',
    error: 'Hızlı arama şu anda çalışmıyor.',
    errorEnter: 'Hızlı arama şu anda çalışmıyor. Aramak için Enter’a basın.',
    quickNone: 'Hızlı sonuç yok. Başka bir kelime deneyin.',
    all: '“{q}” için tüm sonuçlar',
    urgentType: 'Acil yardım',
    urgentFirst: ' Acil yardım en üstte.',
    arrows: ' Bir sonuç seçmek için aşağı ok tuşunu kullanın.',
  },
  pl: {
    boxLabel: 'Szukaj na stronie',
    placeholder: 'Szukaj, na przykład: nastolatek',
    help: 'Wyniki pojawiają się pod polem wyszukiwania podczas pisania.',
    panelLabel: 'Szybkie wyniki wyszukiwania',
    searching: 'Szukam…',
    error: 'Szybkie wyszukiwanie teraz nie działa.',
    errorEnter: 'Szybkie wyszukiwanie teraz nie działa. Naciśnij Enter, aby szukać.',
    quickNone: 'Brak szybkich wyników. Spróbuj innego słowa.',
    all: 'Wszystkie wyniki dla „{q}”',
    urgentType: 'Pilna pomoc',
    urgentFirst: ' Pilna pomoc jest na górze.',
    arrows: ' Użyj strzałki w dół, aby wybrać wynik.',
  },
  uk: {
    boxLabel: 'Пошук на сайті',
    placeholder: 'Пошук, наприклад: підліток',
    help: 'Під час введення результати з’являються під полем пошуку.',
    panelLabel: 'Швидкі результати пошуку',
    searching: 'Шукаємо…',
    error: 'Швидкий пошук зараз не працює.',
    errorEnter: 'Швидкий пошук зараз не працює. Натисніть Enter, щоб шукати.',
    quickNone: 'Немає швидких результатів. Спробуйте інше слово.',
    all: 'Усі результати для «{q}»',
    urgentType: 'Термінова допомога',
    urgentFirst: ' Термінова допомога вгорі.',
    arrows: ' Натисніть стрілку вниз, щоб вибрати результат.',
  },
};

export function headerSearchStrings(locale: Locale): HeaderSearchStrings {
  const { submit, results, none, forQuery } = searchStrings[locale];
  return { submit, results, none, forQuery, ...header[locale] };
}

export const searchStrings: Record<Locale, SearchStrings> = {
  nl: {
    pageTitle: 'Zoeken',
    pageDescription: 'Zoek in de informatie, trainingen, webinars, partners en hulplijnen van Samen Opgroeien.',
    dutchSearch: '',
    label: 'Waar zoek je naar?',
    hint: 'Bijvoorbeeld: puber, scheiden, faalangst of een training',
    submit: 'Zoek',
    filters: 'Filters en volgorde',
    applyFilters: 'Filters toepassen',
    results: { one: '{n} resultaat', other: '{n} resultaten' },
    none: 'Geen resultaten',
    forQuery: ' voor “{q}”',
    urgentFirst: '. Hulp bij spoed staat bovenaan',
    error: 'Zoeken lukt nu niet. Probeer het later opnieuw, of kijk bij de thema’s hieronder.',
    urgentTitle: 'Hulp als het nu niet goed gaat',
    urgentText: 'Je bent niet de enige. Praat erover met iemand. Het is gratis en vaak anoniem.',
    resultsLabel: 'Zoekresultaten',
    next: 'Eerstvolgende: {date}',
    more: 'Toon meer resultaten',
    emptyTitle: 'We hebben niets gevonden',
    emptyText: 'Probeer een ander of korter woord, of zet filters uit. Veel gezocht:',
    suggestions: ['puber', 'scheiden', 'pesten', 'faalangst', 'slapen'],
    emptyContact: 'Je kunt ook bellen of mailen met het CJG: we denken graag met je mee.',
    emptyContactLink: 'Zo bereik je ons',
  },
  en: {
    pageTitle: 'Search',
    pageDescription: 'Search the English pages of Samen Opgroeien: help, courses and how to reach the CJG.',
    dutchSearch: 'Search the Dutch pages (there is more in Dutch)',
    label: 'What are you looking for?',
    hint: 'For example: teenager, divorce, bullying or a course',
    submit: 'Search',
    filters: 'Filters and order',
    applyFilters: 'Apply filters',
    results: { one: '{n} result', other: '{n} results' },
    none: 'No results',
    forQuery: ' for “{q}”',
    urgentFirst: '. Urgent help is at the top',
    error: 'Search is not working right now. Please try again later.',
    urgentTitle: 'Help if things are not OK right now',
    urgentText: 'You are not the only one. Talk to someone about it. It is free and often anonymous.',
    resultsLabel: 'Search results',
    next: 'Next: {date}',
    more: 'Show more results',
    emptyTitle: 'We found nothing',
    emptyText: 'Try another or a shorter word. Often searched:',
    suggestions: ['teenager', 'divorce', 'bullying', 'sleep', 'course'],
    emptyContact: 'You can also call or e-mail the CJG. We are happy to help you.',
    emptyContactLink: 'How to reach us',
  },
  ar: {
    pageTitle: 'بحث',
    pageDescription: 'ابحث في الصفحات العربية لموقع Samen Opgroeien: المساعدة والدورات وكيف تصل إلى CJG.',
    dutchSearch: 'ابحث في الصفحات الهولندية (فيها معلومات أكثر)',
    label: 'عن ماذا تبحث؟',
    hint: 'مثلاً: مراهق، طلاق، تنمّر',
    submit: 'بحث',
    filters: 'التصفية والترتيب',
    applyFilters: 'تطبيق',
    results: { zero: 'لا توجد نتائج', one: 'نتيجة واحدة', two: 'نتيجتان', few: '{n} نتائج', many: '{n} نتيجة', other: '{n} نتيجة' },
    none: 'لا توجد نتائج',
    forQuery: ' عن “{q}”',
    urgentFirst: '. المساعدة العاجلة في الأعلى',
    error: 'البحث لا يعمل الآن. حاول مرة أخرى لاحقاً.',
    urgentTitle: 'مساعدة إذا كان الوضع صعباً الآن',
    urgentText: 'أنت لست وحدك. تحدّث مع أحد. هذا مجاني وغالباً بدون ذكر اسمك.',
    resultsLabel: 'نتائج البحث',
    next: 'الموعد القادم: {date}',
    more: 'عرض نتائج أكثر',
    emptyTitle: 'لم نجد شيئاً',
    emptyText: 'جرّب كلمة أخرى أو أقصر. كلمات يبحث عنها كثيرون:',
    suggestions: ['طلاق', 'تنمر', 'مراهق', 'تسجيل'],
    emptyContact: 'يمكنك أيضاً الاتصال بمركز CJG أو مراسلته. نحن نساعدك بكل سرور.',
    emptyContactLink: 'كيف تصل إلينا',
  },
  tr: {
    pageTitle: 'Arama',
    pageDescription: 'Samen Opgroeien’in Türkçe sayfalarında arayın: yardım, kurslar ve CJG’ye nasıl ulaşılır.',
    dutchSearch: 'Hollandaca sayfalarda arayın (Hollandaca daha fazla bilgi var)',
    label: 'Ne arıyorsunuz?',
    hint: 'Örneğin: ergen, boşanma, zorbalık',
    submit: 'Ara',
    filters: 'Filtreler ve sıralama',
    applyFilters: 'Uygula',
    results: { one: '{n} sonuç', other: '{n} sonuç' },
    none: 'Sonuç yok',
    forQuery: ' “{q}” için',
    urgentFirst: '. Acil yardım en üstte',
    error: 'Arama şu anda çalışmıyor. Lütfen daha sonra tekrar deneyin.',
    urgentTitle: 'Şu anda iyi değilsen yardım',
    urgentText: 'Yalnız değilsin. Biriyle konuş. Ücretsizdir ve çoğu zaman isim vermen gerekmez.',
    resultsLabel: 'Arama sonuçları',
    next: 'Sıradaki: {date}',
    more: 'Daha fazla sonuç göster',
    emptyTitle: 'Hiçbir şey bulamadık',
    emptyText: 'Başka veya daha kısa bir kelime deneyin. Çok arananlar:',
    suggestions: ['boşanma', 'zorbalık', 'ergen', 'kayıt'],
    emptyContact: 'CJG’yi arayabilir veya e-posta gönderebilirsiniz. Size seve seve yardım ederiz.',
    emptyContactLink: 'Bize nasıl ulaşırsınız',
  },
  pl: {
    pageTitle: 'Szukaj',
    pageDescription: 'Szukaj na polskich stronach Samen Opgroeien: pomoc, kursy i kontakt z CJG.',
    dutchSearch: 'Szukaj na stronach po niderlandzku (tam jest więcej)',
    label: 'Czego szukasz?',
    hint: 'Na przykład: nastolatek, rozwód, przemoc rówieśnicza',
    submit: 'Szukaj',
    filters: 'Filtry i kolejność',
    applyFilters: 'Zastosuj',
    results: { one: '{n} wynik', few: '{n} wyniki', many: '{n} wyników', other: '{n} wyniku' },
    none: 'Brak wyników',
    forQuery: ' dla „{q}”',
    urgentFirst: '. Pilna pomoc jest na górze',
    error: 'Wyszukiwanie teraz nie działa. Spróbuj ponownie później.',
    urgentTitle: 'Pomoc, jeśli teraz nie jest dobrze',
    urgentText: 'Nie jesteś sam. Porozmawiaj z kimś. To jest bezpłatne i często anonimowe.',
    resultsLabel: 'Wyniki wyszukiwania',
    next: 'Najbliższy termin: {date}',
    more: 'Pokaż więcej wyników',
    emptyTitle: 'Nic nie znaleźliśmy',
    emptyText: 'Spróbuj innego lub krótszego słowa. Często szukane:',
    suggestions: ['rozwód', 'nastolatek', 'zapisy'],
    emptyContact: 'Możesz też zadzwonić lub napisać do CJG. Chętnie pomożemy.',
    emptyContactLink: 'Jak się z nami skontaktować',
  },
  uk: {
    pageTitle: 'Пошук',
    pageDescription: 'Шукайте на українських сторінках Samen Opgroeien: допомога, курси і як зв’язатися з CJG.',
    dutchSearch: 'Шукати на нідерландських сторінках (там більше інформації)',
    label: 'Що ви шукаєте?',
    hint: 'Наприклад: підліток, розлучення, булінг',
    submit: 'Шукати',
    filters: 'Фільтри і порядок',
    applyFilters: 'Застосувати',
    results: { one: '{n} результат', few: '{n} результати', many: '{n} результатів', other: '{n} результату' },
    none: 'Немає результатів',
    forQuery: ' для «{q}»',
    urgentFirst: '. Термінова допомога вгорі',
    error: 'Пошук зараз не працює. Спробуйте пізніше.',
    urgentTitle: 'Допомога, якщо зараз погано',
    urgentText: 'Ти не один. Поговори з кимось. Це безкоштовно і часто анонімно.',
    resultsLabel: 'Результати пошуку',
    next: 'Наступна дата: {date}',
    more: 'Показати більше результатів',
    emptyTitle: 'Нічого не знайдено',
    emptyText: 'Спробуйте інше або коротше слово. Часто шукають:',
    suggestions: ['розлучення', 'булінг', 'підліток', 'запис'],
    emptyContact: 'Ви також можете подзвонити або написати в CJG. Ми охоче допоможемо.',
    emptyContactLink: 'Як з нами зв’язатися',
  },
};
