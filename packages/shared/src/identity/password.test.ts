import { describe, expect, it } from 'vitest';
import { checkPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordClassCount } from './password.js';

const TOO_SHORT = '密码长度不能少于8位';
const TOO_LONG = '密码长度不能超过64位';
const SPACE = '密码不能包含空格';
const CLASSES = '密码须包含大写字母、小写字母、数字、特殊符号中的至少3类';
const ACCOUNT = '密码不能包含账号';

describe('passwordClassCount', () => {
  it.each([
    ['', 0],
    ['abcdefgh', 1],
    ['ABCDEFGH', 1],
    ['12345678', 1],
    ['@#$%^&*!', 1],
    ['abcdEFGH', 2],
    ['abcd1234', 2],
    ['ABCD@@@@', 2],
    ['Demo2026', 3],
    ['demo@2026', 3],
    ['DEMO@2026', 3],
    ['Demo@Demo', 3],
    ['Demo@2026', 4],
    ['密码Aa1', 4], // a Chinese character is neither letter nor digit, so it counts as a symbol
  ])('counts %j as %i classes', (password, count) => {
    expect(passwordClassCount(password)).toBe(count);
  });
});

describe('checkPassword', () => {
  it('has the limits of SPEC §2', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(8);
    expect(PASSWORD_MAX_LENGTH).toBe(64);
  });

  it('accepts the demo password', () => {
    expect(checkPassword('Demo@2026')).toEqual({ ok: true });
    expect(checkPassword('Demo@2026', ['220102199001011239', '13900000001'])).toEqual({ ok: true });
  });

  it.each([
    ['7 characters', 'Demo@20', false],
    ['8 characters', 'Demo@202', true],
    ['64 characters', `Aa1@${'x'.repeat(60)}`, true],
    ['65 characters', `Aa1@${'x'.repeat(61)}`, false],
  ])('on %s says ok = %s', (_, password, ok) => {
    expect(checkPassword(password).ok).toBe(ok);
  });

  it.each([
    ['nothing', ''],
    ['7 characters', 'Demo@20'],
    ['7 characters with a space', 'Dem @20'],
  ])('asks for at least 8 characters when given %s', (_, password) => {
    expect(checkPassword(password)).toEqual({ ok: false, message: TOO_SHORT });
  });

  it.each([
    ['65 characters', `Aa1@${'x'.repeat(61)}`],
    ['65 characters with a space', `Aa1 ${'x'.repeat(61)}`],
  ])('allows at most 64 characters when given %s', (_, password) => {
    expect(checkPassword(password)).toEqual({ ok: false, message: TOO_LONG });
  });

  it.each([
    ['a space', 'Demo 2026'],
    ['a leading space', ' Demo@2026'],
    ['a trailing space', 'Demo@2026 '],
    ['a tab', 'Demo\t2026'],
    ['a newline', 'Demo@2026\n'],
    ['a full-width space', 'Demo\u30002026'],
  ])('refuses %s', (_, password) => {
    expect(checkPassword(password)).toEqual({ ok: false, message: SPACE });
  });

  it.each([
    ['only lowercase', 'abcdefgh'],
    ['lowercase and digits', 'demo2026'],
    ['uppercase and lowercase', 'DemoDemo'],
    ['uppercase and symbols', 'DEMO@@@@'],
    ['digits and symbols', '2026@@@@'],
  ])('asks for 3 of the 4 classes when given %s', (_, password) => {
    expect(checkPassword(password)).toEqual({ ok: false, message: CLASSES });
  });

  it.each([
    ['upper, lower and digit', 'Demo2026'],
    ['lower, digit and symbol', 'demo@2026'],
    ['upper, digit and symbol', 'DEMO@2026'],
    ['upper, lower and symbol', 'Demo@Demo'],
  ])('accepts 3 classes: %s', (_, password) => {
    expect(checkPassword(password)).toEqual({ ok: true });
  });

  it.each([
    ['the 手机号码', 'Aa@13900000001', ['13900000001']],
    ['the 证件号码', 'Aa@220102199001011239', ['220102199001011239']],
    ['the 证件号码 with a lowercase x', 'Aa@11010519491231002x', ['11010519491231002X']],
    ['the 统一社会信用代码 in lowercase', 'Aa@91220101ma17a0001q', ['91220101MA17A0001Q']],
    ['the 用户名 in other letter cases', 'ZhangSan@2026', ['zhangsan']],
    ['an account of exactly 3 characters', 'Demo@2026', ['dem']],
    ['an account typed with spaces around it', 'ZhangSan@2026', ['  zhangsan ']],
    ['the second of several accounts', 'Aa@13900000001', ['220102199001011239', '13900000001']],
  ])('refuses a password containing %s', (_, password, accounts) => {
    expect(checkPassword(password, accounts)).toEqual({ ok: false, message: ACCOUNT });
  });

  it.each([
    ['an account of 2 characters', 'Demo@2026', ['de']],
    ['an account of 1 character', 'Demo@2026', ['d']],
    ['an account of 2 characters and spaces', 'Demo@2026', ['  de  ']],
    ['an empty account', 'Demo@2026', ['']],
    ['accounts that are not in it', 'Demo@2026', ['220102199001011239', '13900000001', 'zhangsan']],
    ['part of an account only', 'Aa@1390000', ['13900000001']],
  ])('does not hold against the password %s', (_, password, accounts) => {
    expect(checkPassword(password, accounts)).toEqual({ ok: true });
  });

  it('checks the policy before the account, so a weak password hears what is weak', () => {
    expect(checkPassword('13900000001', ['13900000001'])).toEqual({ ok: false, message: CLASSES });
  });
});
