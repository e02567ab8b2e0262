declare namespace App {
  interface Locals {
    /**
     * The server core for this request: the one `Deps` (src/server/deps.ts) that scripts/serve.mjs
     * created at start and passes with every request (a fresh `locals` object each time); under
     * `astro dev` src/middleware.ts creates it. The middleware swaps in the built catalogue.
     */
    deps?: import('./server/deps').Deps;
    /** The signed-in back-office user (set by src/middleware.ts on /beheer/ and /api/admin/). */
    user?: import('./schemas/rows').User;
    /** The moment of this request, set once by `pageNow` (src/utils/now.ts) for every component of the page. */
    now?: Date;
  }
}
