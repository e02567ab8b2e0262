/**
 * Pickup codes for anonymous questions: five everyday Dutch words from a list
 * of 256, e.g. "appel-fiets-zon-tafel-boom". Easy to read aloud, show large, copy
 * and type on a phone; 5 × 8 = 40 bits of randomness, so with the guessing
 * limit on lookups a code cannot be found by trying. Pure: randomness is passed in.
 */
export const CODE_WORDS = 5;

export const WORDS: readonly string[] = [
  'appel', 'banaan', 'citroen', 'peer', 'kers', 'druif', 'meloen', 'perzik', 'pruim', 'kiwi', 'mango', 'bes',
  'noot', 'tomaat', 'wortel', 'prei', 'ui', 'kool', 'sla', 'boon', 'erwt', 'mais', 'rijst', 'brood', 'kaas',
  'boter', 'melk', 'thee', 'koffie', 'soep', 'taart', 'koek', 'snoep', 'honing', 'suiker', 'zout', 'peper',
  'jam', 'pizza', 'pasta', 'friet', 'ijsje', 'wafel', 'pannenkoek', 'hond', 'kat', 'muis', 'paard', 'koe',
  'schaap', 'geit', 'varken', 'kip', 'eend', 'gans', 'uil', 'mees', 'merel', 'duif', 'meeuw', 'reiger',
  'zwaan', 'vis', 'haai', 'walvis', 'dolfijn', 'zeehond', 'krab', 'kreeft', 'slak', 'mier', 'bij', 'vlinder',
  'spin', 'kikker', 'pad', 'egel', 'vos', 'haas', 'konijn', 'hert', 'wolf', 'beer', 'leeuw', 'tijger',
  'olifant', 'giraf', 'zebra', 'aap', 'panda', 'koala', 'pinguin', 'kameel', 'boom', 'bloem', 'gras', 'blad',
  'tak', 'roos', 'tulp', 'lelie', 'mos', 'varen', 'den', 'eik', 'beuk', 'wilg', 'berk', 'struik', 'zon',
  'maan', 'ster', 'wolk', 'regen', 'sneeuw', 'hagel', 'wind', 'storm', 'mist', 'ijs', 'vuur', 'water', 'aarde',
  'lucht', 'zee', 'meer', 'rivier', 'beek', 'duin', 'strand', 'bos', 'heide', 'berg', 'dal', 'eiland',
  'polder', 'dijk', 'sloot', 'huis', 'deur', 'raam', 'dak', 'muur', 'trap', 'vloer', 'tafel', 'stoel', 'bank',
  'bed', 'kast', 'lamp', 'klok', 'spiegel', 'kussen', 'deken', 'jas', 'muts', 'sjaal', 'sok', 'schoen',
  'laars', 'broek', 'rok', 'trui', 'hemd', 'riem', 'tas', 'koffer', 'pet', 'bril', 'ring', 'ketting', 'fiets',
  'auto', 'bus', 'trein', 'tram', 'boot', 'schip', 'vlieg', 'raket', 'kar', 'step', 'skate', 'bal', 'net',
  'doel', 'fluit', 'trom', 'gitaar', 'piano', 'viool', 'harp', 'drum', 'boek', 'pen', 'potlood', 'gum',
  'schrift', 'krant', 'brief', 'kaart', 'foto', 'film', 'radio', 'rood', 'geel', 'blauw', 'groen', 'oranje',
  'paars', 'roze', 'wit', 'zwart', 'grijs', 'bruin', 'goud', 'zilver', 'school', 'klas', 'juf', 'meester',
  'markt', 'winkel', 'haven', 'brug', 'toren', 'kerk', 'molen', 'kasteel', 'tuin', 'park', 'plein', 'straat',
  'weg', 'hek', 'poort', 'zomer', 'winter', 'lente', 'herfst', 'ochtend', 'middag', 'avond', 'nacht', 'week',
  'maand', 'jaar', 'feest', 'spel', 'sport', 'dans', 'lied', 'hamer', 'zaag', 'schaar',
];

/** A new code from `random` bytes (one byte per word; 256 words, so no modulo bias). */
export function makePickupCode(randomBytes: (n: number) => Uint8Array): string {
  if (WORDS.length !== 256) throw new Error('The word list must have exactly 256 words.');
  return Array.from(randomBytes(CODE_WORDS), (b) => WORDS[b]!).join('-');
}

/** A new code from the platform's secure random generator. */
export function newPickupCode(): string {
  return makePickupCode((n) => crypto.getRandomValues(new Uint8Array(n)));
}

/** Lowercase, words separated by single hyphens (spaces, dots and underscores typed by mistake become hyphens). */
export function normalizePickupCode(input: string): string {
  return input.trim().toLowerCase().replace(/[\s_.,]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '');
}
