import type { ValidationIssue } from './application/validation.js';

/**
 * Stable error codes of the API and the Chinese message each one shows by default. The server maps every
 * failure to one of these (with an HTTP status) in one place; the browser shows `message` as it comes.
 */
export const ERRORS = {
  VALIDATION_FAILED: { status: 400, message: '填写的信息有误，请检查后重新提交' },
  BAD_REQUEST: { status: 400, message: '请求格式不正确' },
  UNAUTHENTICATED: { status: 401, message: '登录已失效，请重新登录' },
  FORBIDDEN: { status: 403, message: '您没有权限进行此操作' },
  CSRF_INVALID: { status: 403, message: '页面已过期，请刷新页面后重试' },
  NOT_FOUND: { status: 404, message: '请求的内容不存在' },
  CONFLICT: { status: 409, message: '数据已被修改，请刷新后重试' },
  ALREADY_REGISTERED: { status: 409, message: '该账号已注册' },
  WINDOW_CLOSED: { status: 409, message: '不在申报时间范围内，不能填报或提交' },
  NOT_EDITABLE: { status: 409, message: '当前业务状态下不能修改申报信息' },
  REQUEST_TIMEOUT: { status: 408, message: '网络连接超时，提交的内容未能完整接收，请检查网络后重试' },
  PAYLOAD_TOO_LARGE: { status: 413, message: '提交的内容过大' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: '不支持的内容类型' },
  CAPTCHA_INVALID: { status: 400, message: '图形验证码错误或已过期，请重新输入' },
  SMS_CODE_INVALID: { status: 400, message: '短信验证码错误或已过期，请重新获取' },
  LOGIN_FAILED: { status: 401, message: '账号或密码错误' },
  ACCOUNT_LOCKED: { status: 423, message: '登录失败次数过多，账号已锁定，请稍后再试' },
  ACCOUNT_DISABLED: { status: 403, message: '该账号已停用，请联系管理员' },
  ACCOUNT_MISMATCH: { status: 400, message: '证件号码与手机号码不匹配' },
  QR_LOGIN_REFUSED: { status: 409, message: '二维码已失效，请在电脑上刷新二维码后重新扫码' },
  RATE_LIMITED: { status: 429, message: '操作过于频繁，请稍后再试' },
  SMS_UNAVAILABLE: { status: 503, message: '短信发送失败，请稍后再试' },
  STORAGE_UNAVAILABLE: { status: 503, message: '文件存储服务暂不可用，请稍后重试' },
  FILE_DAMAGED: { status: 500, message: '文件已损坏，无法读取，请联系管理员' },
  INTERNAL: { status: 500, message: '系统繁忙，请稍后再试' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

export interface FieldError {
  /** dotted path of the field in the request body, e.g. `idNumber` */
  path: string;
  message: string;
}

/** The body of every error response. */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  fields?: FieldError[];
  /** 数据验证信息 of a refused 提交 */
  issues?: ValidationIssue[];
  /** of a 500: the X-Request-Id, for the person to quote to support */
  requestId?: string;
}
