// Object storage scenario: attachments through the whole server, on the local folder and on S3 (s3rver in this
// process), both encrypted at rest, against the bare ceiling in the same run: a plain HTTP server that copies
// the same multipart bodies to disk and streams the files back. Uploads `--files` PDFs of `--size` MB into
// 论文著作 entries, `--concurrency` at once, then downloads every one (as many at once), while sampling the
// server's resident memory every 20 ms. Prints throughput and RSS (before, peak) of each phase.
//   npm run build && node bench/blobs.mjs [--files 20] [--size 10] [--concurrency 4] [--stores ceiling,local,s3]
// `--main <path>` runs another build of the server (e.g. an earlier commit's, for the "before" figures).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import S3rver from 's3rver';
import { Api, startServer } from './support.mjs';

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '20' },
    size: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '4' },
    stores: { type: 'string', default: 'ceiling,local,s3' },
    main: { type: 'string', default: 'apps/server/dist/main.js' },
  },
});
// 论文著作 holds 3 entries of 20 files each, of at most 10 MB
const FILES = Math.min(Number(values.files), 60);
const SIZE_MB = Math.min(Number(values.size), 10);
const CONCURRENCY = Number(values.concurrency);
const MB = 1024 * 1024;

const rssOf = (pid) => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return line ? Number(line[1]) / 1024 : Number.NaN;
};

