/**
 * 统一身份认证 by OpenID Connect against a real provider (`oidc-provider`) in this process: every step over
 * HTTP, the platform's login and consent pages posted as a browser posts them.
 */
import { OIDC_ERROR_MESSAGES } from '@rcpd/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Client,
  createTestApp,
  mobile,
  registerEmployer,
  registerPerson,
  residentId,
  TEST_CAPTCHA,
  type TestContext,
  uscc,
} from '../../test/harness.js';
import { auditRows, expectError, loginWith, sessionToken } from '../../test/helpers.js';
import { signInAtPlatform, startTestIssuer, type TestIssuer } from '../../test/oidc-issuer.js';

const BASE = 'http://rcpd.test';
const CALLBACK = `${BASE}/api/auth/oidc/callback`;

let platform: TestIssuer;
let ctx: TestContext;
beforeAll(async () => {
  platform = await startTestIssuer([CALLBACK]);
  ctx = await createTestApp({
    OIDC_ISSUER: platform.issuer,
    OIDC_CLIENT_ID: platform.clientId,
    OIDC_CLIENT_SECRET: platform.clientSecret,
    OIDC_REDIRECT_BASE: BASE,
  });
});
afterAll(async () => {
  await ctx.close();
  await platform.close();
});

let logins = 0;
/** A person at the platform with these claims; returns the login name. */
function atPlatform(claims: Parameters<TestIssuer['people']['set']>[1]): string {
  const login = `user-${++logins}-${Date.now()}`;
  platform.people.set(login, claims);
  return login;
}

/** 统一身份认证登录 on a login panel: the redirect to the platform. */
async function start(browser: Client, portal: 'person' | 'employer' = 'person') {
  const response = await browser.get(`/api/auth/oidc/start?portal=${portal}`);
  expect(response.statusCode, response.body).toBe(302);
  return response.headers.location ?? '';
}

/** The platform's redirect back, as the browser follows it. */
function callback(browser: Client, url: string) {
  return browser.get(url.slice(BASE.length));
}

/** The whole journey: the final redirect of our server. */
async function signIn(browser: Client, login: string, portal: 'person' | 'employer' = 'person') {
  const back = await signInAtPlatform(await start(browser, portal), login, CALLBACK);
  const response = await callback(browser, back);
  expect(response.statusCode, response.body).toBe(302);
  return response.headers.location ?? '';
}

const refusedWith = (location: string) => new URL(location, BASE).searchParams.get('oidc_error');

