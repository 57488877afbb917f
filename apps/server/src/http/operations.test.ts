/**
 * What an operator relies on: request ids in answers and log lines, /metrics, liveness and readiness, and logs
 * without 证件号码 or 手机号码 in clear.
 */
import { maskIdNumber, maskPhone } from '@rcpd/shared';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Client,
  createTestApp,
  mobile,
  PASSWORD,
  registerPerson,
  residentId,
  TEST_CAPTCHA,
  type TestContext,
} from '../test/harness.js';
import { createHealth, type Health } from './health.js';
import { createMetrics, type JobQueueStats, type Metrics } from './metrics.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let ctx: TestContext;
let metrics: Metrics;
let health: Health;
const lines: string[] = [];
/** the readiness check of a pretend dependency, changed by the tests */
let probe: () => Promise<unknown> = async () => {};

interface LogLine {
  level: number;
  reqId?: string;
  msg?: string;
  req?: { url: string };
  res?: { statusCode: number };
}
const logged = (): LogLine[] => lines.map((l) => JSON.parse(l) as LogLine);

beforeAll(async () => {
  metrics = createMetrics();
  health = createHealthFor();
  ctx = await createTestApp(
    { LOG_LEVEL: 'info' },
    {
      metrics,
      // created before the app, as main.ts does; the app answers the probes with it
      health,
      logStream: { write: (line: string) => void lines.push(line) },
    },
  );
});
afterAll(() => ctx.close());

function createHealthFor(): Health {
  // the database is the test app's, known only once it is open: the check reads it then
  const h = createHealth({
    database: {
      get db() {
        return ctx.database.db;
      },
    },
    timeoutMs: 200,
  });
  h.register('probe', () => probe());
  return h;
}

describe('request ids', () => {
  it('makes a UUID for a request without one and returns it, and every log line of the request carries it', async () => {
    const response = await new Client(ctx.app).get('/api/health/live');
    const id = response.headers['x-request-id'] as string;
    expect(id).toMatch(UUID);
    const mine = logged().filter((l) => l.reqId === id);
    expect(mine.map((l) => l.msg)).toEqual(['incoming request', 'request completed']);
    expect(mine[0]?.req?.url).toBe('/api/health/live');
    expect(mine[1]?.res?.statusCode).toBe(200);
  });

  it('keeps the id a load balancer or client sends when it is a safe token', async () => {
    const response = await new Client(ctx.app).request({
      method: 'GET',
      url: '/api/health/live',
      headers: { 'x-request-id': 'lb-2026.06_abc' },
    });
    expect(response.headers['x-request-id']).toBe('lb-2026.06_abc');
  });

  it.each([
    ['too long', 'a'.repeat(65)],
    ['with unsafe characters', 'abc"def'],
    ['with spaces', 'abc def'],
  ])('replaces an id that is %s', async (_, given) => {
    const response = await new Client(ctx.app).request({
      method: 'GET',
      url: '/api/health/live',
      headers: { 'x-request-id': given },
    });
    expect(response.headers['x-request-id']).toMatch(UUID);
    expect(JSON.stringify(logged())).not.toContain(given);
  });

  it('is on errors and 404s too', async () => {
    const client = new Client(ctx.app);
    const notFound = await client.get('/api/nothing-here');
    expect(notFound.statusCode).toBe(404);
    expect(notFound.headers['x-request-id']).toMatch(UUID);
    const refused = await client.request({ method: 'POST', url: '/api/auth/logout' });
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['x-request-id']).toMatch(UUID);
    const invalid = await client.post('/api/auth/login', { portal: 'nowhere' });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.headers['x-request-id']).toMatch(UUID);
    // the body of a 4xx keeps its shape: no request id
    expect(invalid.json()).not.toHaveProperty('requestId');
  });

  it('is on the answer to a URL that cannot be decoded, which is in Chinese like every other', async () => {
    const response = await new Client(ctx.app).get('/api/notices/%E0%A4%A');
    expect(response.statusCode).toBe(400);
    expect(response.headers['x-request-id']).toMatch(UUID);
    expect(response.json()).toEqual({ code: 'BAD_REQUEST', message: '请求格式不正确' });
  });
});

