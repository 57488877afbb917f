import { z } from 'zod';
import { sessionInfoSchema } from './auth.js';
import { mobile, smsCode } from './fields.js';

/** 扫码登录 and 统一身份认证 (OpenID Connect) sign in to the two public portals only. */
export const PUBLIC_LOGIN_PORTALS = ['person', 'employer'] as const;
export type PublicLoginPortal = (typeof PUBLIC_LOGIN_PORTALS)[number];
export const LOGIN_PANEL_LABELS: Record<PublicLoginPortal, string> = {
  person: '个人登录',
  employer: '单位登录',
};

/** A QR code lives this long; the login panel then shows a new one by itself. */
export const QR_LOGIN_TTL_SECONDS = 120;
/** the longest a redeem call waits for the phone before it answers 'pending' (the panel calls again) */
export const QR_LONG_POLL_SECONDS = 25;

/** The random id a QR code carries: 32 bytes, base64url. */
export const qrCodeIdSchema = z.string().regex(/^[\w-]{43}$/, '二维码不正确');
export const qrCodeParamsSchema = z.object({ codeId: qrCodeIdSchema });

export const qrLoginCreateSchema = z.object({
  portal: z.enum(PUBLIC_LOGIN_PORTALS, { error: '请选择个人登录或单位登录' }),
});
export type QrLoginCreate = z.infer<typeof qrLoginCreateSchema>;

export const qrLoginCodeSchema = z
  .object({
    codeId: qrCodeIdSchema,
    /** the address the QR encodes: the 扫一扫 page with the code's id */
    url: z.string().describe('二维码内容：扫一扫确认页的地址'),
    /** the QR code as a PNG data URL */
    image: z.string().describe('二维码图片（PNG data URL）'),
    expiresAt: z.iso.datetime({ offset: true }),
  })
  .describe('扫码登录二维码');
export type QrLoginCode = z.infer<typeof qrLoginCodeSchema>;

export const QR_LOGIN_STATES = ['pending', 'cancelled', 'expired', 'signed-in'] as const;
export const qrLoginRedeemSchema = z
  .object({
    status: z
      .enum(QR_LOGIN_STATES)
      .describe('pending：等待扫码确认；cancelled：手机上已取消；expired：已过期'),
    session: sessionInfoSchema.nullable().describe('signed-in 时为新的登录状态'),
  })
  .describe('扫码登录的结果');
export type QrLoginRedeem = z.infer<typeof qrLoginRedeemSchema>;

export const QR_CODE_STATUSES = ['pending', 'confirmed', 'cancelled', 'redeemed', 'expired'] as const;
export const QR_CODE_STATUS_LABELS: Record<(typeof QR_CODE_STATUSES)[number], string> = {
  pending: '待确认',
  confirmed: '已确认登录',
  cancelled: '已取消',
  redeemed: '已登录',
  expired: '已过期',
};

/** What the phone shows before 确认登录: who signs in, where the request comes from. */
export const qrLoginDetailSchema = z
  .object({
    portal: z.enum(PUBLIC_LOGIN_PORTALS),
    portalLabel: z.string(),
    status: z.enum(QR_CODE_STATUSES),
    /** why this phone may not confirm the code (null: it may) */
    refusal: z.string().nullable().describe('不能确认的原因；可以确认时为 null'),
    account: z.object({
      displayName: z.string(),
      roleLabel: z.string(),
      employerName: z.string().nullable(),
      maskedIdNumber: z.string().nullable(),
      maskedPhone: z.string().nullable(),
    }),
    origin: z.object({
      ip: z.string().nullable(),
      browser: z.string(),
      requestedAt: z.iso.datetime({ offset: true }),
    }),
    expiresAt: z.iso.datetime({ offset: true }),
  })
  .describe('扫码登录请求');
export type QrLoginDetail = z.infer<typeof qrLoginDetailSchema>;

/** Whether the login panels offer 统一身份认证登录 (OIDC_ISSUER is configured). */
export const oidcStatusSchema = z.object({ enabled: z.boolean() }).describe('统一身份认证平台登录是否可用');
export type OidcStatus = z.infer<typeof oidcStatusSchema>;

/** Why a sign-in at the identity platform came back refused: the login page shows the message. */
export const OIDC_ERROR_MESSAGES = {
  unavailable: '统一身份认证平台暂时无法访问，请稍后再试，或使用密码登录',
  failed: '统一身份认证平台登录未完成或已失效，请重新登录',
  denied: '您在统一身份认证平台取消了登录',
  'no-identity': '统一身份认证平台未提供证件号码（或统一社会信用代码），无法登录本系统，请使用密码登录',
  'no-phone': '统一身份认证平台提供的手机号码已被其他账号使用，请使用密码登录或联系管理员',
  disabled: '该账号已停用，请联系管理员',
  locked: '该账号登录失败次数过多已被锁定，请稍后再试',
  'no-account': '该单位尚未注册本系统，请先进行单位注册',
} as const;
export type OidcErrorKey = keyof typeof OIDC_ERROR_MESSAGES;

/** A first sign-in at the platform without a 手机号码: who it is, before the number is verified by SMS. */
export const oidcPendingSchema = z
  .object({ name: z.string(), maskedIdNumber: z.string() })
  .describe('待验证手机号码的统一身份认证平台首次登录');
export type OidcPending = z.infer<typeof oidcPendingSchema>;

export const oidcPhoneSchema = z.object({ phone: mobile, smsCode });
export type OidcPhone = z.infer<typeof oidcPhoneSchema>;
