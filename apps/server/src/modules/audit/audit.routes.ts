import { PassThrough } from 'node:stream';
import {
  type AuditFilter,
  type AuditPage,
  type AuditVerifications,
  auditExportQuerySchema,
  auditFilterFields,
  auditPageSchema,
  auditPolicy,
  auditVerificationsSchema,
  okAnswerSchema,
  periodInOrder,
} from '@rcpd/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import { z } from 'zod';
import { withCustomPlans } from '../../db/custom-plans.js';
import { escapeLike } from '../../db/like.js';
import type { DB } from '../../db/schema.js';
import { actorOf, requestMeta, requireAuth } from '../../http/auth.js';
import { AppError } from '../../http/errors.js';
import { fileAnswer } from '../../http/openapi.js';
import { may } from '../../http/policy.js';
import type { Jobs } from '../../platform/jobs.js';
import { sendFile } from '../../platform/uploads.js';
import { writeXlsx, XLSX_CONTENT_TYPE } from '../../platform/xlsx/workbook.js';
import { appendAudit, recordAudit } from './audit.service.js';
import { type LatestCheck, latestAuditChecks } from './audit-checkpoints.js';

const query = auditFilterFields
  .extend({
    limit: z.coerce
      .number({ error: '分页参数不正确' })
      .int('分页参数不正确')
      .min(1, '分页参数不正确')
      .max(200, '分页参数不正确')
      .default(50),
    before: z
      .string()
      .regex(/^\d{1,18}$/, '分页参数不正确')
      .optional(),
  })
  .refine(...periodInOrder);

/** Beijing midnight of a YYYY-MM-DD day, as an instant. */
const beijingDay = (d: string, plusDays = 0) =>
  new Date(Date.parse(`${d}T00:00:00+08:00`) + plusDays * 86_400_000);
/** The rows `filter` names: the same for the list and the export. */
function filtered<Q extends SelectQueryBuilder<DB, 'audit_log', object>>(q: Q, filter: AuditFilter): Q {
  let out = q;
  if (filter.from) out = out.where('at', '>=', beijingDay(filter.from)) as Q;
  if (filter.to) out = out.where('at', '<', beijingDay(filter.to, 1)) as Q;
  // from the beginning of the label (姓名（角色）): a range of its index, which a 2-character name also narrows
  if (filter.actor) out = out.where('actor_label', 'like', `${escapeLike(filter.actor)}%`) as Q;
  if (filter.action) out = out.where('action', '=', filter.action) as Q;
  if (filter.targetType) out = out.where('target_type', '=', filter.targetType) as Q;
  if (filter.targetId) out = out.where('target_id', '=', filter.targetId) as Q;
  if (filter.ip) out = out.where('ip', '=', filter.ip) as Q;
  return out;
}

/** The rows `filter` names with the fields the list and the export show (id as text: it is a bigint). */
const listed = (db: Kysely<DB>, filter: AuditFilter) =>
  filtered(db.selectFrom('audit_log'), filter).select([
    sql<string>`id::text`.as('id'),
    'at',
    'actor_label',
    'action',
    'target_type',
    'target_id',
    'ip',
    'detail',
  ]);

/** An export in one request stays small; a longer period is exported in parts. */
export const AUDIT_EXPORT_MAX_ROWS = 50_000;

