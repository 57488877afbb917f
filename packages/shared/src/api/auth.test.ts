import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  employerRegistrationSchema,
  loginSchema,
  passwordChangeSchema,
  passwordResetSchema,
  personRegistrationSchema,
  SMS_PURPOSES,
  smsCodeRequestSchema,
} from './auth.js';

/** Every issue as [field, message], in the order zod reports them; empty when the body is accepted. */
function issues(schema: z.ZodType, input: unknown): [string, string][] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
}
function parsed(schema: z.ZodType, input: unknown): unknown {
  const result = schema.safeParse(input);
  if (!result.success) throw new Error(result.error.issues.map((issue) => issue.message).join('; '));
  return result.data;
}

const DEMO_ID = '220102199001011239';
const DEMO_USCC = '91220101MA17A0001Q';
const DEMO_PASSWORD = 'Demo@2026';

const person = {
  idNumber: DEMO_ID,
  name: '张三',
  phone: '13900000001',
  smsCode: '123456',
  password: DEMO_PASSWORD,
  passwordConfirm: DEMO_PASSWORD,
};
const employer = {
  employerName: '吉林省人才服务中心',
  uscc: DEMO_USCC,
  operatorName: '李四',
  phone: '13900000002',
  smsCode: '654321',
  password: DEMO_PASSWORD,
  passwordConfirm: DEMO_PASSWORD,
};
const smsRequest = {
  purpose: 'register',
  portal: 'person',
  phone: '13900000001',
  captchaId: 'c-1',
  captchaCode: 'ab12',
};
const login = {
  portal: 'person',
  account: DEMO_ID,
  password: DEMO_PASSWORD,
  captchaId: 'c-1',
  captchaCode: 'ab12',
};
const reset = {
  portal: 'person',
  account: DEMO_ID,
  phone: '13900000001',
  smsCode: '123456',
  password: 'Demo@2027',
  passwordConfirm: 'Demo@2027',
};
const change = { oldPassword: DEMO_PASSWORD, password: 'Demo@2027', passwordConfirm: 'Demo@2027' };

const ACCOUNT_IN_PASSWORD = '密码不能包含账号';
const MISMATCH = '两次输入的密码不一致';

