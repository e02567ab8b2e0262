/**
 * The anonymous conversation in every language it is built in (issues 17 and 18): the ask page
 * (/jongeren/vraag/), the code page (/jongeren/vraag/verstuurd/), the code entry (/jongeren/antwoord/),
 * the thread (/jongeren/antwoord/lezen/) and how to erase your traces (/jongeren/sporen-wissen/), with
 * the form's words, the schema's messages (src/schemas/question.ts builds its one schema with them), the
 * islands' strings (CodeKeeper, ConversationLive, CrisisWatch: passed as props), the thread's names and
 * dates, the reply promise's sentences (src/domain/questions/hours.ts keeps the rule) and the urgent block.
 *
 * ONE source for Dutch and the others: the Dutch texts are the ones the Dutch pages always had.
 * Built in every language of the site: `nl` and `en` here, ar/tr/pl/uk each in its own file in
 * ./conversation/ (typed `ConversationCopy`, so a missing key fails `astro check`); a language is also
 * listed for these pages in `sitePages` (src/i18n/pages.ts). The on-demand pages 404 in a language
 * without an entry here.
 * Write plainly (B1: short sentences, "you"), true to the Dutch. No fixed reply term: when an
 * answer comes is said from the answering hours only.
 */
import type { Locale } from '../locales';
import { localeTags } from '../locales';
import { formatDate, formatDateIn, formatInstant, formatInstantDate, formatTime, formatTimeIn, toLocal } from '../../domain/dates';
import { replyPromise } from '../../utils/contact';
import type { PromiseWords } from '../../domain/questions/hours';
import type { CodeKeeperStrings } from '../../islands/CodeKeeper';
import type { LiveProps, LiveStrings } from '../../islands/ConversationLive';
import type { CrisisWatchStrings } from '../../islands/CrisisWatch';
import { ar } from './conversation/ar';
import { pl } from './conversation/pl';
import { tr } from './conversation/tr';
import { uk } from './conversation/uk';

/** The messages of the question and message schemas (src/schemas/question.ts). */
export interface QuestionMessages {
  questionMissing: string;
  questionTooShort: (min: number) => string;
  questionTooLong: (max: number) => string;
  ageNotNumber: string;
  ageNotWhole: string;
  ageRange: (min: number, max: number) => string;
  topic: string;
  messageMissing: string;
  messageTooLong: (max: number) => string;
  code: string;
}

/** What the server says to a person on the pages (the JSON API keeps Dutch). */
export interface ServerMessages {
  notFound: string;
  tooMany: (seconds: number) => string;
  saveFailed: string;
  checkQuestion: string;
  checkMessage: string;
  /** A refused request (src/server/http.ts HttpError), by status: 403 foreign site, 413 too large, others. */
  refused: string;
  tooLarge: string;
  badRequest: string;
}

export type { CodeKeeperStrings, LiveStrings, CrisisWatchStrings };

export interface UrgentStrings {
  crisisHeading: string;
  crisisLead: string;
  /** Each takes the linked number(s) as the first part; these are the words after it. */
  crisis113: [or: string, after: string];
  crisisKindertelefoon: string;
  crisisVeiligThuis: string;
  crisis112: string;
  outside: { lead: string; kindertelefoon: string; upTo18: string; suicide: string; or: string; dayNight: string; danger: string };
  short: { lead: string; call: string; danger: string; suicide: string };
  /** CrisisWatch (as you type). */
  live: CrisisWatchStrings;
}

