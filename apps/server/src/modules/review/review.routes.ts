import { PassThrough } from 'node:stream';
import {
  applicationPolicy,
  type QueueExportStart,
  type QueueItem,
  queueExportStartSchema,
  queuePageSchema,
  type ReviewQueueQuery,
  reviewDecisionSchema,
  reviewDetailSchema,
  reviewEmployerQuerySchema,
  reviewEmployersSchema,
  reviewOptionsSchema,
  reviewQueueQuerySchema,
} from '@rcpd/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.js';
import { actorOf, requestMeta, requireAuth } from '../../http/auth.js';
import { AppError } from '../../http/errors.js';
import { fileAnswer } from '../../http/openapi.js';
import { may } from '../../http/policy.js';
import { sendFile } from '../../platform/uploads.js';
import { writeXlsx, XLSX_CONTENT_TYPE, type XlsxSheet } from '../../platform/xlsx/workbook.js';
import type { ApplicationFilesService } from '../applications/application-files.js';
import type { SummaryTableService } from '../applications/summary-table.js';
import { recordAudit } from '../audit/audit.service.js';
import type { ExportsService } from '../exports/exports.service.js';
import type { Reviewer, ReviewService } from './review.service.js';

const idParams = z.object({ id: z.uuid({ error: '申报信息不存在' }) });
const attachmentParams = z.object({
  id: z.uuid({ error: '申报信息不存在' }),
  attachmentId: z.uuid({ error: '附件不存在' }),
});
const downloadQuery = z.object({ download: z.enum(['0', '1']).optional() });

const beijing = (iso: string | null) => (iso ? new Date(iso) : null);

const QUEUE_EXPORT = 'review-queue';
const QUEUE_FILE = '申报审核列表.xlsx';

/** The 申报审核列表 workbook, in the request or in a background export alike. */
function queueSheet(rows: AsyncIterable<QueueItem>): XlsxSheet<QueueItem> {
  return {
    name: '申报审核列表',
    title: '人才分类定级评定申报审核列表',
    columns: [
      { header: '姓名', width: 12, value: (i) => i.applicantName },
      { header: '证件号码', width: 22, value: (i) => i.maskedIdNumber },
      { header: '推荐单位', width: 30, value: (i) => i.employerName },
      { header: '申报通知', width: 36, value: (i) => i.noticeTitle },
      { header: '申报类别', width: 10, value: (i) => (i.category ? `${i.category}类` : '') },
      { header: '申报类型', width: 12, value: (i) => i.serviceType ?? '' },
      { header: '业务状态', width: 18, value: (i) => i.status },
      { header: '当前环节', width: 16, value: (i) => i.stageName },
      { header: '申报时间', width: 18, value: (i) => beijing(i.submittedAt) },
    ],
    rows,
  };
}

