// Upload scenario: are attachments streamed? Starts the built server on a fresh embedded database (or on
// DATABASE_URL), walks the demo applicant to a draft application (binding approved by the demo employer,
// 确认并开始申报 of the demo notice), then uploads PDFs of 1 MB and of 10 MB into 论文著作 entries, a few at once,
// while sampling the server's resident memory. Prints throughput and the memory peak of each size: if files
// were buffered, the 10 MB round would peak far above the 1 MB one.
//   npm run build && node bench/uploads.mjs [--files 20] [--concurrency 4]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { files: { type: 'string', default: '20' }, concurrency: { type: 'string', default: '4' } },
});
// 论文著作 holds 3 entries of 20 files each
const FILES = Math.min(Number(values.files), 60);
const CONCURRENCY = Number(values.concurrency);
const port = 3900 + Math.floor(Math.random() * 90);
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'rcpd-bench-'));
const server = spawn(process.execPath, ['apps/server/dist/main.js'], {
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    DEV_AIDS: '1',
    DEV_CAPTCHA_CODE: 'bench',
    SEED_DEMO: '1',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});

const rssMb = () => {
  const line = readFileSync(`/proc/${server.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return line ? Number(line[1]) / 1024 : Number.NaN;
};

async function waitForServer() {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not start');
}

/** A signed-in browser: its cookie and CSRF token. */
async function signIn(portal, account) {
  const anon = await fetch(`${base}/api/auth/session`);
  let cookie = anon.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken: anonToken } = await anon.json();
  const { captchaId } = await (await fetch(`${base}/api/auth/captcha`)).json();
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': anonToken },
    body: JSON.stringify({ portal, account, password: 'Demo@2026', captchaId, captchaCode: 'bench' }),
  });
  if (!login.ok) throw new Error(`login failed: ${await login.text()}`);
  cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = await login.json();
  const call = async (method, url, body) => {
    const response = await fetch(`${base}${url}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        ...(body instanceof FormData || body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body instanceof FormData || body === undefined ? body : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };
  return call;
}

async function draftApplication() {
  const employer = await signIn('employer', '91220101MA17A0001Q');
  const applicant = await signIn('person', '220102199001011239');
  const { employerId } = await applicant('GET', '/api/person/employers?uscc=91220101MA17A0001Q');
  const binding = await applicant('POST', '/api/person/bindings', { employerId });
  await employer('POST', `/api/employer/bindings/${binding.id}/decision`, { decision: '审核通过' });
  const { items } = await applicant('GET', '/api/person/notices');
  const app = await applicant('POST', '/api/person/applications', {
    noticeId: items[0].id,
    employerId,
    confirmations: [true, true, true, true],
  });
  return { applicant, id: app.id };
}

const paper = {
  title: '基于深度学习的图像识别方法研究',
  kind: '论文',
  publishedAt: '2021-05-01',
  publication: '吉林大学学报',
  rank: '第一作者',
};

async function round({ applicant, id }, sizeMb) {
  const bytes = new Uint8Array(sizeMb * 1024 * 1024).fill(0x20);
  bytes.set(new TextEncoder().encode('%PDF-1.4\n'));
  const blob = new Blob([bytes], { type: 'application/pdf' });
  const entries = [];
  for (let stored = 0; stored < FILES; stored += 20) {
    entries.push(
      (await applicant('POST', `/api/person/applications/${id}/entries`, { module: 'papers', values: paper }))
        .id,
    );
  }
  const baseline = rssMb();
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMb());
  }, 20);
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < FILES) {
      const n = next++;
      const form = new FormData();
      form.append('file', blob, `论文${n + 1}.pdf`);
      const entryId = entries[Math.floor(n / 20)];
      await applicant(
        'POST',
        `/api/person/applications/${id}/attachments?slot=entry&entryId=${entryId}`,
        form,
      );
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  // deleting the entries deletes their files: the next round starts from an empty 论文著作
  for (const entryId of entries)
    await applicant('DELETE', `/api/person/applications/${id}/entries/${entryId}`);
  return { sizeMb, seconds, mbPerSecond: (FILES * sizeMb) / seconds, baseline, peak };
}

try {
  await waitForServer();
  const draft = await draftApplication();
  const results = [];
  for (const size of [1, 10]) results.push(await round(draft, size));
  console.log(
    `\n${FILES} uploads per size, ${CONCURRENCY} at once; server resident memory (RSS) sampled every 20 ms`,
  );
  console.log('size    time     throughput    RSS before   RSS peak   growth');
  for (const r of results) {
    console.log(
      `${String(r.sizeMb).padStart(2)} MB  ${r.seconds.toFixed(2).padStart(6)} s  ${r.mbPerSecond.toFixed(1).padStart(7)} MB/s  ${r.baseline.toFixed(0).padStart(8)} MB  ${r.peak.toFixed(0).padStart(7)} MB  ${(r.peak - r.baseline).toFixed(0).padStart(5)} MB`,
    );
  }
} finally {
  server.kill();
  rmSync(dataDir, { recursive: true, force: true });
}
