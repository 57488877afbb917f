import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Client,
  createTestApp,
  mobile,
  registerPerson,
  TEST_CAPTCHA,
  type TestContext,
} from '../../test/harness.js';
import {
  auditRows,
  expectError,
  getWithSession,
  outboxFor,
  sessionIdOfToken,
  sessionToken,
  signedInAdmin,
  signedInEmployer,
  signedInPerson,
} from '../../test/helpers.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

async function moveSession(token: string, column: 'last_seen_at' | 'expires_at', minutesAgo: number) {
  await ctx.database.db
    .updateTable('sessions')
    .set({ [column]: sql<Date>`now() - make_interval(mins => ${minutesAgo})` })
    .where('id', '=', sessionIdOfToken(token))
    .execute();
}

async function sessionRow(token: string) {
  return ctx.database.db
    .selectFrom('sessions')
    .selectAll()
    .where('id', '=', sessionIdOfToken(token))
    .executeTakeFirst();
}

describe('会话有效期', () => {
  it('ends a session idle for more than 30 minutes: 401 登录已超时，请重新登录', async () => {
    const { client } = await signedInEmployer(ctx);
    const token = sessionToken(client);
    expect((await client.get('/api/employer/reviewers')).statusCode).toBe(200);
    await moveSession(token, 'last_seen_at', 31);
    const response = await client.get('/api/employer/reviewers');
    const body = expectError(response, 401, 'UNAUTHENTICATED');
    expect(body.message).toBe('登录已超时，请重新登录');
    // the browser is told to drop the cookie
    expect(response.cookies.find((c) => c.name === 'rcpd_sid')?.value).toBe('');
    expect(
      (await getWithSession(ctx, '/api/auth/session', token)).json<{ account: unknown }>().account,
    ).toBeNull();
  });

  it('keeps a session used within 30 minutes, and each use starts the 30 minutes again', async () => {
    const { client } = await signedInEmployer(ctx);
    const token = sessionToken(client);
    await moveSession(token, 'last_seen_at', 29);
    expect((await client.get('/api/employer/reviewers')).statusCode).toBe(200);
    const seen = (await sessionRow(token))?.last_seen_at.getTime() ?? 0;
    expect(Date.now() - seen).toBeLessThan(60_000);
    // another 29 minutes later it still works
    await moveSession(token, 'last_seen_at', 29);
    expect((await client.get('/api/employer/reviewers')).statusCode).toBe(200);
  });

  it('ends a session 12 hours after sign-in however busy it is', async () => {
    const { client } = await signedInEmployer(ctx);
    const token = sessionToken(client);
    const row = await sessionRow(token);
    const life = (row?.expires_at.getTime() ?? 0) - (row?.created_at.getTime() ?? 0);
    expect(Math.abs(life - 12 * 3_600_000)).toBeLessThan(60_000);
    await moveSession(token, 'expires_at', 1);
    const body = expectError(await client.get('/api/employer/reviewers'), 401, 'UNAUTHENTICATED');
    expect(body.message).toBe('登录已超时，请重新登录');
  });

  it('says 请先登录 to a request that never signed in', async () => {
    const client = new Client(ctx.app);
    for (const url of ['/api/employer/reviewers', '/api/department/accounts', '/api/department/audit']) {
      const body = expectError(await client.get(url), 401, 'UNAUTHENTICATED');
      expect(body.message).toBe('请先登录');
    }
    const account = await client.session();
    expect(account.account).toBeNull();
  });

  it('treats a made-up or overlong session cookie as no session', async () => {
    for (const token of ['nonsense', 'x'.repeat(5000)]) {
      const body = expectError(
        await getWithSession(ctx, '/api/employer/reviewers', token),
        401,
        'UNAUTHENTICATED',
      );
      expect(body.message).toBe('登录已超时，请重新登录');
    }
  });
});

