/**
 * Glue for the back-office pages of registrations, figures and questions:
 * the process runtime plus the built `offers` collection (content files and
 * published partner offers), read once per process.
 */
import { getCatalogue } from '../../catalogue/site';
import { routeDeps } from '../astro';
import { registrationAdminDeps, type AdminOffer, type RegistrationAdminDeps } from './registrations';

let offers: Promise<AdminOffer[]> | undefined;

export function catalogueOffers(): Promise<AdminOffer[]> {
  offers ??= getCatalogue().then((c) => c.offers.map((o) => ({ id: o.id, data: o.data })));
  return offers;
}

export async function registrationRouteDeps(): Promise<RegistrationAdminDeps> {
  const [deps, list] = await Promise.all([routeDeps(), catalogueOffers()]);
  return registrationAdminDeps(deps, list);
}

export async function themeList(): Promise<{ id: string; title: string }[]> {
  return (await getCatalogue()).themes.map((t) => ({ id: t.id, title: t.data.title ?? t.id }));
}
