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
export const contact = {
  phone: '023 799 50 50', // sample data
  tel: '+31237995050', // sample data
  email: 'info@samenopgroeien.example', // sample data
  hours: 'maandag tot en met vrijdag van 9.00 tot 17.00 uur', // sample data
  website: 'https://www.cjgkennemerland.nl',
};
