/**
 * The youth help finder and the help pages in each language (src/pages/[locale]/jongeren/ and hulp/),
 * true to the Dutch /jongeren/, /jongeren/<topic>/, /hulp/ and /hulp/<id>/. Written for youngsters: short, "you".
 */
import type { TranslatedLocale } from '../translations';

export interface YouthCopy {
  title: string;
  description: string;
  h1: string;
  lead: string;
  urgentHeading: string;
  whatHeading: string;
  notListed: string;
  askLink: string;
  orCall: string;
  anonymousHeading: string;
  anonymousText: string;
  readAnswer: string;
  tracesHeading: string;
  tracesText: string;
  tracesLink: string;
  /** Topic pages. */
  topicTitle: (heading: string) => string;
  onThisPage: string;
  selfHelp: string;
  talkTo: string;
  urgentWhen: string;
  anonymousLines: string;
  askCjg: string;
  alsoHere: string;
  callNow: string;
  goodToKnow: string;
  readMore: string;
  back: string;
  /** Help pages. */
  helpTitle: string;
  helpDescription: string;
  helpLead: string;
  helpUrgent: string;
  helpOther: string;
  helpMore: string;
  helpMuted: string;
  helpDanger: string;
  helpRelated: string;
  helpAll: string;
}

export const youthCopy = {
  en: {
    title: 'For young people', description: 'Is something bothering you? Choose what is going on. You read what you can do yourself and who you can talk to. Also anonymously.',
    h1: 'Is something bothering you?', lead: 'You are not the only one. Choose below what is going on. You read what you can do yourself and who you can talk to. A lot of help is free and anonymous.',
    urgentHeading: 'Is it really bad right now?', whatHeading: 'What is going on?',
    notListed: 'Not in the list?', askLink: 'Ask your question anonymously', orCall: 'Or call or chat with',
    anonymousHeading: 'Ask your question anonymously', anonymousText: 'You do not have to give your name. You get a code. With that code you read the answer later.', readAnswer: 'Read your answer',
    tracesHeading: 'Nobody needs to know you are looking here', tracesText: 'This website uses no cookies and does not track you. We do not keep who you are. Using a phone or computer you share?', tracesLink: 'How to hide your visit',
    topicTitle: (h: string) => `${h}: what can you do?`, onThisPage: 'On this page',
    selfHelp: 'What can you do yourself?', talkTo: 'Who can you talk to?', urgentWhen: 'When is it urgent?',
    anonymousLines: 'Anonymous: you do not have to give your name', askCjg: 'Ask the CJG your question anonymously', alsoHere: 'You can also go here',
    callNow: 'Then call straight away:', goodToKnow: 'Good to know', readMore: 'Read more', back: 'Back to: what is going on?',
    helpTitle: 'Help and advice: all places', helpDescription: 'All helplines and places where parents and young people in Haarlem and Zandvoort can go. In an emergency, anonymously or just to talk.',
    helpLead: 'Here are all helplines and places where you can go. Not sure what you are looking for? Choose what is going on on the page for young people.',
    helpUrgent: 'Urgent numbers', helpOther: 'Talk, ask and take part', helpMore: 'More places', helpMuted: 'Help and advice',
    helpDanger: 'Are you in danger now? Call', helpRelated: 'More help', helpAll: 'All places where you can go',
  },
  ar: {
    title: 'للشباب', description: 'هل يزعجك شيء؟ اختر ما يحدث. تقرأ ماذا يمكنك أن تفعل بنفسك ومع من يمكنك أن تتكلم، دون ذكر اسمك أيضًا.',
    h1: 'هل يزعجك شيء؟', lead: 'لست وحدك. اختر في الأسفل ما يحدث معك. تقرأ ماذا يمكنك أن تفعل بنفسك ومع من يمكنك أن تتكلم. كثير من المساعدة مجاني ودون ذكر اسمك.',
    urgentHeading: 'هل الأمر سيئ جدًا الآن؟', whatHeading: 'ماذا يحدث معك؟',
    notListed: 'ليس موجودًا في القائمة؟', askLink: 'اطرح سؤالك دون ذكر اسمك', orCall: 'أو اتصل أو دردش مع',
    anonymousHeading: 'اطرح سؤالك دون ذكر اسمك', anonymousText: 'لا تحتاج أن تذكر اسمك. تحصل على رمز. بهذا الرمز تقرأ الجواب لاحقًا.', readAnswer: 'اقرأ جوابك',
    tracesHeading: 'لا أحد يحتاج أن يعرف أنك تبحث هنا', tracesText: 'هذا الموقع لا يستخدم ملفات تعريف الارتباط ولا يتتبعك. لا نحفظ من أنت. هل تستعمل هاتفًا أو حاسوبًا مشتركًا؟', tracesLink: 'كيف تمحو آثار زيارتك',
    topicTitle: (h: string) => `${h}: ماذا يمكنك أن تفعل؟`, onThisPage: 'في هذه الصفحة',
    selfHelp: 'ماذا يمكنك أن تفعل بنفسك؟', talkTo: 'مع من يمكنك أن تتكلم؟', urgentWhen: 'متى يكون الأمر عاجلًا؟',
    anonymousLines: 'دون ذكر اسمك: لا تحتاج أن تقول من أنت', askCjg: 'اطرح سؤالك على CJG دون ذكر اسمك', alsoHere: 'يمكنك أن تذهب إلى هنا أيضًا',
    callNow: 'عندها اتصل فورًا:', goodToKnow: 'من المفيد أن تعرف', readMore: 'اقرأ المزيد', back: 'رجوع إلى: ماذا يحدث معك؟',
    helpTitle: 'مساعدة الآن: أرقام الطوارئ', helpDescription: 'كل أرقام الطوارئ في هولندا ولماذا كل رقم، وأماكن المساعدة في هارلم وزاندفورت.',
    helpLead: 'هنا كل أرقام الطوارئ وأماكن المساعدة. لست متأكدًا مما تبحث عنه؟ اختر ما يحدث معك في صفحة الشباب.',
    helpUrgent: 'أرقام الطوارئ', helpOther: 'الكلام والأسئلة', helpMore: 'أماكن أخرى', helpMuted: 'المساعدة والنصيحة',
    helpDanger: 'هل أنت في خطر الآن؟ اتصل على', helpRelated: 'مساعدة أخرى', helpAll: 'كل الأماكن التي يمكنك الذهاب إليها',
  },
  tr: {
    title: 'Gençler için', description: 'Seni üzen bir şey mi var? Ne olduğunu seç. Kendin ne yapabileceğini ve kiminle konuşabileceğini oku. İsimsiz de olur.',
    h1: 'Seni üzen bir şey mi var?', lead: 'Yalnız değilsin. Aşağıda ne olduğunu seç. Kendin ne yapabileceğini ve kiminle konuşabileceğini okursun. Çoğu yardım ücretsiz ve isimsizdir.',
    urgentHeading: 'Şu an çok mu kötü?', whatHeading: 'Ne oluyor?',
    notListed: 'Listede yok mu?', askLink: 'Sorunu isimsiz sor', orCall: 'Ya da ara veya sohbet et:',
    anonymousHeading: 'Sorunu isimsiz sor', anonymousText: 'Adını vermek zorunda değilsin. Bir kod alırsın. Bu kodla cevabı sonra okursun.', readAnswer: 'Cevabını oku',
    tracesHeading: 'Burada baktığını kimsenin bilmesi gerekmez', tracesText: 'Bu site çerez kullanmaz ve seni takip etmez. Kim olduğunu saklamayız. Başkalarıyla paylaştığın bir telefon veya bilgisayar mı kullanıyorsun?', tracesLink: 'İzlerini nasıl silersin',
    topicTitle: (h: string) => `${h}: ne yapabilirsin?`, onThisPage: 'Bu sayfada',
    selfHelp: 'Kendin ne yapabilirsin?', talkTo: 'Kiminle konuşabilirsin?', urgentWhen: 'Ne zaman acildir?',
    anonymousLines: 'İsimsiz: adını vermek zorunda değilsin', askCjg: 'Sorunu CJG’ye isimsiz sor', alsoHere: 'Buraya da gidebilirsin',
    callNow: 'O zaman hemen ara:', goodToKnow: 'Bilmekte fayda var', readMore: 'Daha fazla oku', back: 'Geri dön: ne oluyor?',
    helpTitle: 'Hemen yardım: acil numaralar', helpDescription: 'Hollanda’daki tüm acil numaralar, her birinin ne için olduğu ve Haarlem ile Zandvoort’taki yardım yerleri.',
    helpLead: 'Burada tüm acil numaralar ve yardım yerleri var. Ne aradığını bilmiyor musun? Gençler sayfasında ne olduğunu seç.',
    helpUrgent: 'Acil numaralar', helpOther: 'Konuşmak ve sormak', helpMore: 'Daha fazla yer', helpMuted: 'Yardım ve danışma',
    helpDanger: 'Şu an tehlikede misin? Ara:', helpRelated: 'Daha fazla yardım', helpAll: 'Gidebileceğin tüm yerler',
  },
  pl: {
    title: 'Dla młodzieży', description: 'Coś cię gnębi? Wybierz, co się dzieje. Przeczytasz, co możesz zrobić sam i z kim porozmawiać. Także anonimowo.',
    h1: 'Coś cię gnębi?', lead: 'Nie jesteś sam. Wybierz poniżej, co się dzieje. Przeczytasz, co możesz zrobić sam i z kim możesz porozmawiać. Dużo pomocy jest bezpłatnej i anonimowej.',
    urgentHeading: 'Jest teraz bardzo źle?', whatHeading: 'Co się dzieje?',
    notListed: 'Nie ma tego na liście?', askLink: 'Zadaj pytanie anonimowo', orCall: 'Albo zadzwoń lub napisz na czacie do',
    anonymousHeading: 'Zadaj pytanie anonimowo', anonymousText: 'Nie musisz podawać imienia. Dostaniesz kod. Z tym kodem później przeczytasz odpowiedź.', readAnswer: 'Przeczytaj odpowiedź',
    tracesHeading: 'Nikt nie musi wiedzieć, że tu zaglądasz', tracesText: 'Ta strona nie używa plików cookie i cię nie śledzi. Nie zapisujemy, kim jesteś. Używasz telefonu albo komputera, który dzielisz z innymi?', tracesLink: 'Jak usunąć ślady',
    topicTitle: (h: string) => `${h}: co możesz zrobić?`, onThisPage: 'Na tej stronie',
    selfHelp: 'Co możesz zrobić sam?', talkTo: 'Z kim możesz porozmawiać?', urgentWhen: 'Kiedy to pilne?',
    anonymousLines: 'Anonimowo: nie musisz podawać imienia', askCjg: 'Zadaj pytanie CJG anonimowo', alsoHere: 'Możesz też pójść tutaj',
    callNow: 'Wtedy od razu zadzwoń:', goodToKnow: 'Dobrze wiedzieć', readMore: 'Czytaj więcej', back: 'Wróć do: co się dzieje?',
    helpTitle: 'Pomoc teraz: numery alarmowe', helpDescription: 'Wszystkie numery alarmowe w Holandii, do czego służy każdy z nich, i miejsca pomocy w Haarlemie i Zandvoort.',
    helpLead: 'Tu są wszystkie numery alarmowe i miejsca pomocy. Nie wiesz, czego szukasz? Wybierz, co się dzieje, na stronie dla młodzieży.',
    helpUrgent: 'Numery alarmowe', helpOther: 'Rozmowa i pytania', helpMore: 'Więcej miejsc', helpMuted: 'Pomoc i porady',
    helpDanger: 'Jesteś teraz w niebezpieczeństwie? Zadzwoń pod', helpRelated: 'Więcej pomocy', helpAll: 'Wszystkie miejsca, gdzie możesz pójść',
  },
  uk: {
    title: 'Молоді', description: 'Тебе щось турбує? Вибери, що сталося. Прочитай, що можеш зробити сам і з ким поговорити. Також анонімно.',
    h1: 'Тебе щось турбує?', lead: 'Ти не один. Вибери нижче, що сталося. Ти прочитаєш, що можеш зробити сам і з ким можна поговорити. Багато допомоги безкоштовна й анонімна.',
    urgentHeading: 'Зараз дуже погано?', whatHeading: 'Що сталося?',
    notListed: 'Немає в списку?', askLink: 'Постав питання анонімно', orCall: 'Або зателефонуй чи напиши в чат',
    anonymousHeading: 'Постав питання анонімно', anonymousText: 'Ім’я називати не треба. Ти отримаєш код. З цим кодом пізніше прочитаєш відповідь.', readAnswer: 'Прочитати відповідь',
    tracesHeading: 'Ніхто не мусить знати, що ти тут дивишся', tracesText: 'Цей сайт не використовує cookie і не стежить за тобою. Ми не зберігаємо, хто ти. Користуєшся спільним телефоном чи комп’ютером?', tracesLink: 'Як стерти сліди',
    topicTitle: (h: string) => `${h}: що можна зробити?`, onThisPage: 'На цій сторінці',
    selfHelp: 'Що ти можеш зробити сам?', talkTo: 'З ким можна поговорити?', urgentWhen: 'Коли це терміново?',
    anonymousLines: 'Анонімно: ім’я називати не треба', askCjg: 'Постав питання CJG анонімно', alsoHere: 'Сюди теж можна звернутися',
    callNow: 'Тоді одразу телефонуй:', goodToKnow: 'Корисно знати', readMore: 'Читати більше', back: 'Назад до: що сталося?',
    helpTitle: 'Допомога зараз: екстрені номери', helpDescription: 'Усі екстрені номери в Нідерландах, для чого кожен із них, і місця допомоги в Гарлемі та Зандворті.',
    helpLead: 'Тут усі екстрені номери і місця допомоги. Не знаєш, що шукаєш? Вибери, що сталося, на сторінці для молоді.',
    helpUrgent: 'Екстрені номери', helpOther: 'Поговорити і запитати', helpMore: 'Більше місць', helpMuted: 'Допомога і поради',
    helpDanger: 'Ти зараз у небезпеці? Телефонуй', helpRelated: 'Більше допомоги', helpAll: 'Усі місця, куди можна звернутися',
  },
} satisfies Record<TranslatedLocale, YouthCopy>;
