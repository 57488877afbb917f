import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, registerPerson, TEST_CAPTCHA, type TestContext } from '../test/harness.js';
import { auditRows, expectError } from '../test/helpers.js';

/**
 * The client's address — in audit rows and in every per-address limit — comes from X-Forwarded-For only as far
 * as TRUST_PROXY names the proxies that wrote it (README, Configuration): a header the client wrote itself is
 * never believed.
 */

/** A failed sign-in whose audit row records the address the server believed. */
async function failedLoginIp(ctx: TestContext, client: Client, forwardedFor: string): Promise<string | null> {
  const person = await registerPerson(new Client(ctx.app));
  const response = await client.request({
    method: 'POST',
    url: '/api/auth/login',
    headers: { 'x-forwarded-for': forwardedFor, 'x-csrf-token': (await client.session()).csrfToken },
    payload: {
      portal: 'person',
      account: person.idNumber,
      password: 'Wrong@2026x',
      captchaId: await client.captcha(),
      captchaCode: TEST_CAPTCHA,
    },
  });
  expectError(response, 401, 'LOGIN_FAILED');
  const rows = await auditRows(ctx, 'login.failed');
  return rows.at(-1)?.ip ?? null;
}

describe('without TRUST_PROXY', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  it('writes the connection’s address into the audit log, whatever X-Forwarded-For says', async () => {
    const client = new Client(ctx.app);
    expect(await failedLoginIp(ctx, client, '203.0.113.9')).toBe(client.ip);
  });

  it('counts the captcha limit per connection: a new forged address each time does not dodge it', async () => {
    const client = new Client(ctx.app);
    const answers = [];
    for (let i = 0; i < 61; i++)
      answers.push(
        await client.request({
          method: 'GET',
          url: '/api/auth/captcha',
          headers: { 'x-forwarded-for': `198.51.100.${i + 1}` },
        }),
      );
    expect(answers.slice(0, 60).every((r) => r.statusCode === 200)).toBe(true);
    expectError(answers[60] as NonNullable<(typeof answers)[60]>, 429, 'RATE_LIMITED');
  });

  it('limits the public 评审结果公示 per address too', async () => {
    const client = new Client(ctx.app);
    let last = await client.get('/api/public/publicity');
    for (let i = 1; i < 121; i++) last = await client.get('/api/public/publicity');
    expectError(last, 429, 'RATE_LIMITED');
    // another address is not affected
    expect((await new Client(ctx.app).get('/api/public/publicity')).statusCode).toBe(200);
  });
});

describe.each([
  ['1', 'one hop: the address the nearest proxy saw'],
  ['10.0.0.0/8', 'the proxies’ range'],
])('with TRUST_PROXY=%s (%s)', (trustProxy) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp({ TRUST_PROXY: trustProxy });
  });
  afterAll(() => ctx.close());

  it('believes what the trusted proxy appended, not what the client wrote before it', async () => {
    // the client forged 6.6.6.6; the load balancer (the connection, 10.x) appended the address it saw
    const client = new Client(ctx.app);
    expect(await failedLoginIp(ctx, client, '6.6.6.6, 203.0.113.7')).toBe('203.0.113.7');
  });
});
