/**
 * 证件号码 rules. The 居民身份证 check follows GB 11643-1999: 17 digits, a check character computed with
 * ISO 7064 MOD 11-2, and an embedded birth date that must be a real day not in the future.
 */

export const ID_TYPES = [
  '居民身份证',
  '港澳居民来往内地通行证',
  '台湾居民来往大陆通行证',
  '外国人永久居留身份证',
  '护照',
] as const;
export type IdType = (typeof ID_TYPES)[number];
export const DEFAULT_ID_TYPE: IdType = '居民身份证';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export type Gender = '男' | '女';

export interface ResidentIdInfo {
  /** ISO date, YYYY-MM-DD */
  birthDate: string;
  gender: Gender;
}

export type IdCheck = { ok: true; value: string; info?: ResidentIdInfo } | { ok: false; message: string };

export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

/**
 * The days any date the service takes may fall on: what a person means in this domain, and what both
 * databases hold (PGlite refuses some that PostgreSQL takes, such as year 0).
 */
/** What a search box takes for a whole 证件号码 (any type) rather than a name: looked up by its keyed hash. */
export const ID_NUMBER_LIKE = /^[0-9A-Za-z]{8,20}$/;

export const DAY_MIN = '1900-01-01';
export const DAY_MAX = '2100-12-31';

/** Is `iso` (YYYY-MM-DD) a day of the calendar, in any year? */
export function isCalendarDay(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Is `iso` (YYYY-MM-DD) a real calendar day between DAY_MIN and DAY_MAX? */
export function isRealDate(iso: string): boolean {
  return iso >= DAY_MIN && iso <= DAY_MAX && isCalendarDay(iso);
}

/**
 * The calendar day of `now` in China (UTC+8, no daylight saving) as YYYY-MM-DD. The birth date on a 居民身份证 is a
 * Beijing date, and the rule must give the same answer in a browser or a server in any time zone; the UTC date
 * would still be yesterday between 00:00 and 08:00 Beijing time.
 */
export function chinaDate(now: Date): string {
  return new Date(now.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

export function checkResidentId(raw: string, today: Date = new Date()): IdCheck {
  const value = raw.trim().toUpperCase();
  if (value.length !== 18) return { ok: false, message: '居民身份证号码应为18位' };
  if (!/^\d{17}[\dX]$/.test(value)) {
    return { ok: false, message: '居民身份证号码前17位应为数字，末位为数字或X' };
  }
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  // a day of the calendar from DAY_MIN, not after today (a later one says so, whatever its year)
  if (!isCalendarDay(birthDate) || birthDate < DAY_MIN) {
    return { ok: false, message: '居民身份证号码中的出生日期无效' };
  }
  if (birthDate > chinaDate(today)) {
    return { ok: false, message: '居民身份证号码中的出生日期不能晚于今天' };
  }
  if (residentIdCheckChar(value.slice(0, 17)) !== value[17]) {
    return { ok: false, message: '居民身份证号码校验位不正确，请核对后重新输入' };
  }
  const gender: Gender = Number(value[16]) % 2 === 1 ? '男' : '女';
  return { ok: true, value, info: { birthDate, gender } };
}

const OTHER_ID_RULES: Record<Exclude<IdType, '居民身份证'>, { pattern: RegExp; message: string }> = {
  港澳居民来往内地通行证: {
    pattern: /^[HM]\d{8}(\d{2})?$/,
    message: '港澳居民来往内地通行证号码应为H或M开头，后跟8位或10位数字',
  },
  台湾居民来往大陆通行证: { pattern: /^\d{8}$/, message: '台湾居民来往大陆通行证号码应为8位数字' },
  外国人永久居留身份证: {
    pattern: /^([A-Z]{3}\d{12}|9\d{17})$/,
    message: '外国人永久居留身份证号码应为15位（3位字母加12位数字）或以9开头的18位数字',
  },
  护照: { pattern: /^[A-Z0-9]{5,17}$/, message: '护照号码应为5至17位字母或数字' },
};

export function checkIdNumber(type: IdType, raw: string, today: Date = new Date()): IdCheck {
  if (type === '居民身份证') return checkResidentId(raw, today);
  const value = raw.trim().toUpperCase();
  if (!value) return { ok: false, message: '请输入证件号码' };
  const rule = OTHER_ID_RULES[type];
  return rule.pattern.test(value) ? { ok: true, value } : { ok: false, message: rule.message };
}
