import { ERRORS } from '@rcpd/shared';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, setPasswordHashCost } from '../../platform/password-hash.js';
import { DEMO, DEMO_PASSWORD, seedDemo } from '../../seed/demo.js';
import {
  Client,
  createTestApp,
  PASSWORD,
  registerPerson,
  TEST_CAPTCHA,
  type TestContext,
} from '../../test/harness.js';
import {
  accountIdByPhone,
  accountRow,
  auditRows,
  expectError,
  getWithSession,
  loginWith,
  sessionToken,
  signedInEmployer,
} from '../../test/helpers.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
  await seedDemo(ctx.database.db, ctx.cipher);
});
afterAll(() => ctx.close());

const WRONG = 'Wrong#Pass1';
const beijingTime = (date: Date) =>
  new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(date);

/** A new applicant and its account id; each test gets its own, so lockouts do not cross. */
async function newPerson() {
  const person = await registerPerson(new Client(ctx.app));
  return { person, id: await accountIdByPhone(ctx, 'person', person.phone) };
}

async function moveBack(id: string, column: 'failed_window_start' | 'locked_until', minutes: number) {
  await ctx.database.db
    .updateTable('accounts')
    .set({ [column]: sql<Date>`now() - make_interval(mins => ${minutes})` })
    .where('id', '=', id)
    .execute();
}

