/**
 * The built server as an operator runs it: its log of a whole session holds no 证件号码 or 手机号码 in clear,
 * every line of a request carries its id, and SIGTERM lets a request in flight finish before the process exits 0.
 */
import { readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiLogin, registerApplicant } from './support/api.js';
import { mobile } from './support/people.js';
import { DEV_CAPTCHA, type RunningServer, startServer } from './support/server.js';

const LOG = fileURLToPath(new URL('../.tmp/e2e-operations-server.log', import.meta.url));
let server: RunningServer;

beforeAll(async () => {
  rmSync(LOG, { force: true });
  server = await startServer({ logFile: LOG });
});
afterAll(() => server?.stop());

interface Line {
  level: number;
  msg?: string;
  reqId?: string;
  req?: { url: string };
}
const logText = () => readFileSync(LOG, 'utf8');
const logLines = (): Line[] =>
  logText()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Line);

/** list masks of SPEC §10, as the server applies them */
const maskedId = (v: string) => `${v.slice(0, 6)}${'*'.repeat(v.length - 10)}${v.slice(-4)}`;
const maskedPhone = (v: string) => `${v.slice(0, 3)}****${v.slice(-4)}`;

describe('the server log', () => {
  it('holds no 证件号码 or 手机号码 in clear after registration, sign-in and searches that carry them', async () => {
    // registration (证件号码 and 手机号码 in the bodies, the SMS outbox logs its message)
    const applicant = await registerApplicant(server, '日志测试');
    // sign-in by 证件号码, and a refused one by 手机号码
    await apiLogin(server, 'person', applicant.idNumber, applicant.password);
    await expect(apiLogin(server, 'person', applicant.phone, 'Wrong#2026x')).rejects.toThrow(/401/);
    // the review queue searched by 证件号码 (in the URL), as a department reviewer does
    const reviewer = await apiLogin(server, 'department', 'shenhe');
    await reviewer.get(`/api/review/queue?scope=all&q=${applicant.idNumber}`);
    // numbers in URLs the server does not know, plain and percent-encoded, with the request's own id
    const stranger = mobile();
    const lost = await fetch(`${server.baseUrl}/api/lookup/${applicant.idNumber}?phone=%20${stranger}`, {
      headers: { 'x-request-id': 'ops-e2e-1' },
    });
    expect(lost.status).toBe(404);
    expect(lost.headers.get('x-request-id')).toBe('ops-e2e-1');

    // "request completed" is written after the response has left, so the file may not hold it yet
    await vi.waitFor(() => expect(logLines().filter((l) => l.reqId === 'ops-e2e-1')).toHaveLength(2), {
      timeout: 5000,
    });
    const text = logText();
    for (const clear of [applicant.idNumber, applicant.phone, stranger]) expect(text).not.toContain(clear);
    expect(text).not.toMatch(/(?<!\d)\d{17}[\dX](?!\d)/);
    expect(text).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
    // the masked forms are there: the lines still say what happened
    expect(text).toContain(`q=${maskedId(applicant.idNumber)}`);
    expect(text).toContain(maskedPhone(applicant.phone));
    const lines = logLines().filter((l) => l.reqId === 'ops-e2e-1');
    expect(lines.map((l) => l.msg)).toEqual(['incoming request', 'request completed']);
    expect(lines[0]?.req?.url).toContain(`/api/lookup/${maskedId(applicant.idNumber)}`);
  });

  it('gives every request line an id', () => {
    const requests = logLines().filter((l) => l.msg === 'incoming request' || l.msg === 'request completed');
    expect(requests.length).toBeGreaterThan(10);
    for (const line of requests) expect(line.reqId).toBeTruthy();
  });
});

/** A POST whose body arrives in two parts, `pause` apart: a request in flight for as long as the test wants. */
function slowPost(url: string, headers: Record<string, string>, body: string) {
  const bytes = Buffer.from(body);
  const half = Math.floor(bytes.length / 2);
  const request = http.request(url, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json', 'content-length': String(bytes.length) },
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    request.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    request.on('error', reject);
  });
  request.write(bytes.subarray(0, half));
  return { finish: () => request.end(bytes.subarray(half)), response };
}

describe('SIGTERM', () => {
  it('lets a request in flight finish with 200, refuses new connections, and exits 0', async () => {
    const session = await fetch(`${server.baseUrl}/api/auth/session`);
    const cookie = session.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const { csrfToken } = (await session.json()) as { csrfToken: string };
    const { captchaId } = (await (await fetch(`${server.baseUrl}/api/auth/captcha`)).json()) as {
      captchaId: string;
    };
    const exit = new Promise<number | null>((resolve) =>
      server.process.once('exit', (code) => resolve(code)),
    );

    // the demo applicant signs in on a slow connection: half the body now, the rest after the signal
    const login = slowPost(
      `${server.baseUrl}/api/auth/login`,
      { cookie, 'x-csrf-token': csrfToken },
      JSON.stringify({
        portal: 'person',
        account: '220102199001011239',
        password: 'Demo@2026',
        captchaId,
        captchaCode: DEV_CAPTCHA,
      }),
    );
    await new Promise((r) => setTimeout(r, 300));
    server.process.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 700));

    // shutting down: no new connections, but the process waits for the request in flight
    expect(server.process.exitCode).toBeNull();
    await expect(fetch(`${server.baseUrl}/api/health/live`)).rejects.toThrow();

    login.finish();
    const answer = await login.response;
    expect(answer.status, answer.body).toBe(200);
    expect(JSON.parse(answer.body)).toHaveProperty('csrfToken');
    const finished = Date.now();
    expect(await exit).toBe(0);
    // the answered connection does not hold the shutdown open until the client lets it go
    expect(Date.now() - finished).toBeLessThan(3000);

    const messages = logLines().map((l) => l.msg ?? '');
    const at = (prefix: string) => messages.findIndex((m) => m.startsWith(prefix));
    expect(at('SIGTERM: shutting down')).toBeGreaterThan(-1);
    // the login completed after the signal, and the database closed after that
    expect(messages.lastIndexOf('request completed')).toBeGreaterThan(at('SIGTERM: shutting down'));
    expect(at('stopped')).toBeGreaterThan(messages.lastIndexOf('request completed'));
    expect(path.basename(server.logFile)).toBe('e2e-operations-server.log');
  });
});
