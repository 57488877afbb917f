// Builds the web app (vite build) unless nothing it is built from changed since the last successful build:
// the sources and config of apps/web, the shared package's sources and package-lock.json, compared by content
// with the stamp the last build left in apps/web/dist.
// `node scripts/build-web-if-changed.mjs [--force]` (npm run build forces it)
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WEB = path.join(ROOT, 'apps/web');
const DIST = path.join(WEB, 'dist');
/** A dotfile: @fastify/static does not serve it. */
const STAMP = path.join(DIST, '.inputs.sha256');

/** Every file the build reads from the repository, in a stable order. */
function inputFiles() {
  const under = (dir, skip = []) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .filter((file) => !skip.some((folder) => file.startsWith(path.join(dir, folder) + path.sep)));
  return [
    ...under(WEB, ['dist', 'node_modules']),
    ...under(path.join(ROOT, 'packages/shared/src')),
    path.join(ROOT, 'packages/shared/package.json'),
    path.join(ROOT, 'package-lock.json'),
  ]
    .filter((file) => !file.endsWith('.test.ts'))
    .sort();
}

export function inputsHash() {
  const hash = createHash('sha256');
  for (const file of inputFiles()) {
    hash.update(path.relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function viteBuild(quiet) {
  const vite = path.join(ROOT, 'node_modules/vite/bin/vite.js');
  const args = [vite, 'build', ...(quiet ? ['--logLevel', 'warn'] : [])];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: WEB, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build exited with ${code}`)),
    );
  });
}

/**
 * Builds when needed (always with `force`, as `npm run build` does, which leaves the stamp for the next start);
 * resolves to what happened, for the log. `quiet`: only Vite's warnings.
 */
export async function buildWebIfChanged({ force = false, quiet = false } = {}) {
  const started = performance.now();
  const hash = inputsHash();
  const upToDate =
    !force &&
    existsSync(path.join(DIST, 'index.html')) &&
    existsSync(STAMP) &&
    readFileSync(STAMP, 'utf8').trim() === hash;
  if (upToDate) return 'web app: up to date, vite build skipped';
  await viteBuild(quiet);
  // written last: a build that failed or was interrupted leaves no stamp, so the next start builds again
  writeFileSync(STAMP, `${hash}\n`);
  return `web app: built in ${((performance.now() - started) / 1000).toFixed(1)} s`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildWebIfChanged({ force: process.argv.includes('--force') }).then(
    (message) => console.log(message),
    (error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