describe('/metrics', () => {
  const scrape = async () => {
    const response = await new Client(ctx.app).get('/metrics');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    return response.body;
  };

  it('times requests by route pattern, method and status code, never by the raw URL', async () => {
    const client = new Client(ctx.app);
    await client.get('/api/health/live');
    const noticeId = '3f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b';
    const attachment = await client.get(`/api/notices/${noticeId}/attachments/${noticeId}`);
    await client.get('/api/no/such/route/13912345678');
    const text = await scrape();
    expect(text).toContain('# TYPE rcpd_http_request_duration_seconds histogram');
    expect(text).toMatch(
      /rcpd_http_request_duration_seconds_count\{method="GET",route="\/api\/health\/live",status_code="200"\} [1-9]/,
    );
    expect(text).toMatch(
      /rcpd_http_request_duration_seconds_bucket\{le="0.1",method="GET",route="\/api\/health\/live",status_code="200"\} [1-9]/,
    );
    expect(text).toContain(
      `route="/api/notices/:id/attachments/:aid",status_code="${attachment.statusCode}"`,
    );
    expect(text).toContain('method="GET",route="unmatched",status_code="404"');
    expect(text).not.toContain(noticeId);
    expect(text).not.toContain('13912345678');
  });

  it('shows the database pool at the time of the scrape', async () => {
    const text = await scrape();
    const max = ctx.database.kind === 'pglite' ? 1 : 5;
    expect(text).toContain(`rcpd_db_pool_max_connections ${max}`);
    expect(text).toMatch(/rcpd_db_pool_connections \d+/);
    expect(text).toMatch(/rcpd_db_pool_idle_connections \d+/);
    expect(text).toContain('rcpd_db_pool_waiting_requests 0');
  });

  it('has the process metrics', async () => {
    const text = await scrape();
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain('process_resident_memory_bytes');
    expect(text).toContain('nodejs_eventloop_lag_seconds');
  });

  it('reads the job queues from the registered source at each scrape, and says when it fails', async () => {
    let stats: JobQueueStats[] = [{ queue: 'sms', queued: 3, active: 1, failed: 2, deadLettered: 0 }];
    metrics.setJobStats(async () => stats);
    let text = await scrape();
    expect(text).toContain('rcpd_job_queue_jobs{queue="sms",state="queued"} 3');
    expect(text).toContain('rcpd_job_queue_jobs{queue="sms",state="active"} 1');
    expect(text).toContain('rcpd_job_queue_jobs{queue="sms",state="failed"} 2');
    expect(text).toContain('rcpd_job_queue_jobs{queue="sms",state="dead_lettered"} 0');
    expect(text).toContain('rcpd_job_stats_up 1');
    stats = [{ queue: 'publish', queued: 0, active: 0, failed: 0, deadLettered: 5 }];
    text = await scrape();
    expect(text).not.toContain('queue="sms"');
    expect(text).toContain('rcpd_job_queue_jobs{queue="publish",state="dead_lettered"} 5');
    metrics.setJobStats(async () => {
      throw new Error('job engine down');
    });
    text = await scrape();
    expect(text).toContain('rcpd_job_stats_up 0');
    expect(text).not.toContain('rcpd_job_queue_jobs{');
  });

  it('counts blob store failures, starting at zero', async () => {
    const text = await scrape();
    expect(text).toContain('rcpd_blob_store_errors_total{operation="put"} 0');
    expect(text).toContain('rcpd_blob_store_errors_total{operation="delete"} 0');
  });
});