export interface ConversationCopy {
  /** Breadcrumb: the youth page. */
  youth: string;
  /** The ErrorSummary's title for a message about the whole form. */
  problem: string;
  /** Said before a field's error by screen readers (ErrorMessage's `prefix`). */
  errorPrefix: string;
  /** The one reply promise of a page built ahead of time (src/utils/contact.ts `replyPromise`): no fixed term. */
  replyPromise: string;
  ask: {
    title: string;
    description: string;
    lead: string;
    howHeading: string;
    /** Step 1: before and after the button's name. */
    step1: [before: string, after: string];
    step2: string;
    /** Step 3, after the reply promise: before and after the link to the conversation page. */
    step3: [before: string, after: string];
    sampleHours: string;
    privacy: string;
  };
  form: {
    summaryTitle: string;
    question: string;
    hint: string;
    age: string;
    optional: string;
    topic: string;
    noTopic: string;
    submit: string;
  };
  sent: {
    title: string;
    description: string;
    crumb: string;
    lead: string;
    readAgain: string;
    nextHeading: string;
    open: string;
    later: [before: string, after: string];
    backToForm: string;
    nothingYet: string;
    askLink: string;
  };
  code: {
    label: string;
    showLarge: string;
    largeLabel: (spoken: string) => string;
    showAgain: string;
  };
  answer: {
    title: string;
    description: string;
    lead: [before: string, example: string, after: string];
    field: string;
    open: string;
    noQuestion: string;
  };
  thread: {
    description: string;
    crumb: string;
    sent: string;
    closed: string;
    notAnswered: string;
    lastNotAnswered: string;
    answered: string;
    messages: string;
    refresh: string;
    replyHeading: string;
    replySummary: string;
    replyField: string;
    replySubmit: string;
    privacyHeading: string;
    deleted: [before: string, after: string];
    enterFirst: string;
    enterCode: string;
    you: string;
    cjg: string;
  };
  traces: {
    title: string;
    description: string;
    crumb: string;
    lead: string;
    quickHeading: string;
    /** Around the button's name and the Esc key. */
    quick: [before: string, middle: string, after: string];
    privateHeading: string;
    privateText: string;
    privateSteps: [browser: string, before: string, action: string][];
    historyHeading: string;
    /** Each step: the words before the menu path (with their separator), then the path (bold items, joined by →). */
    historySteps: [lead: string, path: string[]][];
    computer: [before: string, mac: string];
    clearAll: string;
    codeHeading: string;
    codeText: string;
    back: string;
  };
  readingSample: string;
  /** The thread's dates: "woensdag 17 februari 2027, 14.00 uur" / "Wednesday 17 February 2027, 14:00". */
  formatInstant: (iso: string) => string;
  formatDay: (iso: string) => string;
  promise: PromiseWords;
  messages: QuestionMessages;
  server: ServerMessages;
  keeper: CodeKeeperStrings;
  live: LiveStrings;
  urgent: UrgentStrings;
}

