/**
 * The home page of each language (src/pages/[locale]/index.astro). Plain and short (B1), true to the Dutch
 * home page. `dutchOnly` names the parts that are in Dutch only; the page lists only those that are not
 * (yet) built in its language (src/i18n/pages.ts), so the list shrinks by itself as pages are translated.
 */
import type { TranslatedLocale } from '../translations';

export type DoorKey = 'ouders' | 'jongeren' | 'aanbod' | 'hulp' | 'over' | 'contact';
/** Dutch pages a language home can point to when they are not translated. */
export const dutchOnlyPaths = {
  ouders: '/ouders/', aanbod: '/aanbod/', agenda: '/agenda/', artikelen: '/artikelen/', themas: '/themas/', vraag: '/jongeren/vraag/',
  professionals: '/professionals/', privacy: '/privacy/', toegankelijkheid: '/toegankelijkheid/',
} as const;
export type DutchOnlyKey = keyof typeof dutchOnlyPaths;

export interface HomeCopy {
  title: string;
  description: string;
  h1: string;
  lead: string;
  forWhom: string;
  doors: Record<DoorKey, { title: string; text: string }>;
  coachHeading: string;
  coachText: string;
  /** Before the phone number: "Call". */
  call: string;
  /** After the hours: "or see how to reach us". */
  orReach: string;
  dutchOnlyHeading: string;
  dutchOnlyText: string;
  dutchOnly: Record<DutchOnlyKey, string>;
  dutchHome: string;
}

