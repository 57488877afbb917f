// Compiles the shared package and the server for `npm start`: each source file newer than its output is
// transpiled on its own (Vite's oxc transform, milliseconds a file) to the same dist layout `tsc -b` writes.
// Types are not checked here: `npm run typecheck`, `npm run build` and `npm test` do that (tsc -b).
// `node scripts/compile-server.mjs`
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The projects `tsc -b packages/shared apps/server` builds, with their tsconfig's include and exclude. */
const PROJECTS = ['packages/shared', 'apps/server'].map((dir) => ({
  src: path.join(ROOT, dir, 'src'),
  dist: path.join(ROOT, dir, 'dist'),
  // tsconfig: "exclude": ["src/**/*.test.ts", "src/test"]
  excluded: (relative) =>
    relative.endsWith('.test.ts') || relative.startsWith(`test${path.sep}`) || relative.endsWith('.d.ts'),
}));

/** Source files whose output is missing or older than they are. */
function staleFiles() {
  const stale = [];
  for (const project of PROJECTS) {
    for (const relative of readdirSync(project.src, { recursive: true })) {
      if (!relative.endsWith('.ts') || project.excluded(relative)) continue;
      const source = path.join(project.src, relative);
      const output = path.join(project.dist, relative.replace(/\.ts$/, '.js'));
      if (!existsSync(output) || statSync(output).mtimeMs < statSync(source).mtimeMs) {
        stale.push({ source, output });
      }
    }
  }
  return stale;
}

/** Compiles what changed; resolves to what happened, for the start log. */
export async function compileServer() {
  const started = performance.now();
  const stale = staleFiles();
  if (stale.length === 0) return 'server: up to date';
  const { transformWithOxc } = await import('vite');
  await Promise.all(
    stale.map(async ({ source, output }) => {
      const result = await transformWithOxc(await readFile(source, 'utf8'), source, {
        lang: 'ts',
        target: 'es2023',
        sourcemap: true,
        // verbatimModuleSyntax: only `import type` goes away, as with tsc
        typescript: { onlyRemoveTypeImports: true },
      });
      const map = { ...result.map, sources: [path.relative(path.dirname(output), source)], file: undefined };
      mkdirSync(path.dirname(output), { recursive: true });
      writeFileSync(`${output}.map`, JSON.stringify(map));
      writeFileSync(output, `${result.code}\n//# sourceMappingURL=${path.basename(output)}.map\n`);
    }),
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return `server: ${stale.length} files compiled in ${seconds} s (types are checked by npm run typecheck)`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  compileServer().then(
    (message) => console.log(message),
    (error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