describe('安全退出', () => {
  it('ends the session on the server: the old cookie no longer works, even replayed', async () => {
    const { client, accountId } = await signedInEmployer(ctx);
    const token = sessionToken(client);
    const response = await client.post('/api/auth/logout');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ ok: true });
    expect(client.cookies.has('rcpd_sid')).toBe(false);
    expect(await sessionRow(token)).toBeUndefined();
    expectError(await getWithSession(ctx, '/api/employer/reviewers', token), 401, 'UNAUTHENTICATED');
    expect(await auditRows(ctx, 'logout', accountId)).toHaveLength(1);
  });

  it('ends only this session: another browser of the account stays signed in', async () => {
    const { client, employer } = await signedInEmployer(ctx);
    const other = new Client(ctx.app);
    expect((await other.login('employer', employer.phone)).statusCode).toBe(200);
    expect((await client.post('/api/auth/logout')).statusCode).toBe(200);
    expect((await other.get('/api/employer/reviewers')).statusCode).toBe(200);
  });

  it('needs the CSRF token, so another site cannot sign a person out', async () => {
    const { client } = await signedInPerson(ctx);
    const response = await client.request({ method: 'POST', url: '/api/auth/logout' });
    expectError(response, 403, 'CSRF_INVALID');
    expect((await client.session()).account).not.toBeNull();
  });

  it('answers a sign-out without a session with ok', async () => {
    const client = new Client(ctx.app);
    expect((await client.post('/api/auth/logout')).json()).toEqual({ ok: true });
  });
});

describe('角色与门户', () => {
  it('refuses an applicant on the department’s endpoints with 403 and writes access.denied', async () => {
    const { client, accountId } = await signedInPerson(ctx);
    const body = expectError(await client.get('/api/department/accounts'), 403, 'FORBIDDEN');
    expect(body.message).toBe('您没有权限进行此操作');
    const rows = await ctx.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'access.denied')
      .where('actor_account_id', '=', accountId)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ ip: client.ip, actor_label: '李四（申报人）' });
    expect(rows[0]?.detail).toEqual({
      method: 'GET',
      route: '/api/department/accounts',
      policy: 'account.manageDepartment',
    });
  });

  it('checks the role before the body: a wrong role or no session is refused before any field message', async () => {
    const { client } = await signedInPerson(ctx);
    expectError(await client.post('/api/department/accounts', {}), 403, 'FORBIDDEN');
    const anonymous = new Client(ctx.app);
    expectError(await anonymous.post('/api/employer/reviewers', { name: '' }), 401, 'UNAUTHENTICATED');
  });

  it('keeps every role within its own portal', async () => {
    const person = (await signedInPerson(ctx)).client;
    const employer = (await signedInEmployer(ctx)).client;
    const admin = await signedInAdmin(ctx);
    const cases: [Client, 'GET' | 'POST', string][] = [
      [person, 'GET', '/api/employer/reviewers'],
      [person, 'POST', '/api/employer/reviewers'],
      [person, 'GET', '/api/department/audit'],
      [person, 'POST', '/api/department/accounts'],
      [employer, 'GET', '/api/department/accounts'],
      [employer, 'GET', '/api/department/audit'],
      [employer, 'POST', '/api/department/accounts'],
      [admin, 'GET', '/api/employer/reviewers'],
      [admin, 'POST', '/api/employer/reviewers'],
    ];
    for (const [client, method, url] of cases) {
      // a valid body, so that only the role stops it
      const body = url.includes('employer')
        ? { name: '越权', phone: mobile(), password: 'Valid#Pass1' }
        : {
            username: 'intruder',
            name: '越权',
            departmentName: '某部门',
            role: 'sys_admin',
            password: 'Valid#Pass1',
          };
      const response = method === 'GET' ? await client.get(url) : await client.post(url, body);
      expectError(response, 403, 'FORBIDDEN');
    }
    const intruder = await ctx.database.db
      .selectFrom('accounts')
      .select('id')
      .where('username', '=', 'intruder')
      .executeTakeFirst();
    expect(intruder).toBeUndefined();
  });
});

