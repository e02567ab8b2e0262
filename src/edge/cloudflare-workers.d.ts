// What the edge code uses from workerd's `cloudflare:workers` module, typed locally so the
// Node type check needs no @cloudflare/workers-types globals.
declare module 'cloudflare:workers' {
  export const env: Record<string, unknown>;
}
