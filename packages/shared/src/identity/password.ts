/** Password policy of SPEC §2: at least 8 characters, 3 of the 4 classes, and not containing the account. */

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 64;

/** The policy in words, shown under every field where a new password is chosen. */
export const PASSWORD_RULE_TEXT =
  '至少8位，包含大写字母、小写字母、数字、特殊符号中的至少3类，且不能包含账号';
export const PASSWORD_MISMATCH_MESSAGE = '两次输入的密码不一致';

export type PasswordCheck = { ok: true } | { ok: false; message: string };

export function passwordClassCount(password: string): number {
  return [/[A-Z]/, /[a-z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
}

/** `accounts` are the identifiers a person signs in with (证件号码, 手机号码, 统一社会信用代码, 用户名). */
export function checkPassword(password: string, accounts: readonly string[] = []): PasswordCheck {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return { ok: false, message: `密码长度不能少于${PASSWORD_MIN_LENGTH}位` };
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return { ok: false, message: `密码长度不能超过${PASSWORD_MAX_LENGTH}位` };
  }
  if (/\s/.test(password)) return { ok: false, message: '密码不能包含空格' };
  if (passwordClassCount(password) < 3) {
    return { ok: false, message: '密码须包含大写字母、小写字母、数字、特殊符号中的至少3类' };
  }
  const lower = password.toLowerCase();
  for (const account of accounts) {
    const a = account.trim().toLowerCase();
    if (a.length >= 3 && lower.includes(a)) return { ok: false, message: '密码不能包含账号' };
  }
  return { ok: true };
}
