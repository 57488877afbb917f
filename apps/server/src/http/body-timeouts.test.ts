import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadRoutes } from '../test/applications.js';
import { MINIMAL_PDF } from '../test/files.js';
import { type Client, createTestApp, type TestContext } from '../test/harness.js';
import { CJK } from '../test/helpers.js';

/**
 * A client that opens a request and then sends nothing, or a byte now and then, must not hold the request,
 * its connection and a half-written file for ever. On a real socket (not inject: the timeouts are the
 * connection's), with short limits: no byte for 1 s, or not all within 3 s, is a 408 in Chinese, the
 * connection closed, and no row and no file left behind.
 */
const IDLE_MS = 1000;
const DEADLINE_MS = 3000;
/** how late an answer may come on a loaded 2-core machine */
const SLACK_MS = 2000;

let ctx: TestContext;
let port: number;
const routes: { name: string; client: Client; url: string }[] = [];

beforeAll(async () => {
  ctx = await createTestApp({
    UPLOAD_IDLE_TIMEOUT_MS: String(IDLE_MS),
    UPLOAD_DEADLINE_MS: String(DEADLINE_MS),
  });
  routes.push(...(await uploadRoutes(ctx)));
  await ctx.app.listen({ host: '127.0.0.1', port: 0 });
  port = (ctx.app.server.address() as AddressInfo).port;
});
afterAll(() => ctx.close());

const B = '----rcpdslow';
function multipartBody(content: Buffer) {
  return Buffer.concat([
    Buffer.from(
      `--${B}\r\nContent-Disposition: form-data; name="file"; filename="证明.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${B}--\r\n`),
  ]);
}

interface RawAnswer {
  status: number | null;
  head: string;
  body: string;
  /** ms from the first byte sent until the server closed the connection */
  closedAfter: number;
}

/**
 * Sends a request over its own TCP connection as `client` (cookies, CSRF token): the head, then `pieces` of
 * the body each after its pause; the connection stays open, sending nothing more, until the server closes it
 * (or, with `hangUpOnAnswer`, until a whole answer has come). Bytes the server no longer takes are not an
 * error: it may close while the client is still sending.
 */
function rawRequest(
  client: Client,
  url: string,
  {
    length,
    type,
    pieces,
    hangUpOnAnswer = false,
  }: { length: number; type: string; pieces: { pause: number; data: Buffer }[]; hangUpOnAnswer?: boolean },
): Promise<RawAnswer> {
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const head = [
    `POST ${url} HTTP/1.1`,
    `Host: 127.0.0.1:${port}`,
    `Cookie: ${cookie}`,
    `X-CSRF-Token: ${client.csrfToken ?? ''}`,
    `Content-Type: ${type}`,
    `Content-Length: ${length}`,
    '',
    '',
  ].join('\r\n');
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const received: Buffer[] = [];
    let started = 0;
    let closed = false;
    socket.on('data', (chunk) => {
      received.push(chunk);
      if (!hangUpOnAnswer) return;
      const text = Buffer.concat(received);
      const end = text.indexOf('\r\n\r\n');
      const declared = /content-length: (\d+)/i.exec(text.subarray(0, end).toString());
      if (end >= 0 && declared && text.length >= end + 4 + Number(declared[1])) socket.destroy();
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      closed = true;
      const text = Buffer.concat(received).toString('utf8');
      const [headText = '', body = ''] = text.split('\r\n\r\n');
      const status = /^HTTP\/1\.1 (\d{3})/.exec(headText)?.[1];
      resolve({
        status: status ? Number(status) : null,
        head: headText,
        body,
        closedAfter: Date.now() - started,
      });
    });
    socket.on('connect', async () => {
      try {
        started = Date.now();
        socket.write(head);
        for (const { pause, data } of pieces) {
          await sleep(pause);
          if (closed) return;
          socket.write(data);
        }
      } catch (error) {
        reject(error);
      }
    });
  });
}