async function waitFor(url) {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer`);
}

/** Runs `work` while sampling the RSS of `pid`: seconds, MB/s over `bytes`, RSS before and at its peak. */
async function measured(pid, bytes, work) {
  const before = rssOf(pid);
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssOf(pid));
  }, 20);
  const started = performance.now();
  await work();
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  return { seconds, mbPerSecond: bytes / MB / seconds, before, peak: Math.max(peak, rssOf(pid)) };
}

/** `count` jobs, `CONCURRENCY` at once. */
async function pool(count, job) {
  let next = 0;
  const worker = async () => {
    while (next < count) await job(next++);
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

/** Reads a response body to its end without holding it. */
async function drain(response) {
  if (!response.ok) throw new Error(`${response.url}: ${response.status} ${await response.text()}`);
  let bytes = 0;
  for await (const chunk of response.body) bytes += chunk.length;
  return bytes;
}

const pdf = () => {
  const bytes = new Uint8Array(SIZE_MB * MB).fill(0x20);
  bytes.set(new TextEncoder().encode('%PDF-1.4\n'));
  return new Blob([bytes], { type: 'application/pdf' });
};

/** The bare ceiling: a plain HTTP server copying each request body to a file, and each file back. */
const CEILING = `
const http = require('node:http'), fs = require('node:fs'), path = require('node:path');
const { pipeline } = require('node:stream');
const dir = process.env.DIR;
http.createServer((req, res) => {
  const file = path.join(dir, req.url.replace(/\\W/g, '_'));
  if (req.method === 'POST') pipeline(req, fs.createWriteStream(file), (e) => res.end(e ? 'error' : 'ok'));
  else if (req.method === 'GET' && req.url !== '/') pipeline(fs.createReadStream(file), res, () => {});
  else res.end('ok');
}).listen(Number(process.env.PORT), '127.0.0.1');`;

async function ceiling() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rcpd-bench-ceiling-'));
  const port = 3900 + Math.floor(Math.random() * 90);
  const server = spawn(process.execPath, ['-e', CEILING], {
    env: { ...process.env, DIR: dir, PORT: String(port) },
    stdio: 'inherit',
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${base}/`);
    const blob = pdf();
    const upload = await measured(server.pid, FILES * SIZE_MB * MB, () =>
      pool(FILES, async (n) => {
        const form = new FormData();
        form.append('file', blob, `论文${n + 1}.pdf`);
        await drain(await fetch(`${base}/f${n}`, { method: 'POST', body: form }));
      }),
    );
    const download = await measured(server.pid, FILES * SIZE_MB * MB, () =>
      pool(FILES, async (n) => void (await drain(await fetch(`${base}/f${n}`)))),
    );
    return { upload, download };
  } finally {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

const paper = {
  title: '基于深度学习的图像识别方法研究',
  kind: '论文',
  publishedAt: '2021-05-01',
  publication: '吉林大学学报',
  rank: '第一作者',
};

/** The built server on a fresh PGlite folder with the demo data, its files where `env` says. */
async function product(env) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'rcpd-bench-'));
  const server = await startServer({
    script: values.main,
    env: {
      ...env,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
  });
  try {
    const employer = await Api.login(server.base, 'employer', '91220101MA17A0001Q');
    const applicant = await Api.login(server.base, 'person', '220102199001011239');
    const { employerId } = await applicant.get('/api/person/employers?uscc=91220101MA17A0001Q');
    const binding = await applicant.post('/api/person/bindings', { employerId });
    await employer.post(`/api/employer/bindings/${binding.id}/decision`, { decision: '审核通过' });
    const { items } = await applicant.get('/api/person/notices');
    const { id } = await applicant.post('/api/person/applications', {
      noticeId: items[0].id,
      employerId,
      confirmations: [true, true, true, true],
    });
    const entries = [];
    for (let stored = 0; stored < FILES; stored += 20) {
      entries.push(
        (await applicant.post(`/api/person/applications/${id}/entries`, { module: 'papers', values: paper }))
          .id,
      );
    }
    const blob = pdf();
    const attachments = [];
    const upload = await measured(server.pid, FILES * SIZE_MB * MB, () =>
      pool(FILES, async (n) => {
        const form = new FormData();
        form.append('file', blob, `论文${n + 1}.pdf`);
        const entryId = entries[Math.floor(n / 20)];
        const url = `/api/person/applications/${id}/attachments?slot=entry&entryId=${entryId}`;
        attachments[n] = (await applicant.post(url, form)).id;
      }),
    );
    const download = await measured(server.pid, FILES * SIZE_MB * MB, () =>
      pool(FILES, async (n) => {
        const url = `/api/person/applications/${id}/attachments/${attachments[n]}?download=1`;
        const bytes = await drain(await applicant.raw(url));
        if (bytes !== SIZE_MB * MB) throw new Error(`downloaded ${bytes} bytes`);
      }),
    );
    return { upload, download };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function s3Product() {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'rcpd-bench-s3rver-'));
  const s3 = new S3rver({
    port: 0,
    address: '127.0.0.1',
    directory,
    silent: true,
    configureBuckets: [{ name: 'rcpd-bench' }],
  });
  const { port } = await s3.run();
  try {
    return await product({
      BLOB_STORE: 's3',
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_BUCKET: 'rcpd-bench',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: '1',
    });
  } finally {
    await s3.close();
    rmSync(directory, { recursive: true, force: true });
  }
}

const SCENARIOS = {
  ceiling: ['bare ceiling (stream copy to disk)', ceiling],
  local: ['server, local folder', () => product({ BLOB_STORE: 'local' })],
  s3: ['server, S3 (s3rver)', s3Product],
};
const rows = [];
for (const name of values.stores.split(',')) {
  const [label, run] = SCENARIOS[name];
  const { upload, download } = await run();
  rows.push([label, 'upload', upload], [label, 'download', download]);
}
console.log(
  `\n${FILES} files of ${SIZE_MB} MB, ${CONCURRENCY} at once; server RSS sampled every 20 ms (${values.main})`,
);
console.log(`${'scenario'.padEnd(38)} phase        time   throughput  RSS before  RSS peak  growth`);
for (const [label, phase, r] of rows) {
  console.log(
    `${label.padEnd(38)} ${phase.padEnd(9)} ${r.seconds.toFixed(2).padStart(6)} s ${r.mbPerSecond.toFixed(0).padStart(6)} MB/s ${r.before.toFixed(0).padStart(7)} MB ${r.peak.toFixed(0).padStart(6)} MB ${(r.peak - r.before).toFixed(0).padStart(5)} MB`,
  );
}
