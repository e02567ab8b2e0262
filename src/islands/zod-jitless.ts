/**
 * Imported first by islands that validate with zod: without `jitless`, zod probes `new Function`
 * when it builds an object schema, which the strict CSP (no 'unsafe-eval') reports as a violation
 * even though zod catches it. Must run before any schema module is evaluated.
 */
import { z } from 'zod';

z.config({ jitless: true });
