/**
 * The pages only English has (besides the core set): parents, privacy and accessibility
 * (src/pages/[locale]/ouders.astro, privacy.astro, toegankelijkheid.astro), true to the Dutch pages.
 * Typed per locale so a later language can be added with the same shape.
 */
import { conversationCopy } from './conversation';
import type { TranslatedLocale } from '../translations';

export interface ParentsCopy {
  title: string; description: string; h1: string; lead: string;
  byAge: string; byAgeText: string; ages: Record<'0-4' | '4-12' | '12-18' | '18-23', string>;
  trainings: string; trainingsText: string; trainingsLink: string;
  coach: string; coachText: string; coachPoints: string[]; call: string; orRead: string; reach: string;
  danger: string; dangerText: string; dangerFree: string;
}

export const parentsCopy = {
  en: {
    title: 'For parents and carers', description: 'Information, tips and trainings for parents and carers of children from 0 to 23 in Haarlem and Zandvoort.',
    h1: 'For parents and carers',
    lead: 'Raising children does not always go by itself. Every parent has questions sometimes. Here you find explanations and tips per age, trainings and webinars, and people who think along with you.',
    byAge: 'Information per age', byAgeText: 'These articles are in Dutch for now.',
    ages: { '0-4': '0 to 4 years', '4-12': '4 to 12 years', '12-18': '12 to 18 years', '18-23': '18 to 23 years' },
    trainings: 'Trainings and webinars', trainingsText: 'Would you like to learn together with other parents? The CJG and its youth partners give trainings and webinars on four themes.', trainingsLink: 'All trainings and webinars',
    coach: 'Talk with a CJG coach',
    coachText: 'Are you worried about your child, or are things not going well at home? A CJG coach listens and thinks along with you. Together you look at what is needed. Sometimes one talk is enough, sometimes the coach helps you for a while.',
    coachPoints: ['It is free and you do not need a referral.', 'There is a CJG coach in every neighbourhood of Haarlem, in Zandvoort and at every school.', 'At the GP you can often also see a youth support worker (POH-Jeugd).'],
    call: 'Call', orRead: 'or read', reach: 'how to reach us',
    danger: 'Is there danger?', dangerText: 'Call 112. Are you worried about violence or abuse at home? Call Veilig Thuis:', dangerFree: '(free, day and night).',
  },
} satisfies Partial<Record<TranslatedLocale, ParentsCopy>>;

export interface PrivacyCopy {
  title: string; description: string; h1: string; lead: string;
  sections: { id?: string; heading: string; paragraphs?: string[]; list?: string[] }[];
  rights: string; rightsText: string; rightsMail: string; rightsEnd: string;
}

export const privacyCopy = {
  en: {
    title: 'Privacy statement', description: 'How Samen Opgroeien handles your data: no cookies, no tracking, only the data that is needed.',
    h1: 'Privacy statement', lead: 'We handle your data with care. We only ask for what is needed, and we do not keep it longer than needed.',
    sections: [
      { heading: 'When you look at the site', list: [
        'The public pages put no cookies on your device. We use no tracking or advertising.',
        'We load nothing from other websites: no fonts, videos or counters from others.',
        'When you search, this happens on your own device. We do not keep your search words and do not write them in a log file.',
        'We do not keep IP addresses.',
      ] },
      { id: 'inschrijven', heading: 'When you sign up for a training or webinar', paragraphs: [
        'We ask for your name, your email address and only what the trainer needs, such as the age of your child. Your phone number is not required. We use this data only for the training: to sign you up, to send you information and to call you if needed.',
        'Is the training given by a youth partner? Then only that partner gets your data. After the training we ask you anonymously what you thought of it.',
        'When you sign up, the website only shows: "We have sent you an email." Whether there is a place for you is in the email. This way nobody else can see on the website whether you signed up. If your email address is entered again, you get a new email with a new link.',
        'We delete your data automatically 30 days after the last date of the training. If the date of the training changes, the new date counts. Only anonymous numbers stay, for example how many parents took part.',
        'Do you fill in the questionnaire after the training? Then we keep your score without your name or email address. If you write something with it, we delete that text 90 days after the end of the month in which you sent it. We do not keep your personal link to the questionnaire once you have used it or when it has expired.',
      ] },
      { id: 'beheer', heading: 'When you log in to the back office (staff)', paragraphs: [
        'Staff of the CJG and of youth partners who publish offers log in with a link they get by email. Then they get one cookie to stay logged in. That cookie only works in the back office, not on the rest of the site. It expires after a working day, or at once when you log out. We keep your name and email address as long as you have an account.',
      ] },
      { id: 'anoniem', heading: 'When you ask a question anonymously', paragraphs: [
        'We ask for no name, email or phone number and keep no IP address. Your question and our answer are deleted automatically: 30 days after our answer, or 60 days after your question if there is no answer yet. After that nobody can read them any more, not even us.',
      ] },
    ],
    rights: 'Your rights',
    rightsText: 'You can always ask which data we have about you, and ask us to correct or delete it. You can cancel a registration yourself with the link in your confirmation. For questions, email',
    rightsMail: 'Do you not agree with how we handle your data?',
    rightsEnd: 'Then you can make a complaint to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).',
  },
} satisfies Partial<Record<TranslatedLocale, PrivacyCopy>>;