export const homeCopy = {
  en: {
    title: 'Samen Opgroeien in English',
    description: 'Information, advice and help for parents, children and young people in Haarlem and Zandvoort, from the Centre for Youth and Family (CJG).',
    h1: 'Growing up together in Haarlem and Zandvoort',
    lead: 'Do you have a question about raising your child or about growing up? Here you find information, trainings and people who think along with you, close by. Talking with a CJG coach is free.',
    forWhom: 'For whom',
    doors: {
      ouders: { title: 'For parents and carers', text: 'What the CJG can do for you, and help when you are worried about your child.' },
      jongeren: { title: 'For young people', text: 'Is something bothering you? Find out what you can do and who you can talk to, anonymously.' },
      aanbod: { title: 'Trainings and webinars', text: 'All group trainings, webinars and workshops in the region, in one place. With dates and how to enrol.' },
      hulp: { title: 'Help now', text: 'All urgent numbers and what each one is for. And all places where you can go.' },
      over: { title: 'How the CJG helps', text: 'What the CJG does, how help works, waiting times and complaints.' },
      contact: { title: 'Contact', text: 'Call, email or come by. It is free.' },
    },
    coachHeading: 'Talk with a CJG coach',
    coachText: 'A CJG coach thinks along with you about raising children and growing up. At school, in your neighbourhood or at home. It is free and you do not need a referral.',
    call: 'Call',
    orReach: 'or see how to reach us',
    dutchOnlyHeading: 'Some parts are in Dutch only',
    dutchOnlyText: 'We are translating the site step by step. These parts are in Dutch only for now:',
    dutchOnly: {
      ouders: 'Information for parents', aanbod: 'Trainings and webinars', agenda: 'Calendar', artikelen: 'Articles', themas: 'Themes',
      vraag: 'Ask a question anonymously', professionals: 'For professionals', privacy: 'Privacy', toegankelijkheid: 'Accessibility',
    },
    dutchHome: 'The Dutch home page',
  },
  ar: {
    title: 'Samen Opgroeien بالعربية',
    description: 'معلومات ونصائح ومساعدة للأهل والأطفال والشباب في هارلم وزاندفورت، من مركز الشباب والعائلة (CJG).',
    h1: 'نكبر معًا في هارلم وزاندفورت',
    lead: 'هل عندك سؤال عن تربية طفلك أو عن النمو؟ هنا تجد معلومات وأشخاصًا يفكرون معك، قريبين منك. الكلام مع مرشد من CJG مجاني.',
    forWhom: 'لمن',
    doors: {
      ouders: { title: 'للأهل', text: 'ماذا يقدم لك CJG، ومساعدة عندما تقلق على طفلك.' },
      jongeren: { title: 'للشباب', text: 'هل يزعجك شيء؟ اعرف ماذا يمكنك أن تفعل ومع من يمكنك أن تتكلم، دون ذكر اسمك.' },
      aanbod: { title: 'الدورات والندوات', text: 'كل الدورات الجماعية والندوات وورشات العمل في المنطقة، في مكان واحد. مع المواعيد وطريقة التسجيل.' },
      hulp: { title: 'مساعدة الآن', text: 'كل أرقام الطوارئ، ولماذا كل رقم.' },
      over: { title: 'كيف يساعد CJG', text: 'ماذا يفعل CJG، وكيف تعمل المساعدة، ووقت الانتظار والشكاوى.' },
      contact: { title: 'اتصل بنا', text: 'اتصل أو راسلنا أو تعال. هذا مجاني.' },
    },
    coachHeading: 'تكلم مع مرشد من CJG',
    coachText: 'مرشد CJG يفكر معك في التربية والنمو. في المدرسة أو في الحي أو في بيتك. هذا مجاني ولا تحتاج إلى تحويل من طبيب.',
    call: 'اتصل على',
    orReach: 'أو اقرأ كيف تصل إلينا',
    dutchOnlyHeading: 'بعض الأجزاء بالهولندية فقط',
    dutchOnlyText: 'نترجم الموقع خطوة بخطوة. هذه الأجزاء بالهولندية فقط الآن:',
    dutchOnly: {
      ouders: 'معلومات للأهل', aanbod: 'الدورات والندوات', agenda: 'المواعيد', artikelen: 'المقالات', themas: 'المواضيع',
      vraag: 'اطرح سؤالك دون ذكر اسمك', professionals: 'للمهنيين', privacy: 'الخصوصية', toegankelijkheid: 'سهولة الاستخدام',
    },
    dutchHome: 'الصفحة الرئيسية بالهولندية',
  },
  tr: {
    title: 'Samen Opgroeien Türkçe',
    description: 'Haarlem ve Zandvoort’ta ebeveynler, çocuklar ve gençler için bilgi, danışma ve yardım. Gençlik ve Aile Merkezi’nden (CJG).',
    h1: 'Haarlem ve Zandvoort’ta birlikte büyümek',
    lead: 'Çocuk yetiştirme veya büyüme hakkında bir sorun mu var? Burada bilgi ve seninle birlikte düşünen insanlar bulursun, yakında. Bir CJG koçuyla konuşmak ücretsizdir.',
    forWhom: 'Kimin için',
    doors: {
      ouders: { title: 'Ebeveynler için', text: 'CJG senin için ne yapabilir, çocuğun için endişelendiğinde yardım.' },
      jongeren: { title: 'Gençler için', text: 'Seni üzen bir şey mi var? Ne yapabileceğini ve kiminle konuşabileceğini isimsiz öğren.' },
      aanbod: { title: 'Eğitimler ve seminerler', text: 'Bölgedeki tüm grup eğitimleri, seminerler ve atölyeler tek bir yerde. Tarihleri ve nasıl kayıt olacağınız da burada.' },
      hulp: { title: 'Hemen yardım', text: 'Tüm acil numaralar ve her birinin ne için olduğu.' },
      over: { title: 'CJG nasıl yardım eder', text: 'CJG ne yapar, yardım nasıl işler, bekleme süreleri ve şikâyetler.' },
      contact: { title: 'İletişim', text: 'Ara, e-posta gönder veya uğra. Ücretsizdir.' },
    },
    coachHeading: 'Bir CJG koçuyla konuş',
    coachText: 'Bir CJG koçu çocuk yetiştirme ve büyüme konusunda seninle birlikte düşünür. Okulda, mahallede veya evde. Ücretsizdir ve sevk gerekmez.',
    call: 'Ara:',
    orReach: 'veya bize nasıl ulaşacağını oku',
    dutchOnlyHeading: 'Bazı bölümler sadece Hollandaca',
    dutchOnlyText: 'Siteyi adım adım çeviriyoruz. Bu bölümler şimdilik sadece Hollandaca:',
    dutchOnly: {
      ouders: 'Ebeveynler için bilgi', aanbod: 'Kurslar ve webinarlar', agenda: 'Takvim', artikelen: 'Yazılar', themas: 'Konular',
      vraag: 'Sorunu isimsiz sor', professionals: 'Uzmanlar için', privacy: 'Gizlilik', toegankelijkheid: 'Erişilebilirlik',
    },
    dutchHome: 'Hollandaca ana sayfa',
  },
  pl: {
    title: 'Samen Opgroeien po polsku',
    description: 'Informacje, porady i pomoc dla rodziców, dzieci i młodzieży w Haarlemie i Zandvoort. Od Centrum dla Młodzieży i Rodziny (CJG).',
    h1: 'Dorastamy razem w Haarlemie i Zandvoort',
    lead: 'Masz pytanie o wychowanie dziecka albo o dorastanie? Tu znajdziesz informacje i ludzi, którzy pomyślą razem z tobą, blisko ciebie. Rozmowa z coachem CJG jest bezpłatna.',
    forWhom: 'Dla kogo',
    doors: {
      ouders: { title: 'Dla rodziców', text: 'Co CJG może dla ciebie zrobić i pomoc, gdy martwisz się o dziecko.' },
      jongeren: { title: 'Dla młodzieży', text: 'Coś cię gnębi? Sprawdź, co możesz zrobić i z kim porozmawiać, anonimowo.' },
      aanbod: { title: 'Szkolenia i webinary', text: 'Wszystkie szkolenia grupowe, webinary i warsztaty w regionie w jednym miejscu. Z terminami i zapisami.' },
      hulp: { title: 'Pomoc teraz', text: 'Wszystkie numery alarmowe i do czego służy każdy z nich.' },
      over: { title: 'Jak pomaga CJG', text: 'Co robi CJG, jak działa pomoc, czas oczekiwania i skargi.' },
      contact: { title: 'Kontakt', text: 'Zadzwoń, napisz albo przyjdź. To nic nie kosztuje.' },
    },
    coachHeading: 'Porozmawiaj z coachem CJG',
    coachText: 'Coach CJG myśli razem z tobą o wychowaniu i dorastaniu. W szkole, w dzielnicy albo u ciebie w domu. To bezpłatne i nie potrzebujesz skierowania.',
    call: 'Zadzwoń:',
    orReach: 'albo zobacz, jak się z nami skontaktować',
    dutchOnlyHeading: 'Niektóre części są tylko po niderlandzku',
    dutchOnlyText: 'Tłumaczymy stronę krok po kroku. Te części są na razie tylko po niderlandzku:',
    dutchOnly: {
      ouders: 'Informacje dla rodziców', aanbod: 'Szkolenia i webinary', agenda: 'Kalendarz', artikelen: 'Artykuły', themas: 'Tematy',
      vraag: 'Zadaj pytanie anonimowo', professionals: 'Dla specjalistów', privacy: 'Prywatność', toegankelijkheid: 'Dostępność',
    },
    dutchHome: 'Strona główna po niderlandzku',
  },
  uk: {
    title: 'Samen Opgroeien українською',
    description: 'Інформація, поради й допомога для батьків, дітей і молоді в Гарлемі та Зандворті. Від Центру для молоді та сім’ї (CJG).',
    h1: 'Зростаємо разом у Гарлемі та Зандворті',
    lead: 'Маєте питання про виховання дитини або про дорослішання? Тут ви знайдете інформацію і людей, які подумають разом із вами, поруч. Розмова з коучем CJG безкоштовна.',
    forWhom: 'Для кого',
    doors: {
      ouders: { title: 'Батькам', text: 'Що CJG може зробити для вас, і допомога, коли ви хвилюєтеся за дитину.' },
      jongeren: { title: 'Молоді', text: 'Тебе щось турбує? Дізнайся, що можна зробити і з ким поговорити, анонімно.' },
      aanbod: { title: 'Тренінги та вебінари', text: 'Усі групові тренінги, вебінари та воркшопи в регіоні в одному місці. З датами і записом.' },
      hulp: { title: 'Допомога зараз', text: 'Усі екстрені номери і для чого кожен із них.' },
      over: { title: 'Як допомагає CJG', text: 'Що робить CJG, як працює допомога, час очікування і скарги.' },
      contact: { title: 'Контакти', text: 'Зателефонуйте, напишіть або прийдіть. Це безкоштовно.' },
    },
    coachHeading: 'Поговоріть із коучем CJG',
    coachText: 'Коуч CJG думає разом із вами про виховання і дорослішання. У школі, у вашому районі або вдома. Це безкоштовно, направлення не потрібне.',
    call: 'Телефонуйте:',
    orReach: 'або прочитайте, як з нами зв’язатися',
    dutchOnlyHeading: 'Деякі розділи лише нідерландською',
    dutchOnlyText: 'Ми перекладаємо сайт крок за кроком. Ці розділи поки що лише нідерландською:',
    dutchOnly: {
      ouders: 'Інформація для батьків', aanbod: 'Тренінги та вебінари', agenda: 'Календар', artikelen: 'Статті', themas: 'Теми',
      vraag: 'Постав питання анонімно', professionals: 'Фахівцям', privacy: 'Приватність', toegankelijkheid: 'Доступність',
    },
    dutchHome: 'Головна сторінка нідерландською',
  },
} satisfies Record<TranslatedLocale, HomeCopy>;
