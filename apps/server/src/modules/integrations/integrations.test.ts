/**
 * Integration clients (issue 11): the 系统管理员 registers the province's systems; they look certificates up
 * with their own credential (no cookie, no CSRF) inside their scopes, allow-list and rate limit, every call
 * audited; and they receive signed webhooks — recorded in the transaction of the change, posted by the
 * `webhooks` job to a real HTTP receiver here, retried, given up as 失败, and sent again by 重试.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type CertificateItem,
  type IntegrationCertificate,
  type IntegrationClientItem,
  type IntegrationClientSecrets,
  maskIdNumber,
  type ResultItem,
  WEBHOOK_HEADERS,
  type WebhookDeliveryPage,
} from '@rcpd/shared';
import type { InjectOptions } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../http/errors.js';
import { QUEUES } from '../../platform/jobs.js';
import { DEMO_PASSWORD } from '../../seed/demo.js';
import { approvedApplication } from '../../test/applications.js';
import { Client, createTestApp, type TestContext } from '../../test/harness.js';
import { auditRows, expectError, fieldMessage, signedInAdmin, signedInBusiness } from '../../test/helpers.js';
import { createIntegrationClients } from './clients.service.js';
import { GUARD_MESSAGES } from './guard.js';
import { queueCertificateWebhooks } from './webhooks.js';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  json: { event: string; id: string; certificateNumber: string; status: string; changedAt: string };
}

/** A province system's webhook endpoint: answers as `mode` says, keeps what it was sent. */
class Receiver {
  mode: 'ok' | '500' | 'redirect' = 'ok';
  readonly received: Received[] = [];
  private server: Server | null = null;
  port = 0;

  get url() {
    return `http://127.0.0.1:${this.port}/hooks/rcpd`;
  }

  async start(port = 0) {
    const server = createServer(async (request, response) => {
      let body = '';
      for await (const chunk of request) body += chunk;
      if (request.url === '/elsewhere') {
        response.writeHead(200).end('followed');
        this.received.push({ headers: request.headers, body, json: { ...JSON.parse(body), followed: true } });
        return;
      }
      if (this.mode === '500') return void response.writeHead(500).end('busy');
      if (this.mode === 'redirect') {
        return void response.writeHead(302, { location: `http://127.0.0.1:${this.port}/elsewhere` }).end();
      }
      this.received.push({ headers: request.headers, body, json: JSON.parse(body) });
      response.writeHead(204).end();
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
  }

  async stop() {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
    this.server = null;
  }

  of(number: string) {
    return this.received.filter((r) => r.json.certificateNumber === number);
  }
}

/** What a receiver does with the signature (README, Integration clients). */
function verifies(received: Received, signingSecret: string): boolean {
  const timestamp = String(received.headers[WEBHOOK_HEADERS.timestamp]);
  const expected = `sha256=${createHmac('sha256', signingSecret).update(`${timestamp}.${received.body}`).digest('hex')}`;
  const given = String(received.headers[WEBHOOK_HEADERS.signature]);
  const fresh = Math.abs(Date.now() / 1000 - Number(timestamp)) < 300;
  return (
    fresh && given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected))
  );
}

const BASE = '/api/department/integration-clients';
let ctx: TestContext;
let admin: Client;
let province: Client;
/** the 业务管理员: results, 发布 and 证书管理 */
let business: Client;
const receiver = new Receiver();

beforeAll(async () => {
  await receiver.start();
  ctx = await createTestApp({ WEBHOOK_HTTP_TIMEOUT_MS: '1000' });
  admin = await signedInAdmin(ctx);
  business = await signedInBusiness(ctx);
  province = new Client(ctx.app);
  expect((await province.login('department', 'shenhe', DEMO_PASSWORD)).statusCode).toBe(200);
});
afterAll(async () => {
  await ctx.close();
  await receiver.stop();
});
// each test's clients stop with it: a client left subscribed would receive the next tests' webhooks
afterEach(async () => {
  const { items } = (await admin.get(BASE)).json<{ items: IntegrationClientItem[] }>();
  for (const c of items.filter((i) => i.enabled)) {
    expect((await admin.post(`${BASE}/${c.id}/disable`)).statusCode).toBe(200);
  }
});

