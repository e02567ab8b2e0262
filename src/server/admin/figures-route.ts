/** Glue for the figures pages: the runtime's store, the built offers and themes. */
import { getRuntime } from '../runtime';
import type { FigureDeps } from './figures';
import { catalogueOffers, themeList } from './routes-b';

export async function figureRouteDeps(): Promise<FigureDeps> {
  const [runtime, offers, themes] = await Promise.all([getRuntime(), catalogueOffers(), themeList()]);
  return { store: runtime.store, offers, themes };
}
