// Every figure of the speed issue in one run, on PostgreSQL when DATABASE_URL is set, else on PGlite: the hot
// paths against the bare ceiling, the deadline rush (as fast as the server answers, and with a person's pause
// between steps), the PDFs, ten 10 MB uploads one after another, and the web app's bundles. Each scenario is
// its own script, run here one after the other; see bench/README.md for what each prints.
//   npm run build && node bench/speed.mjs            (PGlite)
//   DATABASE_URL=postgres://… node bench/speed.mjs   (a fresh database of its own on that server)
import { spawnSync } from 'node:child_process';

const node = process.execPath;
const database = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
const scenarios = [
  ['hot paths against the ceiling', ['bench/ceiling.mjs']],
  ['deadline rush, no pause', ['bench/rush.mjs', '--applicants', '500']],
  [
    'deadline rush, a person’s pause of about 3 s between steps',
    ['bench/rush.mjs', '--applicants', '500', '--think', '3000'],
  ],
  ['PDFs', ['bench/pdf.mjs', '--runs', '1']],
  ['ten 10 MB uploads one after another', ['bench/uploads.mjs', '--files', '10', '--concurrency', '1']],
  ['web app bundles', ['bench/web-bundles.mjs']],
];
for (const [title, args] of scenarios) {
  console.log(`\n=== ${title} (${database}) — node ${args.join(' ')}`);
  const run = spawnSync(node, args, { stdio: 'inherit' });
  if (run.status !== 0) console.log(`(exited with ${run.status ?? run.signal})`);
}
