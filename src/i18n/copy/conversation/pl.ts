/** The anonymous conversation in Polish (see ../conversation.ts): plain (B1), true to the Dutch. */
import type { ConversationCopy } from '../conversation';
import { localeTags } from '../../locales';
import { formatDateIn, formatTimeIn, toLocal } from '../../../domain/dates';
const tag = localeTags.pl;
const clock = (d: Date) => formatTimeIn(toLocal(d), tag);

/** Polish plural after a number: 1 znak, 2–4 (not 12–14) znaki, else znaków. */
const plural = (n: number, one: string, few: string, many: string) => {
  if (n === 1) return one;
  const last = n % 10;
  const lastTwo = n % 100;
  return last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? few : many;
};
const characters = (n: number) => `${n} ${plural(n, 'znak', 'znaki', 'znaków')}`;
const seconds = (n: number) => `${n} ${plural(n, 'sekundę', 'sekundy', 'sekund')}`;

export const pl: ConversationCopy = {
  youth: 'Młodzież',
  problem: 'Wystąpił problem',
  errorPrefix: 'Błąd: ',
  replyPromise: 'Coach CJG czyta pytania w stałych godzinach. Zapytaj online, a na stronie twojej rozmowy zobaczysz, czy ktoś teraz czyta pytania, albo od kiedy możesz spodziewać się odpowiedzi.',
  ask: {
    title: 'Zadaj pytanie anonimowo',
    description: 'Zadaj CJG pytanie bez podawania imienia. Dostaniesz kod. Z tym kodem przeczytasz odpowiedź i porozmawiasz dalej.',
    lead: 'Nie musisz podawać imienia. Adresu e-mail ani numeru telefonu też nie. Coach CJG przeczyta twoje pytanie i odpisze. Potem możesz rozmawiać dalej.',
    howHeading: 'Jak to działa',
    step1: ['Piszesz pytanie i klikasz przycisk ', '.'],
    step2: 'Dostajesz kod z pięciu słów. To klucz do twojej rozmowy. Możesz pokazać kod dużymi literami, skopiować go albo zapisać na swoim urządzeniu.',
    step3: ['Odpowiedź przeczytasz na stronie ', '. Tam wpisujesz swój kod i możesz odpisać.'],
    sampleHours: 'Jak szybko dostaniesz odpowiedź',
    privacy: 'Nie zapisujemy twojego adresu IP ani niczego innego, co mówi nam, kim jesteś. Po pewnym czasie twoja rozmowa jest automatycznie usuwana. Kiedy to będzie, zobaczysz na stronie rozmowy.',
  },
  form: {
    summaryTitle: 'Sprawdź swoje pytanie',
    question: 'Twoje pytanie',
    hint: 'Nie pisz imienia, adresu ani numeru telefonu. Ani swoich, ani innych osób.',
    age: 'Twój wiek',
    optional: '(możesz to pole zostawić puste)',
    topic: 'Czego dotyczy twoje pytanie?',
    noTopic: 'Wolę nie mówić',
    submit: 'Wyślij moje pytanie',
  },
  sent: {
    title: 'Twoje pytanie zostało wysłane',
    description: 'Twoje pytanie do CJG. Dobrze schowaj swój kod: z nim przeczytasz odpowiedź i porozmawiasz dalej.',
    crumb: 'Wysłane',
    lead: 'To jest twój kod. Z tym kodem przeczytasz odpowiedź i odpiszesz. Bez kodu nikt nie otworzy twojej rozmowy, nawet ty.',
    readAgain: 'Przeczytaj swój kod jeszcze raz, spokojnie, słowo po słowie. Nie zapisuj go w notatce ani na czacie, które ktoś inny może przeczytać.',
    nextHeading: 'Co dalej?',
    open: 'Otwórz moją rozmowę',
    later: ['Później wejdź na stronę ', '. Tam wpisz swój kod.'],
    backToForm: 'Wróć do formularza',
    nothingYet: 'Nie ma tu jeszcze wysłanego pytania.',
    askLink: 'Zadaj pytanie',
  },
  code: {
    label: 'Twój kod: ',
    showLarge: 'Pokaż mój kod bardzo dużymi literami',
    largeLabel: (spoken) => `Twój kod, słowo po słowie: ${spoken}`,
    showAgain: 'Pokaż mój kod jeszcze raz',
  },
  answer: {
    title: 'Twoja rozmowa',
    description: 'Pytanie już wysłane? Wpisz swój kod. Wtedy przeczytasz odpowiedź od CJG i możesz odpisać.',
    lead: ['Wpisz kod, który dostajesz po wysłaniu pytania. To pięć słów, na przykład ', 'appel-fiets-zon-tafel-boom', '. Wtedy zobaczysz całą rozmowę i możesz odpisać.'],
    field: 'Twój kod',
    open: 'Otwórz moją rozmowę',
    noQuestion: 'Nie masz jeszcze kodu?',
  },
  thread: {
    description: 'Twoja anonimowa rozmowa z CJG.',
    crumb: 'Czytaj',
    sent: 'Twoja wiadomość została wysłana.',
    closed: 'Ta rozmowa została zamknięta przez coacha CJG. Chcesz jeszcze o coś zapytać? Po prostu odpisz. Wtedy rozmowa znowu się otworzy.',
    notAnswered: 'Twoje pytanie nie ma jeszcze odpowiedzi.',
    lastNotAnswered: 'Twoja ostatnia wiadomość nie ma jeszcze odpowiedzi.',
    answered: 'Masz odpowiedź od coacha CJG.',
    messages: 'Wiadomości',
    refresh: 'Sprawdź, czy jest coś nowego',
    replyHeading: 'Odpisz',
    replySummary: 'Sprawdź swoją wiadomość',
    replyField: 'Twoja wiadomość',
    replySubmit: 'Wyślij moją wiadomość',
    privacyHeading: 'Twój kod i twoja prywatność',
    deleted: ['Ta rozmowa zostanie usunięta: ', '. Potem nikt jej już nie przeczyta, nawet CJG. Jeśli jeszcze coś napiszesz, ta data przesunie się na później.'],
    enterFirst: 'Najpierw wpisz swój kod.',
    enterCode: 'Wpisz kod',
    you: 'Ty',
    cjg: 'Coach CJG',
  },
  traces: {
    title: 'Jak usunąć ślady',
    description: 'Używasz telefonu albo komputera, z którego korzystają też inni? Tak sprawisz, że nikt nie zobaczy, że tu zaglądasz.',
    crumb: 'Usuwanie śladów',
    lead: 'Ta strona nie używa plików cookie i nic nie zapisuje na twoim telefonie. Ale twoja przeglądarka pamięta, jakie strony oglądasz. Tak sprawisz, że nikt tego nie zobaczy.',
    quickHeading: 'Szybkie wyjście',
    quick: ['Na górze każdej strony dla młodzieży jest przycisk ', '. Kliknij go albo naciśnij ', '. Wtedy od razu zobaczysz inną stronę internetową. Przyciskiem „Wstecz” nie wrócisz już na tę stronę. Ale strony, które były otwarte wcześniej, dalej są w historii. Dlatego potem usuń historię.'],
    privateHeading: 'Używaj okna prywatnego',
    privateText: 'W oknie prywatnym (incognito) przeglądarka nic nie zapamiętuje. Kiedy skończysz, zamknij to okno.',
    privateSteps: [
      ['Chrome', 'dotknij trzech kropek i wybierz', 'Nowa karta incognito'],
      ['Safari na iPhonie', 'dotknij ikony kart i wybierz', 'Private'],
      ['Samsung Internet', 'dotknij ikony kart i włącz', 'Secret mode'],
    ],
    historyHeading: 'Usuń historię',
    historySteps: [
      ['Chrome: trzy kropki → ', ['Historia', 'Usuń dane przeglądania']],
      ['Safari na iPhonie: ', ['Ustawienia', 'Safari', 'Wymaż historię i dane witryn']],
    ],
    computer: ['Na komputerze: naciśnij', 'na Macu'],
    clearAll: 'Usuwasz wszystko? Wtedy ktoś może zauważyć, że historia jest pusta. Możesz też usunąć z historii tylko tę stronę internetową.',
    codeHeading: 'Twoje pytanie i twój kod',
    codeText: 'Kiedy zadajesz pytanie, dostajesz kod. Możesz pokazać kod dużymi literami, skopiować go albo zapisać tylko na swoim urządzeniu (o tym decydujesz ty i możesz to potem cofnąć). Nie zapisuj kodu w notatce ani na czacie, które ktoś inny może przeczytać.',
    back: 'Wróć do: co się dzieje?',
  },
  readingSample: 'Godziny, w których coach CJG czyta pytania',
  formatInstant: (iso) => `${formatDateIn(toLocal(new Date(iso)), tag)}, ${formatTimeIn(toLocal(new Date(iso)), tag)}`,
  formatDay: (iso) => formatDateIn(toLocal(new Date(iso)), tag),
  promise: {
    reading: (until) => `Teraz coach CJG czyta pytania, do ${until}. Odpowiedź dostaniesz jak najszybciej.`,
    // The day comes from Intl in the nominative ("środa, 2 grudnia 2026"), so it follows a colon.
    next: (when) => `Teraz nikt nie czyta pytań. Odpowiedzi możesz się spodziewać: ${when}.`,
    none: 'Teraz nikt nie czyta pytań. CJG nie ma jeszcze zaplanowanych godzin. Zadzwoń albo napisz e-mail do CJG, jeśli potrzebujesz odpowiedzi.',
    today: (time) => `dziś od ${time}`,
    tomorrow: (time) => `jutro od ${time}`,
    onDay: (day, time) => `${day}, od ${time}`,
    clock,
    day: (d) => formatDateIn(toLocal(d), tag),
  },
  messages: {
    questionMissing: 'Napisz swoje pytanie.',
    questionTooShort: (min) => `Twoje pytanie jest za krótkie. Napisz co najmniej ${characters(min)}.`,
    questionTooLong: (max) => `Twoje pytanie jest za długie. Napisz najwyżej ${characters(max)}.`,
    ageNotNumber: 'Wpisz swój wiek jako liczbę albo zostaw to pole puste.',
    ageNotWhole: 'Wpisz swój wiek w pełnych latach.',
    ageRange: (min, max) => `Wpisz wiek od ${min} do ${max} lat albo zostaw to pole puste.`,
    topic: 'Wybierz temat z listy albo zostaw to pole puste.',
    messageMissing: 'Napisz swoją wiadomość.',
    messageTooLong: (max) => `Twoja wiadomość jest za długa. Napisz najwyżej ${characters(max)}.`,
    code: 'Ten kod się nie zgadza. Kod to pięć słów połączonych kreskami.',
  },
  server: {
    notFound: 'Nie znamy tego kodu. Sprawdź, czy kod jest dobrze przepisany. Rozmowa jest usuwana po pewnym czasie.',
    tooMany: (s) => `Było za dużo prób. Spróbuj ponownie za ${seconds(s)}.`,
    saveFailed: 'Nie udało się zapisać twojego pytania. Spróbuj ponownie później.',
    checkQuestion: 'Sprawdź swoje pytanie.',
    checkMessage: 'Sprawdź swoją wiadomość.',
    refused: 'Ta prośba przyszła z innej strony internetowej i została odrzucona.',
    tooLarge: 'Twoja wiadomość jest za duża. Skróć ją.',
    badRequest: 'Coś poszło nie tak z tym, co wysyłasz. Spróbuj ponownie.',
  },
  keeper: {
    copy: 'Skopiuj swój kod',
    copied: 'Twój kod jest skopiowany. Wklej go tylko tam, gdzie nikt inny go nie przeczyta.',
    copyFailed: 'Nie udało się skopiować. Przeczytaj kod jeszcze raz uważnie albo pokaż go dużymi literami.',
    keptHere: 'Na tym urządzeniu jest zapisany kod.',
    fillIn: 'Wpisz mój zapisany kod',
    forget: 'Zapomnij ten kod',
    remember: 'Zapamiętaj mój kod na tym urządzeniu',
    rememberHint: 'Ta przeglądarka zapisze twój kod tylko wtedy, gdy to zaznaczysz. Wtedy nie musisz go przepisywać. Ale każdy, kto używa tego urządzenia, może wtedy też przeczytać twoją rozmowę. Rób to więc tylko na swoim telefonie albo komputerze.',
  },
  live: {
    oneAnswer: 'Jest nowa odpowiedź od CJG.',
    // One sentence for every n ≥ 2 (the island fills in n), so no plural form after the number.
    answers: (n) => `Nowe odpowiedzi od CJG: ${n}.`,
    newMessage: 'Jest nowa wiadomość.',
    you: 'Ty',
    cjg: 'Coach CJG',
  },
  urgent: {
    crisisHeading: 'Porozmawiaj o tym z kimś teraz',
    crisisLead: 'To, co piszesz, jest bardzo poważne. Nie czekaj na naszą odpowiedź. Te numery są bezpłatne i nie musisz podawać imienia:',
    crisis113: [' lub ', ': jeśli myślisz o samobójstwie. Całą dobę. Możesz też pisać na czacie na 113.nl.'],
    crisisKindertelefoon: ': De Kindertelefoon (telefon zaufania dla dzieci i młodzieży), do 18 lat. Zadzwoń albo napisz na czacie.',
    crisisVeiligThuis: ': Veilig Thuis (Bezpieczny Dom), gdy w domu jest przemoc albo ktoś cię krzywdzi. Całą dobę.',
    crisis112: ': jeśli jesteś teraz w niebezpieczeństwie.',
    outside: { lead: 'To nie może czekać?', kindertelefoon: 'Zadzwoń albo napisz na czacie do De Kindertelefoon (telefon zaufania dla dzieci i młodzieży):', upTo18: '(do 18 lat).', suicide: 'Myślisz o samobójstwie? Zadzwoń pod', or: 'lub', dayNight: ', całą dobę.', danger: 'W razie zagrożenia:' },
    short: { lead: 'Potrzebujesz pomocy od razu?', call: 'Nie czekaj więc na odpowiedź. Zadzwoń pod', danger: 'w razie zagrożenia. Myślisz o samobójstwie? Zadzwoń pod', suicide: 'albo do De Kindertelefoon (telefon zaufania dla dzieci i młodzieży):' },
    live: { lead: 'Nie czekaj na naszą odpowiedź.', suicide: 'Myślisz o samobójstwie? Zadzwoń pod', or: 'lub', dayNight: ', całą dobę.', violence: 'W domu jest przemoc albo ktoś cię krzywdzi? Zadzwoń do Veilig Thuis (Bezpieczny Dom):', upTo18: 'Do 18 lat: De Kindertelefoon (telefon zaufania dla dzieci i młodzieży),', danger: 'Jesteś w niebezpieczeństwie? Zadzwoń pod' },
  },
};