/** 申报审核 of the 单位网厅 and the 管理端: queues, detail, files, decisions (SPEC §7). */
export async function reviewRoutes(
  app: FastifyInstance,
  {
    review,
    files,
    summary,
    exports,
    directMaxRows,
    db,
  }: {
    review: ReviewService;
    files: ApplicationFilesService;
    summary: SummaryTableService;
    exports: ExportsService;
    /** larger exports are made in the background */
    directMaxRows: number;
    db: Kysely<DB>;
  },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  exports.register<{ reviewer: Reviewer; query: ReviewQueueQuery }>(QUEUE_EXPORT, ({ reviewer, query }) =>
    queueSheet(review.exportRows(reviewer, query) as AsyncIterable<QueueItem>),
  );
  const reviewers = may(db, applicationPolicy, 'review');
  const tags = ['申报审核'];

  r.get(
    '/api/review/options',
    { ...reviewers, schema: { tags, summary: '审核环节与筛选项', response: { 200: reviewOptionsSchema } } },
    async (request) => review.options({ auth: requireAuth(request) }),
  );
  r.get(
    '/api/review/employers',
    {
      ...reviewers,
      schema: {
        tags,
        summary: '推荐单位筛选项（按名称搜索）',
        querystring: reviewEmployerQuerySchema,
        response: { 200: reviewEmployersSchema },
      },
    },
    async (request) => review.employers({ auth: requireAuth(request), query: request.query }),
  );
  r.get(
    '/api/review/queue',
    {
      ...reviewers,
      schema: {
        tags,
        summary: '审核列表（keyset 分页）',
        querystring: reviewQueueQuerySchema,
        response: { 200: queuePageSchema },
      },
    },
    async (request) => review.queue({ auth: requireAuth(request), query: request.query }),
  );
  r.post(
    '/api/review/queue/export',
    {
      ...reviewers,
      schema: {
        tags,
        summary: '导出审核列表：少量即时下载，大量后台生成',
        body: reviewQueueQuerySchema,
        response: { 200: queueExportStartSchema, 202: queueExportStartSchema },
      },
    },
    async (request, reply): Promise<QueueExportStart> => {
      const auth = requireAuth(request);
      const reviewer = await review.exportScope(auth);
      const rows = await review.exportCount(reviewer, request.body);
      if (rows <= directMaxRows) return { mode: 'direct', rows };
      // personal data leaves the service: who, which list, how many rows (the download itself is audited too)
      await recordAudit(db, {
        actor: actorOf(auth),
        action: 'review.queue.export',
        detail: { mode: 'job', rows, query: request.body },
        ...requestMeta(request),
      });
      const item = await exports.start({
        accountId: auth.account.id,
        kind: QUEUE_EXPORT,
        fileName: QUEUE_FILE,
        params: { reviewer, query: request.body },
        rowsTotal: rows,
      });
      reply.status(202);
      return { mode: 'job', export: item };
    },
  );
  r.get(
    '/api/review/queue.xlsx',
    {
      ...reviewers,
      schema: {
        tags,
        summary: '导出审核列表（Excel，少量）',
        querystring: reviewQueueQuerySchema,
        response: { 200: fileAnswer(XLSX_CONTENT_TYPE, '申报审核列表 Excel') },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const reviewer = await review.exportScope(auth);
      const rows = await review.exportCount(reviewer, request.query);
      // a long list is made in the background (POST /api/review/queue/export), never in a request
      if (rows > directMaxRows) {
        throw new AppError('CONFLICT', `导出超过${directMaxRows}条，请使用后台导出`);
      }
      await recordAudit(db, {
        actor: actorOf(auth),
        action: 'review.queue.export',
        detail: { mode: 'direct', rows, query: request.query },
        ...requestMeta(request),
      });
      const out = new PassThrough();
      writeXlsx(queueSheet(review.exportRows(reviewer, request.query)), out).catch((error: unknown) => {
        request.log.error({ err: error }, 'export failed');
        out.destroy(error as Error);
      });
      return sendFile(reply, { fileName: QUEUE_FILE, contentType: XLSX_CONTENT_TYPE, download: true }, out);
    },
  );
  r.get(
    '/api/review/applications/:id',
    {
      ...reviewers,
      schema: { tags, summary: '申报详情（审核）', params: idParams, response: { 200: reviewDetailSchema } },
    },
    async (request) => review.detail({ auth: requireAuth(request), id: request.params.id }),
  );
  r.post(
    '/api/review/applications/:id/decision',
    {
      ...reviewers,
      schema: {
        tags,
        summary: '审核通过、退回或审核不通过终止审核',
        params: idParams,
        body: reviewDecisionSchema,
        response: { 200: reviewDetailSchema },
      },
    },
    async (request) =>
      review.decide({
        auth: requireAuth(request),
        id: request.params.id,
        body: request.body,
        meta: requestMeta(request),
      }),
  );
  r.get(
    '/api/review/applications/:id/attachments/:attachmentId',
    {
      ...reviewers,
      schema: {
        tags,
        summary: '预览或下载申报附件',
        params: attachmentParams,
        querystring: downloadQuery,
        response: { 200: fileAnswer('application/octet-stream', '申报附件') },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      await review.visibleRow(auth, request.params.id);
      const { attachment, stream } = await files.openAny({
        id: request.params.id,
        attachmentId: request.params.attachmentId,
      });
      // a reviewer looking at a person's documents is a fact the 安全审计员 can find
      await recordAudit(db, {
        actor: actorOf(auth),
        action: 'application.attachment.view',
        targetType: 'application',
        targetId: request.params.id,
        detail: { attachmentId: request.params.attachmentId, download: request.query.download === '1' },
        ...requestMeta(request),
      });
      return sendFile(reply, { ...attachment, download: request.query.download === '1' }, stream);
    },
  );
  r.get(
    '/api/review/applications/:id/summary-table.pdf',
    {
      ...reviewers,
      schema: {
        tags,
        summary: '人才分类定级认定一览表（PDF）',
        params: idParams,
        querystring: downloadQuery,
        response: { 200: fileAnswer('application/pdf', '人才分类定级认定一览表 PDF') },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const pdf = await summary.forApplication(await review.visibleRow(auth, request.params.id));
      await recordAudit(db, {
        actor: actorOf(auth),
        action: 'application.summary_table.view',
        targetType: 'application',
        targetId: request.params.id,
        detail: { download: request.query.download === '1' },
        ...requestMeta(request),
      });
      return sendFile(
        reply,
        {
          fileName: '人才分类定级认定一览表.pdf',
          contentType: 'application/pdf',
          download: request.query.download === '1',
        },
        pdf,
      );
    },
  );
}