describe('CSRF', () => {
  const smsRequest = async (client: Client, phone: string) => ({
    purpose: 'register',
    portal: 'person',
    phone,
    captchaId: await client.captcha(),
    captchaCode: TEST_CAPTCHA,
  });

  it('refuses a POST without x-csrf-token, and nothing changes', async () => {
    const client = new Client(ctx.app);
    await client.session(); // the browser has its anonymous cookie, but does not send the header
    const phone = mobile();
    const response = await client.request({
      method: 'POST',
      url: '/api/auth/sms-code',
      payload: await smsRequest(client, phone),
    });
    const body = expectError(response, 403, 'CSRF_INVALID');
    expect(body.message).toBe('页面已过期，请刷新页面后重试');
    expect(await outboxFor(ctx, phone)).toHaveLength(0);
  });

  it('refuses a wrong token, and a token without its cookie', async () => {
    const client = new Client(ctx.app);
    const { csrfToken } = await client.session();
    const phone = mobile();
    const wrong = await client.request({
      method: 'POST',
      url: '/api/auth/sms-code',
      headers: { 'x-csrf-token': `${csrfToken.slice(0, -1)}${csrfToken.endsWith('A') ? 'B' : 'A'}` },
      payload: await smsRequest(client, phone),
    });
    expectError(wrong, 403, 'CSRF_INVALID');
    // the token alone, from a browser that does not hold the cookie
    const stranger = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/sms-code',
      headers: { 'x-csrf-token': csrfToken },
      payload: await smsRequest(client, phone),
    });
    expectError(stranger, 403, 'CSRF_INVALID');
    expect(await outboxFor(ctx, phone)).toHaveLength(0);
  });

  it('does not take the anonymous token once signed in: the session’s token is required', async () => {
    const { client } = await signedInEmployer(ctx);
    const anonymous = client.cookies.get('rcpd_csrf');
    expect(anonymous).toBeDefined();
    const reviewer = { name: '吴审核', phone: mobile(), password: 'Review#2026' };
    const withAnonymous = await client.request({
      method: 'POST',
      url: '/api/employer/reviewers',
      headers: { 'x-csrf-token': anonymous ?? '' },
      payload: reviewer,
    });
    expectError(withAnonymous, 403, 'CSRF_INVALID');
    const list = await client.get('/api/employer/reviewers');
    expect(list.json<{ items: unknown[] }>().items).toHaveLength(1);
    const withSession = await client.post('/api/employer/reviewers', reviewer);
    expect(withSession.statusCode, withSession.body).toBe(201);
  });

  it('does not take the token of another session', async () => {
    const a = await signedInEmployer(ctx);
    const b = await signedInEmployer(ctx);
    const response = await a.client.request({
      method: 'POST',
      url: '/api/employer/reviewers',
      headers: { 'x-csrf-token': b.client.csrfToken ?? '' },
      payload: { name: '郑审核', phone: mobile(), password: 'Review#2026' },
    });
    expectError(response, 403, 'CSRF_INVALID');
  });

  it('gives the anonymous token in an HttpOnly, SameSite=Strict cookie, and the same token on every read', async () => {
    const client = new Client(ctx.app);
    const response = await client.get('/api/auth/session');
    expect(response.headers['cache-control']).toBe('no-store');
    const cookie = response.cookies.find((c) => c.name === 'rcpd_csrf');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const { csrfToken } = response.json<{ csrfToken: string }>();
    expect(cookie?.value).toBe(csrfToken);
    expect((await client.session()).csrfToken).toBe(csrfToken);
  });

  it('lets a registration through with the anonymous token', async () => {
    const client = new Client(ctx.app);
    const person = await registerPerson(client);
    expect(person.idNumber).toHaveLength(18);
  });
});
