/** The contact page in each language (src/pages/[locale]/contact.astro), true to the Dutch /contact/. */
import type { TranslatedLocale } from '../translations';
import { conversationCopy } from './conversation';

export interface ContactCopy {
  title: string;
  description: string;
  h1: string;
  lead: string;
  callHeading: string;
  /** The button: "Call" + the number. */
  callButton: string;
  /** Before the hours: "You can call on". */
  callWhen: string;
  callSample: string;
  mailHeading: string;
  mailTo: string;
  /** The one reply promise (src/utils/contact.ts replyPromise), in this language (English: the conversation copy's). */
  replyPromise: string;
  mailCare: string;
  mailSample: string;
  anonymousHeading: string;
  anonymousText: string;
  anonymousLink: string;
  visitHeading: string;
  visitText: string;
  visitLink: string;
}

export const contactCopy = {
  en: {
    title: 'Contact us', description: 'Call, email or ask the CJG Haarlem and Zandvoort a question anonymously.', h1: 'Contact',
    lead: 'Do you have a question about raising children or growing up? Get in touch. It is free.',
    callHeading: 'Call', callButton: 'Call', callWhen: 'You can call', callSample: 'The phone number and the hours',
    mailHeading: 'Email', mailTo: 'Email', replyPromise: conversationCopy.en.replyPromise, mailCare: 'Do not put sensitive details in your email if you do not need to.', mailSample: 'The email address and how fast you get an answer',
    anonymousHeading: 'Ask a question anonymously', anonymousText: 'Are you young and would you rather not give your name? Ask your question anonymously. You get a code to read the answer later.', anonymousLink: 'Ask your question anonymously',
    visitHeading: 'Come by', visitText: 'The CJG has a place in every neighbourhood of Haarlem and in Zandvoort. Make an appointment first.', visitLink: 'See the locations',
  },
  ar: {
    title: 'اتصل بنا', description: 'اتصل أو راسل CJG هارلم وزاندفورت، أو اطرح سؤالك دون ذكر اسمك.', h1: 'اتصل بنا',
    lead: 'هل عندك سؤال عن التربية أو النمو؟ تواصل معنا. هذا مجاني.',
    callHeading: 'الهاتف', callButton: 'اتصل على', callWhen: 'يمكنك الاتصال', callSample: 'رقم الهاتف والأوقات',
    mailHeading: 'البريد الإلكتروني', mailTo: 'راسلنا على', replyPromise: 'يقرأ مرشد من CJG الأسئلة في أوقات محددة. إذا سألت على الإنترنت، ترى في صفحة محادثتك متى يمكنك أن تتوقع الجواب.', mailCare: 'لا تكتب معلومات حساسة في رسالتك إذا لم يكن ذلك ضروريًا.', mailSample: 'عنوان البريد ومدة انتظار الجواب',
    anonymousHeading: 'اطرح سؤالك دون ذكر اسمك', anonymousText: 'هل أنت شاب وتفضل ألا تذكر اسمك؟ اطرح سؤالك دون اسم. تحصل على رمز تقرأ به الجواب لاحقًا.', anonymousLink: 'اطرح سؤالك دون ذكر اسمك',
    visitHeading: 'زيارتنا', visitText: 'لـ CJG مكان في كل حي من أحياء هارلم وفي زاندفورت. احجز موعدًا أولًا.', visitLink: 'انظر الأماكن',
  },
  tr: {
    title: 'İletişim', description: 'CJG Haarlem ve Zandvoort’u ara, e-posta gönder veya sorunu isimsiz sor.', h1: 'İletişim',
    lead: 'Çocuk yetiştirme veya büyüme hakkında bir sorun mu var? Bize ulaş. Ücretsizdir.',
    callHeading: 'Telefon', callButton: 'Ara:', callWhen: 'Arayabileceğin zaman:', callSample: 'Telefon numarası ve saatler',
    mailHeading: 'E-posta', mailTo: 'E-posta gönder:', replyPromise: 'Bir CJG koçu soruları belirli saatlerde okur. İnternetten sorarsan, konuşma sayfanda ne zaman cevap bekleyebileceğini görürsün.', mailCare: 'Gerekmiyorsa e-postana özel bilgiler yazma.', mailSample: 'E-posta adresi ve ne kadar hızlı cevap aldığın',
    anonymousHeading: 'İsimsiz soru sor', anonymousText: 'Gençsin ve adını vermek istemiyor musun? Sorunu isimsiz sor. Cevabı sonra okumak için bir kod alırsın.', anonymousLink: 'Sorunu isimsiz sor',
    visitHeading: 'Uğramak', visitText: 'CJG’nin Haarlem’in her mahallesinde ve Zandvoort’ta bir yeri var. Önce randevu al.', visitLink: 'Yerlere bak',
  },
  pl: {
    title: 'Kontakt', description: 'Zadzwoń, napisz albo zadaj CJG Haarlem i Zandvoort pytanie anonimowo.', h1: 'Kontakt',
    lead: 'Masz pytanie o wychowanie albo dorastanie? Skontaktuj się z nami. To bezpłatne.',
    callHeading: 'Telefon', callButton: 'Zadzwoń:', callWhen: 'Możesz dzwonić', callSample: 'Numer telefonu i godziny',
    mailHeading: 'E-mail', mailTo: 'Napisz na', replyPromise: 'Coach CJG czyta pytania w stałych godzinach. Jeśli zapytasz online, na stronie rozmowy zobaczysz, kiedy możesz spodziewać się odpowiedzi.', mailCare: 'Nie pisz w mailu danych wrażliwych, jeśli nie musisz.', mailSample: 'Adres e-mail i czas odpowiedzi',
    anonymousHeading: 'Zadaj pytanie anonimowo', anonymousText: 'Jesteś młody i nie chcesz podawać imienia? Zadaj pytanie anonimowo. Dostaniesz kod, żeby później przeczytać odpowiedź.', anonymousLink: 'Zadaj pytanie anonimowo',
    visitHeading: 'Odwiedź nas', visitText: 'CJG ma swoje miejsce w każdej dzielnicy Haarlemu i w Zandvoort. Najpierw umów się na wizytę.', visitLink: 'Zobacz miejsca',
  },
  uk: {
    title: 'Контакти', description: 'Зателефонуйте, напишіть або поставте CJG Гарлем і Зандворт питання анонімно.', h1: 'Контакти',
    lead: 'Маєте питання про виховання або дорослішання? Зв’яжіться з нами. Це безкоштовно.',
    callHeading: 'Телефон', callButton: 'Телефонуйте:', callWhen: 'Телефонувати можна', callSample: 'Номер телефону і години',
    mailHeading: 'Ел. пошта', mailTo: 'Пишіть на', replyPromise: 'Коуч CJG читає запитання у визначені години. Якщо ви запитаєте онлайн, на сторінці розмови ви побачите, коли чекати відповіді.', mailCare: 'Не пишіть у листі чутливих даних, якщо це не потрібно.', mailSample: 'Адреса ел. пошти і час відповіді',
    anonymousHeading: 'Поставити питання анонімно', anonymousText: 'Ти молодий і не хочеш називати ім’я? Постав питання анонімно. Ти отримаєш код, щоб пізніше прочитати відповідь.', anonymousLink: 'Постав питання анонімно',
    visitHeading: 'Прийти до нас', visitText: 'CJG має місце в кожному районі Гарлема і в Зандворті. Спершу домовтеся про зустріч.', visitLink: 'Подивіться адреси',
  },
} satisfies Record<TranslatedLocale, ContactCopy>;
