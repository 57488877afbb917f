import { maskIdNumber, maskPhone, residentIdCheckChar } from '@rcpd/shared';
import { sql } from 'kysely';
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
  uscc,
} from '../../test/harness.js';
import { CJK, endSmsCooldown, expectError, fieldMessage, otherCode, outboxFor } from '../../test/helpers.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

interface PersonForm {
  idType?: string;
  idNumber: string;
  name: string;
  phone: string;
  smsCode: string;
  password: string;
  passwordConfirm: string;
}

function personForm(overrides: Partial<PersonForm> = {}): PersonForm {
  return {
    idType: '居民身份证',
    idNumber: residentId(),
    name: '王小明',
    phone: mobile(),
    smsCode: '123456',
    password: PASSWORD,
    passwordConfirm: PASSWORD,
    ...overrides,
  };
}

function employerForm(overrides: Record<string, string> = {}) {
  return {
    employerName: '长春新区测试有限公司',
    uscc: uscc(),
    operatorName: '周经办',
    phone: mobile(),
    smsCode: '123456',
    password: PASSWORD,
    passwordConfirm: PASSWORD,
    ...overrides,
  };
}

const registerCode = (client: Client, portal: 'person' | 'employer', phone: string) =>
  client.smsCode({ purpose: 'register', portal, phone });

