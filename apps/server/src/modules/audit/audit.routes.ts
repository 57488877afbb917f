import { PassThrough } from 'node:stream';
import { type AuditPage, auditPageSchema, auditPolicy, isRealDate } from '@rcpd/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { type Kysely, sql } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.js';
import { actorOf, requestMeta, requireAuth } from '../../http/auth.js';
import { AppError } from '../../http/errors.js';
import { fileAnswer } from '../../http/openapi.js';
import { may } from '../../http/policy.js';
import { sendFile } from '../../platform/uploads.js';
import { writeXlsx, XLSX_CONTENT_TYPE } from '../../platform/xlsx/workbook.js';
import { recordAudit } from './audit.service.js';

const query = z.object({
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
});

const day = z
  .string({ error: '请选择日期' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为YYYY-MM-DD')
  // the days every date of the service falls in (1900–2100): a year-0 day is a 400, never an empty workbook
  .refine(isRealDate, '日期不正确');
const exportQuery = z
  .object({ from: day, to: day })
  .refine((q) => q.from <= q.to, { path: ['to'], message: '结束日期不能早于开始日期' });

/** Beijing midnight of a YYYY-MM-DD day, as an instant. */
const beijingDay = (d: string, plusDays = 0) =>
  new Date(Date.parse(`${d}T00:00:00+08:00`) + plusDays * 86_400_000);
/** An export in one request stays small; a longer period is exported in parts. */
export const AUDIT_EXPORT_MAX_ROWS = 50_000;

/** 审计日志, newest first, paged by id (keyset: stays fast however long the log grows). */
export async function auditRoutes(app: FastifyInstance, { db }: { db: Kysely<DB> }) {
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
      const { limit, before } = request.query;
      let q = db
        .selectFrom('audit_log')
        .select([
          sql<string>`id::text`.as('id'),
          'at',
          'actor_label',
          'action',
          'target_type',
          'target_id',
          'ip',
          'detail',
        ])
        // qualified: a bare `id` would sort by the text column of the same name above ('9' before '10')
        .orderBy('audit_log.id', 'desc')
        .limit(limit + 1);
      if (before) q = q.where(sql<boolean>`id < ${before}::bigint`);
      const rows = await q.execute();
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
        querystring: exportQuery,
        response: { 200: fileAnswer(XLSX_CONTENT_TYPE, '审计日志 Excel') },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const from = beijingDay(request.query.from);
      const to = beijingDay(request.query.to, 1);
      const { n } = await db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('at', '>=', from)
        .where('at', '<', to)
        .executeTakeFirstOrThrow();
      if (Number(n) > AUDIT_EXPORT_MAX_ROWS) {
        throw new AppError(
          'CONFLICT',
          `该期间共${n}条记录，超过${AUDIT_EXPORT_MAX_ROWS}条，请缩小日期范围分次导出`,
        );
      }
      await recordAudit(db, {
        actor: actorOf(auth),
        action: 'audit.export',
        detail: { from: request.query.from, to: request.query.to, rows: Number(n) },
        ...requestMeta(request),
      });
      async function* rows() {
        let after = '0';
        for (;;) {
          const page = await db
            .selectFrom('audit_log')
            .select([
              sql<string>`id::text`.as('id'),
              'at',
              'actor_label',
              'action',
              'target_type',
              'target_id',
              'ip',
              'detail',
            ])
            .where('at', '>=', from)
            .where('at', '<', to)
            .where(sql<boolean>`id > ${after}::bigint`)
            .orderBy('audit_log.id')
            .limit(1000)
            .execute();
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
}
