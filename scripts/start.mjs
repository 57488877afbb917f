// `npm start`: brings the build up to date, doing only what changed, then runs the server in this process.
// The server's compile (no type check, see compile-server.mjs) and the web app's build (skipped when its
// inputs are unchanged, see build-web-if-changed.mjs) run side by side.
import { buildWebIfChanged } from './build-web-if-changed.mjs';
import { compileServer } from './compile-server.mjs';

try {
  for (const line of await Promise.all([compileServer(), buildWebIfChanged({ quiet: true })]))
    console.log(line);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
// `npm start` is the demo: it asks for the development aids (demo accounts, the SMS outbox) unless this is
// production, where the server refuses them (README, Configuration)
if (process.env.NODE_ENV !== 'production') process.env.DEV_AIDS ??= '1';
await import('../apps/server/dist/main.js');