describe('personRegistrationSchema', () => {
  it('accepts the demo person and fills in 居民身份证 as the 证件类型', () => {
    expect(parsed(personRegistrationSchema, person)).toEqual({ ...person, idType: '居民身份证' });
  });

  it('trims every field and writes the 证件号码 in capitals', () => {
    expect(
      parsed(personRegistrationSchema, {
        ...person,
        idNumber: ' 11010519491231002x ',
        name: ' 张三 ',
        phone: ' 13900000001 ',
        smsCode: ' 123456 ',
      }),
    ).toMatchObject({
      idNumber: '11010519491231002X',
      name: '张三',
      phone: '13900000001',
      smsCode: '123456',
    });
  });

  it.each([
    ['港澳居民来往内地通行证', ' h12345678', 'H12345678'],
    ['台湾居民来往大陆通行证', '12345678', '12345678'],
    ['外国人永久居留身份证', 'usa123456789012', 'USA123456789012'],
    ['护照', 'e12345678', 'E12345678'],
  ])('accepts a %s number', (idType, idNumber, stored) => {
    expect(parsed(personRegistrationSchema, { ...person, idType, idNumber })).toMatchObject({
      idType,
      idNumber: stored,
    });
  });

  it.each([
    ['17 characters', DEMO_ID.slice(0, 17), '居民身份证号码应为18位'],
    ['a letter inside', '2201021990010112A9', '居民身份证号码前17位应为数字，末位为数字或X'],
    ['30 February', '220102199002301233', '居民身份证号码中的出生日期无效'],
    ['a birth date in the future', '220102299001011231', '居民身份证号码中的出生日期不能晚于今天'],
    ['a wrong check digit', '220102199001011238', '居民身份证号码校验位不正确，请核对后重新输入'],
    ['33 characters', '2'.repeat(33), '证件号码不能超过32位'],
    ['nothing', '', '请填写证件号码'],
    ['only spaces', '   ', '请填写证件号码'],
    ['a number instead of text', 220102199, '请填写证件号码'],
  ])('shows one message under 证件号码 for %s', (_, idNumber, message) => {
    expect(issues(personRegistrationSchema, { ...person, idNumber })).toEqual([['idNumber', message]]);
  });

  it('checks the number against the 证件类型 chosen', () => {
    expect(issues(personRegistrationSchema, { ...person, idType: '台湾居民来往大陆通行证' })).toEqual([
      ['idNumber', '台湾居民来往大陆通行证号码应为8位数字'],
    ]);
    expect(issues(personRegistrationSchema, { ...person, idType: '护照', idNumber: 'E123' })).toEqual([
      ['idNumber', '护照号码应为5至17位字母或数字'],
    ]);
  });

  it.each([['身份证'], [null], [1]])('asks to choose a 证件类型 when given %j', (idType) => {
    expect(issues(personRegistrationSchema, { ...person, idType })).toEqual([['idType', '请选择证件类型']]);
  });

  it.each([
    ['name', '张三1', '姓名只能包含汉字、字母、空格和间隔号'],
    ['name', '张'.repeat(51), '姓名不能超过50个字'],
    ['phone', '1390000000', '请输入正确的11位手机号码'],
    ['smsCode', '12345', '短信验证码为6位数字'],
  ])('shows the message of %s under that field', (field, value, message) => {
    expect(issues(personRegistrationSchema, { ...person, [field]: value })).toEqual([[field, message]]);
  });

  it('says when the two passwords differ', () => {
    expect(issues(personRegistrationSchema, { ...person, passwordConfirm: 'Demo@2025' })).toEqual([
      ['passwordConfirm', MISMATCH],
    ]);
    expect(issues(personRegistrationSchema, { ...person, passwordConfirm: '' })).toEqual([
      ['passwordConfirm', MISMATCH],
    ]);
  });

  it.each([
    ['the 证件号码', `Aa@${DEMO_ID}`],
    ['the 证件号码 typed with a lowercase x', 'Aa@11010519491231002x'],
    ['the 手机号码', 'Aa@13900000001'],
  ])('refuses a password containing %s', (_, password) => {
    const body = { ...person, idNumber: password.includes('002x') ? '11010519491231002X' : DEMO_ID };
    expect(issues(personRegistrationSchema, { ...body, password, passwordConfirm: password })).toEqual([
      ['password', ACCOUNT_IN_PASSWORD],
    ]);
  });

  it.each([
    ['too short', 'Demo@20', '密码长度不能少于8位'],
    ['of only 2 classes', 'demo2026', '密码须包含大写字母、小写字母、数字、特殊符号中的至少3类'],
    ['with a space', 'Demo 2026', '密码不能包含空格'],
    ['too long', `Aa1@${'x'.repeat(61)}`, '密码长度不能超过64位'],
    ['empty', '', '请填写密码'],
  ])('shows one message under 密码 for a password %s', (_, password, message) => {
    expect(issues(personRegistrationSchema, { ...person, password, passwordConfirm: password })).toEqual([
      ['password', message],
    ]);
  });

  it('reports the password policy and the mismatch together', () => {
    expect(issues(personRegistrationSchema, { ...person, password: 'demo2026' })).toEqual([
      ['password', '密码须包含大写字母、小写字母、数字、特殊符号中的至少3类'],
      ['passwordConfirm', MISMATCH],
    ]);
  });

  it('lists every failing field at once, so the form can mark each one', () => {
    expect(
      issues(personRegistrationSchema, {
        ...person,
        idNumber: '220102199001011238',
        phone: '123',
        smsCode: '1',
      }),
    ).toEqual([
      ['phone', '请输入正确的11位手机号码'],
      ['smsCode', '短信验证码为6位数字'],
      ['idNumber', '居民身份证号码校验位不正确，请核对后重新输入'],
    ]);
  });

  it('asks for every field of an empty form in Chinese', () => {
    expect(issues(personRegistrationSchema, {})).toEqual([
      ['idNumber', '请填写证件号码'],
      ['name', '请填写姓名'],
      ['phone', '请填写手机号码'],
      ['smsCode', '请填写短信验证码'],
      ['password', '请填写密码'],
      ['passwordConfirm', '请再次输入密码'],
    ]);
  });
});