describe('health', () => {
  it('answers liveness without asking any dependency', async () => {
    const response = await new Client(ctx.app).get('/api/health/live');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('is ready when the database and every registered check answer', async () => {
    const response = await new Client(ctx.app).get('/api/health/ready');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ok',
      checks: { database: 'ok', jobs: 'ok', blobs: 'ok', probe: 'ok' },
    });
  });

  it('is not ready when a check fails, and says which', async () => {
    probe = async () => {
      throw new Error('bucket unreachable');
    };
    try {
      const response = await new Client(ctx.app).get('/api/health/ready');
      expect(response.statusCode).toBe(503);
      expect(response.json()).toEqual({
        status: 'unavailable',
        message: '服务未就绪：probe不可用',
        checks: { database: 'ok', jobs: 'ok', blobs: 'ok', probe: 'failed' },
      });
      expect(logged().some((l) => l.msg === 'readiness check failed')).toBe(true);
    } finally {
      probe = async () => {};
    }
  });

  it('does not hang on a check that never answers', async () => {
    probe = () => new Promise(() => {});
    try {
      const started = Date.now();
      const response = await new Client(ctx.app).get('/api/health/ready');
      expect(Date.now() - started).toBeLessThan(2000);
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ checks: { database: 'ok', probe: 'timeout' } });
    } finally {
      probe = async () => {};
    }
  });

  it('refuses to register the same check twice', () => {
    expect(() => health.register('probe', async () => {})).toThrow(/registered already/);
  });
});

describe('logs', () => {
  it('carry no 证件号码 or 手机号码 in clear, from URLs, messages or errors', async () => {
    const client = new Client(ctx.app);
    const person = await registerPerson(client, { idNumber: residentId(), phone: mobile() });
    const login = await client.login('person', person.idNumber);
    expect(login.statusCode).toBe(200);
    // in the query string, plainly and percent-encoded, and by parameter name
    await client.get(`/api/review/queue?q=${person.idNumber}`);
    await client.get(`/api/nothing?x=%20${person.phone}&phone=${person.phone}`);
    // a refused login with the numbers in the body, and a SMS code request (the outbox logs its message)
    await new Client(ctx.app).login('person', person.phone, `${PASSWORD}x`);
    const visitor = new Client(ctx.app);
    await visitor.post('/api/auth/sms-code', {
      purpose: 'register',
      portal: 'person',
      phone: mobile(),
      captchaId: await visitor.captcha(),
      captchaCode: TEST_CAPTCHA,
    });
    const text = lines.join('');
    expect(text).toContain(`/api/review/queue?q=${maskIdNumber(person.idNumber)}`);
    expect(text).toContain(maskPhone(person.phone));
    expect(text).not.toContain(person.idNumber);
    expect(text).not.toContain(person.phone);
    expect(text).not.toMatch(/(?<!\d)\d{17}[\dX](?!\d)/);
    expect(text).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
  });
});

describe('shutdown', () => {
  it('makes the server not ready at once, while it is still alive', async () => {
    health.beginShutdown();
    const ready = await new Client(ctx.app).get('/api/health/ready');
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toEqual({ status: 'unavailable', message: '服务正在停止', checks: {} });
    expect((await new Client(ctx.app).get('/api/health/live')).statusCode).toBe(200);
  });
});

describe('a database that is gone', () => {
  let broken: TestContext;
  beforeAll(async () => {
    broken = await createTestApp(
      { LOG_LEVEL: 'info' },
      { logStream: { write: (line: string) => void lines.push(line) } },
    );
    // used once, as a running server's has been (closing a Kysely never used leaves its pool alone)
    await sql`select 1`.execute(broken.database.db);
    await broken.database.close();
  });
  afterAll(() => broken.close().catch(() => {}));

  it('makes the server not ready, while it is still alive', async () => {
    const ready = await new Client(broken.app).get('/api/health/ready');
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toMatchObject({ status: 'unavailable', checks: { database: 'failed' } });
    expect(ready.json<{ message: string }>().message).toContain('服务未就绪');
    expect((await new Client(broken.app).get('/api/health')).statusCode).toBe(503);
    expect((await new Client(broken.app).get('/api/health/live')).statusCode).toBe(200);
  });

  it('answers a request that fails with 500 and the request id to quote, which finds the error in the log', async () => {
    const response = await new Client(broken.app).request({
      method: 'GET',
      url: '/api/public/certificates/verify?t=abc',
      headers: { 'x-request-id': 'support-case-42' },
    });
    expect(response.statusCode).toBe(500);
    expect(response.headers['x-request-id']).toBe('support-case-42');
    expect(response.json()).toEqual({
      code: 'INTERNAL',
      message: '系统繁忙，请稍后再试',
      requestId: 'support-case-42',
    });
    const error = logged().find((l) => l.reqId === 'support-case-42' && l.msg === 'unhandled error');
    expect(error?.level).toBe(50);
  });
});