export interface AccessibilityCopy {
  title: string; description: string; h1: string; lead: string; statementDate: string;
  org: string; orgText: string; scope: string; scopeList: (site: string) => string[];
  status: string; statusStrong: string; statusText: string;
  tested: string; testedIntro: string; testedList: [strong: string, text: string][]; testedEnd: string;
  known: string; knownList: string[]; knownEnd: string;
  report: string; reportMail: string; reportCall: string; reportText: string; reportSample: string;
  complaint: string; complaintText: string; complaintLink: string; complaintEnd: string;
  date: string; dateText: (date: string) => string;
}

export const accessibilityCopy = {
  en: {
    title: 'Accessibility statement', description: 'How accessible is Samen Opgroeien? What we tested, what does not work well yet and how to report a problem.',
    h1: 'Accessibility statement',
    lead: 'Everyone should be able to use this website. Also if you see badly, do not use a mouse or use a screen reader. Here you read how far we are.',
    statementDate: '1 December 2026',
    org: 'Whose statement is this?',
    orgText: 'The Centre for Youth and Family (CJG) Haarlem and Zandvoort wants the website Samen Opgroeien to be accessible. The rules are in Dutch law: the Besluit digitale toegankelijkheid overheid. That law refers to the European standard EN 301 549, and so to the WCAG 2.1 guidelines at level AA. We also test against WCAG 2.2 AA.',
    scope: 'What does this statement cover?',
    scopeList: (site: string) => [
      `All pages of the website ${site}, in every language: information for parents, young people and professionals, the offers, the calendar, search and the forms to sign up or ask a question.`,
      'Not the websites of youth partners we link to. Also not the program in which a webinar is given.',
    ],
    status: 'How accessible is the website?', statusStrong: 'Status: partially compliant.',
    statusText: 'We test the website ourselves, with every change. An independent agency has not examined the website yet. That happens before the website officially goes live. After that we update this statement.',
    tested: 'What did we test, and how?', testedIntro: 'With every change to the website automatic tests run. If a test fails, the change does not go online.',
    testedList: [
      ['Every page with axe.', 'axe is a program that tests accessibility. It checks every page of the website, in every language, against the rules of WCAG 2.0, 2.1 and 2.2, level A and AA. Also the registration form, empty and with error messages.'],
      ['Every page for valid HTML.', 'With the W3C Nu HTML Checker. So we know that screen readers can read the code well.'],
      ['The basics of every page.', 'Every page is marked with its language (and Arabic with its reading direction, right to left), has one main heading, a title and a short description.'],
      ['With a keyboard only.', 'We test the link "Skip to content", search, the list of quick search results and "Quick exit" (with the Esc key) with a keyboard only.'],
      ['Without JavaScript.', 'Signing up, filtering the calendar, searching and asking a question also work when JavaScript is off. We test that.'],
      ['On a phone and a large screen.', 'We look at pages at 390 and 1280 pixels wide, by hand, with screenshots. For Arabic a test checks at 390 pixels that nothing sticks out of the screen.'],
      ['Language.', 'We write in plain language (level B1). We check that by hand.'],
    ],
    testedEnd: 'An automatic test does not find all problems. That is why people will also examine the website.',
    known: 'What does not work well yet?',
    knownList: [
      'People who use a screen reader or magnification have not tested the website yet.',
      'For a training of a youth partner you sometimes sign up on that partner’s website. We have not tested that website.',
      'You follow a webinar in a program outside the website. We have not tested that program.',
      'Some parts of the website are in Dutch only. The English home page says which.',
    ],
    knownEnd: 'Do you find a problem yourself? Let us know. Then we put it here and fix it.',
    report: 'Something does not work? Report it', reportMail: 'Email', reportCall: 'or call',
    reportText: `Say on which page it was and what went wrong. ${conversationCopy.en.replyPromise} Can we not fix it at once? Then we help you in another way, for example on the phone.`,
    reportSample: 'The email address, the phone number and how fast you get an answer',
    complaint: 'Not happy?', complaintText: 'Are you not happy with our answer? Then make a complaint. How that works, you read on', complaintLink: 'How the CJG helps', complaintEnd: 'Are you still not happy after that? Then you can go to the Nationale ombudsman (National Ombudsman).',
    date: 'Date', dateText: (date: string) => `This statement was made on ${date}. That is when the website was last fully tested.`,
  },
} satisfies Partial<Record<TranslatedLocale, AccessibilityCopy>>;