describe('统一身份认证平台登录', () => {
  it('says the panels may offer it', async () => {
    expect((await new Client(ctx.app).get('/api/auth/oidc')).json()).toEqual({ enabled: true });
  });

  it('sends the browser to the platform with PKCE, state and nonce', async () => {
    const url = new URL(await start(new Client(ctx.app)));
    expect(url.origin).toBe(platform.issuer);
    for (const param of ['state', 'nonce', 'code_challenge'])
      expect(url.searchParams.get(param)).toBeTruthy();
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('redirect_uri')).toBe(CALLBACK);
  });

  it('links a first sign-in to the applicant with the same 证件号码, then signs in by the link', async () => {
    const person = await registerPerson(new Client(ctx.app));
    const login = atPlatform({ name: person.name, id_number: person.idNumber, phone_number: mobile() });
    const browser = new Client(ctx.app);
    expect(await signIn(browser, login)).toBe('/person');
    const session = await browser.session();
    expect(session.account?.displayName).toBe(person.name);
    const accountId = String(session.account?.id);
    const audited = (await auditRows(ctx, 'login', accountId)).filter(
      (r) => (r.detail as { method?: string } | null)?.method === 'oidc',
    );
    expect(audited).toHaveLength(1);
    expect(await auditRows(ctx, 'account.oidc-link', accountId)).toHaveLength(1);

    // the platform's subject is linked: a second sign-in finds the account without matching claims again
    const before = sessionToken(browser);
    expect(await signIn(browser, login)).toBe('/person');
    expect((await browser.session()).account?.id).toBe(accountId);
    expect(sessionToken(browser)).not.toBe(before);
    expect(await auditRows(ctx, 'account.oidc-link', accountId)).toHaveLength(1);
  });

  it('registers an applicant from the claims it carries', async () => {
    const idNumber = residentId();
    const phone = mobile();
    const login = atPlatform({ name: '王五', id_number: idNumber, phone_number: `+86${phone}` });
    const browser = new Client(ctx.app);
    expect(await signIn(browser, login)).toBe('/person');
    const { account } = await browser.session();
    expect(account).toMatchObject({ portal: 'person', displayName: '王五' });
    expect(String(account?.maskedIdNumber)).not.toContain(idNumber.slice(6, 14));
    const row = await ctx.database.db
      .selectFrom('accounts')
      .select(['id_number_hash', 'phone_hash'])
      .where('id', '=', String(account?.id))
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      id_number_hash: ctx.cipher.lookup(idNumber),
      phone_hash: ctx.cipher.lookup(phone),
    });
    expect(await auditRows(ctx, 'account.oidc-register', String(account?.id))).toHaveLength(1);
  });

  it('registers nobody when the claims lack the 证件号码', async () => {
    const count = async () =>
      Number(
        (
          await ctx.database.db
            .selectFrom('accounts')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const browser = new Client(ctx.app);
    const noId = atPlatform({ name: '钱七', phone_number: mobile() });
    expect(refusedWith(await signIn(browser, noId))).toBe('no-identity');
    expect(await count()).toBe(before);
    expect((await browser.session()).account).toBeNull();
  });

  it('asks for the 手机号码 by SMS when the claims lack it, then registers and signs in', async () => {
    const idNumber = residentId();
    const browser = new Client(ctx.app);
    expect(await signIn(browser, atPlatform({ name: '赵六', id_number: idNumber }))).toBe(
      '/login/oidc-phone',
    );
    expect(
      await ctx.database.db
        .selectFrom('accounts')
        .select('id')
        .where('id_number_hash', '=', ctx.cipher.lookup(idNumber))
        .execute(),
    ).toHaveLength(0);
    const pending = await browser.get('/api/auth/oidc/pending');
    expect(pending.statusCode, pending.body).toBe(200);
    expect(pending.json()).toEqual({ name: '赵六', maskedIdNumber: expect.not.stringContaining(idNumber) });

    // a number another account uses gets no code: it cannot be verified for this one
    const other = await registerPerson(new Client(ctx.app));
    const taken = await browser.post('/api/auth/sms-code', {
      purpose: 'register',
      portal: 'person',
      phone: other.phone,
      captchaId: await browser.captcha(),
      captchaCode: TEST_CAPTCHA,
    });
    expectError(taken, 400, 'VALIDATION_FAILED', 'phone');

    const phone = mobile();
    const wrong = await browser.post('/api/auth/oidc/pending', { phone, smsCode: '000000' });
    expect(wrong.json<{ code: string }>().code).toBe('SMS_CODE_INVALID');
    const smsCode = await browser.smsCode({ purpose: 'register', portal: 'person', phone });
    const done = await browser.post('/api/auth/oidc/pending', { phone, smsCode });
    expect(done.statusCode, done.body).toBe(200);
    browser.csrfToken = done.json<{ csrfToken: string }>().csrfToken;
    const { account } = await browser.session();
    expect(account).toMatchObject({ portal: 'person', displayName: '赵六' });
    const row = await ctx.database.db
      .selectFrom('accounts')
      .select(['phone_hash'])
      .where('id_number_hash', '=', ctx.cipher.lookup(idNumber))
      .executeTakeFirstOrThrow();
    expect(row.phone_hash).toBe(ctx.cipher.lookup(phone));
    // used once
    expect((await browser.post('/api/auth/oidc/pending', { phone, smsCode })).statusCode).toBe(401);
    expect((await new Client(ctx.app).get('/api/auth/oidc/pending')).statusCode).toBe(401);
  });

  it('signs an employer in by its 统一社会信用代码, and refuses an unregistered one', async () => {
    const employer = await registerEmployer(new Client(ctx.app));
    const browser = new Client(ctx.app);
    const login = atPlatform({ name: employer.operatorName, uscc: employer.uscc });
    expect(await signIn(browser, login, 'employer')).toBe('/employer');
    expect((await browser.session()).account).toMatchObject({
      portal: 'employer',
      employerName: employer.employerName,
    });
    const stranger = new Client(ctx.app);
    expect(refusedWith(await signIn(stranger, atPlatform({ name: '孙八', uscc: uscc() }), 'employer'))).toBe(
      'no-account',
    );
    expect((await stranger.session()).account).toBeNull();
  });

  it('refuses a wrong state, and a callback in another browser', async () => {
    const login = atPlatform({ name: '周九', id_number: residentId(), phone_number: mobile() });
    const browser = new Client(ctx.app);
    const back = new URL(await signInAtPlatform(await start(browser), login, CALLBACK));
    const tampered = new URL(back);
    tampered.searchParams.set('state', 'not-the-state');
    const wrong = await callback(browser, tampered.href);
    expect(wrong.headers.location).toBe('/login?type=person&oidc_error=failed');
    expect((await browser.session()).account).toBeNull();

    const other = new Client(ctx.app);
    const foreign = await callback(other, back.href);
    expect(refusedWith(foreign.headers.location ?? '')).toBe('failed');
    expect((await other.session()).account).toBeNull();
  });

  it('refuses a replayed code', async () => {
    const login = atPlatform({ name: '吴十', id_number: residentId(), phone_number: mobile() });
    const browser = new Client(ctx.app);
    const back = await signInAtPlatform(await start(browser), login, CALLBACK);
    const request = await ctx.database.db.selectFrom('oidc_requests').selectAll().execute();
    expect((await callback(browser, back)).headers.location).toBe('/person');
    // replayed as it was: the state is used up
    expect(refusedWith((await callback(browser, back)).headers.location ?? '')).toBe('failed');
    // and with the state put back (an attacker who has it): the platform refuses the code a second time
    await ctx.database.db
      .insertInto('oidc_requests')
      .values(request)
      .onConflict((oc) => oc.doNothing())
      .execute();
    const again = await callback(browser, back);
    expect(refusedWith(again.headers.location ?? '')).toBe('failed');
  });

  it('refuses an ID token whose nonce is not the one this sign-in sent', async () => {
    const login = atPlatform({ name: '郑一', id_number: residentId(), phone_number: mobile() });
    const browser = new Client(ctx.app);
    const back = await signInAtPlatform(await start(browser), login, CALLBACK);
    await ctx.database.db.updateTable('oidc_requests').set({ nonce: 'another-nonce-value' }).execute();
    expect(refusedWith((await callback(browser, back)).headers.location ?? '')).toBe('failed');
    expect((await browser.session()).account).toBeNull();
  });

  it('refuses a disabled account', async () => {
    const person = await registerPerson(new Client(ctx.app));
    await ctx.database.db
      .updateTable('accounts')
      .set({ enabled: false })
      .where('id_number_hash', '=', ctx.cipher.lookup(person.idNumber))
      .execute();
    const login = atPlatform({ name: person.name, id_number: person.idNumber, phone_number: person.phone });
    const browser = new Client(ctx.app);
    expect(refusedWith(await signIn(browser, login))).toBe('disabled');
    expect((await browser.session()).account).toBeNull();
  });
});

