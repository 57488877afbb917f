import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from '../identity/password.js';
import { MOBILE_PATTERN } from '../identity/phone.js';

/** A required text field with Chinese messages for missing, empty and too long. */
export function text(label: string, { min = 1, max = 100 }: { min?: number; max?: number } = {}) {
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .min(min, min <= 1 ? `请填写${label}` : `${label}至少${min}个字`)
    .max(max, `${label}不能超过${max}个字`);
}

export const mobile = z
  .string({ error: '请填写手机号码' })
  .trim()
  .min(1, '请填写手机号码')
  .regex(MOBILE_PATTERN, '请输入正确的11位手机号码');

export const smsCode = z
  .string({ error: '请填写短信验证码' })
  .trim()
  .regex(/^\d{6}$/, '短信验证码为6位数字');

export const captcha = {
  captchaId: z
    .string({ error: '请获取图形验证码' })
    .min(1, '请获取图形验证码')
    .max(64, '图形验证码已过期，请重新获取'),
  captchaCode: z
    .string({ error: '请填写图形验证码' })
    .trim()
    .min(1, '请填写图形验证码')
    .max(10, '图形验证码不正确'),
};

export const personName = z
  .string({ error: '请填写姓名' })
  .trim()
  .min(1, '请填写姓名')
  .max(50, '姓名不能超过50个字')
  // Any Han character, not only the basic block: names with rare characters (生僻字, CJK Extension B and later,
  // written as surrogate pairs) are on real ID cards.
  .regex(/^[\p{Script=Han}A-Za-z·•.\s-]+$/u, '姓名只能包含汉字、字母、空格和间隔号');

export const passwordField = z
  .string({ error: '请填写密码' })
  .min(1, '请填写密码')
  .max(PASSWORD_MAX_LENGTH, `密码长度不能超过${PASSWORD_MAX_LENGTH}位`);

/** The largest value of a PostgreSQL `integer` column: a number a request sends for one is refused above it. */
export const INT4_MAX = 2_147_483_647;
