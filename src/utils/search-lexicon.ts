/** Reads the search lexicon (content/search/lexicon.yaml) at build time, with the site's one list of crisis words. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { prepareLexicon, type SearchLexicon } from '../domain/search-query';
import { crisisGroups } from '../domain/crisis';

let cached: SearchLexicon | undefined;

export function loadLexicon(root = process.cwd()): SearchLexicon {
  cached ??= prepareLexicon({ ...(parse(readFileSync(join(root, 'content/search/lexicon.yaml'), 'utf8')) as Omit<SearchLexicon, 'crisis'>), crisis: crisisGroups });
  return cached;
}
