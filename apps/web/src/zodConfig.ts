import { config } from 'zod';

/**
 * zod compiles its object parsers with `new Function` when it may, and probes for that once. Under our CSP
 * (script-src 'self', no 'unsafe-eval') the probe is refused, and although zod catches the refusal, the browser
 * still reports it as a CSP violation on every page: noise that would hide a real injection in the reports.
 * Jitless parsing asks for no eval at all. Imported first in main.tsx, before any schema parses.
 */
config({ jitless: true });
