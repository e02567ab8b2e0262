declare namespace App {
  interface Locals {
    /** The signed-in back-office user (set by src/middleware.ts on /beheer/ and /api/admin/). */
    user?: import('./server/store/admin').User;
  }
}
