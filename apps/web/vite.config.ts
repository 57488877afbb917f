import { readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// The shared package is compiled from source, so the browser runs exactly the rules the server runs.
const shared = new URL('../../packages/shared/src/index.ts', import.meta.url).pathname;
const outDir = new URL('./dist', import.meta.url).pathname;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
/** Text, and WebAssembly (the 扫一扫 QR reader: 946 kB, 415 kB gzip), compress; images and fonts are compressed already. */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|xml|webmanifest|wasm)$/;
const MIN_BYTES = 1024;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && !entry.parentPath.includes(`${path.sep}.vite`))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Writes `file` atomically, so a server already running never sends a half-written variant. */
async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  await writeFile(`${file}.tmp`, bytes);
  await rename(`${file}.tmp`, file);
}

/**
 * Brotli (`.br`) and gzip (`.gz`) beside every text file of the build over 1 KB, index.html included: the
 * server sends them as they are (@fastify/static `preCompressed`) instead of compressing on every request.
 */
function precompress(): Plugin {
  return {
    name: 'rcpd:precompress',
    apply: 'build',
    async writeBundle(options) {
      const dir = options.dir ?? outDir;
      const files = (await filesUnder(dir)).filter((file) => COMPRESSIBLE.test(file));
      await Promise.all(
        files.map(async (file) => {
          if ((await stat(file)).size < MIN_BYTES) return;
          const bytes = await readFile(file);
          const [br, gz] = await Promise.all([
            brotli(bytes, {
              params: {
                [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
                // 10, not 11: 2.4 times as fast for 1.7 % more bytes (the build is on npm start's path)
                [constants.BROTLI_PARAM_QUALITY]: 10,
                [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
              },
            }),
            gzipAsync(bytes, { level: constants.Z_BEST_COMPRESSION }),
          ]);
          if (br.length < bytes.length) await writeAtomically(`${file}.br`, br);
          if (gz.length < bytes.length) await writeAtomically(`${file}.gz`, gz);
        }),
      );
    },
  };
}

export default defineConfig({
  plugins: [react(), precompress()],
  resolve: { alias: { '@rcpd/shared': decodeURIComponent(shared) } },
  server: {
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  build: {
    outDir: decodeURIComponent(outDir),
    emptyOutDir: true,
    // dist/.vite/manifest.json: which chunks each page loads (bench/web-bundles.mjs reads it)
    manifest: true,
    // The one chunk over Vite's 500 kB is 统计分析's, with ECharts (560 kB, 190 kB gzip), which no other page
    // loads; the warning would greet every `npm start` for it.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      // The shared package only declares schemas, rules and constants: a page that needs ERRORS does not get
      // every zod schema of the API with it.
      treeshake: { moduleSideEffects: [{ test: /packages[\\/]shared[\\/]src[\\/]/, sideEffects: false }] },
      output: {
        codeSplitting: {
          // Every page is a lazy chunk (App.tsx) and the bundler splits the UI library per component among
          // them. Only what every page runs is grouped, so app releases keep it cached.
          groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ }],
        },
      },
    },
  },
});
