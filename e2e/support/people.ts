import { randomInt } from 'node:crypto';
import { residentIdCheckChar, usccCheckChar } from '@rcpd/shared';

/**
 * A valid 居民身份证 number nobody else in the run has, of a person 25 to 44 years old today: every category's
 * age rule lets them apply (E类 专业技术人才 up to 45, B–D up to 60), whatever year the tests run in.
 */
export function residentId(): string {
  const year = new Date().getFullYear() - randomInt(25, 45);
  const birth = `${year}${String(randomInt(1, 13)).padStart(2, '0')}${String(randomInt(1, 29)).padStart(2, '0')}`;
  const first17 = `220102${birth}${String(randomInt(0, 1000)).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

export function mobile(): string {
  return `13${randomInt(0, 10)}${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export function uscc(): string {
  let body = '912201';
  while (body.length < 17) body += USCC_CHARS[randomInt(0, USCC_CHARS.length)];
  return body + usccCheckChar(body);
}
