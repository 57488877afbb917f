import { randomInt } from 'node:crypto';
import { residentIdCheckChar, usccCheckChar } from '@rcpd/shared';

/** A valid 居民身份证 number nobody else in the run has. */
export function residentId(): string {
  const birth = `19${randomInt(60, 99)}${String(randomInt(1, 13)).padStart(2, '0')}${String(randomInt(1, 29)).padStart(2, '0')}`;
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
