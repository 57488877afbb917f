// The JavaScript and CSS each entry page of the web app loads on a first visit, gzip and brotli, against the
// budgets of the bundle-splitting issue. Reads the build's manifest (`npm run build` first); prints figures and
// never fails.
//
//   node bench/web-bundles.mjs [--dist apps/web/dist] [--json]
//
// A page loads the entry chunk of index.html with everything it imports statically (Vite's modulepreload
// chain), then the lazy chunks of its route (the route's layout and page modules) with their static imports.
// Chunks a page only loads on use (a dialog, a preview) are not counted.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const { values: args } = parseArgs({
  options: { dist: { type: 'string', default: 'apps/web/dist' }, json: { type: 'boolean', default: false } },
});
const dist = path.resolve(args.dist);
const manifestFile = path.join(dist, '.vite', 'manifest.json');

const KB = 1024;
const PUBLIC = 150 * KB;
const PORTAL = 300 * KB;
/** Fetched with every page that reads from the server (lazyPage in apps/web/src/lazyPage.ts). */
const QUERIES = 'src/api/queries.tsx';

/**
 * Each entry page and what its route loads lazily (keys of the manifest: source paths). A portal page loads the
 * portal's routes (with the portal frame), then the page.
 */
const PAGES = [
  { page: 'landing', url: '/', lazy: ['src/pages/Landing.tsx'], budget: PUBLIC },
  { page: 'person login', url: '/login?type=person', lazy: [QUERIES, 'src/pages/Login.tsx'], budget: PUBLIC },
  {
    page: 'employer login',
    url: '/login?type=employer',
    lazy: [QUERIES, 'src/pages/Login.tsx'],
    budget: PUBLIC,
  },
  { page: 'admin login', url: '/admin/login', lazy: [QUERIES, 'src/pages/AdminLogin.tsx'], budget: PUBLIC },
  { page: 'verify', url: '/verify?t=…', lazy: [QUERIES, 'src/pages/Verify.tsx'], budget: PUBLIC },
  { page: 'publicity', url: '/publicity', lazy: [QUERIES, 'src/pages/Publicity.tsx'], budget: PUBLIC },
  {
    page: 'applicant home',
    url: '/person',
    lazy: [QUERIES, 'src/portals/applicant/routes.tsx', 'src/portals/applicant/Home.tsx'],
    budget: PORTAL,
  },
  {
    // an applicant holding a certificate also loads the table of 我的证照
    page: 'applicant home, with a certificate',
    url: '/person',
    lazy: [
      QUERIES,
      'src/portals/applicant/routes.tsx',
      'src/portals/applicant/Home.tsx',
      'src/portals/applicant/CertificatesTable.tsx',
    ],
    budget: PORTAL,
  },
  {
    page: 'employer home',
    url: '/employer',
    lazy: [QUERIES, 'src/portals/employer/routes.tsx', 'src/portals/employer/Home.tsx'],
    budget: PORTAL,
  },
  {
    page: 'department home',
    url: '/admin',
    lazy: [QUERIES, 'src/portals/department/routes.tsx', 'src/portals/department/Home.tsx'],
    budget: PORTAL,
  },
];

if (!existsSync(manifestFile)) {
  console.log(`No ${path.relative(process.cwd(), manifestFile)}: run \`npm run build\` first.`);
  process.exit(0);
}
/** @type {Record<string, {file: string, imports?: string[], css?: string[], isEntry?: boolean}>} */
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));

const sizes = new Map();
/** Raw, gzip (level 9) and brotli (quality 10) bytes of a built file: what the server sends precompressed. */
function sizeOf(file) {
  let size = sizes.get(file);
  if (!size) {
    const bytes = readFileSync(path.join(dist, file));
    size = {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      br: brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_QUALITY]: 10,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }).length,
    };
    sizes.set(file, size);
  }
  return size;
}

/** The files a set of chunks brings, following static imports. */
function closure(keys) {
  const js = new Set();
  const css = new Set();
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) return;
    if (chunk.file.endsWith('.js')) js.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  for (const key of keys) visit(key);
  return { js: [...js], css: [...css] };
}

const sum = (files) =>
  files.map(sizeOf).reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip, br: a.br + s.br }), {
    raw: 0,
    gzip: 0,
    br: 0,
  });

const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
if (!entryKey) {
  console.log('The manifest names no entry chunk.');
  process.exit(0);
}

const rows = PAGES.map(({ page, url, lazy, budget }) => {
  const { js, css } = closure([entryKey, ...lazy]);
  const inEntry = lazy.filter((key) => !manifest[key]);
  const jsSize = sum(js);
  const cssSize = sum(css);
  return {
    page,
    url,
    files: js.length + css.length,
    js: jsSize,
    css: cssSize,
    budget,
    met: jsSize.gzip <= budget,
    notSplit: inEntry,
  };
});

if (args.json) {
  console.log(JSON.stringify(rows, null, 2));
  process.exit(0);
}

const kb = (n) => `${(n / KB).toFixed(1)}`;
const allJs = sum(Object.values(manifest).flatMap((c) => (c.file.endsWith('.js') ? [c.file] : [])));
console.log(
  `web app in ${path.relative(process.cwd(), dist) || '.'}: ${Object.values(manifest).filter((c) => c.file.endsWith('.js')).length} JS chunks, ` +
    `${kb(allJs.raw)} KB raw, ${kb(allJs.gzip)} KB gzip, ${kb(allJs.br)} KB brotli in all\n`,
);
console.log(
  '| page | url | files | JS raw KB | JS gzip KB | JS brotli KB | CSS gzip KB | CSS brotli KB | goal (JS gzip) | met |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.page} | \`${r.url}\` | ${r.files} | ${kb(r.js.raw)} | ${kb(r.js.gzip)} | ${kb(r.js.br)} | ${kb(r.css.gzip)} | ${kb(r.css.br)} | ≤ ${kb(r.budget)} | ${r.met ? 'yes' : 'NO'} |`,
  );
}
const unsplit = [...new Set(rows.flatMap((r) => r.notSplit))];
if (unsplit.length > 0) console.log(`\nnot split from the entry chunk: ${unsplit.join(', ')}`);
console.log(
  `\n${rows.filter((r) => r.met).length} of ${rows.length} pages within their budget (KB = 1024 bytes; gzip level 9, brotli quality 10, as the build precompresses)`,
);
