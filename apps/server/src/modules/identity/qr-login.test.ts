import { createHash } from 'node:crypto';
import type { QrLoginCode, QrLoginDetail, QrLoginRedeem } from '@rcpd/shared';
import jsqr from 'jsqr';
import { sql } from 'kysely';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCertificateSigner,
  generateSigningKeyPem,
} from '../../platform/signing/certificate-signature.js';
import { Client, createTestApp, type TestContext } from '../../test/harness.js';
import {
  accountRow,
  auditRows,
  expectError,
  sessionIdOfToken,
  sessionToken,
  signedInEmployer,
  signedInPerson,
} from '../../test/helpers.js';
import { describeBrowser } from './qr-login.js';

// jsqr is CommonJS: under NodeNext the default import is its `module.exports`, whose `default` is the decoder.
const jsQR = jsqr.default;
/** how a login's audit row names the way it signed in */
const methodOf = (row: { detail: unknown }) => (row.detail as { method?: string } | null)?.method;

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const DESKTOP_UA =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36';

/** A desktop browser at the login panel: its code, and the client that holds the browser's cookies. */
async function desktopCode(portal: 'person' | 'employer' = 'person', desktop = new Client(ctx.app)) {
  await desktop.session();
  const response = await desktop.request({
    method: 'POST',
    url: '/api/auth/qr',
    headers: { 'x-csrf-token': desktop.csrfToken ?? '', 'user-agent': DESKTOP_UA },
    payload: { portal },
  });
  expect(response.statusCode, response.body).toBe(201);
  return { desktop, code: response.json<QrLoginCode>() };
}

/** The desktop's wait; once signed in it sends the new session's CSRF token, as the web app does. */
async function redeem(desktop: Client, codeId: string) {
  const response = await desktop.post(`/api/auth/qr/${codeId}/redeem`);
  const token = response.statusCode === 200 && response.json<QrLoginRedeem>().session?.csrfToken;
  if (token) desktop.csrfToken = token;
  return response;
}
const confirm = (phone: Client, codeId: string) => phone.post(`/api/auth/qr/${codeId}/confirm`);

async function expire(codeId: string) {
  await ctx.database.db
    .updateTable('qr_logins')
    .set({ expires_at: sql<Date>`now() - interval '1 second'` })
    .where('id', '=', createHash('sha256').update(codeId).digest('hex'))
    .execute();
}

