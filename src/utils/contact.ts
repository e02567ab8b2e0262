/**
 * How to reach the CJG: the one source for the pages (via src/utils/site.ts),
 * the mails (src/server/mail/templates.ts) and the structured data. No
 * `import.meta.env` here, so the server tools and the edge bundle can import
 * it too. content/partners/cjg.md and content/helplines/cjg-informatie-en-advies.yaml
 * repeat the phone number and e-mail address (content files cannot import
 * this module); tests/unit/cjg-contact.test.ts keeps them equal.
 *
 * The CJG's documents (/work/shared/seeds) name the website
 * (www.cjgkennemerland.nl) but no phone number, e-mail address or hours: those
 * are sample data until the CJG confirms them.
 */
/**
 * The one domain of every invented address: the CJG's e-mail, the sender of
 * the mails, the calendar organizer, Message-IDs and calendar UIDs. `.example`
 * is reserved (RFC 2606), so sample mail can never reach a real mailbox. Real
 * mail sets MAIL_FROM (and with it the Message-ID domain) at deploy time.
 */
import type { AnswerHours } from '../domain/questions/hours';

export const mailDomain = 'samenopgroeien.example'; // sample data

/**
 * The CJG as one organisation in the structured data (src/utils/jsonld.ts):
 * one name, and the address of its central location (cjg-centrum-zuid-west,
 * sample data like that location's file).
 */
export const organisation = {
  name: 'Centrum voor Jeugd en Gezin Haarlem en Zandvoort',
  alternateName: 'Samen Opgroeien',
  address: { street: 'Houtvaarthof 12', postcode: '2015 KD', city: 'Haarlem' }, // sample data
};

export const contact = {
  phone: '023 799 50 50', // sample data
  tel: '+31237995050', // sample data
  email: 'info@samenopgroeien.example', // sample data
  hours: 'maandag tot en met vrijdag van 9.00 tot 17.00 uur', // sample data
  website: 'https://www.cjgkennemerland.nl',
};

/**
 * When the CJG answers: the answering hours (Europe/Amsterdam), the default
 * until the CJG sets its own in the back office (/beheer/vragen/tijden/,
 * stored with the conversations). Sample data: the seeds ask for everyday
 * questions to be answered "snel en tijdig" but name no hours.
 */
export const defaultAnswerHours: AnswerHours = {
  1: { opens: '09:00', closes: '17:00' },
  2: { opens: '09:00', closes: '17:00' },
  3: { opens: '09:00', closes: '17:00' },
  4: { opens: '09:00', closes: '17:00' },
  5: { opens: '09:00', closes: '17:00' },
}; // sample data

/**
 * The one promise on when a question gets an answer, said the same way on
 * every page. It comes from the answering hours: a conversation page (made on
 * request) says from those hours whether someone reads now or from when the
 * next answer can be expected (`promiseFor` in src/domain/questions/hours.ts);
 * a page built ahead of time cannot know "now", so it says where to see that.
 * content/helplines/cjg-informatie-en-advies.yaml and
 * content/services/informatie-en-advies.md repeat it (tests/unit/cjg-contact.test.ts).
 */
export const replyPromise = 'Een CJG-coach leest vragen op vaste tijden. Stel je je vraag online, dan zie je bij je gesprek of er nu iemand meeleest, en anders vanaf wanneer je antwoord kunt verwachten.';
