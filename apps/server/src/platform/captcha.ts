import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import svgCaptcha from 'svg-captcha';
import type { DB } from '../db/schema.js';

const TTL_SECONDS = 300;

function answerHash(answer: string): string {
  return createHash('sha256').update(answer.trim().toLowerCase()).digest('hex');
}

export interface CaptchaService {
  create(): Promise<{ captchaId: string; image: string; expiresInSeconds: number }>;
  /** Single use: the challenge is removed whether the answer is right or not. */
  verify(captchaId: string, answer: string): Promise<boolean>;
}

/** `devCode`, outside production only, is accepted as the answer to any live challenge (browser tests). */
export function createCaptchaService(db: Kysely<DB>, devCode: string | undefined): CaptchaService {
  return {
    async create() {
      const challenge = svgCaptcha.create({
        size: 4,
        noise: 2,
        color: true,
        background: '#eef3fb',
        ignoreChars: '0oO1ilIL',
        width: 120,
        height: 40,
      });
      const row = await db
        .insertInto('captchas')
        .values({
          answer_hash: answerHash(challenge.text),
          expires_at: new Date(Date.now() + TTL_SECONDS * 1000),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return {
        captchaId: row.id,
        image: `data:image/svg+xml;base64,${Buffer.from(challenge.data).toString('base64')}`,
        expiresInSeconds: TTL_SECONDS,
      };
    },
    async verify(captchaId, answer) {
      if (!/^[0-9a-f-]{36}$/i.test(captchaId)) return false;
      const row = await db
        .deleteFrom('captchas')
        .where('id', '=', captchaId)
        .returning(['answer_hash', 'expires_at'])
        .executeTakeFirst();
      if (!row || row.expires_at.getTime() < Date.now()) return false;
      if (devCode !== undefined && answer.trim().toLowerCase() === devCode.toLowerCase()) return true;
      return row.answer_hash === answerHash(answer);
    },
  };
}