describe('扫码登录', () => {
  it('shows a QR code of the 扫一扫 page with the code id, never a session id', async () => {
    const { desktop, code } = await desktopCode();
    const png = PNG.sync.read(Buffer.from(code.image.replace(/^data:image\/png;base64,/, ''), 'base64'));
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(code.url);
    expect(new URL(code.url).pathname).toBe('/scan');
    expect(new URL(code.url).searchParams.get('c')).toBe(code.codeId);
    expect(code.url).not.toContain(desktop.cookies.get('rcpd_qr') ?? '-');
    const ttl = new Date(code.expiresAt).getTime() - Date.now();
    expect(ttl).toBeGreaterThan(110_000);
    expect(ttl).toBeLessThanOrEqual(120_000);
  });

  it('signs the desktop in once the phone confirms: a new session, audited as a login by QR', async () => {
    const { client: phone, person, accountId } = await signedInPerson(ctx);
    const { desktop, code } = await desktopCode();
    const waiting = redeem(desktop, code.codeId);

    const detail = await phone.get(`/api/auth/qr/${code.codeId}`);
    expect(detail.statusCode, detail.body).toBe(200);
    const shown = detail.json<QrLoginDetail>();
    expect(shown).toMatchObject({ portalLabel: '个人登录', status: 'pending', refusal: null });
    expect(shown.account.displayName).toBe(person.name);
    expect(shown.account.maskedIdNumber).not.toContain(person.idNumber.slice(6, 14));
    expect(shown.origin.ip).toBe(desktop.ip);
    expect(shown.origin.browser).toBe('Chrome 130 · Windows');

    const confirmed = await confirm(phone, code.codeId);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const answer = await waiting;
    expect(answer.statusCode, answer.body).toBe(200);
    const body = answer.json<QrLoginRedeem>();
    expect(body.status).toBe('signed-in');
    expect(body.session?.account?.displayName).toBe(person.name);

    const session = await desktop.session();
    expect(session.account?.id).toBe(accountId);
    expect(sessionToken(desktop)).not.toBe(sessionToken(phone));
    const logins = (await auditRows(ctx, 'login', accountId)).filter((r) => methodOf(r) === 'qr');
    expect(logins).toHaveLength(1);
    expect(logins[0]?.ip).toBe(desktop.ip);
    expect(await auditRows(ctx, 'login.qr-confirm', accountId)).toHaveLength(1);
    expect((await accountRow(ctx, accountId)).last_login_at).not.toBeNull();
  });

  it('rotates the session id of a desktop that was already signed in', async () => {
    const { client: desktop } = await signedInPerson(ctx);
    const before = sessionToken(desktop);
    const { client: phone } = await signedInPerson(ctx);
    const { code } = await desktopCode('person', desktop);
    expect((await confirm(phone, code.codeId)).statusCode).toBe(200);
    expect((await redeem(desktop, code.codeId)).json<QrLoginRedeem>().status).toBe('signed-in');
    expect(sessionToken(desktop)).not.toBe(before);
    const old = await ctx.database.db
      .selectFrom('sessions')
      .select('id')
      .where('id', '=', sessionIdOfToken(before))
      .executeTakeFirst();
    expect(old).toBeUndefined();
  });

  it('refuses a second confirmation and a second redeem; the code signs in once', async () => {
    const { client: phone } = await signedInPerson(ctx);
    const { desktop, code } = await desktopCode();
    expect((await confirm(phone, code.codeId)).statusCode).toBe(200);
    const again = expectError(await confirm(phone, code.codeId), 409, 'QR_LOGIN_REFUSED');
    expect(again.message).toContain('不能重复确认');
    expect((await redeem(desktop, code.codeId)).json<QrLoginRedeem>().status).toBe('signed-in');
    const reused = expectError(await redeem(desktop, code.codeId), 409, 'QR_LOGIN_REFUSED');
    expect(reused.message).toContain('已使用');
    const after = expectError(await confirm(phone, code.codeId), 409, 'QR_LOGIN_REFUSED');
    expect(after.message).toContain('不能重复确认');
  });

  it('lets only the browser that asked for the code redeem it', async () => {
    const { client: phone, accountId } = await signedInPerson(ctx);
    const { desktop, code } = await desktopCode();
    expect((await confirm(phone, code.codeId)).statusCode).toBe(200);
    const thief = new Client(ctx.app);
    await desktopCode('person', thief); // a browser with a QR cookie of its own
    const foreign = expectError(await redeem(thief, code.codeId), 409, 'QR_LOGIN_REFUSED');
    expect(foreign.message).toContain('不是在此浏览器上生成的');
    expect((await thief.session()).account).toBeNull();
    const noCookie = new Client(ctx.app);
    expectError(await redeem(noCookie, code.codeId), 409, 'QR_LOGIN_REFUSED');
    // nothing was spent: the right browser still signs in
    expect((await redeem(desktop, code.codeId)).json<QrLoginRedeem>().status).toBe('signed-in');
    expect((await desktop.session()).account?.id).toBe(accountId);
  });

  it('refuses an expired code on the phone and tells the desktop it expired', async () => {
    const { client: phone } = await signedInPerson(ctx);
    const { desktop, code } = await desktopCode();
    await expire(code.codeId);
    const detail = (await phone.get(`/api/auth/qr/${code.codeId}`)).json<QrLoginDetail>();
    expect(detail.status).toBe('expired');
    expect(detail.refusal).toContain('已过期');
    const refused = expectError(await confirm(phone, code.codeId), 409, 'QR_LOGIN_REFUSED');
    expect(refused.message).toContain('已过期');
    expect((await redeem(desktop, code.codeId)).json<QrLoginRedeem>()).toEqual({
      status: 'expired',
      session: null,
    });
    expect((await desktop.session()).account).toBeNull();
  });

  it('an employer cannot confirm a 个人登录 code, nor a person a 单位登录 code', async () => {
    const { client: employerPhone } = await signedInEmployer(ctx);
    const { client: personPhone } = await signedInPerson(ctx);
    const person = await desktopCode('person');
    const seen = (await employerPhone.get(`/api/auth/qr/${person.code.codeId}`)).json<QrLoginDetail>();
    expect(seen.refusal).toContain('单位账号不能确认个人登录');
    const refused = expectError(await confirm(employerPhone, person.code.codeId), 403, 'FORBIDDEN');
    expect(refused.message).toContain('单位账号不能确认个人登录');

    const employer = await desktopCode('employer');
    const other = expectError(await confirm(personPhone, employer.code.codeId), 403, 'FORBIDDEN');
    expect(other.message).toContain('个人账号不能确认单位登录');
    // both codes are still pending and unredeemed
    for (const { desktop, code } of [person, employer]) {
      await expire(code.codeId);
      expect((await redeem(desktop, code.codeId)).json<QrLoginRedeem>().status).toBe('expired');
    }
  });

  it('a locked account cannot confirm; one disabled after confirming does not sign in', async () => {
    const locked = await signedInPerson(ctx);
    const { code } = await desktopCode();
    await ctx.database.db
      .updateTable('accounts')
      .set({ locked_until: sql<Date>`now() + interval '10 minutes'` })
      .where('id', '=', locked.accountId)
      .execute();
    const refused = expectError(await confirm(locked.client, code.codeId), 409, 'QR_LOGIN_REFUSED');
    expect(refused.message).toContain('锁定');

    const disabled = await signedInPerson(ctx);
    const second = await desktopCode();
    expect((await confirm(disabled.client, second.code.codeId)).statusCode).toBe(200);
    await ctx.database.db
      .updateTable('accounts')
      .set({ enabled: false })
      .where('id', '=', disabled.accountId)
      .execute();
    const stopped = expectError(await redeem(second.desktop, second.code.codeId), 409, 'QR_LOGIN_REFUSED');
    expect(stopped.message).toContain('已停用');
    expect((await second.desktop.session()).account).toBeNull();
    const qrLogins = (await auditRows(ctx, 'login', disabled.accountId)).filter((r) => methodOf(r) === 'qr');
    expect(qrLogins).toHaveLength(0);
  });

  it('tells the waiting desktop when the phone cancels', async () => {
    const { client: phone, accountId } = await signedInPerson(ctx);
    const { desktop, code } = await desktopCode();
    const waiting = redeem(desktop, code.codeId);
    expect((await phone.post(`/api/auth/qr/${code.codeId}/cancel`)).statusCode).toBe(200);
    expect((await waiting).json<QrLoginRedeem>()).toEqual({ status: 'cancelled', session: null });
    expect(await auditRows(ctx, 'login.qr-cancel', accountId)).toHaveLength(1);
    expectError(await confirm(phone, code.codeId), 409, 'QR_LOGIN_REFUSED');
  });

  it('wakes a desktop waiting on one instance when the phone confirms on another', async () => {
    const other = await ctx.anotherInstance(createCertificateSigner(generateSigningKeyPem()));
    const { client: phone, accountId } = await signedInPerson(ctx);
    const phoneOnOther = new Client(other.app);
    for (const [k, v] of phone.cookies) phoneOnOther.cookies.set(k, v);
    phoneOnOther.csrfToken = phone.csrfToken;
    const { desktop, code } = await desktopCode();
    const waiting = redeem(desktop, code.codeId);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await confirm(phoneOnOther, code.codeId)).statusCode).toBe(200);
    expect((await waiting).json<QrLoginRedeem>().status).toBe('signed-in');
    expect((await desktop.session()).account?.id).toBe(accountId);
  });

  it('refuses unknown and malformed codes without a 5xx', async () => {
    const { client: phone } = await signedInPerson(ctx);
    const unknown = 'A'.repeat(43);
    expect(expectError(await phone.get(`/api/auth/qr/${unknown}`), 404, 'NOT_FOUND').message).toContain(
      '二维码不存在或已失效',
    );
    expectError(await confirm(phone, unknown), 404, 'NOT_FOUND');
    expectError(await phone.get('/api/auth/qr/not-a-code'), 400, 'VALIDATION_FAILED');
    expectError(await new Client(ctx.app).get(`/api/auth/qr/${unknown}`), 401, 'UNAUTHENTICATED');
    const { desktop } = await desktopCode();
    const noCsrf = await desktop.request({ method: 'POST', url: `/api/auth/qr/${unknown}/redeem` });
    expectError(noCsrf, 403, 'CSRF_INVALID');
  });

  it('names the browser a request comes from', () => {
    expect(describeBrowser(DESKTOP_UA)).toBe('Chrome 130 · Windows');
    expect(
      describeBrowser('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Gecko/20100101 Firefox/128.0'),
    ).toBe('Firefox 128 · macOS');
    expect(describeBrowser(null)).toBe('未知浏览器');
  });
});
