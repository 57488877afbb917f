import { maskPhone } from '@rcpd/shared';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

export interface SmsMessage {
  phone: string;
  text: string;
  /** the verification code in the text, when there is one (the development outbox keeps it apart) */
  code?: string;
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
 * Production: a JSON POST to the operator's SMS gateway (`{ phone, text }`, bearer token). Most gateways of
 * the province's operators accept this shape, or a small relay in front of them does.
 */
export function createHttpSms(url: string, token: string | undefined): SmsSender {
  return {
    async send({ phone, text }) {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ phone, text }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
    },
  };
}

/** What sending after a commit needs: the sender, the cipher of the stored phone numbers, a logger. */
export interface SmsAfterCommit {
  sms: SmsSender;
  cipher: { decrypt(stored: string): string };
  log: { error(obj: object, msg: string): void };
}

/**
 * Status-change SMS, sent after the change committed: the 站内消息 is already there, so a failed gateway is
 * logged and never undoes the change it reports. Phones come encrypted, as they are stored.
 */
export async function sendAfterCommit(
  { sms, cipher, log }: SmsAfterCommit,
  messages: { phoneEnc: string | null; text: string }[],
): Promise<void> {
  for (const { phoneEnc, text } of messages) {
    if (!phoneEnc) continue;
    const signed = text.startsWith('【') ? text : `【吉林智慧人社】${text}`;
    await sms.send({ phone: cipher.decrypt(phoneEnc), text: signed }).catch((error: unknown) => {
      log.error({ err: error }, 'status SMS failed');
    });
  }
}
