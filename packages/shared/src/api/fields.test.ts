import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { captcha, mobile, passwordField, personName, smsCode, text } from './fields.js';

/** The messages a person would see, or the parsed value. */
function messages(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}
function parsed(schema: z.ZodType, input: unknown): unknown {
  const result = schema.safeParse(input);
  if (!result.success) throw new Error(result.error.issues.map((issue) => issue.message).join('; '));
  return result.data;
}

describe('text', () => {
  const employerName = text('单位名称', { min: 2, max: 100 });
  const department = text('所属部门');

  it('trims what is typed', () => {
    expect(parsed(employerName, '  吉林省人才服务中心 ')).toBe('吉林省人才服务中心');
    expect(parsed(department, ' 人才处 ')).toBe('人才处');
  });

  it.each([
    ['missing', undefined],
    ['null', null],
    ['a number', 42],
  ])('asks for the field when it is %s', (_, input) => {
    expect(messages(department, input)).toEqual(['请填写所属部门']);
    expect(messages(employerName, input)).toEqual(['请填写单位名称']);
  });

  it.each([
    ['empty', ''],
    ['only spaces', '   '],
  ])('asks for a field with the default minimum when it is %s', (_, input) => {
    expect(messages(department, input)).toEqual(['请填写所属部门']);
    expect(messages(text('所属部门', { min: 1 }), input)).toEqual(['请填写所属部门']);
  });

  it('names the minimum when it is more than one character', () => {
    expect(messages(employerName, '吉')).toEqual(['单位名称至少2个字']);
    expect(messages(employerName, ' 吉 ')).toEqual(['单位名称至少2个字']);
    expect(messages(employerName, '吉林')).toEqual([]);
  });

  it('names the maximum, 100 characters unless told otherwise', () => {
    expect(messages(department, '字'.repeat(100))).toEqual([]);
    expect(messages(department, '字'.repeat(101))).toEqual(['所属部门不能超过100个字']);
    expect(messages(text('备注', { max: 10 }), '字'.repeat(11))).toEqual(['备注不能超过10个字']);
    expect(messages(text('备注', { max: 10 }), ` ${'字'.repeat(10)} `)).toEqual([]);
  });
});

describe('mobile', () => {
  it('accepts and trims a mainland mobile number', () => {
    expect(parsed(mobile, ' 13900000001 ')).toBe('13900000001');
  });

  it.each([
    ['missing', undefined],
    ['a number instead of text', 13900000001],
  ])('asks for the number when it is %s', (_, input) => {
    expect(messages(mobile, input)).toEqual(['请填写手机号码']);
  });

  it('asks for the number first when nothing is typed', () => {
    expect(messages(mobile, '  ')[0]).toBe('请填写手机号码');
  });

  it.each(['1390000000', '139000000012', '12900000001', '+8613900000001', '139 0000 0001'])(
    'rejects %s',
    (input) => {
      expect(messages(mobile, input)).toEqual(['请输入正确的11位手机号码']);
    },
  );
});

describe('smsCode', () => {
  it('accepts and trims 6 digits', () => {
    expect(parsed(smsCode, ' 012345 ')).toBe('012345');
  });

  it('asks for the code when it is missing', () => {
    expect(messages(smsCode, undefined)).toEqual(['请填写短信验证码']);
  });

  it.each(['', '12345', '1234567', 'abcdef', '12 456'])('rejects %j', (input) => {
    expect(messages(smsCode, input)).toEqual(['短信验证码为6位数字']);
  });
});

describe('captcha', () => {
  it('accepts a challenge id and a trimmed answer', () => {
    expect(parsed(captcha.captchaId, 'c-123')).toBe('c-123');
    expect(parsed(captcha.captchaCode, ' aB3d ')).toBe('aB3d');
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
  ])('asks to fetch a captcha when the id is %s', (_, input) => {
    expect(messages(captcha.captchaId, input)).toEqual(['请获取图形验证码']);
  });

  it('says the captcha has expired when the id is too long to be one of ours', () => {
    expect(messages(captcha.captchaId, 'x'.repeat(64))).toEqual([]);
    expect(messages(captcha.captchaId, 'x'.repeat(65))).toEqual(['图形验证码已过期，请重新获取']);
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['only spaces', '   '],
  ])('asks for the captcha answer when it is %s', (_, input) => {
    expect(messages(captcha.captchaCode, input)).toEqual(['请填写图形验证码']);
  });

  it('says the answer is wrong when it is longer than any captcha', () => {
    expect(messages(captcha.captchaCode, 'x'.repeat(10))).toEqual([]);
    expect(messages(captcha.captchaCode, 'x'.repeat(11))).toEqual(['图形验证码不正确']);
  });
});

describe('personName', () => {
  it.each([
    ['张三', '张三'],
    [' 李四 ', '李四'],
    ['阿卜杜热合曼·艾尼', '阿卜杜热合曼·艾尼'],
    ['买买提•吐尔逊', '买买提•吐尔逊'],
    ['John Smith', 'John Smith'],
    ['Anne-Marie O.', 'Anne-Marie O.'],
    ['王𠮷', '王𠮷'], // 𠮷 is in CJK Extension B, outside the basic block
    ['㐀一', '㐀一'], // Extension A
    ['李〇', '李〇'],
  ])('accepts %j', (input, name) => {
    expect(parsed(personName, input)).toBe(name);
  });

  it.each([
    ['missing', undefined],
    ['null', null],
  ])('asks for the name when it is %s', (_, input) => {
    expect(messages(personName, input)).toEqual(['请填写姓名']);
  });

  it('asks for the name first when only spaces are typed', () => {
    expect(messages(personName, '  ')[0]).toBe('请填写姓名');
  });

  it('allows 50 characters and not 51', () => {
    expect(messages(personName, '张'.repeat(50))).toEqual([]);
    expect(messages(personName, '张'.repeat(51))).toEqual(['姓名不能超过50个字']);
  });

  it.each(['张三1', '张三@', '<script>', '张三😀', '김철수', '张_三'])('rejects %j', (input) => {
    expect(messages(personName, input)).toEqual(['姓名只能包含汉字、字母、空格和间隔号']);
  });
});

describe('passwordField', () => {
  it('passes the password through untouched (the policy is applied by each form)', () => {
    expect(parsed(passwordField, ' x ')).toBe(' x ');
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
  ])('asks for the password when it is %s', (_, input) => {
    expect(messages(passwordField, input)).toEqual(['请填写密码']);
  });

  it('allows 64 characters and not 65', () => {
    expect(messages(passwordField, 'x'.repeat(64))).toEqual([]);
    expect(messages(passwordField, 'x'.repeat(65))).toEqual(['密码长度不能超过64位']);
  });
});
