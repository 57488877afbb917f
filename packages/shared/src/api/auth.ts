import { z } from 'zod';
import { checkIdNumber, DEFAULT_ID_TYPE, ID_TYPES } from '../identity/id-number.js';
import { PASSWORD_MISMATCH_MESSAGE } from '../identity/password.js';
import { checkUscc } from '../identity/uscc.js';
import { PORTALS } from '../roles.js';
import { captcha, mobile, passwordField, personName, smsCode, text } from './fields.js';
import { fieldFailed, refinePasswordPolicy } from './refine.js';

/** Adds the password policy and the "twice the same" check to a schema with password fields. */
function passwordRules(
  data: { password: string; passwordConfirm: string },
  accounts: string[],
  ctx: z.RefinementCtx,
): void {
  refinePasswordPolicy(ctx, data.password, accounts);
  if (data.password !== data.passwordConfirm) {
    ctx.addIssue({ code: 'custom', path: ['passwordConfirm'], message: PASSWORD_MISMATCH_MESSAGE });
  }
}

const idType = z.enum(ID_TYPES, { error: '请选择证件类型' }).default(DEFAULT_ID_TYPE);
const idNumber = z
  .string({ error: '请填写证件号码' })
  .trim()
  .toUpperCase()
  .min(1, '请填写证件号码')
  .max(32, '证件号码不能超过32位');
export const usccField = z
  .string({ error: '请填写统一社会信用代码' })
  .trim()
  .toUpperCase()
  .min(1, '请填写统一社会信用代码')
  .superRefine((value, ctx) => {
    if (ctx.issues.length > 0) return; // empty: 请填写统一社会信用代码 is enough
    const check = checkUscc(value);
    if (!check.ok) ctx.addIssue({ code: 'custom', message: check.message });
  });

export const personRegistrationSchema = z
  .object({
    idType,
    idNumber,
    name: personName,
    phone: mobile,
    smsCode,
    password: passwordField,
    passwordConfirm: z.string({ error: '请再次输入密码' }),
  })
  .superRefine((data, ctx) => {
    const id = fieldFailed(ctx, 'idNumber') ? null : checkIdNumber(data.idType, data.idNumber);
    if (id && !id.ok) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: id.message });
    passwordRules(data, [data.idNumber, data.phone], ctx);
  });
export type PersonRegistration = z.infer<typeof personRegistrationSchema>;

export const employerRegistrationSchema = z
  .object({
    employerName: text('单位名称', { min: 2, max: 100 }),
    uscc: usccField,
    operatorName: personName,
    phone: mobile,
    smsCode,
    password: passwordField,
    passwordConfirm: z.string({ error: '请再次输入密码' }),
  })
  .superRefine((data, ctx) => passwordRules(data, [data.uscc, data.phone], ctx));
export type EmployerRegistration = z.infer<typeof employerRegistrationSchema>;

export const SMS_PURPOSES = ['register', 'reset'] as const;
export type SmsPurpose = (typeof SMS_PURPOSES)[number];

export const smsCodeRequestSchema = z.object({
  purpose: z.enum(SMS_PURPOSES, { error: '短信用途不正确' }),
  portal: z.enum(['person', 'employer'], { error: '请选择个人或单位' }),
  phone: mobile,
  /** For `reset`: the 证件号码 (person) or 统一社会信用代码 (employer) of the account. */
  account: z.string({ error: '账号不正确' }).trim().toUpperCase().max(32, '账号不正确').optional(),
  ...captcha,
});
export type SmsCodeRequest = z.infer<typeof smsCodeRequestSchema>;

export const loginSchema = z.object({
  portal: z.enum(PORTALS, { error: '请选择登录入口' }),
  account: z.string({ error: '请填写账号' }).trim().min(1, '请填写账号').max(64, '账号不正确'),
  password: passwordField,
  ...captcha,
});
export type LoginRequest = z.infer<typeof loginSchema>;

export const passwordResetSchema = z
  .object({
    portal: z.enum(['person', 'employer'], { error: '请选择个人或单位' }),
    account: z
      .string({ error: '请填写证件号码或统一社会信用代码' })
      .trim()
      .toUpperCase()
      .min(1, '请填写证件号码或统一社会信用代码')
      .max(32, '账号不正确'),
    phone: mobile,
    smsCode,
    password: passwordField,
    passwordConfirm: z.string({ error: '请再次输入密码' }),
  })
  .superRefine((data, ctx) => passwordRules(data, [data.account, data.phone], ctx));
export type PasswordReset = z.infer<typeof passwordResetSchema>;

export const passwordChangeSchema = z
  .object({
    oldPassword: z.string({ error: '请填写原密码' }).min(1, '请填写原密码').max(64, '原密码不正确'),
    password: passwordField,
    passwordConfirm: z.string({ error: '请再次输入密码' }),
  })
  .superRefine((data, ctx) => passwordRules(data, [], ctx));
export type PasswordChange = z.infer<typeof passwordChangeSchema>;

/** What `GET /api/auth/session` answers; `account` is null when nobody is signed in. */
export const sessionAccountSchema = z.object({
  id: z.string(),
  portal: z.enum(PORTALS),
  role: z.string(),
  roleLabel: z.string(),
  /** 姓名, or for an employer account the 经办人's name */
  displayName: z.string().describe('姓名；单位账号为经办人姓名'),
  employerName: z.string().nullable(),
  maskedPhone: z.string().nullable(),
  maskedIdNumber: z.string().nullable(),
});
export type SessionAccount = z.infer<typeof sessionAccountSchema>;

export const sessionInfoSchema = z
  .object({
    account: sessionAccountSchema.nullable().describe('当前登录的账号；未登录时为 null'),
    csrfToken: z.string(),
  })
  .describe('登录状态与 CSRF 令牌');
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

export const captchaChallengeSchema = z
  .object({
    captchaId: z.string(),
    /** an SVG image as a data: URL */
    image: z.string().describe('SVG 图片（data: URL）'),
    expiresInSeconds: z.number(),
  })
  .describe('图形验证码');
export type CaptchaChallenge = z.infer<typeof captchaChallengeSchema>;

/** `POST /api/auth/sms-code`: the code is sent; another may be asked for after `cooldownSeconds`. */
export const smsCodeSentSchema = z
  .object({ cooldownSeconds: z.number().describe('再次获取前须等待的秒数') })
  .describe('短信验证码已发送');
export type SmsCodeSent = z.infer<typeof smsCodeSentSchema>;
