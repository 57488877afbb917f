import { maskPhone, SMS_STATES, type SmsMessageItem, type SmsMessagePage, type SmsState } from '@rcpd/shared';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { actorOf } from '../../http/auth.js';
import { AppError } from '../../http/errors.js';
import type { Jobs } from '../../platform/jobs.js';
import { type FieldCipher, maskedFrom } from '../../platform/secrets.js';
import type { SmsSender } from '../../platform/sms.js';
import { appendAudit } from '../audit/audit.service.js';
import type { AuthContext, RequestMeta } from '../identity/sessions.js';

/** One status SMS owed to an account: `key` names the fact it reports, so the same fact never sends twice. */
export interface QueuedSms {
  key: string;
  accountId: string;
  text: string;
}

const SIGNATURE = '【吉林智慧人社】';

/**
 * Records status SMS in the caller's transaction (消息发送记录, 待发送) with the jobs that deliver them after
 * the commit. The phone is the account's own, read here; an account without one gets no SMS. A key that was
 * already recorded records nothing (a repeated request, a job run twice).
 */
export async function queueSms(trx: Transaction<DB>, jobs: Jobs, messages: QueuedSms[]): Promise<void> {
  if (messages.length === 0) return;
  const { rows } = await sql<{ id: string }>`
    insert into sms_messages (idempotency_key, account_id, phone_enc, text)
    select m.key, a.id, a.phone_enc,
           case when m.text like ${`${SIGNATURE}%`} then m.text else ${SIGNATURE} || m.text end
      from unnest(${messages.map((m) => m.key)}::text[], ${messages.map((m) => m.accountId)}::uuid[],
                  ${messages.map((m) => m.text)}::text[]) as m (key, account_id, text)
      join accounts a on a.id = m.account_id
     where a.phone_enc is not null
    on conflict (idempotency_key) do nothing
    returning id`.execute(trx);
  await jobs.sendMany(
    trx,
    'sms',
    rows.map((r) => ({ messageId: r.id })),
  );
}

interface Logger {
  info(obj: object, msg: string): void;
}

/**
 * The `sms` queue's handler: sends one recorded message through the gateway. A message that is no longer
 * 待发送 (sent by an earlier run, or given up) is skipped, so a job run twice sends once; the gateway gets the
 * message id as its idempotency key for the one case left (the instance died between the gateway's answer
 * and the update). A failure keeps it 待发送 for the next try, or makes it 失败 after the last.
 */
export function deliverSms({
  db,
  jobs,
  sms,
  cipher,
  log,
}: {
  db: Kysely<DB>;
  jobs: Jobs;
  sms: SmsSender;
  cipher: { decrypt(stored: string): string };
  log: Logger;
}): void {
  jobs.handle<{ messageId: string }>('sms', async ({ data: { messageId }, lastTry }) => {
    const message = await db
      .updateTable('sms_messages')
      .set((eb) => ({ attempts: eb('attempts', '+', 1), updated_at: new Date() }))
      .where('id', '=', messageId)
      .where('state', '=', '待发送')
      .returning(['phone_enc', 'text'])
      .executeTakeFirst();
    if (!message) return;
    const phone = cipher.decrypt(message.phone_enc);
    try {
      await sms.send({ phone, text: message.text, id: messageId });
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      await db
        .updateTable('sms_messages')
        .set({ last_error: reason, updated_at: new Date(), ...(lastTry ? { state: '失败' as const } : {}) })
        .where('id', '=', messageId)
        .where('state', '=', '待发送')
        .execute();
      throw error;
    }
    await db
      .updateTable('sms_messages')
      .set({ state: '已发送', sent_at: new Date(), last_error: null, updated_at: new Date() })
      .where('id', '=', messageId)
      .execute();
    log.info({ phone: maskPhone(phone), message: messageId }, 'status SMS sent');
  });
}

const PAGE_SIZE = 20;

/** 消息发送记录 of the 管理端 (系统管理员): SMS by state, phones masked, 重试 of a 失败 one. */
export function createSmsMessagesService({
  db,
  jobs,
  cipher,
}: {
  db: Kysely<DB>;
  jobs: Jobs;
  cipher: Pick<FieldCipher, 'decrypt'>;
}) {
  const maskedPhone = maskedFrom(cipher, maskPhone);
  return {
    async list({ state, page }: { state?: SmsState | undefined; page: number }) {
      let query = db.selectFrom('sms_messages');
      if (state) query = query.where('state', '=', state);
      const [rows, total, counts] = await Promise.all([
        query
          .select(['id', 'phone_enc', 'text', 'state', 'attempts', 'last_error', 'created_at', 'sent_at'])
          .orderBy('created_at', 'desc')
          .orderBy('id')
          .limit(PAGE_SIZE)
          .offset((page - 1) * PAGE_SIZE)
          .execute(),
        query.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
        db
          .selectFrom('sms_messages')
          .select(['state', sql<number>`count(*)::int`.as('n')])
          .groupBy('state')
          .execute(),
      ]);
      const items: SmsMessageItem[] = rows.map((r) => ({
        id: r.id,
        maskedPhone: maskedPhone(r.phone_enc) ?? '',
        text: r.text,
        state: r.state,
        attempts: r.attempts,
        lastError: r.last_error,
        createdAt: r.created_at.toISOString(),
        sentAt: r.sent_at?.toISOString() ?? null,
      }));
      const byState = Object.fromEntries(SMS_STATES.map((s) => [s, 0])) as Record<SmsState, number>;
      for (const c of counts) byState[c.state] = c.n;
      const result: SmsMessagePage = { items, total: total.n, page, pageSize: PAGE_SIZE, counts: byState };
      return result;
    },

    /** 重试: a 失败 message goes back to 待发送 with a new job; any other state is refused. */
    async retry({ auth, id, meta }: { auth: AuthContext; id: string; meta: RequestMeta }) {
      await db.transaction().execute(async (trx) => {
        const row = await trx
          .updateTable('sms_messages')
          .set({ state: '待发送', attempts: 0, updated_at: new Date() })
          .where('id', '=', id)
          .where('state', '=', '失败')
          .returning('id')
          .executeTakeFirst();
        if (!row) {
          const existing = await trx
            .selectFrom('sms_messages')
            .select('state')
            .where('id', '=', id)
            .executeTakeFirst();
          if (!existing) throw new AppError('NOT_FOUND', '短信记录不存在');
          throw new AppError('CONFLICT', `只有发送失败的短信可以重试（当前状态：${existing.state}）`);
        }
        await appendAudit(trx, {
          actor: actorOf(auth),
          action: 'sms.retry',
          targetType: 'sms_message',
          targetId: id,
          ...meta,
        });
        await jobs.send(trx, 'sms', { messageId: id });
      });
    },
  };
}

export type SmsMessagesService = ReturnType<typeof createSmsMessagesService>;