describe('登录', () => {
  it('signs in with an 11-digit 证件号码 that looks like a phone number', async () => {
    const client = new Client(ctx.app);
    const passport = `13${String(Date.now()).slice(-9)}`; // matches the mobile pattern
    const phone = `139${String(Date.now()).slice(-8)}`;
    const smsCode = await client.smsCode({ purpose: 'register', portal: 'person', phone });
    const registered = await client.post('/api/auth/register/person', {
      idType: '护照',
      idNumber: passport,
      name: 'Anna Schmidt',
      phone,
      smsCode,
      password: PASSWORD,
      passwordConfirm: PASSWORD,
    });
    expect(registered.statusCode, registered.body).toBe(201);
    expect((await loginWith(new Client(ctx.app), 'person', passport, PASSWORD)).statusCode).toBe(200);
    expect((await loginWith(new Client(ctx.app), 'person', phone, PASSWORD)).statusCode).toBe(200);
  });

  it('refuses a wrong captcha before anything else, and counts no failure', async () => {
    const { person, id } = await newPerson();
    const client = new Client(ctx.app);
    for (const password of [WRONG, PASSWORD]) {
      const response = await loginWith(client, 'person', person.idNumber, password, 'wr0ng');
      const body = expectError(response, 400, 'CAPTCHA_INVALID', 'captchaCode');
      expect(body.message).toBe('图形验证码错误或已过期，请重新输入');
    }
    expect((await accountRow(ctx, id)).failed_logins).toBe(0);
    expect(await auditRows(ctx, 'login.failed', id)).toHaveLength(0);
    expect(client.cookies.has('rcpd_sid')).toBe(false);
  });

  it('tells how many tries are left after a wrong password', async () => {
    const { person } = await newPerson();
    const client = new Client(ctx.app);
    for (const left of [4, 3, 2, 1]) {
      const body = expectError(
        await loginWith(client, 'person', person.idNumber, WRONG),
        401,
        'LOGIN_FAILED',
      );
      expect(body.message).toBe(`账号或密码错误，再错${left}次账号将被锁定15分钟`);
    }
  });

  it('locks the account after 5 failures within 15 minutes, and says until when', async () => {
    const { person, id } = await newPerson();
    const client = new Client(ctx.app);
    for (let i = 0; i < 4; i++) await loginWith(client, 'person', person.phone, WRONG);
    const fifth = await loginWith(client, 'person', person.idNumber, WRONG);
    const body = expectError(fifth, 423, 'ACCOUNT_LOCKED');
    const row = await accountRow(ctx, id);
    expect(row.locked_until).toBeInstanceOf(Date);
    const lockedFor = (row.locked_until?.getTime() ?? 0) - Date.now();
    expect(lockedFor).toBeGreaterThan(14 * 60_000);
    expect(lockedFor).toBeLessThanOrEqual(15 * 60_000);
    expect(body.message).toBe(
      `连续5次登录失败，账号已锁定15分钟，请于${beijingTime(row.locked_until ?? new Date())}后再试`,
    );
    expect(await auditRows(ctx, 'login.locked', id)).toHaveLength(1);

    // now even the right password is refused, by 证件号码 and by phone, and the lock does not grow
    for (const account of [person.idNumber, person.phone]) {
      const again = expectError(
        await loginWith(new Client(ctx.app), 'person', account, PASSWORD),
        423,
        'ACCOUNT_LOCKED',
      );
      expect(again.message).toBe(body.message);
    }
    expectError(await loginWith(client, 'person', person.idNumber, WRONG), 423, 'ACCOUNT_LOCKED');
    expect((await accountRow(ctx, id)).locked_until?.getTime()).toBe(row.locked_until?.getTime());
  });

  it('ends the lock after 15 minutes; then the count starts again', async () => {
    const { person, id } = await newPerson();
    const client = new Client(ctx.app);
    for (let i = 0; i < 5; i++) await loginWith(client, 'person', person.idNumber, WRONG);
    expectError(await loginWith(client, 'person', person.idNumber, PASSWORD), 423, 'ACCOUNT_LOCKED');

    await moveBack(id, 'locked_until', 0);
    const wrong = expectError(await loginWith(client, 'person', person.idNumber, WRONG), 401, 'LOGIN_FAILED');
    expect(wrong.message).toContain('再错4次');
    const ok = await loginWith(client, 'person', person.idNumber, PASSWORD);
    expect(ok.statusCode, ok.body).toBe(200);
    const row = await accountRow(ctx, id);
    expect(row).toMatchObject({ failed_logins: 0, failed_window_start: null, locked_until: null });
  });

  it('does not count failures older than 15 minutes', async () => {
    const { person, id } = await newPerson();
    const client = new Client(ctx.app);
    for (let i = 0; i < 4; i++) await loginWith(client, 'person', person.idNumber, WRONG);
    await moveBack(id, 'failed_window_start', 16);
    const fifth = expectError(await loginWith(client, 'person', person.idNumber, WRONG), 401, 'LOGIN_FAILED');
    expect(fifth.message).toContain('再错4次');
    expect((await accountRow(ctx, id)).locked_until).toBeNull();
  });

  it('starts the count again after a successful sign-in', async () => {
    const { person } = await newPerson();
    const client = new Client(ctx.app);
    for (let i = 0; i < 4; i++) await loginWith(client, 'person', person.idNumber, WRONG);
    expect((await loginWith(client, 'person', person.idNumber, PASSWORD)).statusCode).toBe(200);
    const other = new Client(ctx.app);
    const body = expectError(await loginWith(other, 'person', person.idNumber, WRONG), 401, 'LOGIN_FAILED');
    expect(body.message).toContain('再错4次');
  });

  it('checks no more than 5 passwords in a window, even when they arrive at the same time', async () => {
    const { person, id } = await newPerson();
    const client = new Client(ctx.app);
    // 11 wrong passwords sent at the same moment: at most 5 are checked, then the account locks; the right
    // password after them finds it locked (sent with them it could be one of the first five, a fair try)
    const captchas = await Promise.all(Array.from({ length: 11 }, () => client.captcha()));
    const guesses = await Promise.all(
      captchas.map((captchaId, i) =>
        client.post('/api/auth/login', {
          portal: 'person',
          account: person.idNumber,
          password: `${WRONG}${i}`,
          captchaId,
          captchaCode: TEST_CAPTCHA,
        }),
      ),
    );
    const right = await client.post('/api/auth/login', {
      portal: 'person',
      account: person.idNumber,
      password: PASSWORD,
      captchaId: await client.captcha(),
      captchaCode: TEST_CAPTCHA,
    });
    expect(right.statusCode, right.body).toBe(423);
    const statuses = guesses.map((g) => g.statusCode);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(4);
    expect(statuses.filter((s) => s === 423).length).toBeGreaterThanOrEqual(7);
    expect(statuses.every((s) => s === 401 || s === 423)).toBe(true);
    expect((await auditRows(ctx, 'login.failed', id)).length).toBeLessThanOrEqual(4);
    expect(await auditRows(ctx, 'login', id)).toHaveLength(0);
    expectError(await loginWith(client, 'person', person.idNumber, PASSWORD), 423, 'ACCOUNT_LOCKED');
  });

  it('answers an unknown account exactly as a known one with a wrong password', async () => {
    const { person } = await newPerson();
    const unknown = `1${person.phone.slice(1, 10)}${(Number(person.phone[10]) + 1) % 10}`;
    const knownClient = new Client(ctx.app);
    const unknownClient = new Client(ctx.app);
    // the time a lock ends may differ by the minute the two attempts straddle
    const answer = (r: { statusCode: number; body: string }) => ({
      status: r.statusCode,
      body: r.body.replace(/\d{2}:\d{2}/, 'HH:MM'),
    });
    for (let i = 0; i < 6; i++) {
      const known = await loginWith(knownClient, 'person', person.phone, WRONG);
      const other = await loginWith(unknownClient, 'person', unknown, WRONG);
      expect(answer(other)).toEqual(answer(known));
    }
    expectError(await loginWith(unknownClient, 'person', unknown, WRONG), 423, 'ACCOUNT_LOCKED');
    const unknownRows = await ctx.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'login.failed')
      .where('ip', '=', unknownClient.ip)
      .execute();
    expect(unknownRows.length).toBeGreaterThan(0);
    expect(unknownRows[0]).toMatchObject({ actor_account_id: null, actor_label: '未知账号' });
    expect(JSON.stringify(unknownRows)).not.toContain(unknown);
  });

  it('refuses a disabled account with ACCOUNT_DISABLED, a wrong password still with LOGIN_FAILED', async () => {
    const { person, id } = await newPerson();
    await ctx.database.db.updateTable('accounts').set({ enabled: false }).where('id', '=', id).execute();
    const client = new Client(ctx.app);
    const body = expectError(
      await loginWith(client, 'person', person.idNumber, PASSWORD),
      403,
      'ACCOUNT_DISABLED',
    );
    expect(body.message).toBe(ERRORS.ACCOUNT_DISABLED.message);
    expectError(await loginWith(client, 'person', person.idNumber, WRONG), 401, 'LOGIN_FAILED');
    expect(client.cookies.has('rcpd_sid')).toBe(false);
  });

  it('keeps the portals apart: an applicant cannot sign in on the employer or department portal', async () => {
    const { person } = await newPerson();
    expectError(
      await loginWith(new Client(ctx.app), 'employer', person.phone, PASSWORD),
      401,
      'LOGIN_FAILED',
    );
    expectError(
      await loginWith(new Client(ctx.app), 'department', person.phone, PASSWORD),
      401,
      'LOGIN_FAILED',
    );
  });

  it('does not let a 单位审核人 sign in with the 统一社会信用代码 (that is the administrator’s account)', async () => {
    const { client: admin, employer } = await signedInEmployer(ctx);
    const phone = `13${String(Date.now()).slice(-9)}`;
    const created = await admin.post('/api/employer/reviewers', {
      name: '钱审核',
      phone,
      password: 'Review#2026',
    });
    expect(created.statusCode, created.body).toBe(201);
    expectError(
      await loginWith(new Client(ctx.app), 'employer', employer.uscc, 'Review#2026'),
      401,
      'LOGIN_FAILED',
    );
    expect((await loginWith(new Client(ctx.app), 'employer', phone, 'Review#2026')).statusCode).toBe(200);
  });
});

