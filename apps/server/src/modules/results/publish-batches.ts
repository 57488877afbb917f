import type { PublishBatch } from '@rcpd/shared';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { actorOf } from '../../http/auth.js';
import { AppError } from '../../http/errors.js';
import type { Jobs } from '../../platform/jobs.js';
import type { CertificateSigner } from '../../platform/signing/certificate-signature.js';
import { appendAudit } from '../audit/audit.service.js';
import type { AuthContext, RequestMeta } from '../identity/sessions.js';
import { queueCertificateWebhooks } from '../integrations/webhooks.js';
import { notify } from '../notifications/notifications.service.js';
import { queueSms } from '../notifications/sms-messages.js';
import {
  beijingToday,
  lockedResults,
  MESSAGES,
  refuseWhilePublishing,
  yearsLater,
} from './results.service.js';

/** results per job: a job is a few seconds of work, and a retried job redoes little */
export const PUBLISH_CHUNK = 200;
const FAILURES_SHOWN = 200;

interface Logger {
  error(obj: object, msg: string): void;
}

type LockedResult = Awaited<ReturnType<typeof lockedResults>>[number];

/** Why a result cannot be published today, or null. */
function refusal(r: LockedResult, today: string): string | null {
  if (r.state === '公示中' && r.publicity_ends_on && r.publicity_ends_on >= today) {
    return `${r.applicant_name}：${MESSAGES.publicityOpen}（公示期至${r.publicity_ends_on}）`;
  }
  return null;
}

/**
 * 发布 in the background (SPEC §8). The request checks the results and records a batch with one job per
 * PUBLISH_CHUNK results; each result is then published in its own transaction (the result, the 历史认定记录,
 * the certificate with its signed QR payload, the 站内消息 and the SMS), so a failing one fails alone and
 * shows in the batch with why, and 重试 runs the failed ones again.
 */
