import {
  type CertificateStatus,
  type CertificateWebhookBody,
  WEBHOOK_EVENT,
  WEBHOOK_HEADERS,
  WEBHOOK_STATES,
  type WebhookDeliveryItem,
  type WebhookDeliveryPage,
  type WebhookState,
} from '@rcpd/shared';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { actorOf } from '../../http/auth.js';
import { AppError } from '../../http/errors.js';
import type { Jobs } from '../../platform/jobs.js';
import type { FieldCipher } from '../../platform/secrets.js';
import { appendAudit } from '../audit/audit.service.js';
import type { AuthContext, RequestMeta } from '../identity/sessions.js';
import { webhookSignature } from './credentials.js';

/** One change of a certificate's status, as a webhook reports it. */
export interface CertificateChange {
  certificateId: string;
  number: string;
  status: CertificateStatus;
  /** the certificate's status_version after the change: the change's own key */
  version: number;
  changedAt: Date;
}

/**
 * Records, in the transaction of the change, one webhook delivery per enabled client that subscribed
 * (`certificates:webhook`, with a webhook URL), each with its `webhooks` job. A delivery is keyed by client and
 * change (`certificate:<id>:<status_version>`): the same change never queues a second one.
 */
export async function queueCertificateWebhooks(
  trx: Transaction<DB>,
  jobs: Jobs,
  changes: CertificateChange[],
): Promise<number> {
  if (changes.length === 0) return 0;
  const { rows } = await sql<{ id: string }>`
    insert into webhook_deliveries (client_id, event_key, event, certificate_id, certificate_number, status, changed_at)
    select c.id, 'certificate:' || ch.id || ':' || ch.version, ${WEBHOOK_EVENT}, ch.id, ch.number, ch.status,
           ch.changed_at
      from unnest(${changes.map((c) => c.certificateId)}::uuid[], ${changes.map((c) => c.number)}::text[],
                  ${changes.map((c) => c.status)}::text[], ${changes.map((c) => c.version)}::int[],
                  ${changes.map((c) => c.changedAt.toISOString())}::timestamptz[])
           as ch (id, number, status, version, changed_at)
     cross join integration_clients c
     where c.enabled and c.webhook_url is not null and c.scopes @> '["certificates:webhook"]'::jsonb
    on conflict (client_id, event_key) do nothing
    returning id`.execute(trx);
  await jobs.sendMany(
    trx,
    'webhooks',
    rows.map((r) => ({ deliveryId: r.id })),
  );
  return rows.length;
}

/** The body of a delivery: the same bytes on every try (only the timestamp header and signature change). */
export function webhookBody(d: {
  id: string;
  certificate_number: string;
  status: CertificateStatus;
  changed_at: Date;
}): string {
  const body: CertificateWebhookBody = {
    event: WEBHOOK_EVENT,
    id: d.id,
    certificateNumber: d.certificate_number,
    status: d.status,
    changedAt: d.changed_at.toISOString(),
  };
  return JSON.stringify(body);
}

/** Why a try failed, in words the 系统管理员 reads in the list. */
function failureReason(error: unknown, timeoutMs: number): string {
  if (error instanceof DeliveryRefused) return error.message;
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `接收方在${timeoutMs}毫秒内未响应`;
  }
  const cause =
    error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  const why = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return `无法连接接收方（${why}）`.slice(0, 500);
}

class DeliveryRefused extends Error {}

interface Logger {
  info(obj: object, msg: string): void;
}

/**
 * The `webhooks` queue's handler: POSTs one recorded delivery to its client's webhook URL, signed, without
 * following redirects, within `timeoutMs`. A 2xx answer delivers it; anything else (another status, a
 * redirect, no connection, no answer in time) fails the try: the job is tried again with backoff, and after
 * its last try the delivery is 失败 for the 系统管理员 to 重试. A delivery that is no longer 待发送 is skipped, so
 * a job run twice posts once (the receiver can also drop a repeat by the delivery id).
 */