describe('employerRegistrationSchema', () => {
  it('accepts the demo employer', () => {
    expect(parsed(employerRegistrationSchema, employer)).toEqual(employer);
  });

  it('trims the fields and writes the 统一社会信用代码 in capitals', () => {
    expect(
      parsed(employerRegistrationSchema, {
        ...employer,
        employerName: ' 吉林省人才服务中心 ',
        uscc: ' 91220101ma17a0001q ',
        operatorName: ' 李四 ',
      }),
    ).toMatchObject({ employerName: '吉林省人才服务中心', uscc: DEMO_USCC, operatorName: '李四' });
  });

  it.each([
    ['17 characters', DEMO_USCC.slice(0, 17), '统一社会信用代码应为18位'],
    ['the letter O', '91220101MO17A0001Q', '统一社会信用代码只能包含数字和除I、O、Z、S、V以外的大写字母'],
    ['a wrong check character', '91220101MA17A0001R', '统一社会信用代码校验位不正确，请核对后重新输入'],
    ['nothing', '', '请填写统一社会信用代码'],
    ['only spaces', '  ', '请填写统一社会信用代码'],
    ['missing', undefined, '请填写统一社会信用代码'],
  ])('shows one message under 统一社会信用代码 for %s', (_, uscc, message) => {
    expect(issues(employerRegistrationSchema, { ...employer, uscc })).toEqual([['uscc', message]]);
  });

  it.each([
    ['employerName', '', '单位名称至少2个字'],
    ['employerName', '吉', '单位名称至少2个字'],
    ['employerName', '单'.repeat(101), '单位名称不能超过100个字'],
    ['employerName', undefined, '请填写单位名称'],
    ['operatorName', '李四#', '姓名只能包含汉字、字母、空格和间隔号'],
    ['operatorName', undefined, '请填写姓名'],
    ['phone', '23900000001', '请输入正确的11位手机号码'],
    ['smsCode', 'abcdef', '短信验证码为6位数字'],
    ['passwordConfirm', 'Demo@2025', MISMATCH],
    ['passwordConfirm', undefined, '请再次输入密码'],
  ])('shows the message for %s = %j under that field', (field, value, message) => {
    expect(issues(employerRegistrationSchema, { ...employer, [field]: value })).toEqual([[field, message]]);
  });

  it.each([
    ['the 统一社会信用代码', `Aa@${DEMO_USCC}`],
    ['the 统一社会信用代码 in lowercase', 'Aa@91220101ma17a0001q'],
    ['the 经办人手机号', 'Aa@13900000002'],
  ])('refuses a password containing %s', (_, password) => {
    expect(issues(employerRegistrationSchema, { ...employer, password, passwordConfirm: password })).toEqual([
      ['password', ACCOUNT_IN_PASSWORD],
    ]);
  });

  it('applies the password policy', () => {
    expect(
      issues(employerRegistrationSchema, { ...employer, password: 'Demo@20', passwordConfirm: 'Demo@20' }),
    ).toEqual([['password', '密码长度不能少于8位']]);
  });
});

describe('smsCodeRequestSchema', () => {
  it('has two purposes', () => {
    expect(SMS_PURPOSES).toEqual(['register', 'reset']);
  });

  it('accepts a request for registration without an account', () => {
    expect(parsed(smsCodeRequestSchema, smsRequest)).toEqual(smsRequest);
  });

  it('accepts a request for a reset and writes the account in capitals', () => {
    expect(
      parsed(smsCodeRequestSchema, {
        ...smsRequest,
        purpose: 'reset',
        portal: 'employer',
        account: ' 91220101ma17a0001q ',
      }),
    ).toMatchObject({ purpose: 'reset', portal: 'employer', account: DEMO_USCC });
  });

  it.each([
    ['purpose', 'login', '短信用途不正确'],
    ['purpose', undefined, '短信用途不正确'],
    ['portal', 'department', '请选择个人或单位'],
    ['portal', undefined, '请选择个人或单位'],
    ['phone', undefined, '请填写手机号码'],
    ['phone', '1390000000', '请输入正确的11位手机号码'],
    ['account', 'X'.repeat(33), '账号不正确'],
    ['account', 220102199, '账号不正确'],
    ['captchaId', undefined, '请获取图形验证码'],
    ['captchaId', '', '请获取图形验证码'],
    ['captchaCode', ' ', '请填写图形验证码'],
    ['captchaCode', 'x'.repeat(11), '图形验证码不正确'],
  ])('shows the message for %s = %j under that field', (field, value, message) => {
    expect(issues(smsCodeRequestSchema, { ...smsRequest, [field]: value })).toEqual([[field, message]]);
  });
});

describe('loginSchema', () => {
  it.each([
    ['person', DEMO_ID],
    ['person', '13900000001'],
    ['employer', DEMO_USCC],
    ['department', 'admin'],
  ])('accepts a %s login with the account %s', (portal, account) => {
    expect(parsed(loginSchema, { ...login, portal, account })).toEqual({ ...login, portal, account });
  });

  it('trims the account', () => {
    expect(parsed(loginSchema, { ...login, account: ` ${DEMO_ID} ` })).toMatchObject({ account: DEMO_ID });
  });

  it('does not apply the password policy, so an old password can still be typed', () => {
    expect(issues(loginSchema, { ...login, password: 'x' })).toEqual([]);
  });

  it.each([
    ['portal', 'admin', '请选择登录入口'],
    ['portal', undefined, '请选择登录入口'],
    ['account', undefined, '请填写账号'],
    ['account', '', '请填写账号'],
    ['account', '   ', '请填写账号'],
    ['account', 'a'.repeat(65), '账号不正确'],
    ['password', undefined, '请填写密码'],
    ['password', '', '请填写密码'],
    ['password', 'x'.repeat(65), '密码长度不能超过64位'],
    ['captchaId', 'x'.repeat(65), '图形验证码已过期，请重新获取'],
    ['captchaCode', undefined, '请填写图形验证码'],
  ])('shows the message for %s = %j under that field', (field, value, message) => {
    expect(issues(loginSchema, { ...login, [field]: value })).toEqual([[field, message]]);
  });
});

