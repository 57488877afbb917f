import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The shared package is compiled from source, so the browser runs exactly the rules the server runs.
const shared = new URL('../../packages/shared/src/index.ts', import.meta.url).pathname;
const outDir = new URL('./dist', import.meta.url).pathname;

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@rcpd/shared': decodeURIComponent(shared) } },
  server: {
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  build: {
    outDir: decodeURIComponent(outDir),
    emptyOutDir: true,
    // dist/.vite/manifest.json: which chunks each page loads (bench/web-bundles.mjs reads it)
    manifest: true,
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
