// Load scenario for the identity hot paths: every portal request loads its session from the database.
// Starts the built server on a fresh embedded database (or on DATABASE_URL), signs in as the demo applicant,
// then drives GET /api/health and GET /api/auth/session with autocannon and prints the figures.
//   npm run build && node bench/identity.mjs [--seconds 10] [--connections 50]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '50' } },
});
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

async function waitForServer() {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not start');
}

async function signIn() {
  const anon = await fetch(`${base}/api/auth/session`);
  const cookie = anon.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = await anon.json();
  const { captchaId } = await (await fetch(`${base}/api/auth/captcha`)).json();
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({
      portal: 'person',
      account: '220102199001011239',
      password: 'Demo@2026',
      captchaId,
      captchaCode: 'bench',
    }),
  });
  if (!login.ok) throw new Error(`login failed: ${await login.text()}`);
  return login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

function run(title, options) {
  return new Promise((resolve, reject) => {
    autocannon(
      { duration: Number(values.seconds), connections: Number(values.connections), ...options },
      (err, r) => {
        if (err) return reject(err);
        const non2xx = r.non2xx + r.errors;
        console.log(
          `${title.padEnd(34)} ${String(Math.round(r.requests.average)).padStart(6)} req/s   p50 ${r.latency.p50} ms   p99 ${r.latency.p99} ms   non-2xx/errors ${non2xx}`,
        );
        resolve(r);
      },
    );
  });
}

try {
  await waitForServer();
  const cookie = await signIn();
  console.log(
    `database: ${process.env.DATABASE_URL ? 'postgres' : 'pglite'}, ${values.connections} connections, ${values.seconds} s each`,
  );
  await run('GET /api/health (select 1)', { url: `${base}/api/health` });
  await run('GET /api/auth/session (signed in)', { url: `${base}/api/auth/session`, headers: { cookie } });
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