const nl: ConversationCopy = {
  youth: 'Jongeren',
  problem: 'Er is een probleem',
  errorPrefix: 'Fout: ',
  replyPromise,
  ask: {
    title: 'Stel je vraag anoniem',
    description: 'Stel je vraag aan het CJG zonder je naam te geven. Je krijgt een code. Daarmee lees je het antwoord en praat je verder.',
    lead: 'Je hoeft je naam niet te geven. Ook geen mailadres of telefoonnummer. Een CJG-coach leest je vraag en schrijft terug. Daarna kun je verder praten.',
    howHeading: 'Zo werkt het',
    step1: ['Je schrijft je vraag en klikt op ', '.'],
    step2: 'Je krijgt een code van vijf woorden. Dat is de sleutel van jouw gesprek. Je kunt de code groot laten zien, kopiëren of op je eigen apparaat laten onthouden.',
    step3: ['Je leest het antwoord bij ', '. Daar vul je je code in en kun je terugschrijven.'],
    sampleHours: 'Hoe snel je antwoord krijgt',
    privacy: 'We bewaren geen IP-adres en niets anders waarmee we weten wie je bent. Je gesprek wordt na een tijd automatisch gewist. Op de pagina van je gesprek zie je wanneer.',
  },
  form: {
    summaryTitle: 'Controleer je vraag',
    question: 'Je vraag',
    hint: 'Schrijf geen naam, adres of telefoonnummer. Niet van jezelf en niet van anderen.',
    age: 'Je leeftijd',
    optional: '(mag je leeg laten)',
    topic: 'Waar gaat je vraag over?',
    noTopic: 'Zeg ik liever niet',
    submit: 'Verstuur mijn vraag',
  },
  sent: {
    title: 'Je vraag is verstuurd',
    description: 'Je vraag aan het CJG. Bewaar je code goed: daarmee lees je het antwoord en praat je verder.',
    crumb: 'Verstuurd',
    lead: 'Dit is je code. Met deze code lees je het antwoord en schrijf je terug. Zonder code kan niemand je gesprek openen, ook jij niet.',
    readAgain: 'Lees je code nog een keer rustig, woord voor woord. Zet hem niet in een notitie of chat die iemand anders kan lezen.',
    nextHeading: 'Hoe nu verder?',
    open: 'Open mijn gesprek',
    later: ['Later kom je terug via ', '. Vul daar je code in.'],
    backToForm: 'Terug naar het formulier',
    nothingYet: 'Je hebt hier nog geen vraag verstuurd.',
    askLink: 'Stel je vraag',
  },
  code: {
    label: 'Je code: ',
    showLarge: 'Laat mijn code extra groot zien',
    largeLabel: (spoken) => `Je code, woord voor woord: ${spoken}`,
    showAgain: 'Laat mijn code nog eens zien',
  },
  answer: {
    title: 'Je gesprek',
    description: 'Heb je een vraag gesteld? Vul je code in. Dan lees je het antwoord van het CJG en schrijf je terug.',
    lead: ['Vul de code in die je kreeg toen je je vraag stelde. Het zijn vijf woorden, zoals ', 'appel-fiets-zon-tafel-boom', '. Dan zie je je hele gesprek en kun je terugschrijven.'],
    field: 'Je code',
    open: 'Open mijn gesprek',
    noQuestion: 'Nog geen vraag gesteld?',
  },
  thread: {
    description: 'Je anonieme gesprek met het CJG.',
    crumb: 'Lezen',
    sent: 'Je bericht is verstuurd.',
    closed: 'De CJG-coach heeft dit gesprek afgesloten. Wil je toch nog iets vragen? Schrijf dan terug. Dan gaat het gesprek weer open.',
    notAnswered: 'Je vraag is nog niet beantwoord.',
    lastNotAnswered: 'Je laatste bericht is nog niet beantwoord.',
    answered: 'Een CJG-coach heeft je geantwoord.',
    messages: 'Berichten',
    refresh: 'Kijk of er iets nieuws is',
    replyHeading: 'Schrijf terug',
    replySummary: 'Controleer je bericht',
    replyField: 'Je bericht',
    replySubmit: 'Verstuur mijn bericht',
    privacyHeading: 'Je code en je privacy',
    deleted: ['Dit gesprek wordt gewist op ', '. Daarna kan niemand het meer lezen, ook het CJG niet. Schrijf je nog iets, dan schuift die datum op.'],
    enterFirst: 'Vul eerst je code in.',
    enterCode: 'Een code invullen',
    you: 'Jij',
    cjg: 'CJG-coach',
  },
  traces: {
    title: 'Zo wis je je sporen',
    description: 'Kijk je op een telefoon of computer die je deelt? Zo zorg je dat niemand ziet dat je hier was.',
    crumb: 'Sporen wissen',
    lead: "Deze website zet geen cookies en bewaart niets op je telefoon. Maar je browser onthoudt wel welke pagina's je bekijkt. Zo voorkom je dat iemand dat ziet.",
    quickHeading: 'Snel weg',
    quick: ['Bovenaan elke pagina voor jongeren staat ', '. Klik erop of druk op ', ". Dan zie je meteen een andere website. Deze pagina verdwijnt dan ook uit je lijst met terug-knoppen. Pagina's die je eerder bekeek, staan daar nog wel. Wis daarom daarna je geschiedenis."],
    privateHeading: 'Kijk in een privévenster',
    privateText: 'In een privévenster (incognito) onthoudt je browser niets. Sluit het venster als je klaar bent.',
    privateSteps: [
      ['Chrome', 'tik op de drie puntjes en kies', 'Nieuw incognitotabblad'],
      ['Safari op de iPhone', 'tik op het tabbladen-icoon en kies', 'Privé'],
      ['Samsung Internet', 'tik op het tabbladen-icoon en zet', 'Geheime modus'],
    ],
    historyHeading: 'Wis je geschiedenis',
    historySteps: [
      ['Chrome: drie puntjes → ', ['Geschiedenis', 'Browsegegevens wissen']],
      ['Safari op de iPhone: ', ['Instellingen', 'Safari', 'Wis geschiedenis en websitedata']],
    ],
    computer: ['Op een computer: druk op', 'op een Mac'],
    clearAll: "Wis je alles? Dan ziet iemand misschien dat de geschiedenis leeg is. Je kunt ook alleen de pagina's van deze website wissen.",
    codeHeading: 'Je vraag en je code',
    codeText: 'Stel je een vraag, dan krijg je een code. Je kunt de code groot laten zien, kopiëren, of alleen op je eigen apparaat laten onthouden (dat vink je zelf aan, en je kunt hem ook weer laten vergeten). Bewaar hem niet in een notitie of chat die iemand anders kan lezen.',
    back: 'Terug naar: wat is er aan de hand?',
  },
  readingSample: 'De tijden waarop een CJG-coach meeleest',
  formatInstant: (iso) => formatInstant(iso),
  formatDay: (iso) => formatInstantDate(iso),
  promise: {
    reading: (until) => `Er leest nu een CJG-coach mee, tot ${until} uur. Je krijgt zo snel mogelijk antwoord.`,
    next: (when) => `Nu leest er niemand mee. Je kunt een antwoord verwachten vanaf ${when}.`,
    none: 'Nu leest er niemand mee. Het CJG heeft nog geen tijden gepland. Bel of mail het CJG als je een antwoord nodig hebt.',
    today: (time) => `vandaag om ${time} uur`,
    tomorrow: (time) => `morgen om ${time} uur`,
    onDay: (day, time) => `${day}, ${time} uur`,
    // "9.00", "17.30": Dutch clock time without a leading zero.
    clock: (d) => formatTime(toLocal(d)).replace(/^0(?=\d)/, ''),
    day: (d) => formatDate(toLocal(d)),
  },
  messages: {
    questionMissing: 'Schrijf je vraag op.',
    questionTooShort: (min) => `Je vraag is te kort. Schrijf minstens ${min} tekens.`,
    questionTooLong: (max) => `Je vraag is te lang. Gebruik maximaal ${max} tekens.`,
    ageNotNumber: 'Vul je leeftijd in als getal, of laat het leeg.',
    ageNotWhole: 'Vul je leeftijd in als heel getal.',
    ageRange: (min, max) => `Vul een leeftijd in van ${min} tot ${max}, of laat het leeg.`,
    topic: 'Kies een onderwerp uit de lijst, of laat het leeg.',
    messageMissing: 'Schrijf je bericht.',
    messageTooLong: (max) => `Je bericht is te lang. Gebruik maximaal ${max} tekens.`,
    code: 'Deze code klopt niet. Een code bestaat uit vijf woorden met streepjes ertussen.',
  },
  server: {
    notFound: 'We kennen deze code niet. Kijk of je hem goed hebt overgetypt. Een gesprek wordt na een tijd gewist.',
    tooMany: (s) => `Je hebt het te vaak geprobeerd. Probeer het over ${s} seconden opnieuw.`,
    saveFailed: 'Het lukte niet om je vraag op te slaan. Probeer het later opnieuw.',
    checkQuestion: 'Controleer je vraag.',
    checkMessage: 'Controleer je bericht.',
    refused: 'Dit verzoek komt van een andere website en is geweigerd.',
    tooLarge: 'Je bericht is te groot. Maak het korter.',
    badRequest: 'Er ging iets mis met wat je stuurde. Probeer het opnieuw.',
  },
  keeper: {
    copy: 'Kopieer je code',
    copied: 'Je code is gekopieerd. Plak hem alleen op een plek die niemand anders kan lezen.',
    copyFailed: 'Kopiëren lukte niet. Lees je code nog eens goed, of laat hem groot zien.',
    keptHere: 'Op dit apparaat is een code bewaard.',
    fillIn: 'Vul mijn bewaarde code in',
    forget: 'Vergeet deze code',
    remember: 'Onthoud mijn code op dit apparaat',
    rememberHint: 'Alleen als je dit aanvinkt, bewaart deze browser je code. Dan hoef je hem niet over te typen. Iemand anders die dit apparaat gebruikt, kan je gesprek dan ook lezen. Doe het dus alleen op je eigen telefoon of computer.',
  },
  live: {
    oneAnswer: 'Er is een nieuw antwoord van het CJG.',
    answers: (n) => `Er zijn ${n} nieuwe antwoorden van het CJG.`,
    newMessage: 'Er is een nieuw bericht.',
    you: 'Jij',
    cjg: 'CJG-coach',
  },
  urgent: {
    crisisHeading: 'Praat er nu met iemand over',
    crisisLead: 'Wat je schrijft is heel serieus. Wacht niet op ons antwoord. Deze nummers zijn gratis en je hoeft je naam niet te zeggen:',
    crisis113: [' of ', ': als je aan zelfmoord denkt. Dag en nacht. Je kunt ook chatten op 113.nl.'],
    crisisKindertelefoon: ': De Kindertelefoon, tot 18 jaar. Bellen of chatten.',
    crisisVeiligThuis: ': Veilig Thuis, bij geweld of misbruik thuis. Dag en nacht.',
    crisis112: ': als je nu in gevaar bent.',
    outside: { lead: 'Kan het niet wachten?', kindertelefoon: 'Bel of chat met De Kindertelefoon:', upTo18: '(tot 18 jaar).', suicide: 'Denk je aan zelfmoord? Bel', or: 'of', dayNight: ', dag en nacht.', danger: 'Bij gevaar:' },
    short: { lead: 'Heb je nu meteen hulp nodig?', call: 'Wacht dan niet op een antwoord. Bel', danger: 'bij gevaar,', suicide: 'als je aan zelfmoord denkt, of De Kindertelefoon:' },
    live: { lead: 'Wacht niet op ons antwoord.', suicide: 'Denk je aan zelfmoord? Bel', or: 'of', dayNight: ', dag en nacht.', violence: 'Gaat het om geweld of misbruik thuis? Bel Veilig Thuis:', upTo18: 'Tot 18 jaar: De Kindertelefoon,', danger: 'In gevaar? Bel' },
  },
};

