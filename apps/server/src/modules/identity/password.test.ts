import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Client,
  createTestApp,
  mobile,
  PASSWORD,
  registerEmployer,
  registerPerson,
  residentId,
  TEST_CAPTCHA,
  type TestContext,
} from '../../test/harness.js';
import {
  accountIdByPhone,
  accountRow,
  auditRows,
  endSmsCooldown,
  expectError,
  fieldMessage,
  getWithSession,
  loginWith,
  outboxFor,
  sessionToken,
  signedInEmployer,
  signedInPerson,
} from '../../test/helpers.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const NEW_PASSWORD = 'N3w#Secret';

const resetCode = (client: Client, portal: 'person' | 'employer', account: string, phone: string) =>
  client.smsCode({ purpose: 'reset', portal, phone, account });

function resetBody(portal: 'person' | 'employer', account: string, phone: string, smsCode: string) {
  return { portal, account, phone, smsCode, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD };
}

/** Two signed-in browsers of the same account; both must lose their session. */
async function twoSessions(portal: 'person' | 'employer', account: string) {
  const a = new Client(ctx.app);
  const b = new Client(ctx.app);
  for (const c of [a, b]) expect((await c.login(portal, account)).statusCode).toBe(200);
  return [sessionToken(a), sessionToken(b)];
}

async function signedIn(token: string): Promise<boolean> {
  const response = await getWithSession(ctx, '/api/auth/session', token);
  return response.json<{ account: unknown }>().account !== null;
}

