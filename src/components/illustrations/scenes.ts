/**
 * The site's own larger illustrations (src/assets/illustrations/, drawn for this site in the theme
 * colours). Vite inlines a file under 4 KB as a data: URL (no extra request; the CSP allows data: images),
 * a bigger one becomes a hashed file cached for a year.
 */
import home from '../../assets/illustrations/home.svg?url';
import youth from '../../assets/illustrations/youth.svg?url';
import searchEmpty from '../../assets/illustrations/search-empty.svg?url';

export const scenes = {
  home: { src: home, width: 480, height: 320 },
  youth: { src: youth, width: 480, height: 320 },
  'search-empty': { src: searchEmpty, width: 240, height: 180 },
} as const;
export type SceneName = keyof typeof scenes;