const enTag = localeTags.en;
const enClock = (d: Date) => formatTimeIn(toLocal(d), enTag);

const en: ConversationCopy = {
  youth: 'Young people',
  problem: 'There is a problem',
  errorPrefix: 'Error: ',
  replyPromise: 'A CJG coach reads questions at set times. Ask online, and the page of your conversation shows if someone is reading now, or from when you can expect an answer.',
  ask: {
    title: 'Ask your question anonymously',
    description: 'Ask the CJG your question without giving your name. You get a code. With it you read the answer and keep talking.',
    lead: 'You do not have to give your name. No email address or phone number either. A CJG coach reads your question and writes back. After that you can keep talking.',
    howHeading: 'How it works',
    step1: ['You write your question and click ', '.'],
    step2: 'You get a code of five words. It is the key to your conversation. You can show the code large, copy it, or let your own device remember it.',
    step3: ['You read the answer at ', '. There you enter your code and you can write back.'],
    sampleHours: 'How fast you get an answer',
    privacy: 'We do not keep your IP address, or anything else that tells us who you are. Your conversation is deleted automatically after a while. The page of your conversation shows when.',
  },
  form: {
    summaryTitle: 'Check your question',
    question: 'Your question',
    hint: 'Do not write a name, address or phone number. Not yours and not someone else’s.',
    age: 'Your age',
    optional: '(you can leave this empty)',
    topic: 'What is your question about?',
    noTopic: 'I would rather not say',
    submit: 'Send my question',
  },
  sent: {
    title: 'Your question has been sent',
    description: 'Your question to the CJG. Keep your code safe: with it you read the answer and keep talking.',
    crumb: 'Sent',
    lead: 'This is your code. With this code you read the answer and write back. Without the code nobody can open your conversation, not even you.',
    readAgain: 'Read your code once more, calmly, word by word. Do not put it in a note or chat that someone else can read.',
    nextHeading: 'What happens now?',
    open: 'Open my conversation',
    later: ['Later you come back through ', '. Enter your code there.'],
    backToForm: 'Back to the form',
    nothingYet: 'You have not sent a question here yet.',
    askLink: 'Ask your question',
  },
  code: {
    label: 'Your code: ',
    showLarge: 'Show my code extra large',
    largeLabel: (spoken) => `Your code, word by word: ${spoken}`,
    showAgain: 'Show my code once more',
  },
  answer: {
    title: 'Your conversation',
    description: 'Did you ask a question? Enter your code. Then you read the answer from the CJG and write back.',
    lead: ['Enter the code you got when you asked your question. It is five words, like ', 'appel-fiets-zon-tafel-boom', '. Then you see your whole conversation and you can write back.'],
    field: 'Your code',
    open: 'Open my conversation',
    noQuestion: 'Not asked a question yet?',
  },
  thread: {
    description: 'Your anonymous conversation with the CJG.',
    crumb: 'Read',
    sent: 'Your message has been sent.',
    closed: 'The CJG coach has closed this conversation. Do you still want to ask something? Then write back. The conversation opens again.',
    notAnswered: 'Your question has not been answered yet.',
    lastNotAnswered: 'Your last message has not been answered yet.',
    answered: 'A CJG coach has answered you.',
    messages: 'Messages',
    refresh: 'Check for something new',
    replyHeading: 'Write back',
    replySummary: 'Check your message',
    replyField: 'Your message',
    replySubmit: 'Send my message',
    privacyHeading: 'Your code and your privacy',
    deleted: ['This conversation will be deleted on ', '. After that nobody can read it, not even the CJG. If you write again, the date moves later.'],
    enterFirst: 'Enter your code first.',
    enterCode: 'Enter a code',
    you: 'You',
    cjg: 'CJG coach',
  },
  traces: {
    title: 'How to hide your visit',
    description: 'Are you using a phone or computer you share? This is how you make sure nobody sees you were here.',
    crumb: 'Hide your visit',
    lead: 'This website sets no cookies and keeps nothing on your phone. But your browser does remember which pages you look at. This is how you stop someone from seeing that.',
    quickHeading: 'Quick exit',
    quick: ['At the top of every page for young people there is ', '. Click it or press ', '. Then you see another website at once. This page also disappears from your list of back buttons. Pages you looked at before are still there. So clear your history afterwards.'],
    privateHeading: 'Use a private window',
    privateText: 'In a private window (incognito) your browser remembers nothing. Close the window when you are done.',
    privateSteps: [
      ['Chrome', 'tap the three dots and choose', 'New Incognito tab'],
      ['Safari on the iPhone', 'tap the tabs icon and choose', 'Private'],
      ['Samsung Internet', 'tap the tabs icon and switch on', 'Secret mode'],
    ],
    historyHeading: 'Clear your history',
    historySteps: [
      ['Chrome: three dots → ', ['History', 'Delete browsing data']],
      ['Safari on the iPhone: ', ['Settings', 'Safari', 'Clear History and Website Data']],
    ],
    computer: ['On a computer: press', 'on a Mac'],
    clearAll: 'Do you clear everything? Then someone might see that the history is empty. You can also clear only the pages of this website.',
    codeHeading: 'Your question and your code',
    codeText: 'When you ask a question, you get a code. You can show the code large, copy it, or let only your own device remember it (you tick that yourself, and you can make it forget the code again). Do not keep it in a note or chat that someone else can read.',
    back: 'Back to: what is going on?',
  },
  readingSample: 'The times when a CJG coach reads along',
  formatInstant: (iso) => `${formatDateIn(toLocal(new Date(iso)), enTag)}, ${formatTimeIn(toLocal(new Date(iso)), enTag)}`,
  formatDay: (iso) => formatDateIn(toLocal(new Date(iso)), enTag),
  promise: {
    reading: (until) => `A CJG coach is reading now, until ${until}. You get an answer as soon as possible.`,
    next: (when) => `Nobody is reading right now. You can expect an answer from ${when}.`,
    none: 'Nobody is reading right now. The CJG has not planned any times yet. Call or email the CJG if you need an answer.',
    today: (time) => `today at ${time}`,
    tomorrow: (time) => `tomorrow at ${time}`,
    onDay: (day, time) => `${day}, ${time}`,
    clock: enClock,
    day: (d) => formatDateIn(toLocal(d), enTag),
  },
  messages: {
    questionMissing: 'Write down your question.',
    questionTooShort: (min) => `Your question is too short. Write at least ${min} characters.`,
    questionTooLong: (max) => `Your question is too long. Use ${max} characters at most.`,
    ageNotNumber: 'Enter your age as a number, or leave it empty.',
    ageNotWhole: 'Enter your age as a whole number.',
    ageRange: (min, max) => `Enter an age from ${min} to ${max}, or leave it empty.`,
    topic: 'Choose a topic from the list, or leave it empty.',
    messageMissing: 'Write your message.',
    messageTooLong: (max) => `Your message is too long. Use ${max} characters at most.`,
    code: 'This code is not right. A code is five words with dashes between them.',
  },
  server: {
    notFound: 'We do not know this code. Check that you typed it correctly. A conversation is deleted after a while.',
    tooMany: (s) => `You tried too many times. Try again in ${s} seconds.`,
    saveFailed: 'We could not save your question. Please try again later.',
    checkQuestion: 'Check your question.',
    checkMessage: 'Check your message.',
    refused: 'This request came from another website and was refused.',
    tooLarge: 'Your message is too big. Make it shorter.',
    badRequest: 'Something went wrong with what you sent. Please try again.',
  },
  keeper: {
    copy: 'Copy your code',
    copied: 'Your code has been copied. Only paste it where nobody else can read it.',
    copyFailed: 'Copying did not work. Read your code carefully once more, or show it large.',
    keptHere: 'A code is saved on this device.',
    fillIn: 'Enter my saved code',
    forget: 'Forget this code',
    remember: 'Remember my code on this device',
    rememberHint: 'This browser only keeps your code if you tick this. Then you do not have to type it again. Someone else who uses this device can then read your conversation too. So only do it on your own phone or computer.',
  },
  live: {
    oneAnswer: 'There is a new answer from the CJG.',
    answers: (n) => `There are ${n} new answers from the CJG.`,
    newMessage: 'There is a new message.',
    you: 'You',
    cjg: 'CJG coach',
  },
  urgent: {
    crisisHeading: 'Talk to someone about it now',
    crisisLead: 'What you write is very serious. Do not wait for our answer. These numbers are free and you do not have to say your name:',
    crisis113: [' or ', ': if you are thinking about suicide. Day and night. You can also chat at 113.nl.'],
    crisisKindertelefoon: ': De Kindertelefoon (the children’s helpline), up to 18. Call or chat.',
    crisisVeiligThuis: ': Veilig Thuis (Safe at Home), for violence or abuse at home. Day and night.',
    crisis112: ': if you are in danger now.',
    outside: { lead: 'Is it urgent?', kindertelefoon: 'Call or chat with De Kindertelefoon (the children’s helpline):', upTo18: '(up to 18).', suicide: 'Thinking about suicide? Call', or: 'or', dayNight: ', day and night.', danger: 'In danger:' },
    short: { lead: 'Do you need help right now?', call: 'Then do not wait for an answer. Call', danger: 'if you are in danger,', suicide: 'if you are thinking about suicide, or De Kindertelefoon (the children’s helpline):' },
    live: { lead: 'Do not wait for our answer.', suicide: 'Thinking about suicide? Call', or: 'or', dayNight: ', day and night.', violence: 'Is it about violence or abuse at home? Call Veilig Thuis (Safe at Home):', upTo18: 'Up to 18: De Kindertelefoon (the children’s helpline),', danger: 'In danger? Call' },
  },
};