async function rowCounts() {
  const count = async (
    table: 'application_attachments' | 'notice_attachments' | 'review_results' | 'supervisors',
  ) =>
    Number(
      (
        await ctx.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    attachments: await count('application_attachments'),
    noticeAttachments: await count('notice_attachments'),
    results: await count('review_results'),
    supervisors: await count('supervisors'),
  };
}

/** The store is back to `files` (a cut-off write is cleaned up as the handler unwinds, just after the close). */
async function expectStoreBackTo(files: string[], label: string) {
  for (let i = 0; i < 50 && JSON.stringify(await ctx.storedBlobs()) !== JSON.stringify(files); i++) {
    await sleep(100);
  }
  expect(await ctx.storedBlobs(), label).toEqual(files);
}

function expectTimeout(answer: RawAnswer, label: string) {
  expect(answer.status, `${label}: ${answer.head}`).toBe(408);
  const body = JSON.parse(answer.body) as { code: string; message: string };
  expect(body.code, label).toBe('REQUEST_TIMEOUT');
  expect(body.message, label).toMatch(CJK);
  expect(answer.head.toLowerCase(), label).toContain('connection: close');
}

describe('an upload that stops sending', () => {
  it('is answered 408 in Chinese and closed within the idle timeout, leaving no row and no file', async () => {
    const content = Buffer.concat([MINIMAL_PDF, Buffer.alloc(200_000, 0x20)]);
    const body = multipartBody(content);
    for (const route of routes) {
      const rows = await rowCounts();
      const files = await ctx.storedBlobs();
      // the part's head and the first 40 KB of the file, then nothing
      const answer = await rawRequest(route.client, route.url, {
        length: body.length,
        type: `multipart/form-data; boundary=${B}`,
        pieces: [{ pause: 0, data: body.subarray(0, 40_000) }],
      });
      expectTimeout(answer, route.name);
      expect(answer.closedAfter, route.name).toBeGreaterThanOrEqual(IDLE_MS);
      expect(answer.closedAfter, route.name).toBeLessThan(IDLE_MS + SLACK_MS);
      await expectStoreBackTo(files, route.name);
      expect(await rowCounts(), route.name).toEqual(rows);
    }
  });

  it('is closed the same way when it sends no byte of its body at all', async () => {
    const [route] = routes;
    if (!route) throw new Error('no route');
    const rows = await rowCounts();
    const files = await ctx.storedBlobs();
    const answer = await rawRequest(route.client, route.url, {
      length: 10_000,
      type: `multipart/form-data; boundary=${B}`,
      pieces: [],
    });
    expectTimeout(answer, 'no body');
    expect(answer.closedAfter).toBeLessThan(IDLE_MS + SLACK_MS);
    await expectStoreBackTo(files, 'no body');
    expect(await rowCounts()).toEqual(rows);
  });

  it('is closed when a JSON body stalls too', async () => {
    const [route] = routes;
    if (!route) throw new Error('no route');
    const answer = await rawRequest(route.client, '/api/auth/password', {
      length: 200,
      type: 'application/json',
      pieces: [{ pause: 0, data: Buffer.from('{"oldPassword":"') }],
    });
    expectTimeout(answer, 'json');
    expect(answer.closedAfter).toBeLessThan(IDLE_MS + SLACK_MS);
  });
});

describe('an upload that trickles', () => {
  it('a byte every 150 ms never idles, but is cut off at the deadline: 408, nothing left', async () => {
    const [route] = routes;
    if (!route) throw new Error('no route');
    const rows = await rowCounts();
    const files = await ctx.storedBlobs();
    const body = multipartBody(Buffer.concat([MINIMAL_PDF, Buffer.alloc(10_000, 0x20)]));
    const head = body.subarray(0, 300);
    const answer = await rawRequest(route.client, route.url, {
      length: body.length,
      type: `multipart/form-data; boundary=${B}`,
      pieces: [
        { pause: 0, data: head },
        ...Array.from({ length: 60 }, (_, i) => ({ pause: 150, data: body.subarray(300 + i, 301 + i) })),
      ],
    });
    expectTimeout(answer, 'trickle');
    expect(answer.closedAfter).toBeGreaterThanOrEqual(DEADLINE_MS);
    expect(answer.closedAfter).toBeLessThan(DEADLINE_MS + SLACK_MS);
    await expectStoreBackTo(files, 'trickle');
    expect(await rowCounts()).toEqual(rows);
  });
});

describe('an upload that keeps coming', () => {
  it('in pieces with pauses under the idle timeout, within the deadline, is stored as usual', async () => {
    const [route] = routes;
    if (!route) throw new Error('no route');
    const rows = await rowCounts();
    const body = multipartBody(Buffer.concat([MINIMAL_PDF, Buffer.alloc(300_000, 0x20)]));
    const third = Math.ceil(body.length / 3);
    const answer = await rawRequest(route.client, route.url, {
      length: body.length,
      type: `multipart/form-data; boundary=${B}`,
      pieces: [0, 1, 2].map((i) => ({
        pause: i === 0 ? 0 : IDLE_MS / 2,
        data: body.subarray(i * third, (i + 1) * third),
      })),
      hangUpOnAnswer: true,
    });
    expect(answer.status, answer.body).toBe(201);
    expect((await rowCounts()).attachments).toBe(rows.attachments + 1);
  });
});

describe("Node's own limits", () => {
  it('answer a request line it cannot parse with a Chinese 400 and close', async () => {
    const answer = await new Promise<string>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.write('GARBAGE / HTTP/9\r\n\r\n'));
      const received: Buffer[] = [];
      socket.on('data', (chunk) => received.push(chunk));
      socket.on('error', () => {});
      socket.on('close', () => resolve(Buffer.concat(received).toString('utf8')));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    expect(JSON.parse(answer.split('\r\n\r\n')[1] ?? '').message).toMatch(CJK);
  });
});