const ALLOWED = ['10.20.0.0/16', '2001:db8::/32'];
let nextHost = 1;
/** An address inside ALLOWED that no other call of this file uses (the refusal limit counts per address). */
const insideIp = () => `10.20.${Math.floor(nextHost / 250)}.${(nextHost++ % 250) + 1}`;

async function register(overrides: Record<string, unknown> = {}): Promise<IntegrationClientSecrets> {
  const response = await admin.post(BASE, {
    name: '吉林省电子证照库',
    scopes: ['certificates:read'],
    allowedIps: ALLOWED,
    ...overrides,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<IntegrationClientSecrets>();
}

/** A call of the integration API as the client's system makes it: bearer credential, no cookie, no CSRF. */
function call(
  credential: string | null,
  options: {
    method?: 'GET' | 'POST';
    url: string;
    payload?: unknown;
    ip?: string;
    headers?: Record<string, string>;
  },
) {
  return ctx.app.inject({
    method: options.method ?? 'GET',
    url: options.url,
    remoteAddress: options.ip ?? insideIp(),
    headers: { ...(credential ? { authorization: `Bearer ${credential}` } : {}), ...options.headers },
    ...(options.payload === undefined ? {} : { payload: options.payload as InjectOptions['payload'] }),
  });
}
const byNumber = (credential: string | null, number: string, ip?: string) =>
  call(credential, { url: `/api/integration/v1/certificates/${number}`, ...(ip ? { ip } : {}) });
const search = (credential: string | null, idNumber: unknown, ip?: string) =>
  call(credential, {
    method: 'POST',
    url: '/api/integration/v1/certificates/search',
    payload: { idNumber },
    ...(ip ? { ip } : {}),
  });

/** An application through review, 认定通过 recorded and published: its holder and certificate. */
async function publishedCertificate() {
  const app = await approvedApplication(ctx, province);
  expect(
    (await business.post('/api/department/results', { applicationId: app.id, outcome: '认定通过' }))
      .statusCode,
  ).toBe(200);
  const results = (await business.get('/api/department/results')).json<{ items: ResultItem[] }>().items;
  const resultId = results.find((i) => i.applicationId === app.id)?.result?.id;
  const published = await business.post('/api/department/results/publish', { resultIds: [resultId] });
  expect(published.statusCode, published.body).toBe(202);
  await ctx.jobs.runPending();
  const mine = (await app.client.get('/api/person/certificates')).json<{ items: CertificateItem[] }>().items;
  const certificate = mine[0] as CertificateItem;
  return { person: app.person, certificate };
}

const setStatus = (id: string, status: string, reason = '核查需要') =>
  business.post(`/api/department/certificates/${id}/status`, { status, reason });

const deliveriesOf = (number: string) =>
  ctx.database.db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('certificate_number', '=', number)
    .execute();

describe('registration by the 系统管理员', () => {
  it('shows the credential and the signing secret once, keeps only a hash and a ciphertext, audits it', async () => {
    const made = await register({
      scopes: ['certificates:read', 'certificates:webhook'],
      webhookUrl: receiver.url,
      allowedIps: [' 10.20.0.0/16', '10.20.0.0/16', '2001:DB8::/32'],
      rateLimitPerMinute: 1200,
    });
    expect(made.credential).toMatch(/^ic_[0-9a-f]{16}\.[A-Za-z0-9_-]{43}$/);
    expect(made.signingSecret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(made.client).toMatchObject({
      name: '吉林省电子证照库',
      scopes: ['certificates:read', 'certificates:webhook'],
      allowedIps: ALLOWED,
      webhookUrl: receiver.url,
      rateLimitPerMinute: 1200,
      enabled: true,
    });
    const [clientId, secret] = made.credential.split('.') as [string, string];
    expect(made.client.clientId).toBe(clientId);

    const row = await ctx.database.db
      .selectFrom('integration_clients')
      .selectAll()
      .where('id', '=', made.client.id)
      .executeTakeFirstOrThrow();
    expect(row.secret_hash).toBe(createHash('sha256').update(secret).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(JSON.stringify(row)).not.toContain(made.signingSecret);
    expect(ctx.cipher.decrypt(row.webhook_secret_enc)).toBe(made.signingSecret);

    const list = await admin.get(BASE);
    expect(list.statusCode).toBe(200);
    expect(list.json<{ items: IntegrationClientItem[] }>().items).toContainEqual(made.client);
    expect(list.body).not.toContain(secret);
    expect(list.body).not.toContain(made.signingSecret);

    const [audit] = await auditRows(ctx, 'integration_client.create', made.client.id);
    expect(audit?.detail).toMatchObject({ clientId, allowedIps: ALLOWED });
    expect(JSON.stringify(audit)).not.toContain(secret);
    expect(JSON.stringify(audit)).not.toContain(made.signingSecret);
  });

  it('refuses bad input in Chinese and records nothing; production wants https; reviewers may not register', async () => {
    const before = await ctx.database.db.selectFrom('integration_clients').select('id').execute();
    const bad = expectError(
      await admin.post(BASE, {
        name: '吉事办',
        scopes: ['certificates:read'],
        allowedIps: ['10.0.0.1', '10.0.0.300'],
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(fieldMessage(bad, 'allowedIps')).toBe(
      '“10.0.0.300”不是有效的IP地址或网段（如 10.1.2.3、10.1.0.0/16、2001:db8::/32）',
    );
    const noUrl = expectError(
      await admin.post(BASE, { name: '吉事办', scopes: ['certificates:webhook'] }),
      400,
      'VALIDATION_FAILED',
    );
    expect(fieldMessage(noUrl, 'webhookUrl')).toBe('开通证书状态变更推送时请填写回调地址');
    expectError(await admin.post(BASE, { name: '', scopes: [] }), 400, 'VALIDATION_FAILED', 'name');
    expectError(await admin.post(BASE, [1, 2]), 400, 'VALIDATION_FAILED');
    expectError(await admin.send('PUT', `${BASE}/not-an-id`, {}), 400, 'VALIDATION_FAILED');
    expect(await ctx.database.db.selectFrom('integration_clients').select('id').execute()).toEqual(before);

    const inProduction = createIntegrationClients({
      db: ctx.database.db,
      cipher: ctx.cipher,
      production: true,
    });
    const auth = { account: { id: null } } as never;
    const refused = await inProduction
      .create({
        auth,
        body: {
          name: '电子证照库',
          scopes: ['certificates:webhook'],
          allowedIps: [],
          webhookUrl: 'http://zzk.jl.gov.cn/hooks',
          rateLimitPerMinute: 600,
        },
        meta: { ip: null, userAgent: null },
      })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).fields).toEqual([
      { path: 'webhookUrl', message: '生产环境的回调地址须使用 https://' },
    ]);

    expectError(await province.get(BASE), 403, 'FORBIDDEN');
    expectError(
      await province.post(BASE, { name: '吉事办', scopes: ['certificates:read'] }),
      403,
      'FORBIDDEN',
    );
    expect(await auditRows(ctx, 'access.denied')).not.toHaveLength(0);
  });

  it('重置密钥 ends the old secret at once; 停用 ends the credential for good; both audited', async () => {
    const made = await register();
    const { certificate } = await publishedCertificate();
    expect((await byNumber(made.credential, certificate.number)).statusCode).toBe(200);

    const reset = await admin.post(`${BASE}/${made.client.id}/reset-secret`);
    expect(reset.statusCode, reset.body).toBe(200);
    expect(reset.headers['cache-control']).toBe('no-store');
    const renewed = reset.json<IntegrationClientSecrets>();
    expect(renewed.credential.split('.')[0]).toBe(made.client.clientId);
    expect(renewed.credential).not.toBe(made.credential);
    expect(renewed.signingSecret).not.toBe(made.signingSecret);
    expect(renewed.client.secretRotatedAt).not.toBeNull();
    expectError(await byNumber(made.credential, certificate.number), 401, 'UNAUTHENTICATED');
    expect((await byNumber(renewed.credential, certificate.number)).statusCode).toBe(200);
    expect(await auditRows(ctx, 'integration_client.reset_secret', made.client.id)).toHaveLength(1);

    const edited = await admin.send('PUT', `${BASE}/${made.client.id}`, {
      name: '吉事办',
      scopes: ['certificates:read'],
      allowedIps: ['10.20.0.0/16'],
      rateLimitPerMinute: 100,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<IntegrationClientItem>()).toMatchObject({ name: '吉事办', rateLimitPerMinute: 100 });
    expect((await auditRows(ctx, 'integration_client.update', made.client.id))[0]?.detail).toMatchObject({
      before: { name: '吉林省电子证照库', allowedIps: ALLOWED },
      after: { name: '吉事办', allowedIps: ['10.20.0.0/16'] },
    });

    const disabled = await admin.post(`${BASE}/${made.client.id}/disable`);
    expect(disabled.statusCode, disabled.body).toBe(200);
    expect(disabled.json<IntegrationClientItem>()).toMatchObject({ enabled: false });
    const revoked = expectError(
      await byNumber(renewed.credential, certificate.number),
      401,
      'UNAUTHENTICATED',
    );
    expect(revoked.message).toBe(GUARD_MESSAGES.invalid);
    expect(await auditRows(ctx, 'integration_client.disable', made.client.id)).toHaveLength(1);
    const failed = await auditRows(ctx, 'integration.auth.failed', made.client.id);
    expect(failed.map((r) => (r.detail as { reason: string }).reason)).toEqual(['wrong secret', 'disabled']);
    // a stopped client stays stopped
    expect(
      expectError(await admin.post(`${BASE}/${made.client.id}/reset-secret`), 409, 'CONFLICT').message,
    ).toBe('接口客户端“吉事办”已停用，不能再修改');
    expectError(await admin.post(`${BASE}/${made.client.id}/disable`), 409, 'CONFLICT');
    expectError(await admin.post(`${BASE}/00000000-0000-4000-8000-000000000000/disable`), 404, 'NOT_FOUND');
  });
});

describe('the integration API', () => {
  it('looks a certificate up by number and by 证件号码, answers the masked number, audits every call', async () => {
    const made = await register();
    const { person, certificate } = await publishedCertificate();
    const expected: IntegrationCertificate = {
      number: certificate.number,
      holderName: person.name,
      maskedIdNumber: maskIdNumber(person.idNumber),
      category: 'D',
      categoryName: '省域拔尖人才',
      issuedOn: certificate.issuedOn,
      validUntil: certificate.validUntil,
      status: '有效',
      statusChangedAt: null,
    };

    const one = await byNumber(made.credential, certificate.number);
    expect(one.statusCode, one.body).toBe(200);
    expect(one.json()).toEqual({ certificate: expected });
    expect(one.body).not.toContain(person.idNumber);
    expect(one.headers['set-cookie']).toBeUndefined();

    // POST without a cookie or CSRF token: the credential is enough
    const found = await search(made.credential, person.idNumber.toLowerCase());
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json()).toEqual({ items: [expected] });
    expect(found.body).not.toContain(person.idNumber);
    expect((await search(made.credential, '110105194912310029')).json()).toEqual({ items: [] });

    const missing = expectError(await byNumber(made.credential, 'JLRC2099999999'), 404, 'NOT_FOUND');
    expect(missing.message).toBe('证书不存在');
    const badBody = expectError(
      await search(made.credential, '2201 02'),
      400,
      'VALIDATION_FAILED',
      'idNumber',
    );
    expect(badBody.message).toBe('证件号码只能包含字母和数字');
    expectError(
      await call(made.credential, {
        method: 'POST',
        url: '/api/integration/v1/certificates/search',
        payload: '{',
        headers: { 'content-type': 'application/json' },
      }),
      400,
      'BAD_REQUEST',
    );

    // every call, whatever it answered, with the client as the actor; the 证件号码 masked
    const calls = (await auditRows(ctx, 'integration.certificate.lookup'))
      .concat(
        await auditRows(ctx, 'integration.certificate.search'),
        await auditRows(ctx, 'integration.call'),
      )
      .filter((r) => (r.detail as { clientId: string }).clientId === made.client.clientId);
    expect(calls).toHaveLength(6);
    for (const row of calls) {
      expect(row.actor_label).toBe(`接口客户端：吉林省电子证照库（${made.client.clientId}）`);
      expect(row.actor_account_id).toBeNull();
      expect(row.ip).toMatch(/^10\.20\./);
      expect(JSON.stringify(row)).not.toContain(person.idNumber);
    }
    expect(calls.map((r) => [r.action, (r.detail as { status: number }).status]).sort()).toEqual(
      [
        // a body refused before the handler ran: audited as a call all the same
        ['integration.call', 400],
        ['integration.call', 400],
        ['integration.certificate.lookup', 200],
        ['integration.certificate.lookup', 404],
        ['integration.certificate.search', 200],
        ['integration.certificate.search', 200],
      ].sort(),
    );
    const looked = calls.find((r) => r.action === 'integration.certificate.lookup' && r.target_id !== null);
    expect(looked).toMatchObject({
      target_type: 'certificate',
      target_id: certificate.id,
      detail: { number: certificate.number, found: 1, status: 200 },
    });
    const searched = calls.find(
      (r) => r.action === 'integration.certificate.search' && (r.detail as { found: number }).found === 1,
    );
    expect(searched?.detail).toMatchObject({
      idNumber: maskIdNumber(person.idNumber),
      numbers: [certificate.number],
    });
  });

  it('refuses a missing, malformed, wrong or unknown credential with 401; a session cookie is no credential', async () => {
    const made = await register();
    const [clientId] = made.credential.split('.') as [string, string];
    const url = '/api/integration/v1/certificates/JLRC2099000001';

    const none = expectError(await call(null, { url }), 401, 'UNAUTHENTICATED');
    expect(none.message).toBe(GUARD_MESSAGES.missing);
    expectError(
      await call(null, { method: 'POST', url: '/api/integration/v1/certificates/search', payload: {} }),
      401,
      'UNAUTHENTICATED',
    );
    // the 系统管理员's own signed-in browser gets nowhere here either
    expectError(await admin.get(url), 401, 'UNAUTHENTICATED');
    const malformed = await call('not-a-credential', { url });
    expectError(malformed, 401, 'UNAUTHENTICATED');
    expect(malformed.json<{ message: string }>().message).toBe(GUARD_MESSAGES.malformed);
    expect(malformed.headers['www-authenticate']).toBe('Bearer realm="rcpd-integration"');
    const wrong = `${clientId}.${'A'.repeat(43)}`;
    expect(expectError(await call(wrong, { url }), 401, 'UNAUTHENTICATED').message).toBe(
      GUARD_MESSAGES.invalid,
    );
    expectError(await call(`ic_0000000000000000.${'A'.repeat(43)}`, { url }), 401, 'UNAUTHENTICATED');
    // Basic is not the scheme
    expectError(
      await call(null, {
        url,
        headers: {
          authorization: `Basic ${Buffer.from(made.credential.replace('.', ':')).toString('base64')}`,
        },
      }),
      401,
      'UNAUTHENTICATED',
    );

    const failures = await auditRows(ctx, 'integration.auth.failed');
    expect(failures.map((r) => (r.detail as { reason: string }).reason)).toEqual(
      expect.arrayContaining(['malformed', 'wrong secret', 'unknown client']),
    );
    expect(JSON.stringify(failures)).not.toContain('A'.repeat(43));
  });

  it('refuses with 403 a scope the client lacks and an address outside its allow-list, audited as access.denied', async () => {
    const pusher = await register({ scopes: ['certificates:webhook'], webhookUrl: receiver.url });
    const scope = expectError(await byNumber(pusher.credential, 'JLRC2099000001'), 403, 'FORBIDDEN');
    expect(scope.message).toBe('该接口客户端没有“证书查询”权限');

    const reader = await register();
    const outside = expectError(
      await byNumber(reader.credential, 'JLRC2099000001', '192.168.7.7'),
      403,
      'FORBIDDEN',
    );
    expect(outside.message).toBe(GUARD_MESSAGES.address);
    expectError(await search(reader.credential, '220102199001011239', '2001:db9::1'), 403, 'FORBIDDEN');
    // inside the IPv6 range, and an IPv4 address the server sees as IPv4-mapped IPv6
    expectError(await byNumber(reader.credential, 'JLRC2099000001', '2001:db8::5'), 404, 'NOT_FOUND');
    expectError(await byNumber(reader.credential, 'JLRC2099000001', '::ffff:10.20.200.1'), 404, 'NOT_FOUND');

    const closed = await register({ allowedIps: [] });
    expect(closed.client.allowedIps).toEqual([]);
    const empty = expectError(await byNumber(closed.credential, 'JLRC2099000001'), 403, 'FORBIDDEN');
    expect(empty.message).toBe(GUARD_MESSAGES.emptyAllowList);

    const denied = await auditRows(ctx, 'access.denied');
    const mine = denied.filter((r) => [pusher, reader, closed].some((c) => c.client.id === r.target_id));
    expect(mine.map((r) => [(r.detail as { reason: string }).reason, r.ip])).toEqual([
      ['missing scope certificates:read', expect.stringMatching(/^10\.20\./)],
      ['address not allowed', '192.168.7.7'],
      ['address not allowed', '2001:db9::1'],
      ['empty allow-list', expect.stringMatching(/^10\.20\./)],
    ]);
  });

  it('limits each client to its calls a minute: 429 in Chinese with Retry-After, other clients unaffected', async () => {
    const slow = await register({ rateLimitPerMinute: 3 });
    const other = await register();
    // a wrong secret spends none of the client's calls
    const wrong = `${slow.client.clientId}.${'B'.repeat(43)}`;
    for (let i = 0; i < 2; i++) expectError(await byNumber(wrong, 'JLRC2099000001'), 401, 'UNAUTHENTICATED');
    for (let i = 0; i < 3; i++)
      expectError(await byNumber(slow.credential, 'JLRC2099000001'), 404, 'NOT_FOUND');
    const limited = await byNumber(slow.credential, 'JLRC2099000001');
    const body = expectError(limited, 429, 'RATE_LIMITED');
    expect(body.message).toMatch(/^调用过于频繁：该接口客户端每分钟最多调用3次，请\d+秒后重试$/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expectError(await search(slow.credential, '220102199001011239'), 429, 'RATE_LIMITED');
    expectError(await byNumber(other.credential, 'JLRC2099000001'), 404, 'NOT_FOUND');
    // the first call over the limit is audited, not every one of a flood
    expect(await auditRows(ctx, 'integration.rate_limited', slow.client.id)).toHaveLength(1);
  });

  it('audits at most 30 refused calls a minute from one address, then answers 429', async () => {
    const ip = '10.99.0.1';
    const before = (await auditRows(ctx, 'integration.auth.failed')).length;
    for (let i = 0; i < 30; i++) expectError(await byNumber('x', 'JLRC1', ip), 401, 'UNAUTHENTICATED');
    expect(expectError(await byNumber('x', 'JLRC1', ip), 429, 'RATE_LIMITED').message).toBe(
      GUARD_MESSAGES.refusals,
    );
    expect((await auditRows(ctx, 'integration.auth.failed')).length - before).toBe(30);
  });
});

describe('signed webhooks', () => {
  it('a revoked certificate reaches each subscribed client once, signed, queued with the change itself', async () => {
    const hooked = await register({
      scopes: ['certificates:read', 'certificates:webhook'],
      webhookUrl: receiver.url,
    });
    const readerOnly = await register();
    const { certificate } = await publishedCertificate();
    // issued at 发布: 有效
    expect(receiver.of(certificate.number).map((r) => r.json.status)).toEqual(['有效']);

    const revoked = await setStatus(certificate.id, '撤销', '经查实申报材料弄虚作假');
    expect(revoked.statusCode, revoked.body).toBe(200);
    // recorded with the change, before any job ran
    const waiting = (await deliveriesOf(certificate.number)).filter((d) => d.status === '撤销');
    expect(waiting.map((d) => [d.client_id, d.state])).toEqual([[hooked.client.id, '待发送']]);
    // a refused change queues nothing
    expectError(await setStatus(certificate.id, '注销'), 409, 'CONFLICT');

    await ctx.jobs.runPending();
    await ctx.jobs.runPending({ includeDelayed: true });
    const got = receiver.of(certificate.number).filter((r) => r.json.status === '撤销');
    expect(got).toHaveLength(1);
    const [post] = got as [Received];
    const delivery = waiting[0];
    expect(post.json).toEqual({
      event: 'certificate.status_changed',
      id: delivery?.id,
      certificateNumber: certificate.number,
      status: '撤销',
      changedAt: delivery?.changed_at.toISOString(),
    });
    expect(post.headers[WEBHOOK_HEADERS.id]).toBe(delivery?.id);
    expect(post.headers['content-type']).toBe('application/json');
    expect(verifies(post, hooked.signingSecret)).toBe(true);
    expect(verifies(post, readerOnly.signingSecret)).toBe(false);
    expect(verifies({ ...post, body: post.body.replace('撤销', '有效') }, hooked.signingSecret)).toBe(false);

    const [done] = (await deliveriesOf(certificate.number)).filter((d) => d.status === '撤销');
    expect(done).toMatchObject({ state: '已送达', attempts: 1, last_http_status: 204, last_error: null });
  });

  it('a change is queued once per client however often it is reported', async () => {
    await register({ scopes: ['certificates:webhook'], webhookUrl: receiver.url });
    const { certificate } = await publishedCertificate();
    const change = {
      certificateId: certificate.id,
      number: certificate.number,
      status: '暂扣' as const,
      version: 99,
      changedAt: new Date(),
    };
    const queued = [];
    for (let i = 0; i < 2; i++) {
      queued.push(
        await ctx.database.db
          .transaction()
          .execute((trx) => queueCertificateWebhooks(trx, ctx.jobs, [change])),
      );
    }
    expect(queued).toEqual([1, 0]);
    await ctx.jobs.runPending();
    expect(receiver.of(certificate.number).map((r) => r.json.status)).toEqual(['有效', '暂扣']);
  });

  it('a receiver that is down: retried, 失败 after the last try, listed, and 重试 delivers it once it is up', async () => {
    const down = new Receiver();
    await down.start();
    const port = down.port;
    await down.stop();
    const hooked = await register({
      scopes: ['certificates:webhook'],
      webhookUrl: `http://127.0.0.1:${port}/hooks/rcpd`,
    });
    const { certificate } = await publishedCertificate();
    expect((await setStatus(certificate.id, '暂扣')).statusCode).toBe(200);

    await ctx.jobs.runPending({ includeDelayed: true });
    const rows = await deliveriesOf(certificate.number);
    expect(rows.map((d) => [d.status, d.state, d.attempts])).toEqual([
      ['有效', '失败', QUEUES.webhooks.retryLimit + 1],
      ['暂扣', '失败', QUEUES.webhooks.retryLimit + 1],
    ]);
    const failed = rows.find((d) => d.status === '暂扣');
    expect(failed?.last_error).toBe('无法连接接收方（ECONNREFUSED）');
    const dead = await ctx.database.executeSql(
      `select count(*)::int as n from pgboss.job where name = 'dead-letter' and data->>'deliveryId' = $1`,
      [failed?.id],
    );
    expect(dead.rows).toEqual([{ n: 1 }]);

    const list = await admin.get(`${BASE}/deliveries?state=失败`);
    expect(list.statusCode, list.body).toBe(200);
    const page = list.json<WebhookDeliveryPage>();
    expect(page.items.find((i) => i.id === failed?.id)).toMatchObject({
      clientName: '吉林省电子证照库',
      clientId: hooked.client.clientId,
      clientEnabled: true,
      certificateNumber: certificate.number,
      status: '暂扣',
      state: '失败',
      attempts: QUEUES.webhooks.retryLimit + 1,
      lastError: '无法连接接收方（ECONNREFUSED）',
    });
    expect(page.counts.失败).toBeGreaterThanOrEqual(2);
    expectError(await admin.get(`${BASE}/deliveries?state=丢失`), 400, 'VALIDATION_FAILED');

    const back = new Receiver();
    await back.start(port);
    try {
      const retried = await admin.post(`${BASE}/deliveries/${failed?.id}/retry`);
      expect(retried.statusCode, retried.body).toBe(200);
      expect(await auditRows(ctx, 'webhook.retry', failed?.id)).toHaveLength(1);
      await ctx.jobs.runPending();
      await ctx.jobs.runPending({ includeDelayed: true });
      expect(back.of(certificate.number).map((r) => r.json.status)).toEqual(['暂扣']);
      expect(verifies(back.received[0] as Received, hooked.signingSecret)).toBe(true);
      expect((await deliveriesOf(certificate.number)).find((d) => d.id === failed?.id)).toMatchObject({
        state: '已送达',
        attempts: 1,
      });
      expect(
        expectError(await admin.post(`${BASE}/deliveries/${failed?.id}/retry`), 409, 'CONFLICT').message,
      ).toBe('只有推送失败的记录可以重试（当前状态：已送达）');
      expectError(await province.post(`${BASE}/deliveries/${failed?.id}/retry`), 403, 'FORBIDDEN');

      // 停用 gives up what still waits, and a failed delivery of a stopped client cannot be retried
      back.mode = '500';
      expect((await setStatus(certificate.id, '有效', '核查无误')).statusCode).toBe(200);
      await ctx.jobs.runPending();
      const restored = (await deliveriesOf(certificate.number)).find(
        (d) => d.status === '有效' && d.state === '待发送',
      );
      expect(restored).toMatchObject({
        attempts: 1,
        last_http_status: 500,
        last_error: '接收方返回 HTTP 500',
      });
      await admin.post(`${BASE}/${hooked.client.id}/disable`);
      expect((await deliveriesOf(certificate.number)).find((d) => d.id === restored?.id)).toMatchObject({
        state: '失败',
        last_error: '接口客户端已停用，不再推送',
      });
      expect(
        expectError(await admin.post(`${BASE}/deliveries/${restored?.id}/retry`), 409, 'CONFLICT').message,
      ).toBe('该接口客户端已停用，不能重试推送');
      await ctx.jobs.runPending({ includeDelayed: true });
      expect(back.of(certificate.number).map((r) => r.json.status)).toEqual(['暂扣']);
    } finally {
      await back.stop();
    }
  });

  it('does not follow a redirect: it is a failed try', async () => {
    const bouncing = new Receiver();
    await bouncing.start();
    bouncing.mode = 'redirect';
    try {
      await register({ scopes: ['certificates:webhook'], webhookUrl: bouncing.url });
      const { certificate } = await publishedCertificate();
      const [row] = await deliveriesOf(certificate.number);
      expect(row).toMatchObject({ state: '待发送', attempts: 1, last_http_status: 302 });
      expect(row?.last_error).toBe('接收方返回重定向 HTTP 302（不跟随重定向）');
      expect(bouncing.received).toEqual([]);
    } finally {
      await bouncing.stop();
    }
  });

  it('housekeeping records 失效 once the validity has passed, audits it and pushes it', async () => {
    await register({ scopes: ['certificates:webhook'], webhookUrl: receiver.url });
    const { certificate } = await publishedCertificate();
    await ctx.database.db
      .updateTable('certificates')
      .set({ valid_until: '2020-12-31' })
      .where('id', '=', certificate.id)
      .execute();
    await ctx.jobs.send(ctx.database.db, 'housekeeping', {});
    await ctx.jobs.runPending();
    const row = await ctx.database.db
      .selectFrom('certificates')
      .select(['status', 'status_reason', 'status_version'])
      .where('id', '=', certificate.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: '失效', status_reason: '有效期届满', status_version: 1 });
    const [audit] = await auditRows(ctx, 'certificate.status', certificate.id);
    expect(audit).toMatchObject({
      actor_label: '系统（证书有效期届满）',
      detail: { to: '失效', validUntil: '2020-12-31' },
    });
    expect(receiver.of(certificate.number).map((r) => r.json.status)).toEqual(['有效', '失效']);
    // a second sweep finds nothing more
    await ctx.jobs.send(ctx.database.db, 'housekeeping', {});
    await ctx.jobs.runPending();
    expect(receiver.of(certificate.number)).toHaveLength(2);
  });
});