describe('passwordResetSchema', () => {
  it('accepts a person resetting with the 证件号码', () => {
    expect(parsed(passwordResetSchema, reset)).toEqual(reset);
  });

  it('accepts an employer resetting with the 统一社会信用代码, written in capitals', () => {
    expect(
      parsed(passwordResetSchema, { ...reset, portal: 'employer', account: ' 91220101ma17a0001q ' }),
    ).toMatchObject({ portal: 'employer', account: DEMO_USCC });
  });

  it.each([
    ['portal', 'department', '请选择个人或单位'],
    ['account', undefined, '请填写证件号码或统一社会信用代码'],
    ['account', ' ', '请填写证件号码或统一社会信用代码'],
    ['account', 'X'.repeat(33), '账号不正确'],
    ['phone', '139', '请输入正确的11位手机号码'],
    ['smsCode', '', '短信验证码为6位数字'],
    ['passwordConfirm', 'Demo@2028', MISMATCH],
  ])('shows the message for %s = %j under that field', (field, value, message) => {
    expect(issues(passwordResetSchema, { ...reset, [field]: value })).toEqual([[field, message]]);
  });

  it.each([
    ['the account', `Aa@${DEMO_ID}`],
    ['the 手机号码', 'Aa@13900000001'],
  ])('refuses a new password containing %s', (_, password) => {
    expect(issues(passwordResetSchema, { ...reset, password, passwordConfirm: password })).toEqual([
      ['password', ACCOUNT_IN_PASSWORD],
    ]);
  });

  it('applies the password policy to the new password', () => {
    expect(
      issues(passwordResetSchema, { ...reset, password: 'DEMO2026', passwordConfirm: 'DEMO2026' }),
    ).toEqual([['password', '密码须包含大写字母、小写字母、数字、特殊符号中的至少3类']]);
  });
});

describe('passwordChangeSchema', () => {
  it('accepts a change', () => {
    expect(parsed(passwordChangeSchema, change)).toEqual(change);
  });

  it.each([
    ['oldPassword', undefined, '请填写原密码'],
    ['oldPassword', '', '请填写原密码'],
    ['oldPassword', 'x'.repeat(65), '原密码不正确'],
    ['password', '', '请填写密码'],
    ['password', 'Demo@20', '密码长度不能少于8位'],
    ['passwordConfirm', undefined, '请再次输入密码'],
  ])('shows the message for %s = %j under that field', (field, value, message) => {
    const body = { ...change, [field]: value };
    if (field === 'password') body.passwordConfirm = value as string;
    expect(issues(passwordChangeSchema, body)).toEqual([[field, message]]);
  });

  it('says when the two new passwords differ', () => {
    expect(issues(passwordChangeSchema, { ...change, passwordConfirm: 'Demo@2028' })).toEqual([
      ['passwordConfirm', MISMATCH],
    ]);
  });

  it('accepts the old password as a word inside the new one (there is no account to compare with)', () => {
    expect(
      issues(passwordChangeSchema, { ...change, password: 'Demo@2026!', passwordConfirm: 'Demo@2026!' }),
    ).toEqual([]);
  });
});

/** Bodies a careless or hostile client might send: every message must still be Chinese, never zod's English. */
describe('every message is Chinese', () => {
  const schemas: [string, z.ZodType, Record<string, unknown>][] = [
    ['personRegistrationSchema', personRegistrationSchema, person],
    ['employerRegistrationSchema', employerRegistrationSchema, employer],
    ['smsCodeRequestSchema', smsCodeRequestSchema, { ...smsRequest, account: DEMO_ID }],
    ['loginSchema', loginSchema, login],
    ['passwordResetSchema', passwordResetSchema, reset],
    ['passwordChangeSchema', passwordChangeSchema, change],
  ];
  const badValues: unknown[] = [undefined, null, 12345, true, [], {}, '', '   ', 'x'.repeat(200)];
  const cases = schemas.flatMap(([name, schema, body]) =>
    Object.keys(body).flatMap((field) =>
      badValues.map((value) => [name, field, value, schema, body] as const),
    ),
  );

  it.each(cases)('%s with %s = %j', (_, field, value, schema, body) => {
    for (const [, message] of issues(schema, { ...body, [field]: value })) {
      expect(message).toMatch(/[\u4e00-\u9fff]/);
      expect(message).not.toMatch(/[A-Za-z]{2,}/);
    }
  });

  it.each(schemas)('%s with nothing filled in', (_, schema) => {
    const found = issues(schema, {});
    expect(found.length).toBeGreaterThan(0);
    for (const [, message] of found) expect(message).toMatch(/^[^A-Za-z]*[\u4e00-\u9fff][^A-Za-z]*$/);
  });
});