describe('统一身份认证平台 down', () => {
  let down: TestContext;
  beforeAll(async () => {
    down = await createTestApp({
      OIDC_ISSUER: 'http://127.0.0.1:9/closed',
      OIDC_CLIENT_ID: 'rcpd',
      OIDC_CLIENT_SECRET: 'secret',
      OIDC_REDIRECT_BASE: BASE,
    });
  });
  afterAll(() => down.close());

  it('sends the browser back to the login page with a clear message; the password still signs in', async () => {
    const browser = new Client(down.app);
    const response = await browser.get('/api/auth/oidc/start?portal=employer');
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/login?type=employer&oidc_error=unavailable');
    expect(OIDC_ERROR_MESSAGES.unavailable).toContain('使用密码登录');
    const person = await registerPerson(new Client(down.app));
    expect(
      (await loginWith(new Client(down.app), 'person', person.idNumber, person.password)).statusCode,
    ).toBe(200);
  });

  it('says the panels offer nothing when OIDC_ISSUER is not set', async () => {
    const plain = await createTestApp();
    try {
      expect((await new Client(plain.app).get('/api/auth/oidc')).json()).toEqual({ enabled: false });
      const response = await new Client(plain.app).get('/api/auth/oidc/start');
      expect(response.headers.location).toBe('/login?type=person&oidc_error=unavailable');
    } finally {
      await plain.close();
    }
  });
});
