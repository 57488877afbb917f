/**
 * Masks for lists, logs and exports (SPEC §10): 220102********1234 and 139****0001. A mask always hides at
 * least half of the value: long numbers keep 6 + 4 characters, short ones 2 + 2, very short ones nothing.
 */
export function maskIdNumber(value: string): string {
  if (value.length >= 15) return `${value.slice(0, 6)}${'*'.repeat(value.length - 10)}${value.slice(-4)}`;
  if (value.length >= 8) return `${value.slice(0, 2)}${'*'.repeat(value.length - 4)}${value.slice(-2)}`;
  return '*'.repeat(value.length);
}

export function maskPhone(value: string): string {
  if (value.length !== 11) return '*'.repeat(value.length);
  return `${value.slice(0, 3)}****${value.slice(-4)}`;
}

/**
 * 证件号码 and 手机号码 as they can be recognised in free text (a URL, a log line, an error message): an 18-character
 * 居民身份证 or 外国人永久居留身份证 number, the letter forms of 外国人永久居留身份证 and 港澳通行证, and a mainland
 * mobile number, optionally after 86. A digit before or after means a longer number, which is left alone, and so
 * is a run of 32 or more hex characters (a hash, a key id: its digits may look like a mobile number). Numbers
 * that look like anything else (8-digit 台湾通行证, 护照) cannot be told apart here: mask them by field name.
 */
const PERSONAL_IN_TEXT =
  /(?<![0-9A-Za-z])([0-9a-fA-F]{32,})(?![0-9A-Za-z])|(?<!\d)\d{17}[\dXx](?!\d)|(?<![0-9A-Za-z])(?:[A-Z]{3}\d{12}|[HM]\d{8}(?:\d{2})?)(?![0-9A-Za-z])|(?<!\d)(\+?86[- ]?)?(1[3-9]\d{9})(?!\d)/g;
/** Every pattern above has a run of 8 digits: a string without one is returned untouched, with no regex work. */
const EIGHT_DIGITS = /\d{8}/;

/** `text` with every recognisable 证件号码 and 手机号码 masked as in lists (220102********1234, 139****0001). */
export function maskPersonalText(text: string): string {
  if (text.length < 8 || !EIGHT_DIGITS.test(text)) return text;
  return text.replace(
    PERSONAL_IN_TEXT,
    (match, hex: string | undefined, prefix: string | undefined, phone: string | undefined) => {
      // a hash or key in hex (32 characters or more) is not a number of a person, whatever digits it holds
      if (hex) return match;
      return phone ? `${prefix ?? ''}${maskPhone(phone)}` : maskIdNumber(match);
    },
  );
}