describe('会话', () => {
  it('gives a new session id at sign-in; the old one no longer works', async () => {
    const { client, employer } = await signedInEmployer(ctx);
    const first = sessionToken(client);
    expect((await getWithSession(ctx, '/api/employer/reviewers', first)).statusCode).toBe(200);

    const again = await client.login('employer', employer.phone);
    expect(again.statusCode, again.body).toBe(200);
    const second = sessionToken(client);
    expect(second).not.toBe(first);
    expect((await getWithSession(ctx, '/api/employer/reviewers', second)).statusCode).toBe(200);
    expectError(await getWithSession(ctx, '/api/employer/reviewers', first), 401, 'UNAUTHENTICATED');
  });

  it('never takes over a session id the browser brings (session fixation)', async () => {
    const person = await registerPerson(new Client(ctx.app));
    const client = new Client(ctx.app);
    const planted = 'x'.repeat(43);
    client.cookies.set('rcpd_sid', planted);
    const response = await client.login('person', person.idNumber);
    expect(response.statusCode, response.body).toBe(200);
    expect(sessionToken(client)).not.toBe(planted);
    expect((await client.session()).account).not.toBeNull();
  });

  it('sets the session cookie HttpOnly, SameSite=Lax, for the whole site, for at most 12 hours', async () => {
    const person = await registerPerson(new Client(ctx.app));
    const response = await new Client(ctx.app).login('person', person.idNumber);
    const cookie = response.cookies.find((c) => c.name === 'rcpd_sid');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', maxAge: 12 * 3600 });
    expect(cookie?.value).toMatch(/^[\w-]{43}$/);
    // outside production the cookie also works over plain http
    expect(cookie?.secure).toBeFalsy();
    const header = String(response.headers['set-cookie']);
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=Lax/);
    // the body gives the session's CSRF token, never the session token
    expect(response.body).not.toContain(cookie?.value ?? '-');
  });

  it('keeps the session server side: the database holds a hash of the token, not the token', async () => {
    const person = await registerPerson(new Client(ctx.app));
    const client = new Client(ctx.app);
    await client.login('person', person.idNumber);
    const token = sessionToken(client);
    const rows = await ctx.database.db.selectFrom('sessions').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(token);
  });
});

