import { maskPhone } from '@rcpd/shared';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

export interface SmsMessage {
  phone: string;
  text: string;
  /** the verification code in the text, when there is one (the development outbox keeps it apart) */
  code?: string;
  /** the 消息发送记录 id of a status SMS: the gateway's idempotency key, so a retried message is sent once */
  id?: string;
}

/** The provider interface: one message, delivered or thrown. */
export interface SmsSender {
  send(message: SmsMessage): Promise<void>;
}

interface Logger {
  info(obj: object, msg: string): void;
}

/** Development and test: the message goes to the log and to the `sms_outbox` table, nowhere else. */
export function createOutboxSms(db: Kysely<DB>, log: Logger): SmsSender {
  return {
    async send({ phone, text, code }) {
      await db
        .insertInto('sms_outbox')
        .values({ phone, text, code: code ?? null })
        .execute();
      log.info({ phone: maskPhone(phone), code }, `SMS (development outbox): ${text}`);
    },
  };
}

/**
 * Production: a JSON POST to the operator's SMS gateway (`{ phone, text }`, bearer token, and for a status SMS
 * an `Idempotency-Key` header with the message's id), over https (config.ts), redirects not followed. Most gateways of
 * the province's operators accept this shape, or a small relay in front of them does.
 */
export function createHttpSms(url: string, token: string | undefined, timeoutMs = 10_000): SmsSender {
  return {
    async send({ phone, text, id }) {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(id ? { 'idempotency-key': id } : {}),
        },
        body: JSON.stringify({ phone, text }),
        // a redirect is a failed try, not followed: the token and the message go to the configured address only
        redirect: 'manual',
        // a gateway that hangs fails this try; the job tries again later
        signal: AbortSignal.timeout(timeoutMs),
      });
      // the error names the status only: never the token, the phone number or the text
      if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
    },
  };
}