/** Every language the conversation is written in. */
export const conversationCopy = { nl, en, ar, tr, pl, uk } satisfies Partial<Record<Locale, ConversationCopy>>;

export type ConversationLocale = keyof typeof conversationCopy;
export const conversationLocales = Object.keys(conversationCopy) as ConversationLocale[];

export function hasConversationCopy(locale: unknown): locale is ConversationLocale {
  return typeof locale === 'string' && Object.hasOwn(conversationCopy, locale);
}

/** The live island's words as a prop (functions do not survive the trip to the browser). */
export function liveProps(t: LiveStrings): LiveProps {
  return { ...t, answers: t.answers(Number.NaN).replace('NaN', '{n}') };
}

/**
 * The title of a conversation page in `locale` (`/jongeren/vraag/` → "Ask your question anonymously"), for a
 * link to it from content whose label is Dutch (a helpline's channel); undefined for another path or language.
 */
export function conversationPageTitle(locale: Locale, path: string): string | undefined {
  if (!hasConversationCopy(locale)) return undefined;
  const c = conversationCopy[locale];
  return ({ '/jongeren/vraag/': c.ask.title, '/jongeren/antwoord/': c.answer.title, '/jongeren/sporen-wissen/': c.traces.title } as Record<string, string>)[path];
}

/** The copy of `locale`, or Dutch. */
export function conversationCopyFor(locale: Locale | undefined): ConversationCopy {
  return hasConversationCopy(locale) ? conversationCopy[locale] : conversationCopy.nl;
}
