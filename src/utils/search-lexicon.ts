/** Reads the search lexicon (content/search/lexicon.yaml) at build time. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { prepareLexicon, type SearchLexicon } from '../domain/search-query';

let cached: SearchLexicon | undefined;

export function loadLexicon(root = process.cwd()): SearchLexicon {
  cached ??= prepareLexicon(parse(readFileSync(join(root, 'content/search/lexicon.yaml'), 'utf8')) as SearchLexicon);
  return cached;
}