describe('演示账号 (seedDemo)', () => {
  it('signs the department administrator in by 用户名, in any case', async () => {
    for (const username of ['admin', 'ADMIN', ' Admin ']) {
      const client = new Client(ctx.app);
      const response = await client.login('department', username, DEMO_PASSWORD);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json<{ account: Record<string, unknown> }>().account).toMatchObject({
        portal: 'department',
        role: 'sys_admin',
        roleLabel: '系统管理员',
        displayName: DEMO.admin.name,
      });
    }
    const reviewer = await new Client(ctx.app).login('department', DEMO.reviewer.username, DEMO_PASSWORD);
    expect(reviewer.json<{ account: { role: string } }>().account.role).toBe('dept_reviewer');
  });

  it('signs the demo employer in by 统一社会信用代码 and the demo applicant by 证件号码', async () => {
    const employer = await new Client(ctx.app).login('employer', DEMO.employer.uscc, DEMO_PASSWORD);
    expect(employer.statusCode, employer.body).toBe(200);
    expect(employer.json<{ account: { employerName: string } }>().account.employerName).toBe(
      DEMO.employer.name,
    );
    const applicant = await new Client(ctx.app).login('person', DEMO.applicant.idNumber, DEMO_PASSWORD);
    expect(applicant.statusCode, applicant.body).toBe(200);
    expect(applicant.json<{ account: { displayName: string } }>().account.displayName).toBe(
      DEMO.applicant.name,
    );
  });

  it('does not create the demo accounts twice', async () => {
    expect(await seedDemo(ctx.database.db, ctx.cipher)).toBe(false);
  });
});

describe('每个地址的登录次数', () => {
  it('takes at most 50 sign-in attempts from one address in 15 minutes', async () => {
    const client = new Client(ctx.app);
    const attempt = () =>
      client.post('/api/auth/login', {
        portal: 'person',
        account: '13900000000',
        password: WRONG,
        captchaId: '00000000-0000-4000-8000-000000000000',
        captchaCode: TEST_CAPTCHA,
      });
    for (let i = 0; i < 50; i++) expectError(await attempt(), 400, 'CAPTCHA_INVALID');
    const body = expectError(await attempt(), 429, 'RATE_LIMITED');
    expect(body.message).toMatch(/^操作过于频繁，请\d+分钟后再试$/);
  });

  it('hands out at most 60 captchas a minute to one address', async () => {
    const client = new Client(ctx.app);
    for (let i = 0; i < 60; i++) expect((await client.get('/api/auth/captcha')).statusCode).toBe(200);
    expectError(await client.get('/api/auth/captcha'), 429, 'RATE_LIMITED');
  });
});

describe('a password hashed at weaker parameters than today’s', () => {
  it('is hashed again at the current ones when its owner signs in, and still signs in afterwards', async () => {
    // this app makes new hashes at cost 11; the account's stored hash was made at 10, as before a raise
    const app = await createTestApp({ PASSWORD_HASH_COST: '11' });
    try {
      const person = await registerPerson(new Client(app.app));
      setPasswordHashCost(10);
      const old = await hashPassword(person.password);
      setPasswordHashCost(11);
      const row = await app.database.db
        .updateTable('accounts')
        .set({ password_hash: old })
        .where('id_number_hash', '=', app.cipher.lookup(person.idNumber))
        .returning('id')
        .executeTakeFirstOrThrow();
      expect(
        (await loginWith(new Client(app.app), 'person', person.idNumber, person.password)).statusCode,
      ).toBe(200);
      const stored = await app.database.db
        .selectFrom('accounts')
        .select('password_hash')
        .where('id', '=', row.id)
        .executeTakeFirstOrThrow();
      expect(stored.password_hash).toMatch(/^\$scrypt\$ln=11,r=8,p=1\$/);
      expect(
        (await loginWith(new Client(app.app), 'person', person.idNumber, person.password)).statusCode,
      ).toBe(200);
      // a wrong password changes nothing
      await loginWith(new Client(app.app), 'person', person.idNumber, 'Wrong@2026x');
      const after = await app.database.db
        .selectFrom('accounts')
        .select('password_hash')
        .where('id', '=', row.id)
        .executeTakeFirstOrThrow();
      expect(after.password_hash).toBe(stored.password_hash);
    } finally {
      await app.close();
    }
  });
});
