/**
 * Crisis words: one list for the whole site. Search (/zoeken/ and the header box) puts the urgent
 * helplines above the results when a query holds one; the youth conversation shows the urgent
 * numbers at once when a message holds one, before any answer. Matched as whole words after
 * normalising (search-query.ts `normaliseQuery`: no capitals, no accents on Latin letters, every
 * script kept), so "Zelfmoord" matches but "doodgewoon" does not; Arabic also as it is typed in a chat
 * (`foldForCrisis`: without hamza, with "and"/"the" joined to the word). In every language of the site.
 * It can miss things and can match a harmless sentence: showing the numbers once too often costs little.
 * Pure and small: islands import it too.
 */
import { matchCrisis, normaliseQuery, type CrisisGroup } from './search-query';

/** Helpline ids (content/helplines), most urgent first, and the words that call for them. */
export const crisisGroups: CrisisGroup[] = [
  // Suicide and self-harm: 113 first.
  {
    helplines: ['113-zelfmoordpreventie', '112'],
    terms: [
      'ik wil niet meer leven', 'er niet meer zijn', 'er een einde aan maken', 'een eind aan mijn leven', 'einde aan mijn leven', 'mezelf doden', 'mijzelf doden', 'mezelf ophangen', 'van een brug springen', 'voor de trein springen', 'pillen slikken', 'overdosis', 'mezelf snijden', 'mijzelf snijden', 'ik snij mezelf', 'ik snijd mezelf', 'krassen', 'mijzelf pijn doen', 'doe mezelf pijn', 'doe mijzelf pijn', 'mezelf pijn te doen', 'mezelf beschadigen', 'automutilatie',
      'zelfmoord', 'suicide', 'zelfdoding', 'ik wil dood', 'dood willen', 'wil dood', 'niet meer leven',
      'niet meer willen leven', 'wil niet meer leven', 'einde eraan maken', 'er een eind aan maken',
      'mezelf pijn doen', 'zelfbeschadiging', 'snijden', 'kill myself', 'want to die', 'end my life', 'self harm',
      'hurt myself', 'suicidal', 'suicidaal', 'انتحار', 'أنتحر', 'سأنتحر', 'أريد أن أموت', 'أريد الموت', 'أتمنى الموت', 'لا أريد أن أعيش', 'بدي موت', 'أقتل نفسي', 'أؤذي نفسي', 'إيذاء النفس', 'intihar', 'intiharı', 'intihara', 'ölmek istiyorum',
      'kendime zarar', 'kendimi öldürmek', 'samobójstwo', 'samobójstwie', 'samobójstwa', 'chcę umrzeć', 'samookaleczenie', 'zabić się', 'самогубство', 'самогубства', 'суїциду',
      'суїцид', 'хочу померти', 'самоушкодження', 'вбити себе',
    ],
  },
  // Violence or abuse at home: Veilig Thuis first.
  {
    helplines: ['veilig-thuis', '112'],
    terms: [
      'seksueel misbruik', 'aangerand', 'verkracht', 'verkrachting', 'mishandelt', 'geweld thuis', 'schopt mij', 'schopt me', 'word geslagen', 'wordt geslagen', 'bang voor mijn vader', 'bang voor mijn moeder', 'bang om naar huis', 'loverboy',
      'thuis niet veilig', 'niet veilig thuis', 'onveilig thuis', 'geslagen', 'slaat mij', 'slaat me', 'mishandeld',
      'mishandeling', 'kindermishandeling', 'huiselijk geweld', 'misbruik', 'misbruikt', 'bedreigd', 'bang thuis',
      'abuse', 'abused', 'domestic violence', 'not safe at home', 'hits me', 'عنف أسري', 'يضربني', 'إساءة',
      'غير آمن في البيت', 'aile içi şiddet', 'dövüyor', 'istismar', 'evde güvende değilim', 'przemoc domowa',
      'bije mnie', 'nie jestem bezpieczny', 'nie jestem bezpieczna', 'домашнє насильство', 'б’є мене',
      'насильство вдома',
    ],
  },
  // Danger now: 112.
  {
    helplines: ['112'],
    terms: [
      'gevaar', 'noodgeval', 'nood', 'emergency', 'danger', 'طوارئ', 'خطر', 'acil', 'tehlike', 'nagły wypadek',
      'niebezpieczeństwo', 'небезпека', 'екстрена допомога',
    ],
  },
];

const prepared = crisisGroups.map((g) => ({ helplines: g.helplines, terms: g.terms.map(normaliseQuery).filter(Boolean) }));

/** The helplines a text calls for, most urgent first; empty when it holds no crisis word. */
export function crisisHelplines(text: string): string[] {
  return matchCrisis([normaliseQuery(text.slice(0, 20_000))], prepared);
}

/** True when the text holds one of the crisis words or phrases, as whole words. */
export function mentionsCrisis(text: string): boolean {
  return crisisHelplines(text).length > 0;
}
