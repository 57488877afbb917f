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
    // The UI library is one large chunk by nature; split it from the app so app releases keep it cached.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|scheduler|@tanstack)[\\/]/,
            },
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|@emotion|dayjs)[\\/]/ },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
          ],
        },
      },
    },
  },
});