export function deliverWebhooks({
  db,
  jobs,
  cipher,
  timeoutMs,
  log,
}: {
  db: Kysely<DB>;
  jobs: Jobs;
  cipher: Pick<FieldCipher, 'decrypt'>;
  timeoutMs: number;
  log: Logger;
}): void {
  const settle = (
    id: string,
    set: Partial<{ last_error: string | null; last_http_status: number | null; state: '失败' }>,
  ) =>
    db
      .updateTable('webhook_deliveries')
      .set({ ...set, updated_at: new Date() })
      .where('id', '=', id)
      .where('state', '=', '待发送')
      .execute();

  jobs.handle<{ deliveryId: string }>('webhooks', async ({ data: { deliveryId }, lastTry }) => {
    const d = await db
      .updateTable('webhook_deliveries')
      .set((eb) => ({ attempts: eb('attempts', '+', 1), updated_at: new Date() }))
      .where('id', '=', deliveryId)
      .where('state', '=', '待发送')
      .returning(['id', 'client_id', 'certificate_number', 'status', 'changed_at'])
      .executeTakeFirst();
    if (!d) return;
    const client = await db
      .selectFrom('integration_clients')
      .select(['client_id', 'enabled', 'webhook_url', 'webhook_secret_enc', 'scopes'])
      .where('id', '=', d.client_id)
      .executeTakeFirstOrThrow();
    if (!client.enabled || !client.webhook_url || !client.scopes.includes('certificates:webhook')) {
      // nothing to try again: the 系统管理员 stopped this client's pushes
      await settle(d.id, { state: '失败', last_error: '接口客户端已停用或不再订阅推送' });
      return;
    }
    const body = webhookBody(d);
    const timestamp = Math.floor(Date.now() / 1000);
    let status: number | null = null;
    try {
      const response = await fetch(client.webhook_url, {
        method: 'POST',
        // a redirect is an answer like any other that is not 2xx: never followed to another address
        redirect: 'manual',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'rcpd-webhooks/1',
          [WEBHOOK_HEADERS.id]: d.id,
          [WEBHOOK_HEADERS.timestamp]: String(timestamp),
          [WEBHOOK_HEADERS.signature]: webhookSignature(
            cipher.decrypt(client.webhook_secret_enc),
            timestamp,
            body,
          ),
        },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      status = response.status;
      await response.body?.cancel();
      if (status < 200 || status >= 300) {
        throw new DeliveryRefused(
          status >= 300 && status < 400
            ? `接收方返回重定向 HTTP ${status}（不跟随重定向）`
            : `接收方返回 HTTP ${status}`,
        );
      }
    } catch (error) {
      const reason = failureReason(error, timeoutMs);
      await settle(d.id, {
        last_error: reason,
        last_http_status: status,
        ...(lastTry ? { state: '失败' as const } : {}),
      });
      throw new Error(reason);
    }
    await db
      .updateTable('webhook_deliveries')
      .set({
        state: '已送达',
        delivered_at: new Date(),
        last_error: null,
        last_http_status: status,
        updated_at: new Date(),
      })
      .where('id', '=', d.id)
      .execute();
    log.info({ delivery: d.id, client: client.client_id, status }, 'webhook delivered');
  });
}

const PAGE_SIZE = 20;

/** The recent webhook deliveries by state, and 重试 of a 失败 one (管理端, 接口客户端). */
export function createWebhookDeliveries({ db, jobs }: { db: Kysely<DB>; jobs: Jobs }) {
  return {
    async list({
      state,
      page,
    }: {
      state?: WebhookState | undefined;
      page: number;
    }): Promise<WebhookDeliveryPage> {
      let query = db.selectFrom('webhook_deliveries as d');
      if (state) query = query.where('d.state', '=', state);
      const [rows, total, counts] = await Promise.all([
        query
          .innerJoin('integration_clients as c', 'c.id', 'd.client_id')
          .select([
            'd.id',
            'c.name as client_name',
            'c.client_id',
            'c.enabled as client_enabled',
            'd.certificate_number',
            'd.status',
            'd.changed_at',
            'd.state',
            'd.attempts',
            'd.last_error',
            'd.last_http_status',
            'd.created_at',
            'd.delivered_at',
          ])
          .orderBy('d.created_at', 'desc')
          .orderBy('d.id')
          .limit(PAGE_SIZE)
          .offset((page - 1) * PAGE_SIZE)
          .execute(),
        query.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
        db
          .selectFrom('webhook_deliveries')
          .select(['state', sql<number>`count(*)::int`.as('n')])
          .groupBy('state')
          .execute(),
      ]);
      const items: WebhookDeliveryItem[] = rows.map((r) => ({
        id: r.id,
        clientName: r.client_name,
        clientId: r.client_id,
        clientEnabled: r.client_enabled,
        certificateNumber: r.certificate_number,
        status: r.status,
        changedAt: r.changed_at.toISOString(),
        state: r.state,
        attempts: r.attempts,
        lastError: r.last_error,
        lastHttpStatus: r.last_http_status,
        createdAt: r.created_at.toISOString(),
        deliveredAt: r.delivered_at?.toISOString() ?? null,
      }));
      const byState = Object.fromEntries(WEBHOOK_STATES.map((s) => [s, 0])) as Record<WebhookState, number>;
      for (const c of counts) byState[c.state] = c.n;
      return { items, total: total.n, page, pageSize: PAGE_SIZE, counts: byState };
    },

    /** 重试: a 失败 delivery of an enabled client goes back to 待发送 with a new job. */
    async retry({ auth, id, meta }: { auth: AuthContext; id: string; meta: RequestMeta }): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('webhook_deliveries as d')
          .innerJoin('integration_clients as c', 'c.id', 'd.client_id')
          .select(['d.state', 'd.certificate_number', 'c.enabled', 'c.client_id'])
          .where('d.id', '=', id)
          .forUpdate('d')
          .executeTakeFirst();
        if (!row) throw new AppError('NOT_FOUND', '推送记录不存在');
        if (row.state !== '失败') {
          throw new AppError('CONFLICT', `只有推送失败的记录可以重试（当前状态：${row.state}）`);
        }
        if (!row.enabled) throw new AppError('CONFLICT', '该接口客户端已停用，不能重试推送');
        await trx
          .updateTable('webhook_deliveries')
          .set({ state: '待发送', attempts: 0, updated_at: new Date() })
          .where('id', '=', id)
          .execute();
        await appendAudit(trx, {
          actor: actorOf(auth),
          action: 'webhook.retry',
          targetType: 'webhook_delivery',
          targetId: id,
          detail: { clientId: row.client_id, certificateNumber: row.certificate_number },
          ...meta,
        });
        await jobs.send(trx, 'webhooks', { deliveryId: id });
      });
    },
  };
}

export type WebhookDeliveries = ReturnType<typeof createWebhookDeliveries>;