describe('忘记密码', () => {
  it('resets a person’s password with 证件号码 + 手机号码 + SMS code, and ends every session', async () => {
    const person = await registerPerson(new Client(ctx.app));
    const id = await accountIdByPhone(ctx, 'person', person.phone);
    const sessions = await twoSessions('person', person.idNumber);

    const client = new Client(ctx.app);
    const code = await resetCode(client, 'person', person.idNumber, person.phone);
    const [sms] = (await outboxFor(ctx, person.phone)).filter((m) => m.text.includes('找回'));
    expect(sms?.text).toContain(`验证码为${code}`);
    const response = await client.post(
      '/api/auth/password-reset',
      resetBody('person', person.idNumber, person.phone, code),
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ ok: true });

    for (const token of sessions) expect(await signedIn(token)).toBe(false);
    const sessionRows = await ctx.database.db
      .selectFrom('sessions')
      .select('id')
      .where('account_id', '=', id)
      .execute();
    expect(sessionRows).toHaveLength(0);
    expectError(
      await loginWith(new Client(ctx.app), 'person', person.idNumber, PASSWORD),
      401,
      'LOGIN_FAILED',
    );
    expect((await loginWith(new Client(ctx.app), 'person', person.idNumber, NEW_PASSWORD)).statusCode).toBe(
      200,
    );
    expect(await auditRows(ctx, 'password.reset', id)).toHaveLength(1);
  });

  it('resets an employer administrator’s password with 统一社会信用代码 + 手机号码', async () => {
    const employer = await registerEmployer(new Client(ctx.app));
    const sessions = await twoSessions('employer', employer.uscc);
    const client = new Client(ctx.app);
    const code = await resetCode(client, 'employer', employer.uscc.toLowerCase(), employer.phone);
    const response = await client.post(
      '/api/auth/password-reset',
      resetBody('employer', employer.uscc, employer.phone, code),
    );
    expect(response.statusCode, response.body).toBe(200);
    for (const token of sessions) expect(await signedIn(token)).toBe(false);
    expectError(
      await loginWith(new Client(ctx.app), 'employer', employer.uscc, PASSWORD),
      401,
      'LOGIN_FAILED',
    );
    expect((await loginWith(new Client(ctx.app), 'employer', employer.phone, NEW_PASSWORD)).statusCode).toBe(
      200,
    );
  });

  it('resets a 单位审核人’s password with the employer’s 统一社会信用代码 and the reviewer’s phone', async () => {
    const { client: admin, employer } = await signedInEmployer(ctx);
    const phone = mobile();
    expect(
      (await admin.post('/api/employer/reviewers', { name: '孙审核', phone, password: 'Review#2026' }))
        .statusCode,
    ).toBe(201);
    const client = new Client(ctx.app);
    const code = await resetCode(client, 'employer', employer.uscc, phone);
    const response = await client.post(
      '/api/auth/password-reset',
      resetBody('employer', employer.uscc, phone, code),
    );
    expect(response.statusCode, response.body).toBe(200);
    expect((await loginWith(new Client(ctx.app), 'employer', phone, NEW_PASSWORD)).statusCode).toBe(200);
    // the administrator's password is untouched
    expect((await loginWith(new Client(ctx.app), 'employer', employer.uscc, PASSWORD)).statusCode).toBe(200);
  });

  it('sends no reset code when the 证件号码 and 手机号码 do not belong together: ACCOUNT_MISMATCH', async () => {
    const person = await registerPerson(new Client(ctx.app));
    const other = await registerPerson(new Client(ctx.app));
    const client = new Client(ctx.app);
    for (const [account, phone] of [
      [person.idNumber, other.phone],
      [residentId(), person.phone],
    ] as const) {
      const response = await client.post('/api/auth/sms-code', {
        purpose: 'reset',
        portal: 'person',
        account,
        phone,
        captchaId: await client.captcha(),
        captchaCode: TEST_CAPTCHA,
      });
      const body = expectError(response, 400, 'ACCOUNT_MISMATCH', 'phone');
      expect(body.message).toBe('证件号码与手机号码不匹配');
    }
    for (const p of [person, other]) {
      expect((await outboxFor(ctx, p.phone)).filter((m) => m.text.includes('找回'))).toHaveLength(0);
    }
  });

  it('sends no reset code when the 统一社会信用代码 and 手机号码 do not belong together', async () => {
    const employer = await registerEmployer(new Client(ctx.app));
    const other = await registerEmployer(new Client(ctx.app));
    const client = new Client(ctx.app);
    const response = await client.post('/api/auth/sms-code', {
      purpose: 'reset',
      portal: 'employer',
      account: employer.uscc,
      phone: other.phone,
      captchaId: await client.captcha(),
      captchaCode: TEST_CAPTCHA,
    });
    const body = expectError(response, 400, 'ACCOUNT_MISMATCH');
    expect(body.message).toBe('统一社会信用代码与手机号码不匹配');
  });

  it('asks for the account when a reset code is requested without it', async () => {
    const person = await registerPerson(new Client(ctx.app));
    const client = new Client(ctx.app);
    const response = await client.post('/api/auth/sms-code', {
      purpose: 'reset',
      portal: 'person',
      phone: person.phone,
      captchaId: await client.captcha(),
      captchaCode: TEST_CAPTCHA,
    });
    const body = expectError(response, 400, 'VALIDATION_FAILED', 'account');
    expect(fieldMessage(body, 'account')).toBe('请填写证件号码');
  });

  it('refuses a reset whose account does not match the phone the code went to, and changes nothing', async () => {
    const person = await registerPerson(new Client(ctx.app));
    const victim = await registerPerson(new Client(ctx.app));
    const client = new Client(ctx.app);
    const code = await resetCode(client, 'person', person.idNumber, person.phone);
    const response = await client.post(
      '/api/auth/password-reset',
      resetBody('person', victim.idNumber, person.phone, code),
    );
    const body = expectError(response, 400, 'ACCOUNT_MISMATCH');
    expect(body.message).toBe('证件号码与手机号码不匹配');
    for (const p of [person, victim]) {
      expect((await loginWith(new Client(ctx.app), 'person', p.idNumber, PASSWORD)).statusCode).toBe(200);
    }
  });

  it('accepts a reset code once only', async () => {
    const person = await registerPerson(new Client(ctx.app));
    const client = new Client(ctx.app);
    const code = await resetCode(client, 'person', person.idNumber, person.phone);
    const body = resetBody('person', person.idNumber, person.phone, code);
    expect((await client.post('/api/auth/password-reset', body)).statusCode).toBe(200);
    const again = await client.post('/api/auth/password-reset', {
      ...body,
      password: 'Th1rd#Pass',
      passwordConfirm: 'Th1rd#Pass',
    });
    expectError(again, 400, 'SMS_CODE_INVALID', 'smsCode');
    expectError(
      await loginWith(new Client(ctx.app), 'person', person.idNumber, 'Th1rd#Pass'),
      401,
      'LOGIN_FAILED',
    );
  });

  it('does not take a registration code for a reset', async () => {
    const phone = mobile();
    const registration = await new Client(ctx.app).smsCode({ purpose: 'register', portal: 'person', phone });
    // a minute later the number is registered with a second code; the first one is still unused
    await endSmsCooldown(ctx, 'register', phone);
    const person = await registerPerson(new Client(ctx.app), { phone });
    const client = new Client(ctx.app);
    const response = await client.post(
      '/api/auth/password-reset',
      resetBody('person', person.idNumber, phone, registration),
    );
    expectError(response, 400, 'SMS_CODE_INVALID');
  });

  it('applies the password policy to the new password', async () => {
    const person = await registerPerson(new Client(ctx.app));
    const client = new Client(ctx.app);
    for (const [password, message] of [
      ['Sh#1a', '密码长度不能少于8位'],
      [`Aa@${person.idNumber}`, '密码不能包含账号'],
      [`Aa@${person.phone}`, '密码不能包含账号'],
      ['alllowercase1', '密码须包含大写字母、小写字母、数字、特殊符号中的至少3类'],
    ]) {
      const response = await client.post('/api/auth/password-reset', {
        ...resetBody('person', person.idNumber, person.phone, '123456'),
        password,
        passwordConfirm: password,
      });
      const body = expectError(response, 400, 'VALIDATION_FAILED', 'password');
      expect(fieldMessage(body, 'password')).toBe(message);
    }
    const mismatch = await client.post('/api/auth/password-reset', {
      ...resetBody('person', person.idNumber, person.phone, '123456'),
      passwordConfirm: 'Other#Pass1',
    });
    expectError(mismatch, 400, 'VALIDATION_FAILED', 'passwordConfirm');
  });

  it('ends a lock: after a reset the new password works at once', async () => {
    const person = await registerPerson(new Client(ctx.app));
    const attacker = new Client(ctx.app);
    for (let i = 0; i < 5; i++) await loginWith(attacker, 'person', person.idNumber, 'Wrong#Pass1');
    expectError(
      await loginWith(new Client(ctx.app), 'person', person.idNumber, PASSWORD),
      423,
      'ACCOUNT_LOCKED',
    );
    const client = new Client(ctx.app);
    const code = await resetCode(client, 'person', person.idNumber, person.phone);
    expect(
      (
        await client.post(
          '/api/auth/password-reset',
          resetBody('person', person.idNumber, person.phone, code),
        )
      ).statusCode,
    ).toBe(200);
    expect((await loginWith(new Client(ctx.app), 'person', person.idNumber, NEW_PASSWORD)).statusCode).toBe(
      200,
    );
  });
});