/** 审计日志, newest first, paged by id (keyset: stays fast however long the log grows). */
export async function auditRoutes(app: FastifyInstance, { db, jobs }: { db: Kysely<DB>; jobs: Jobs }) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/department/audit',
    {
      ...may(db, auditPolicy, 'read'),
      schema: {
        tags: ['管理端'],
        summary: '审计日志（安全审计员）',
        querystring: query,
        response: { 200: auditPageSchema },
      },
    },
    async (request): Promise<AuditPage> => {
      const { limit, before, ...filter } = request.query;
      const rows = await withCustomPlans(db, (trx) => {
        let q = listed(trx, filter)
          // qualified: a bare `id` would sort by the text column of the same name above ('9' before '10')
          .orderBy('audit_log.id', 'desc')
          .limit(limit + 1);
        if (before) q = q.where(sql<boolean>`id < ${before}::bigint`);
        return q.execute();
      });
      const page = rows.slice(0, limit);
      return {
        items: page.map((r) => ({
          id: r.id,
          at: r.at.toISOString(),
          actorLabel: r.actor_label,
          action: r.action,
          targetType: r.target_type,
          targetId: r.target_id,
          ip: r.ip,
          detail: r.detail as Record<string, unknown>,
        })),
        nextBefore: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
      };
    },
  );

  /**
   * 导出 of the 安全审计员: the rows of a period (北京时间 days) as a workbook, streamed, oldest first; the export
   * itself is an audited act.
   */
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/department/audit.xlsx',
    {
      ...may(db, auditPolicy, 'export'),
      schema: {
        tags: ['管理端'],
        summary: '导出审计日志（安全审计员）',
        querystring: auditExportQuerySchema,
        response: { 200: fileAnswer(XLSX_CONTENT_TYPE, '审计日志 Excel') },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const filter = request.query;
      const { n } = await withCustomPlans(db, (trx) =>
        filtered(trx.selectFrom('audit_log'), filter)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow(),
      );
      if (Number(n) > AUDIT_EXPORT_MAX_ROWS) {
        throw new AppError(
          'CONFLICT',
          `该期间共${n}条记录，超过${AUDIT_EXPORT_MAX_ROWS}条，请缩小日期范围分次导出`,
        );
      }
      await recordAudit(db, {
        actor: actorOf(auth),
        action: 'audit.export',
        detail: { ...filter, rows: Number(n) },
        ...requestMeta(request),
      });
      async function* rows() {
        let after = '0';
        for (;;) {
          const page = await withCustomPlans(db, (trx) =>
            listed(trx, filter)
              .where(sql<boolean>`id > ${after}::bigint`)
              .orderBy('audit_log.id')
              .limit(1000)
              .execute(),
          );
          yield* page;
          const last = page.at(-1);
          if (page.length < 1000 || !last) return;
          after = last.id;
        }
      }
      const out = new PassThrough();
      writeXlsx(
        {
          name: '审计日志',
          title: `审计日志（${request.query.from} 至 ${request.query.to}）`,
          columns: [
            { header: '序号', width: 10, value: (r) => r.id },
            { header: '时间', width: 18, value: (r) => r.at },
            { header: '操作人', width: 24, value: (r) => r.actor_label },
            { header: '操作', width: 26, value: (r) => r.action },
            { header: '对象类型', width: 14, value: (r) => r.target_type },
            { header: '对象', width: 38, value: (r) => r.target_id },
            { header: 'IP', width: 16, value: (r) => r.ip },
            { header: '详情', width: 60, value: (r) => JSON.stringify(r.detail) },
          ],
          rows: rows(),
        },
        out,
      ).catch((error: unknown) => {
        request.log.error({ err: error }, 'audit export failed');
        out.destroy(error as Error);
      });
      return sendFile(
        reply,
        {
          fileName: `审计日志_${request.query.from}_${request.query.to}.xlsx`,
          contentType: XLSX_CONTENT_TYPE,
          download: true,
        },
        out,
      );
    },
  );

  /** The newest checks of the chain, each kind: what the page shows beside 验证完整性. */
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/department/audit/verifications',
    {
      ...may(db, auditPolicy, 'read'),
      schema: {
        tags: ['管理端'],
        summary: '审计日志完整性校验结果（安全审计员）',
        response: { 200: auditVerificationsSchema },
      },
    },
    async (): Promise<AuditVerifications> => {
      const { full, checkpoint } = await latestAuditChecks(db);
      const answer = (check: LatestCheck | null) => check && { ...check, at: check.at.toISOString() };
      return { full: answer(full), checkpoint: answer(checkpoint) };
    },
  );

  /**
   * 验证完整性: the whole chain checked now, in the background (a million rows take seconds): the same job as the
   * hourly one, which records what it finds; the page waits for a check newer than its request. Audited.
   */
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/department/audit/verify',
    {
      ...may(db, auditPolicy, 'verify'),
      schema: {
        tags: ['管理端'],
        summary: '验证审计日志完整性（安全审计员）',
        response: { 202: okAnswerSchema },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      await db.transaction().execute(async (trx) => {
        await appendAudit(trx, { actor: actorOf(auth), action: 'audit.verify', ...requestMeta(request) });
        await jobs.send(trx, 'audit-verify', {});
      });
      return reply.code(202).send({ ok: true });
    },
  );
}
