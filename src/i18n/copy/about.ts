/** "How the CJG helps" in each language (src/pages/[locale]/over-het-cjg.astro), true to the Dutch /over-het-cjg/. */
import { conversationCopy } from './conversation';
import type { TranslatedLocale } from '../translations';

export interface AboutCopy {
  title: string;
  description: string;
  h1: string;
  lead: string;
  onThisPage: string;
  tasks: string;
  how: string;
  waiting: string;
  complaints: string;
  audience: string;
  steps: [strong: string, text: string][];
  waitingText: string;
  replySample: string;
  trainingPlaces: string;
  complaintsIntro: string;
  /** Step 1 before the phone number, step 2 before the address, step 3. */
  complaintSteps: [string, string, string];
  complaintSubject: string;
  complaintSample: string;
  partners: string;
}

export const aboutCopy = {
  en: {
    title: 'How the CJG helps', description: 'What the Centre for Youth and Family (CJG) Haarlem and Zandvoort does: five core tasks, how help works, waiting times and complaints.',
    h1: 'How the CJG helps',
    lead: 'The Centre for Youth and Family (CJG) is there for all parents, children and young people from 0 to 23 in Haarlem and Zandvoort. You can come to us with questions about raising children and growing up. Free, without a referral.',
    onThisPage: 'On this page', tasks: 'What we do: five core tasks', how: 'How help works', waiting: 'Waiting times', complaints: 'Complaints', audience: 'For:',
    steps: [
      ['You get in touch.', 'You call, email, ask your question online or talk to a CJG coach at school or at the GP.'],
      ['We listen.', 'Someone talks with you about your question. Often advice or a tip is enough.'],
      ['Together we look for what fits.', 'Sometimes a training or a few talks with a CJG coach help. Is more needed? Then we look for the right help together with you.'],
      ['You stay in charge.', 'We do nothing without you knowing. Is your child at school or older than 12? Then we also talk with your child.'],
    ],
    waitingText: `For information and advice you do not have to wait. ${conversationCopy.en.replyPromise} For support from a CJG coach there can be a waiting list. We keep it as short as possible. If you have to wait, you hear about how long, and what you can do in the meantime. Is someone not safe? Then you do not wait.`,
    replySample: 'How fast you get an answer',
    trainingPlaces: 'For a training, the page shows how many places are left. Is a training full? Then you can go on the waiting list.',
    complaintsIntro: 'Are you not happy with the CJG? Tell us. Often we solve it together, in a talk with your coach or their manager.',
    complaintSteps: ['First talk about it with the person you worked with. If that does not work, ask for their manager on', 'Can you not solve it together? Then make a complaint to the CJG. Email', 'You can get free help from an independent youth confidential adviser (vertrouwenspersoon jeugd). They help you write down your complaint and go with you to meetings.'],
    complaintSubject: 'with the subject "Klacht" (complaint).',
    complaintSample: 'How to make a complaint',
    partners: 'Is your complaint about a youth partner? Every partner has its own complaints procedure. Look on their website or ask us.',
  },
  ar: {
    title: 'كيف يساعد CJG', description: 'ماذا يفعل مركز الشباب والعائلة (CJG) في هارلم وزاندفورت: خمس مهام أساسية، كيف تعمل المساعدة، وقت الانتظار والشكاوى.',
    h1: 'كيف يساعد CJG',
    lead: 'مركز الشباب والعائلة (CJG) موجود لكل الأهل والأطفال والشباب من 0 إلى 23 سنة في هارلم وزاندفورت. يمكنك أن تأتي إلينا بأسئلتك عن التربية والنمو. مجانًا، ودون تحويل من طبيب.',
    onThisPage: 'في هذه الصفحة', tasks: 'ماذا نفعل: خمس مهام أساسية', how: 'كيف تعمل المساعدة', waiting: 'وقت الانتظار', complaints: 'الشكاوى', audience: 'لمن:',
    steps: [
      ['تتواصل معنا.', 'تتصل أو تراسلنا أو تطرح سؤالك على الإنترنت أو تكلم مرشد CJG في المدرسة أو عند طبيب العائلة.'],
      ['نستمع إليك.', 'موظف يتكلم معك عن سؤالك. غالبًا تكفي نصيحة أو فكرة.'],
      ['نبحث معًا عما يناسبك.', 'أحيانًا تساعد دورة أو بعض اللقاءات مع مرشد CJG. هل تحتاج إلى أكثر؟ نبحث معك عن المساعدة المناسبة.'],
      ['القرار لك.', 'لا نفعل شيئًا دون علمك. هل طفلك في المدرسة أو عمره أكثر من 12 سنة؟ نتكلم معه أيضًا.'],
    ],
    waitingText: 'للمعلومات والنصيحة لا تحتاج إلى الانتظار. يقرأ مرشد من CJG الأسئلة في أوقات محددة. إذا سألت على الإنترنت، ترى في صفحة محادثتك متى يمكنك أن تتوقع الجواب. لمرافقة من مرشد CJG قد تكون هناك قائمة انتظار. نجعلها قصيرة قدر الإمكان. إذا كان عليك الانتظار، نخبرك بالمدة تقريبًا وبما يمكنك فعله في هذه الأثناء. هل هناك خطر على أحد؟ عندها لا تنتظر.',
    replySample: 'مدة انتظار الجواب',
    trainingPlaces: 'في صفحة كل دورة ترى عدد الأماكن الباقية. هل الدورة ممتلئة؟ يمكنك أن تسجل في قائمة الانتظار.',
    complaintsIntro: 'لست راضيًا عن CJG؟ أخبرنا. غالبًا نحل المشكلة معًا في حديث مع المرشد أو مع مسؤوله.',
    complaintSteps: ['تكلم أولًا مع الموظف. إذا لم ينجح ذلك، اطلب مسؤوله على الرقم', 'لم تصلوا إلى حل معًا؟ قدم شكوى إلى CJG. راسلنا على', 'يمكنك أن تحصل مجانًا على مساعدة من شخص مستقل موثوق للشباب (vertrouwenspersoon jeugd). يساعدك في كتابة شكواك ويرافقك إلى اللقاءات.'],
    complaintSubject: 'واكتب في الموضوع "Klacht" (شكوى).',
    complaintSample: 'كيف تقدم شكوى',
    partners: 'هل شكواك عن أحد الشركاء؟ لكل شريك طريقة شكاوى خاصة به. انظر في موقعه أو اسألنا.',
  },
  tr: {
    title: 'CJG nasıl yardım eder', description: 'Haarlem ve Zandvoort Gençlik ve Aile Merkezi (CJG) ne yapar: beş temel görev, yardım nasıl işler, bekleme süreleri ve şikâyetler.',
    h1: 'CJG nasıl yardım eder',
    lead: 'Gençlik ve Aile Merkezi (CJG), Haarlem ve Zandvoort’taki 0-23 yaş arası tüm ebeveynler, çocuklar ve gençler için vardır. Çocuk yetiştirme ve büyüme hakkındaki sorularınla bize gelebilirsin. Ücretsiz ve sevk olmadan.',
    onThisPage: 'Bu sayfada', tasks: 'Ne yapıyoruz: beş temel görev', how: 'Yardım nasıl işler', waiting: 'Bekleme süreleri', complaints: 'Şikâyetler', audience: 'Kimin için:',
    steps: [
      ['Bize ulaşırsın.', 'Ararsın, e-posta gönderirsin, sorunu internetten sorarsın ya da okulda veya aile hekiminde bir CJG koçuyla konuşursun.'],
      ['Dinleriz.', 'Bir çalışanımız sorun hakkında seninle konuşur. Çoğu zaman bir tavsiye veya ipucu yeterlidir.'],
      ['Birlikte uygun olanı ararız.', 'Bazen bir kurs veya bir CJG koçuyla birkaç görüşme yardımcı olur. Daha fazlası mı gerekiyor? O zaman seninle birlikte doğru yardımı ararız.'],
      ['Kararı sen verirsin.', 'Senin haberin olmadan hiçbir şey yapmayız. Çocuğun okula mı gidiyor veya 12 yaşından büyük mü? O zaman çocuğunla da konuşuruz.'],
    ],
    waitingText: 'Bilgi ve danışma için beklemen gerekmez. Bir CJG koçu soruları belirli saatlerde okur. İnternetten sorarsan, konuşma sayfanda ne zaman cevap bekleyebileceğini görürsün. Bir CJG koçunun desteği için bekleme listesi olabilir. Listeyi mümkün olduğunca kısa tutarız. Beklemen gerekirse, yaklaşık ne kadar süreceğini ve bu arada ne yapabileceğini öğrenirsin. Biri güvende değil mi? O zaman beklemezsin.',
    replySample: 'Ne kadar hızlı cevap aldığın',
    trainingPlaces: 'Bir kursun sayfasında kaç yer kaldığını görürsün. Kurs dolu mu? O zaman bekleme listesine yazılabilirsin.',
    complaintsIntro: 'CJG’den memnun değil misin? Bize söyle. Çoğu zaman bunu koçunla veya onun yöneticisiyle bir görüşmede birlikte çözeriz.',
    complaintSteps: ['Önce çalışanla konuş. Olmazsa, yöneticisini şu numaradan iste:', 'Birlikte çözemediniz mi? O zaman CJG’ye şikâyette bulun. E-posta gönder:', 'Bağımsız bir gençlik güven kişisinden (vertrouwenspersoon jeugd) ücretsiz yardım alabilirsin. Şikâyetini yazmana yardım eder ve görüşmelere seninle gelir.'],
    complaintSubject: 've konu olarak "Klacht" (şikâyet) yaz.',
    complaintSample: 'Nasıl şikâyette bulunursun',
    partners: 'Şikâyetin bir gençlik ortağı hakkında mı? Her ortağın kendi şikâyet kuralları vardır. Web sitelerine bak veya bize sor.',
  },
  pl: {
    title: 'Jak pomaga CJG', description: 'Co robi Centrum dla Młodzieży i Rodziny (CJG) Haarlem i Zandvoort: pięć głównych zadań, jak działa pomoc, czas oczekiwania i skargi.',
    h1: 'Jak pomaga CJG',
    lead: 'Centrum dla Młodzieży i Rodziny (CJG) jest dla wszystkich rodziców, dzieci i młodzieży od 0 do 23 lat w Haarlemie i Zandvoort. Możesz przyjść do nas z pytaniami o wychowanie i dorastanie. Bezpłatnie, bez skierowania.',
    onThisPage: 'Na tej stronie', tasks: 'Co robimy: pięć głównych zadań', how: 'Jak działa pomoc', waiting: 'Czas oczekiwania', complaints: 'Skargi', audience: 'Dla kogo:',
    steps: [
      ['Kontaktujesz się z nami.', 'Dzwonisz, piszesz, zadajesz pytanie online albo rozmawiasz z coachem CJG w szkole albo u lekarza rodzinnego.'],
      ['Słuchamy.', 'Pracownik rozmawia z tobą o twoim pytaniu. Często wystarczy rada albo wskazówka.'],
      ['Razem szukamy, co pasuje.', 'Czasem pomaga szkolenie albo kilka rozmów z coachem CJG. Potrzeba więcej? Wtedy razem z tobą szukamy właściwej pomocy.'],
      ['Ty decydujesz.', 'Nic nie robimy bez twojej wiedzy. Twoje dziecko chodzi do szkoły albo ma więcej niż 12 lat? Wtedy rozmawiamy też z dzieckiem.'],
    ],
    waitingText: 'Na informację i poradę nie musisz czekać. Coach CJG czyta pytania w stałych godzinach. Jeśli zapytasz online, na stronie rozmowy zobaczysz, kiedy możesz spodziewać się odpowiedzi. Na wsparcie coacha CJG może być lista oczekujących. Staramy się, żeby była jak najkrótsza. Jeśli musisz czekać, dowiesz się mniej więcej jak długo i co możesz zrobić w tym czasie. Ktoś nie jest bezpieczny? Wtedy nie czekasz.',
    replySample: 'Czas odpowiedzi',
    trainingPlaces: 'Na stronie szkolenia widzisz, ile zostało miejsc. Szkolenie jest pełne? Wtedy możesz zapisać się na listę oczekujących.',
    complaintsIntro: 'Nie jesteś zadowolony z CJG? Powiedz nam. Często rozwiązujemy to razem w rozmowie z coachem albo jego kierownikiem.',
    complaintSteps: ['Najpierw porozmawiaj z pracownikiem. Jeśli to nie pomoże, poproś o kierownika pod numerem', 'Nie doszliście do porozumienia? Złóż skargę do CJG. Napisz na', 'Możesz dostać bezpłatną pomoc od niezależnego rzecznika zaufania dla młodzieży (vertrouwenspersoon jeugd). Pomaga spisać skargę i chodzi z tobą na rozmowy.'],
    complaintSubject: 'z tematem "Klacht" (skarga).',
    complaintSample: 'Jak złożyć skargę',
    partners: 'Skarga dotyczy partnera? Każdy partner ma własne zasady składania skarg. Sprawdź na jego stronie albo zapytaj nas.',
  },
  uk: {
    title: 'Як допомагає CJG', description: 'Що робить Центр для молоді та сім’ї (CJG) Гарлема і Зандворта: п’ять основних завдань, як працює допомога, час очікування і скарги.',
    h1: 'Як допомагає CJG',
    lead: 'Центр для молоді та сім’ї (CJG) існує для всіх батьків, дітей і молоді від 0 до 23 років у Гарлемі та Зандворті. Ви можете прийти до нас із питаннями про виховання і дорослішання. Безкоштовно, без направлення.',
    onThisPage: 'На цій сторінці', tasks: 'Що ми робимо: п’ять основних завдань', how: 'Як працює допомога', waiting: 'Час очікування', complaints: 'Скарги', audience: 'Для кого:',
    steps: [
      ['Ви звертаєтеся до нас.', 'Ви телефонуєте, пишете, ставите питання онлайн або говорите з коучем CJG у школі чи в сімейного лікаря.'],
      ['Ми слухаємо.', 'Працівник говорить із вами про ваше питання. Часто достатньо поради.'],
      ['Разом шукаємо, що підходить.', 'Іноді допомагає тренінг або кілька розмов із коучем CJG. Потрібно більше? Тоді ми разом із вами шукаємо потрібну допомогу.'],
      ['Рішення за вами.', 'Ми нічого не робимо без вашого відома. Ваша дитина ходить до школи або старша за 12 років? Тоді ми говоримо і з дитиною.'],
    ],
    waitingText: 'На інформацію і поради чекати не треба. Коуч CJG читає запитання у визначені години. Якщо ви запитаєте онлайн, на сторінці розмови ви побачите, коли чекати відповіді. На супровід коуча CJG може бути черга. Ми робимо її якомога коротшою. Якщо треба чекати, ви дізнаєтеся приблизно скільки і що можна робити тим часом. Хтось у небезпеці? Тоді чекати не треба.',
    replySample: 'Час відповіді',
    trainingPlaces: 'На сторінці тренінгу видно, скільки місць залишилося. Тренінг заповнений? Тоді можна записатися в список очікування.',
    complaintsIntro: 'Ви незадоволені CJG? Скажіть нам. Часто ми вирішуємо це разом у розмові з коучем або його керівником.',
    complaintSteps: ['Спершу поговоріть із працівником. Якщо не вийде, попросіть його керівника за номером', 'Не змогли домовитися? Подайте скаргу до CJG. Напишіть на', 'Ви можете безкоштовно отримати допомогу незалежної довіреної особи для молоді (vertrouwenspersoon jeugd). Вона допоможе написати скаргу і піде з вами на розмови.'],
    complaintSubject: 'з темою "Klacht" (скарга).',
    complaintSample: 'Як подати скаргу',
    partners: 'Скарга стосується партнера? Кожен партнер має свої правила щодо скарг. Подивіться на їхньому сайті або запитайте нас.',
  },
} satisfies Record<TranslatedLocale, AboutCopy>;