describe('修改密码', () => {
  it('refuses a wrong old password under oldPassword, and changes nothing', async () => {
    const { client, person } = await signedInPerson(ctx);
    const response = await client.post('/api/auth/password', {
      oldPassword: 'Not#MyPass1',
      password: NEW_PASSWORD,
      passwordConfirm: NEW_PASSWORD,
    });
    const body = expectError(response, 400, 'VALIDATION_FAILED', 'oldPassword');
    expect(fieldMessage(body, 'oldPassword')).toBe('原密码不正确');
    expect((await client.session()).account).not.toBeNull();
    expect((await loginWith(new Client(ctx.app), 'person', person.idNumber, PASSWORD)).statusCode).toBe(200);
  });

  it('changes the password and ends every session of the account, this one too', async () => {
    const { client, person, accountId } = await signedInPerson(ctx);
    const [other] = await twoSessions('person', person.phone);
    const before = await accountRow(ctx, accountId);
    const response = await client.post('/api/auth/password', {
      oldPassword: PASSWORD,
      password: NEW_PASSWORD,
      passwordConfirm: NEW_PASSWORD,
    });
    expect(response.statusCode, response.body).toBe(200);
    // the browser is told to forget its cookie, and the server forgot the session anyway
    expect(client.cookies.has('rcpd_sid')).toBe(false);
    expect((await client.session()).account).toBeNull();
    expect(await signedIn(other ?? '')).toBe(false);
    expectError(
      await loginWith(new Client(ctx.app), 'person', person.idNumber, PASSWORD),
      401,
      'LOGIN_FAILED',
    );
    expect((await loginWith(new Client(ctx.app), 'person', person.idNumber, NEW_PASSWORD)).statusCode).toBe(
      200,
    );
    const after = await accountRow(ctx, accountId);
    expect(after.password_changed_at.getTime()).toBeGreaterThan(before.password_changed_at.getTime());
    expect(await auditRows(ctx, 'password.change', accountId)).toHaveLength(1);
  });

  it('refuses a new password that contains the account', async () => {
    const { client, person } = await signedInPerson(ctx);
    for (const password of [`Aa@${person.idNumber}`, `Aa@${person.phone}`]) {
      const response = await client.post('/api/auth/password', {
        oldPassword: PASSWORD,
        password,
        passwordConfirm: password,
      });
      const body = expectError(response, 400, 'VALIDATION_FAILED', 'password');
      expect(fieldMessage(body, 'password')).toBe('密码不能包含账号');
    }
  });

  it('refuses an employer administrator’s new password that contains the 统一社会信用代码', async () => {
    const { client, employer } = await signedInEmployer(ctx);
    const password = `Aa@${employer.uscc.toLowerCase()}`;
    const response = await client.post('/api/auth/password', {
      oldPassword: PASSWORD,
      password,
      passwordConfirm: password,
    });
    const body = expectError(response, 400, 'VALIDATION_FAILED', 'password');
    expect(fieldMessage(body, 'password')).toBe('密码不能包含账号');
    expectError(
      await loginWith(new Client(ctx.app), 'employer', employer.uscc, password),
      401,
      'LOGIN_FAILED',
    );
  });

  it('applies the password policy and the confirmation', async () => {
    const { client } = await signedInPerson(ctx);
    const weak = await client.post('/api/auth/password', {
      oldPassword: PASSWORD,
      password: 'weakpass',
      passwordConfirm: 'weakpass',
    });
    expectError(weak, 400, 'VALIDATION_FAILED', 'password');
    const mismatch = await client.post('/api/auth/password', {
      oldPassword: PASSWORD,
      password: NEW_PASSWORD,
      passwordConfirm: `${NEW_PASSWORD}x`,
    });
    expectError(mismatch, 400, 'VALIDATION_FAILED', 'passwordConfirm');
  });

  it('needs a signed-in account', async () => {
    const client = new Client(ctx.app);
    const response = await client.post('/api/auth/password', {
      oldPassword: PASSWORD,
      password: NEW_PASSWORD,
      passwordConfirm: NEW_PASSWORD,
    });
    const body = expectError(response, 401, 'UNAUTHENTICATED');
    expect(body.message).toBe('请先登录');
  });

  it('takes at most 10 tries of the old password in 15 minutes', async () => {
    const { client } = await signedInPerson(ctx);
    const attempt = () =>
      client.post('/api/auth/password', {
        oldPassword: 'Guess#Pass1',
        password: NEW_PASSWORD,
        passwordConfirm: NEW_PASSWORD,
      });
    for (let i = 0; i < 10; i++) expectError(await attempt(), 400, 'VALIDATION_FAILED', 'oldPassword');
    expectError(await attempt(), 429, 'RATE_LIMITED');
  });
});