export function createPublishBatches({
  db,
  jobs,
  signer,
  log,
  validYears,
}: {
  db: Kysely<DB>;
  jobs: Jobs;
  signer: CertificateSigner;
  log: Logger;
  /** years a certificate is valid; 0 = 长期有效 */
  validYears: number;
}) {
  async function publishOne(trx: Transaction<DB>, r: LockedResult, createdBy: string | null, today: string) {
    await trx
      .updateTable('review_results')
      .set({ state: '已发布', published_at: new Date() })
      .where('id', '=', r.id)
      .execute();
    await trx
      .insertInto('talent_results')
      .values({
        applicant_id: r.applicant_id,
        outcome: r.outcome === '不予认定' ? '不予认定' : '认定通过',
        // 不予认定 is recorded against the category applied for
        category: r.category ?? (r.applied_category as string),
        decided_on: today,
        created_by: createdBy,
      })
      .execute();
    if (r.category) {
      const { seq } = await sql<{ seq: string }>`select nextval('certificate_number_seq')::text as seq`
        .execute(trx)
        .then((q) => q.rows[0] ?? { seq: '0' });
      const number = `JLRC${today.slice(0, 4)}${seq.padStart(6, '0')}`;
      const validUntil = validYears > 0 ? yearsLater(today, validYears) : null;
      const token = signer.sign({ n: number, h: r.applicant_name, c: r.category, d: today, v: validUntil });
      const issued = await trx
        .insertInto('certificates')
        .values({
          number,
          application_id: r.application_id,
          result_id: r.id,
          holder_id: r.applicant_id,
          holder_name: r.applicant_name,
          category: r.category,
          issued_on: today,
          valid_until: validUntil,
          token,
        })
        .returning(['id', 'status_version', 'created_at'])
        .executeTakeFirstOrThrow();
      // issued (有效) is the certificate's first status: the subscribed clients hear of it as of any change
      await queueCertificateWebhooks(trx, jobs, [
        {
          certificateId: issued.id,
          number,
          status: '有效',
          version: issued.status_version,
          changedAt: issued.created_at,
        },
      ]);
    }
    const what =
      r.outcome === '不予认定'
        ? '不予认定'
        : `${r.outcome}，认定类别为${r.category}类，电子证书已发放至“我的证照”`;
    await notify({
      trx,
      accountId: r.applicant_id,
      title: '评审结果已发布',
      body: `您的人才分类定级认定评审结果：${what}。`,
    });
    await queueSms(trx, jobs, [
      {
        key: `result:${r.id}:published`,
        accountId: r.applicant_id,
        text: `您的人才分类定级认定评审结果已发布：${r.outcome}，请登录系统查看。`,
      },
    ]);
  }

  /** Counts one item of the batch as settled; the last one finishes the batch. */
  async function settle(trx: Transaction<DB>, batchId: string, resultId: string, error: string | null) {
    const moved = await trx
      .updateTable('publish_batch_items')
      .set({ state: error ? '失败' : '已发布', error, updated_at: new Date() })
      .where('batch_id', '=', batchId)
      .where('result_id', '=', resultId)
      .where('state', '=', '待发布')
      .returning('result_id')
      .executeTakeFirst();
    if (!moved) return;
    await sql`
      update publish_batches
         set done = done + ${error ? 0 : 1}, failed = failed + ${error ? 1 : 0},
             finished_at = case when done + failed + 1 = total then now() end
       where id = ${batchId}`.execute(trx);
  }

  /** Publishes one result of a batch; an earlier run's work is not done twice. */
  async function publishItem(batchId: string, resultId: string, createdBy: string | null) {
    const today = beijingToday();
    await db.transaction().execute(async (trx) => {
      const item = await trx
        .selectFrom('publish_batch_items')
        .select('state')
        .where('batch_id', '=', batchId)
        .where('result_id', '=', resultId)
        .forUpdate()
        .executeTakeFirst();
      if (item?.state !== '待发布') return;
      const [r] = await lockedResults(trx, [resultId]);
      if (!r) return;
      if (r.state !== '已发布') {
        const why = refusal(r, today);
        if (why) throw new AppError('CONFLICT', why);
        await publishOne(trx, r, createdBy, today);
      }
      await settle(trx, batchId, resultId, null);
    });
  }

  jobs.handle<{ batchId: string; resultIds: string[] }>(
    'results-publish',
    async ({ data: { batchId, resultIds }, lastTry }) => {
      const batch = await db
        .selectFrom('publish_batches')
        .select('created_by')
        .where('id', '=', batchId)
        .executeTakeFirst();
      if (!batch) return;
      for (const resultId of resultIds) {
        try {
          await publishItem(batchId, resultId, batch.created_by);
        } catch (error) {
          // A rule that refuses this result fails it alone. Anything else (the database gone) fails the job,
          // which is tried again; after its last try the results it left are 失败, for 重试.
          if (!(error instanceof AppError) && !lastTry) throw error;
          if (!(error instanceof AppError)) log.error({ err: error, batchId, resultId }, 'publishing failed');
          const why = error instanceof AppError ? error.message : '发布失败：系统暂时无法处理，请重试';
          await db.transaction().execute((trx) => settle(trx, batchId, resultId, why));
        }
      }
    },
  );

  /** The batches (newest first) with their failures, in two statements however many batches. */
  async function views(executor: Kysely<DB>, ids: string[] | 'recent'): Promise<PublishBatch[]> {
    let batches = executor.selectFrom('publish_batches').selectAll().orderBy('created_at', 'desc');
    batches = ids === 'recent' ? batches.limit(10) : batches.where('id', 'in', ids);
    const rows = await batches.execute();
    if (rows.length === 0) return [];
    const failures = await executor
      .selectFrom((eb) =>
        eb
          .selectFrom('publish_batch_items as i')
          .innerJoin('review_results as r', 'r.id', 'i.result_id')
          .innerJoin('applications as a', 'a.id', 'r.application_id')
          .select([
            'i.batch_id',
            'i.result_id',
            'a.number',
            'a.applicant_name',
            'i.error',
            sql<number>`row_number() over (partition by i.batch_id order by a.number)`.as('n'),
          ])
          .where(
            'i.batch_id',
            'in',
            rows.map((r) => r.id),
          )
          .where('i.state', '=', '失败')
          .as('f'),
      )
      .selectAll()
      .where('f.n', '<=', FAILURES_SHOWN)
      .orderBy('f.n')
      .execute();
    return rows.map((batch) => ({
      id: batch.id,
      total: batch.total,
      done: batch.done,
      failed: batch.failed,
      createdAt: batch.created_at.toISOString(),
      finishedAt: batch.finished_at?.toISOString() ?? null,
      failures: failures
        .filter((f) => f.batch_id === batch.id)
        .map((f) => ({
          resultId: f.result_id,
          applicationNumber: f.number ?? '',
          applicantName: f.applicant_name,
          error: f.error ?? '',
        })),
    }));
  }

  async function view(executor: Kysely<DB>, id: string): Promise<PublishBatch> {
    const [batch] = await views(executor, [id]);
    if (!batch) throw new AppError('NOT_FOUND', '发布批次不存在');
    return batch;
  }

  const enqueue = (trx: Transaction<DB>, batchId: string, ids: string[]) => {
    const chunks: { batchId: string; resultIds: string[] }[] = [];
    for (let i = 0; i < ids.length; i += PUBLISH_CHUNK) {
      chunks.push({ batchId, resultIds: ids.slice(i, i + PUBLISH_CHUNK) });
    }
    return jobs.sendMany(trx, 'results-publish', chunks);
  };

  return {
    /**
     * 发布: checks every result (none 已发布, none in a 公示期 that has not ended, none already being
     * published) and records the batch and its jobs in one transaction; answers at once.
     */
    async start({
      auth,
      resultIds,
      meta,
    }: {
      auth: AuthContext;
      resultIds: string[];
      meta: RequestMeta;
    }): Promise<PublishBatch> {
      const ids = [...new Set(resultIds)];
      const today = beijingToday();
      return db.transaction().execute(async (trx) => {
        const rows = await lockedResults(trx, ids);
        for (const r of rows) {
          if (r.state === '已发布') throw new AppError('CONFLICT', `${r.applicant_name}的评审结果已发布`);
          const why = refusal(r, today);
          if (why) throw new AppError('CONFLICT', why);
        }
        await refuseWhilePublishing(trx, ids);
        const batch = await trx
          .insertInto('publish_batches')
          .values({ total: ids.length, created_by: auth.account.id })
          .returning('id')
          .executeTakeFirstOrThrow();
        await sql`
          insert into publish_batch_items (batch_id, result_id)
          select ${batch.id}, unnest(${ids}::uuid[])`.execute(trx);
        await appendAudit(trx, {
          actor: actorOf(auth),
          action: 'result.publish',
          targetType: 'publish_batch',
          targetId: batch.id,
          detail: { results: ids.length },
          ...meta,
        });
        await enqueue(trx, batch.id, ids);
        return view(trx, batch.id);
      });
    },

    get: (id: string) => view(db, id),

    async recent(): Promise<{ items: PublishBatch[] }> {
      return { items: await views(db, 'recent') };
    },

    /** 重试: the batch's 失败 results go back to 待发布 with new jobs. */
    async retry({
      auth,
      id,
      meta,
    }: {
      auth: AuthContext;
      id: string;
      meta: RequestMeta;
    }): Promise<PublishBatch> {
      return db.transaction().execute(async (trx) => {
        const batch = await trx
          .selectFrom('publish_batches')
          .select('id')
          .where('id', '=', id)
          .forUpdate()
          .executeTakeFirst();
        if (!batch) throw new AppError('NOT_FOUND', '发布批次不存在');
        const failed = await trx
          .selectFrom('publish_batch_items')
          .select('result_id')
          .where('batch_id', '=', id)
          .where('state', '=', '失败')
          .execute();
        if (failed.length === 0) throw new AppError('CONFLICT', '该批次没有发布失败的评审结果');
        const ids = failed.map((f) => f.result_id);
        await refuseWhilePublishing(trx, ids);
        await trx
          .updateTable('publish_batch_items')
          .set({ state: '待发布', error: null, updated_at: new Date() })
          .where('batch_id', '=', id)
          .where('state', '=', '失败')
          .execute();
        await trx
          .updateTable('publish_batches')
          .set((eb) => ({ failed: eb('failed', '-', ids.length), finished_at: null }))
          .where('id', '=', id)
          .execute();
        await appendAudit(trx, {
          actor: actorOf(auth),
          action: 'result.publish.retry',
          targetType: 'publish_batch',
          targetId: id,
          detail: { results: ids.length },
          ...meta,
        });
        await enqueue(trx, id, ids);
        return view(trx, id);
      });
    },
  };
}

export type PublishBatches = ReturnType<typeof createPublishBatches>;
