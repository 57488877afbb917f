import { randomInt } from 'node:crypto';
import type { SmsPurpose } from '@rcpd/shared';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../http/errors.js';
import { hitRateLimit } from '../../platform/rate-limit.js';
import type { FieldCipher } from '../../platform/secrets.js';
import type { SmsSender } from '../../platform/sms.js';

export const SMS_CODE_TTL_MINUTES = 5;
export const SMS_COOLDOWN_SECONDS = 60;
const SMS_DAILY_LIMIT = 10;
const SMS_MAX_ATTEMPTS = 5;

const TEXTS: Record<SmsPurpose, (code: string) => string> = {
  register: (code) =>
    `【吉林智慧人社】您正在注册统一身份认证账号，验证码为${code}，${SMS_CODE_TTL_MINUTES}分钟内有效，请勿泄露给他人。`,
  reset: (code) =>
    `【吉林智慧人社】您正在找回统一身份认证账号密码，验证码为${code}，${SMS_CODE_TTL_MINUTES}分钟内有效，请勿泄露给他人。`,
};

const smsCodeInvalid = () =>
  new AppError('SMS_CODE_INVALID', undefined, [
    { path: 'smsCode', message: '短信验证码错误或已过期，请重新获取' },
  ]);

/** One-time SMS codes: sent at most once a minute and ten times a day per number, five tries each. */
export function createSmsCodes(db: Kysely<DB>, cipher: FieldCipher, sms: SmsSender) {
  const codeHash = (phoneHash: string, purpose: SmsPurpose, code: string) =>
    cipher.lookup(`sms:${purpose}:${phoneHash}:${code}`);

  return {
    async send(phone: string, purpose: SmsPurpose): Promise<{ cooldownSeconds: number }> {
      const phoneHash = cipher.lookup(phone);
      const cooldown = await hitRateLimit(db, `sms:${purpose}:${phoneHash}`, 1, SMS_COOLDOWN_SECONDS);
      if (!cooldown.allowed) {
        const seconds = Math.max(1, Math.ceil((cooldown.resetAt.getTime() - Date.now()) / 1000));
        throw new AppError('RATE_LIMITED', `短信验证码已发送，请${seconds}秒后再重新获取`);
      }
      const daily = await hitRateLimit(db, `sms-day:${phoneHash}`, SMS_DAILY_LIMIT, 86_400);
      if (!daily.allowed)
        throw new AppError('RATE_LIMITED', '该手机号码今日获取短信验证码次数已达上限，请明天再试');
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      const row = await db
        .insertInto('sms_codes')
        .values({
          phone_hash: phoneHash,
          purpose,
          code_hash: codeHash(phoneHash, purpose, code),
          expires_at: new Date(Date.now() + SMS_CODE_TTL_MINUTES * 60_000),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      try {
        await sms.send({ phone, text: TEXTS[purpose](code), code });
      } catch {
        await db.deleteFrom('sms_codes').where('id', '=', row.id).execute();
        throw new AppError('SMS_UNAVAILABLE');
      }
      return { cooldownSeconds: SMS_COOLDOWN_SECONDS };
    },

    /**
     * Checks the newest live code for the number. Each check uses up one of its five tries (committed at
     * once); a right code is returned for `consume`, which the caller runs inside its own transaction.
     */
    async verify(phone: string, purpose: SmsPurpose, code: string): Promise<string> {
      // a code sent before the lookup key changed (npm run crypto:rekey) is found and checked under its own
      const row = await db
        .selectFrom('sms_codes')
        .select(['id', 'phone_hash', 'code_hash', 'expires_at', 'attempts'])
        .where('phone_hash', 'in', cipher.lookups(phone))
        .where('purpose', '=', purpose)
        .where('consumed_at', 'is', null)
        .orderBy('created_at', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (!row || row.expires_at.getTime() <= Date.now() || row.attempts >= SMS_MAX_ATTEMPTS)
        throw smsCodeInvalid();
      // Every try is counted before the code is compared, in one statement, so that tries sent in parallel
      // cannot get past the limit.
      const counted = await db
        .updateTable('sms_codes')
        .set({ attempts: sql`attempts + 1` })
        .where('id', '=', row.id)
        .where('attempts', '<', SMS_MAX_ATTEMPTS)
        .executeTakeFirst();
      if (counted.numUpdatedRows !== 1n) throw smsCodeInvalid();
      const made = cipher.lookups(`sms:${purpose}:${row.phone_hash}:${code.trim()}`);
      if (!made.includes(row.code_hash)) throw smsCodeInvalid();
      return row.id;
    },

    /** Marks a verified code used; a code can be used once, even by two requests at the same time. */
    async consume(executor: Kysely<DB>, codeId: string): Promise<void> {
      const result = await executor
        .updateTable('sms_codes')
        .set({ consumed_at: sql`now()` })
        .where('id', '=', codeId)
        .where('consumed_at', 'is', null)
        .executeTakeFirst();
      if (result.numUpdatedRows !== 1n) throw smsCodeInvalid();
    },
  };
}
export type SmsCodes = ReturnType<typeof createSmsCodes>;