async function personCount(idNumber: string): Promise<number> {
  const row = await ctx.database.db
    .selectFrom('accounts')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('id_number_hash', '=', ctx.cipher.lookup(idNumber))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function smsCodeRow(phone: string) {
  return ctx.database.db
    .selectFrom('sms_codes')
    .selectAll()
    .where('phone_hash', '=', ctx.cipher.lookup(phone))
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
}

/** A 居民身份证 number whose check character is X. */
function residentIdEndingInX(): string {
  for (;;) {
    const id = residentId();
    if (id.endsWith('X')) return id;
  }
}

describe('个人注册', () => {
  it('registers a person, who then signs in with the 证件号码 and with the 手机号码', async () => {
    const client = new Client(ctx.app);
    const person = await registerPerson(client, { name: '李四' });

    const byId = await client.login('person', person.idNumber);
    expect(byId.statusCode, byId.body).toBe(200);
    const info = byId.json<{ account: Record<string, unknown>; csrfToken: string }>();
    expect(info.account).toMatchObject({
      portal: 'person',
      role: 'applicant',
      roleLabel: '申报人',
      displayName: '李四',
      maskedIdNumber: maskIdNumber(person.idNumber),
      maskedPhone: maskPhone(person.phone),
    });
    expect(info.csrfToken).toMatch(/^[\w-]{32}$/);
    expect(byId.body).not.toContain(person.idNumber);
    expect(byId.body).not.toContain(person.phone);

    const other = new Client(ctx.app);
    const byPhone = await other.login('person', person.phone);
    expect(byPhone.statusCode, byPhone.body).toBe(200);
    expect((await other.session()).account?.displayName).toBe('李四');
  });

  it('accepts a 证件号码 ending in x typed in lowercase, at registration and at sign-in', async () => {
    const client = new Client(ctx.app);
    const idNumber = residentIdEndingInX();
    await registerPerson(client, { idNumber: idNumber.toLowerCase() });
    expect(await personCount(idNumber)).toBe(1);
    expect((await client.login('person', idNumber.toLowerCase())).statusCode).toBe(200);
    expect((await new Client(ctx.app).login('person', ` ${idNumber} `)).statusCode).toBe(200);
  });

  it('registers a holder of another 证件类型', async () => {
    const client = new Client(ctx.app);
    const passport = `E${String(Date.now()).slice(-8)}`;
    const phone = mobile();
    const smsCode = await registerCode(client, 'person', phone);
    const response = await client.post(
      '/api/auth/register/person',
      personForm({ idType: '护照', idNumber: passport, phone, smsCode }),
    );
    expect(response.statusCode, response.body).toBe(201);
    const row = await ctx.database.db
      .selectFrom('accounts')
      .select(['id_type'])
      .where('id_number_hash', '=', ctx.cipher.lookup(passport))
      .executeTakeFirstOrThrow();
    expect(row.id_type).toBe('护照');
    expect((await client.login('person', passport)).statusCode).toBe(200);
  });

  it('stores the 证件号码 and 手机号码 encrypted and finds them by a keyed hash', async () => {
    const client = new Client(ctx.app);
    const person = await registerPerson(client);
    const row = await ctx.database.db
      .selectFrom('accounts')
      .selectAll()
      .where('id_number_hash', '=', ctx.cipher.lookup(person.idNumber))
      .executeTakeFirstOrThrow();
    expect(row.phone_hash).toBe(ctx.cipher.lookup(person.phone));
    expect(row.id_number_enc).not.toContain(person.idNumber);
    expect(row.phone_enc).not.toContain(person.phone);
    // nothing in the row gives either number away, not even in part
    const stored = JSON.stringify(row);
    expect(stored).not.toContain(person.idNumber.slice(6, 14));
    expect(stored).not.toContain(person.phone.slice(3));
    expect(ctx.cipher.decrypt(row.id_number_enc ?? '')).toBe(person.idNumber);
    expect(ctx.cipher.decrypt(row.phone_enc ?? '')).toBe(person.phone);
    // the keyed hash is neither the plain value nor its unkeyed digest
    const { createHash } = await import('node:crypto');
    expect(row.id_number_hash).not.toBe(createHash('sha256').update(person.idNumber).digest('hex'));
    // the same number encrypts differently each time (random IV)
    expect(ctx.cipher.encrypt(person.idNumber)).not.toBe(row.id_number_enc);
    // the SMS codes table keeps neither the phone nor the code in the clear
    const codes = await ctx.database.db
      .selectFrom('sms_codes')
      .selectAll()
      .where('phone_hash', '=', row.phone_hash ?? '')
      .execute();
    expect(codes).toHaveLength(1);
    expect(JSON.stringify(codes)).not.toContain(person.phone);
  });

  it('refuses a second registration with the same 证件号码: ALREADY_REGISTERED on idNumber', async () => {
    const first = await registerPerson(new Client(ctx.app));
    const client = new Client(ctx.app);
    const phone = mobile();
    const smsCode = await registerCode(client, 'person', phone);
    const response = await client.post(
      '/api/auth/register/person',
      personForm({ idNumber: first.idNumber, phone, smsCode }),
    );
    const body = expectError(response, 409, 'ALREADY_REGISTERED', 'idNumber');
    expect(body.message).toContain('该证件号码已注册');
    expect(await personCount(first.idNumber)).toBe(1);
    // the code was not used up: the person can still register with another number
    const retry = await client.post('/api/auth/register/person', personForm({ phone, smsCode }));
    expect(retry.statusCode, retry.body).toBe(201);
  });

  it('does not send a registration code to a phone that is already registered', async () => {
    const first = await registerPerson(new Client(ctx.app));
    const client = new Client(ctx.app);
    const response = await client.post('/api/auth/sms-code', {
      purpose: 'register',
      portal: 'person',
      phone: first.phone,
      captchaId: await client.captcha(),
      captchaCode: TEST_CAPTCHA,
    });
    const body = expectError(response, 400, 'VALIDATION_FAILED', 'phone');
    expect(fieldMessage(body, 'phone')).toContain('该手机号码已注册');
    expect(await outboxFor(ctx, first.phone)).toHaveLength(1); // only the code of the first registration
  });

  it('refuses a registration with a phone taken while its code was on the way: ALREADY_REGISTERED on phone', async () => {
    const phone = mobile();
    const late = new Client(ctx.app);
    const lateCode = await registerCode(late, 'person', phone);
    // someone else registers the same number first (a minute later, with a code of their own)
    await endSmsCooldown(ctx, 'register', phone);
    await registerPerson(new Client(ctx.app), { phone });

    const form = personForm({ phone, smsCode: lateCode });
    const response = await late.post('/api/auth/register/person', form);
    expectError(response, 409, 'ALREADY_REGISTERED', 'phone');
    expect(await personCount(form.idNumber)).toBe(0);
  });

  it.each([
    ['a wrong check digit', '220102199001011238', '居民身份证号码校验位不正确，请核对后重新输入'],
    [
      'an impossible birth date (30 February)',
      `22010219900230123${residentIdCheckChar('22010219900230123')}`,
      '居民身份证号码中的出生日期无效',
    ],
    ['17 characters', '22010219900101123', '居民身份证号码应为18位'],
  ])(
    'refuses a 证件号码 with %s: 400 VALIDATION_FAILED with the message under idNumber',
    async (_, idNumber, message) => {
      const client = new Client(ctx.app);
      const response = await client.post('/api/auth/register/person', personForm({ idNumber }));
      const body = expectError(response, 400, 'VALIDATION_FAILED', 'idNumber');
      expect(fieldMessage(body, 'idNumber')).toBe(message);
      expect(body.message).toBe(message);
      expect(await personCount(idNumber)).toBe(0);
    },
  );

  it.each([
    ['too short', 'Aa1!xyz', '密码长度不能少于8位'],
    ['of 2 classes only', 'password2026', '密码须包含大写字母、小写字母、数字、特殊符号中的至少3类'],
    ['with a space', 'Pass word1', '密码不能包含空格'],
  ])('refuses a password %s', async (_, password, message) => {
    const client = new Client(ctx.app);
    const form = personForm({ password, passwordConfirm: password });
    const response = await client.post('/api/auth/register/person', form);
    const body = expectError(response, 400, 'VALIDATION_FAILED', 'password');
    expect(fieldMessage(body, 'password')).toBe(message);
    expect(await personCount(form.idNumber)).toBe(0);
  });

  it('refuses a password that contains the 证件号码 or the 手机号码', async () => {
    const client = new Client(ctx.app);
    const idNumber = residentId();
    const phone = mobile();
    for (const password of [`Aa@${idNumber}`, `Aa@${idNumber.toLowerCase()}`, `Xy#${phone}`]) {
      const response = await client.post(
        '/api/auth/register/person',
        personForm({ idNumber, phone, password, passwordConfirm: password }),
      );
      const body = expectError(response, 400, 'VALIDATION_FAILED', 'password');
      expect(fieldMessage(body, 'password')).toBe('密码不能包含账号');
    }
  });

  it('says when the two passwords differ', async () => {
    const client = new Client(ctx.app);
    const form = personForm({ passwordConfirm: `${PASSWORD}9` });
    const body = expectError(
      await client.post('/api/auth/register/person', form),
      400,
      'VALIDATION_FAILED',
      'passwordConfirm',
    );
    expect(fieldMessage(body, 'passwordConfirm')).toBe('两次输入的密码不一致');
    expect(await personCount(form.idNumber)).toBe(0);
  });

  it('lists every wrong field of an empty form in Chinese', async () => {
    const client = new Client(ctx.app);
    const body = expectError(await client.post('/api/auth/register/person', {}), 400, 'VALIDATION_FAILED');
    expect(body.fields?.map((f) => f.path).sort()).toEqual(
      ['idNumber', 'name', 'password', 'passwordConfirm', 'phone', 'smsCode'].sort(),
    );
    for (const f of body.fields ?? []) expect(f.message).toMatch(CJK);
  });
});

describe('单位注册', () => {
  it('registers an employer; its administrator signs in with the 统一社会信用代码 and with the phone', async () => {
    const client = new Client(ctx.app);
    const employer = await registerEmployer(client, {
      employerName: '吉林省长春示范有限公司',
      operatorName: '赵经办',
    });

    const byUscc = await client.login('employer', employer.uscc);
    expect(byUscc.statusCode, byUscc.body).toBe(200);
    expect(byUscc.json<{ account: Record<string, unknown> }>().account).toMatchObject({
      portal: 'employer',
      role: 'employer_admin',
      roleLabel: '单位管理员',
      displayName: '赵经办',
      employerName: '吉林省长春示范有限公司',
      maskedPhone: maskPhone(employer.phone),
      maskedIdNumber: null,
    });
    const byLowercase = await new Client(ctx.app).login('employer', employer.uscc.toLowerCase());
    expect(byLowercase.statusCode, byLowercase.body).toBe(200);
    const byPhone = await new Client(ctx.app).login('employer', employer.phone);
    expect(byPhone.statusCode, byPhone.body).toBe(200);

    const row = await ctx.database.db
      .selectFrom('employers')
      .selectAll()
      .where('uscc', '=', employer.uscc)
      .executeTakeFirstOrThrow();
    expect(row.name).toBe('吉林省长春示范有限公司');
    // SPEC §3: the first sign-in is recorded
    expect(row.first_login_at).toBeInstanceOf(Date);
    // the portals keep their accounts apart: the administrator's phone is no applicant account
    expectError(await new Client(ctx.app).login('person', employer.phone), 401, 'LOGIN_FAILED');
  });

  it('refuses a second registration with the same 统一社会信用代码: ALREADY_REGISTERED on uscc', async () => {
    const first = await registerEmployer(new Client(ctx.app));
    const client = new Client(ctx.app);
    const phone = mobile();
    const smsCode = await registerCode(client, 'employer', phone);
    const response = await client.post(
      '/api/auth/register/employer',
      employerForm({ uscc: first.uscc.toLowerCase(), phone, smsCode }),
    );
    const body = expectError(response, 409, 'ALREADY_REGISTERED', 'uscc');
    expect(body.message).toContain('该统一社会信用代码已注册');
    const count = await ctx.database.db
      .selectFrom('accounts')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('phone_hash', '=', ctx.cipher.lookup(phone))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('refuses a registration code for a phone another employer already uses', async () => {
    const first = await registerEmployer(new Client(ctx.app));
    const client = new Client(ctx.app);
    const response = await client.post('/api/auth/sms-code', {
      purpose: 'register',
      portal: 'employer',
      phone: first.phone,
      captchaId: await client.captcha(),
      captchaCode: TEST_CAPTCHA,
    });
    expectError(response, 400, 'VALIDATION_FAILED', 'phone');
  });

  it('lets an applicant and an employer use the same phone (each portal has its own accounts)', async () => {
    const person = await registerPerson(new Client(ctx.app));
    // one number gets one SMS a minute, whichever portal asks
    await endSmsCooldown(ctx, 'register', person.phone);
    const employer = await registerEmployer(new Client(ctx.app), { phone: person.phone });
    expect((await new Client(ctx.app).login('employer', employer.phone)).statusCode).toBe(200);
    expect((await new Client(ctx.app).login('person', person.phone)).statusCode).toBe(200);
  });

  it.each([
    ['a wrong check character', '91220101MA17A0001R', '统一社会信用代码校验位不正确，请核对后重新输入'],
    ['the letter I', '91220101MI17A0001Q', '统一社会信用代码只能包含数字和除I、O、Z、S、V以外的大写字母'],
    ['the letter O', '91220101MO17A0001Q', '统一社会信用代码只能包含数字和除I、O、Z、S、V以外的大写字母'],
    ['17 characters', '91220101MA17A0001', '统一社会信用代码应为18位'],
  ])('refuses a 统一社会信用代码 with %s: 400 VALIDATION_FAILED under uscc', async (_, code, message) => {
    const client = new Client(ctx.app);
    const response = await client.post('/api/auth/register/employer', employerForm({ uscc: code }));
    const body = expectError(response, 400, 'VALIDATION_FAILED', 'uscc');
    expect(fieldMessage(body, 'uscc')).toBe(message);
    const row = await ctx.database.db
      .selectFrom('employers')
      .select('id')
      .where('uscc', '=', code)
      .executeTakeFirst();
    expect(row).toBeUndefined();
  });

  it('refuses an employer password that contains the 统一社会信用代码', async () => {
    const client = new Client(ctx.app);
    const code = uscc();
    const password = `Aa@${code.toLowerCase()}`;
    const body = expectError(
      await client.post(
        '/api/auth/register/employer',
        employerForm({ uscc: code, password, passwordConfirm: password }),
      ),
      400,
      'VALIDATION_FAILED',
      'password',
    );
    expect(fieldMessage(body, 'password')).toBe('密码不能包含账号');
  });
});

describe('短信验证码', () => {
  it('sends the code by the development outbox, with the text a phone would show', async () => {
    const client = new Client(ctx.app);
    const phone = mobile();
    const code = await registerCode(client, 'person', phone);
    expect(code).toMatch(/^\d{6}$/);
    const [message] = await outboxFor(ctx, phone);
    expect(message?.text).toBe(
      `【吉林智慧人社】您正在注册统一身份认证账号，验证码为${code}，5分钟内有效，请勿泄露给他人。`,
    );
  });

  it('refuses a wrong captcha: CAPTCHA_INVALID, and no SMS is sent', async () => {
    const client = new Client(ctx.app);
    const phone = mobile();
    const captchaId = await client.captcha();
    const request = (captchaCode: string) =>
      client.post('/api/auth/sms-code', {
        purpose: 'register',
        portal: 'person',
        phone,
        captchaId,
        captchaCode,
      });
    // a captcha answer never has a 0 and has 4 characters: this one is wrong
    expectError(await request('wr0ng'), 400, 'CAPTCHA_INVALID', 'captchaCode');
    expect(await outboxFor(ctx, phone)).toHaveLength(0);
    // a captcha is single use, even after a wrong answer
    expectError(await request(TEST_CAPTCHA), 400, 'CAPTCHA_INVALID');
    expect(await outboxFor(ctx, phone)).toHaveLength(0);
    const codes = await ctx.database.db
      .selectFrom('sms_codes')
      .select('id')
      .where('phone_hash', '=', ctx.cipher.lookup(phone))
      .execute();
    expect(codes).toHaveLength(0);
  });

  it('refuses an unknown or expired captcha', async () => {
    const client = new Client(ctx.app);
    const phone = mobile();
    const body = { purpose: 'register', portal: 'person', phone, captchaCode: TEST_CAPTCHA };
    const unknown = await client.post('/api/auth/sms-code', {
      ...body,
      captchaId: '00000000-0000-4000-8000-000000000000',
    });
    expectError(unknown, 400, 'CAPTCHA_INVALID');
    const captchaId = await client.captcha();
    await ctx.database.db
      .updateTable('captchas')
      .set({ expires_at: sql<Date>`now() - interval '1 second'` })
      .where('id', '=', captchaId)
      .execute();
    expectError(await client.post('/api/auth/sms-code', { ...body, captchaId }), 400, 'CAPTCHA_INVALID');
    expect(await outboxFor(ctx, phone)).toHaveLength(0);
  });

  it('refuses a wrong SMS code and creates no account; the right code still works', async () => {
    const client = new Client(ctx.app);
    const phone = mobile();
    const code = await registerCode(client, 'person', phone);
    const form = personForm({ phone, smsCode: otherCode(code) });
    const body = expectError(
      await client.post('/api/auth/register/person', form),
      400,
      'SMS_CODE_INVALID',
      'smsCode',
    );
    expect(body.message).toBe('短信验证码错误或已过期，请重新获取');
    expect(await personCount(form.idNumber)).toBe(0);
    const right = await client.post('/api/auth/register/person', { ...form, smsCode: code });
    expect(right.statusCode, right.body).toBe(201);
    expect(await personCount(form.idNumber)).toBe(1);
  });

  it('refuses an expired SMS code', async () => {
    const client = new Client(ctx.app);
    const phone = mobile();
    const code = await registerCode(client, 'person', phone);
    await ctx.database.db
      .updateTable('sms_codes')
      .set({ expires_at: sql<Date>`now() - interval '1 second'` })
      .where('phone_hash', '=', ctx.cipher.lookup(phone))
      .execute();
    const form = personForm({ phone, smsCode: code });
    expectError(await client.post('/api/auth/register/person', form), 400, 'SMS_CODE_INVALID', 'smsCode');
    expect(await personCount(form.idNumber)).toBe(0);
  });

  it('gives a code a life of 5 minutes', async () => {
    const client = new Client(ctx.app);
    const phone = mobile();
    await registerCode(client, 'person', phone);
    const row = await smsCodeRow(phone);
    const life = row.expires_at.getTime() - row.created_at.getTime();
    expect(life).toBeGreaterThan(4.9 * 60_000);
    expect(life).toBeLessThan(5.1 * 60_000);
  });

  it('accepts an SMS code once only', async () => {
    const client = new Client(ctx.app);
    const phone = mobile();
    const code = await registerCode(client, 'person', phone);
    const first = await client.post('/api/auth/register/person', personForm({ phone, smsCode: code }));
    expect(first.statusCode, first.body).toBe(201);
    const again = personForm({ phone, smsCode: code });
    expectError(await client.post('/api/auth/register/person', again), 400, 'SMS_CODE_INVALID');
    expect(await personCount(again.idNumber)).toBe(0);
  });

  it('refuses even the right code after 5 wrong tries', async () => {
    const client = new Client(ctx.app);
    const phone = mobile();
    const code = await registerCode(client, 'person', phone);
    const form = personForm({ phone });
    for (let i = 0; i < 5; i++) {
      const wrong = await client.post('/api/auth/register/person', { ...form, smsCode: otherCode(code) });
      expectError(wrong, 400, 'SMS_CODE_INVALID');
    }
    expectError(
      await client.post('/api/auth/register/person', { ...form, smsCode: code }),
      400,
      'SMS_CODE_INVALID',
    );
    expect(await personCount(form.idNumber)).toBe(0);
  });

  it('leaves the fifth try for the right code after 4 wrong ones', async () => {
    const client = new Client(ctx.app);
    const phone = mobile();
    const code = await registerCode(client, 'person', phone);
    const form = personForm({ phone });
    for (let i = 0; i < 4; i++) {
      expectError(
        await client.post('/api/auth/register/person', { ...form, smsCode: otherCode(code) }),
        400,
        'SMS_CODE_INVALID',
      );
    }
    const right = await client.post('/api/auth/register/person', { ...form, smsCode: code });
    expect(right.statusCode, right.body).toBe(201);
  });

  it('checks no more than 5 tries of a code, even when they arrive at the same time', async () => {
    const client = new Client(ctx.app);
    const phone = mobile();
    const code = await registerCode(client, 'person', phone);
    const form = personForm({ phone });
    // 11 wrong codes sent at the same moment spend the code's 5 tries, and no more; the right code after
    // them is refused too (sent with them it could be one of the first five, which is a fair try)
    const wrong = Array.from({ length: 11 }, (_, i) => otherCode(String(Number(code) + i)));
    const guesses = await Promise.all(
      wrong.map((smsCode) => client.post('/api/auth/register/person', { ...form, smsCode })),
    );
    for (const guess of guesses) expectError(guess, 400, 'SMS_CODE_INVALID');
    expect((await smsCodeRow(phone)).attempts).toBe(5);
    expectError(
      await client.post('/api/auth/register/person', { ...form, smsCode: code }),
      400,
      'SMS_CODE_INVALID',
    );
    expect(await personCount(form.idNumber)).toBe(0);
    expect((await smsCodeRow(phone)).attempts).toBe(5);
  });

  it('lets two registrations race for one code: one account, the other told the code is used', async () => {
    const client = new Client(ctx.app);
    const phone = mobile();
    const code = await registerCode(client, 'person', phone);
    const a = personForm({ phone, smsCode: code });
    const b = personForm({ phone, smsCode: code });
    const responses = await Promise.all([
      client.post('/api/auth/register/person', a),
      client.post('/api/auth/register/person', b),
    ]);
    const [won, lost] = [...responses].sort((x, y) => x.statusCode - y.statusCode);
    expect(won?.statusCode).toBe(201);
    // told the code is used, or, when it came a moment later, that the phone is taken
    expect([400, 409]).toContain(lost?.statusCode);
    expect(lost?.json<{ message: string }>().message).toMatch(CJK);
    expect((await personCount(a.idNumber)) + (await personCount(b.idNumber))).toBe(1);
  });

  it('sends at most one code a minute to a number (RATE_LIMITED with a Chinese message)', async () => {
    const client = new Client(ctx.app);
    const phone = mobile();
    const first = await registerCode(client, 'person', phone);
    const second = await client.post('/api/auth/sms-code', {
      purpose: 'register',
      portal: 'person',
      phone,
      captchaId: await client.captcha(),
      captchaCode: TEST_CAPTCHA,
    });
    const body = expectError(second, 429, 'RATE_LIMITED');
    expect(body.message).toMatch(/^短信验证码已发送，请\d+秒后再重新获取$/);
    expect(await outboxFor(ctx, phone)).toHaveLength(1);

    // a minute later a new code comes, and only the newest code counts
    await endSmsCooldown(ctx, 'register', phone);
    const newest = await registerCode(client, 'person', phone);
    expect(await outboxFor(ctx, phone)).toHaveLength(2);
    if (newest !== first) {
      const old = await client.post('/api/auth/register/person', personForm({ phone, smsCode: first }));
      expectError(old, 400, 'SMS_CODE_INVALID');
    }
    const ok = await client.post('/api/auth/register/person', personForm({ phone, smsCode: newest }));
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it('sends at most 10 codes a day to a number', async () => {
    const client = new Client(ctx.app);
    const phone = mobile();
    for (let i = 0; i < 10; i++) {
      await registerCode(client, 'person', phone);
      await endSmsCooldown(ctx, 'register', phone);
    }
    const eleventh = await client.post('/api/auth/sms-code', {
      purpose: 'register',
      portal: 'person',
      phone,
      captchaId: await client.captcha(),
      captchaCode: TEST_CAPTCHA,
    });
    const body = expectError(eleventh, 429, 'RATE_LIMITED');
    expect(body.message).toContain('今日获取短信验证码次数已达上限');
    expect(await outboxFor(ctx, phone)).toHaveLength(10);
  });

  it('takes at most 20 SMS requests an hour from one address', async () => {
    const client = new Client(ctx.app);
    const request = () =>
      client.post('/api/auth/sms-code', {
        purpose: 'register',
        portal: 'person',
        phone: mobile(),
        captchaId: '00000000-0000-4000-8000-000000000000',
        captchaCode: TEST_CAPTCHA,
      });
    for (let i = 0; i < 20; i++) expectError(await request(), 400, 'CAPTCHA_INVALID');
    const body = expectError(await request(), 429, 'RATE_LIMITED');
    expect(body.message).toMatch(/^操作过于频繁，请\d+分钟后再试$/);
    // another address is not affected
    const other = new Client(ctx.app);
    expect((await other.smsCode({ purpose: 'register', portal: 'person', phone: mobile() })).length).toBe(6);
  });
});
