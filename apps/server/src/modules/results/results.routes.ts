import multipart from '@fastify/multipart';
import {
  certificateItemSchema,
  certificateListSchema,
  certificatePageSchema,
  certificatePolicy,
  certificateQuerySchema,
  certificateStatusSchema,
  certificateVerificationSchema,
  importReportSchema,
  objectionSchema,
  publicityListSchema,
  publicityQuerySchema,
  publicityStartedSchema,
  publishBatchListSchema,
  publishBatchSchema,
  publishResultsSchema,
  recordResultSchema,
  resultItemSchema,
  resultListSchema,
  resultPolicy,
  resultQuerySchema,
  startPublicitySchema,
} from '@rcpd/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.js';
import { requestMeta, requireAuth } from '../../http/auth.js';
import { AppError, fieldError } from '../../http/errors.js';
import { fileAnswer } from '../../http/openapi.js';
import { may } from '../../http/policy.js';
import { hitRateLimit } from '../../platform/rate-limit.js';
import { readUpload, sendFile } from '../../platform/uploads.js';
import { readSheet, SheetError } from '../../platform/xlsx/read.js';
import { XLSX_CONTENT_TYPE, xlsxBuffer } from '../../platform/xlsx/workbook.js';
import type { CertificatesService } from './certificates.service.js';
import type { PublishBatches } from './publish-batches.js';
import type { ResultsService } from './results.service.js';

const resultParams = z.object({ id: z.uuid({ error: '评审结果不存在' }) });
const batchParams = z.object({ id: z.uuid({ error: '发布批次不存在' }) });
const certificateParams = z.object({ id: z.uuid({ error: '证书不存在' }) });
const downloadQuery = z.object({ download: z.enum(['0', '1']).optional() });
const verifyQuery = z.object({ t: z.string({ error: '缺少证书二维码内容' }).min(1).max(1000) });
const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

/** 评审结果 and 证书管理 in the 管理端, 我的证照 in the 个人网厅, and the public 公示 and verification pages. */
export async function resultsRoutes(
  app: FastifyInstance,
  {
    results,
    publishing,
    certificates,
    db,
  }: {
    results: ResultsService;
    publishing: PublishBatches;
    certificates: CertificatesService;
    db: Kysely<DB>;
  },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const business = may(db, resultPolicy, 'manage');
  const certificateAdmin = may(db, certificatePolicy, 'manage');
  const holder = may(db, certificatePolicy, 'own');
  const tags = ['管理端：评审结果与证书'];

  r.get(
    '/api/department/results',
    {
      ...business,
      schema: {
        tags,
        summary: '评审结果（材料审核通过的申报，分页）',
        querystring: resultQuerySchema,
        response: { 200: resultListSchema },
      },
    },
    async (request) => results.list({ auth: requireAuth(request), query: request.query }),
  );
  r.post(
    '/api/department/results',
    {
      ...business,
      schema: {
        tags,
        summary: '录入评审结果',
        body: recordResultSchema,
        response: { 200: resultItemSchema },
      },
    },
    async (request) =>
      results.record({ auth: requireAuth(request), body: request.body, meta: requestMeta(request) }),
  );
  r.get(
    '/api/department/results/template.xlsx',
    {
      ...business,
      schema: {
        tags,
        summary: '评审结果导入模板（Excel）',
        response: { 200: fileAnswer(XLSX_CONTENT_TYPE, '评审结果导入模板 Excel') },
      },
    },
    async (request, reply) => {
      const pending = await results.recordable({ auth: requireAuth(request) });
      const file = await xlsxBuffer({
        name: '评审结果',
        columns: [
          { header: '申报编号', width: 18, value: (i: (typeof pending)[number]) => i.applicationNumber },
          { header: '姓名', width: 12, value: (i) => i.applicantName },
          {
            header: '申报类别',
            width: 10,
            value: (i) => (i.appliedCategory ? `${i.appliedCategory}类` : ''),
          },
          { header: '评审结果', width: 16, value: (i) => i.result?.outcome ?? '' },
          {
            header: '调整后类别',
            width: 12,
            value: (i) => (i.result?.outcome === '调整类别认定' ? (i.result.category ?? '') : ''),
          },
          { header: '备注', width: 30, value: (i) => i.result?.remark ?? '' },
        ],
        rows: pending,
      });
      return sendFile(
        reply,
        { fileName: '评审结果导入模板.xlsx', contentType: XLSX_CONTENT_TYPE, download: true },
        file,
      );
    },
  );
  r.post(
    '/api/department/results/publicity',
    {
      ...business,
      schema: {
        tags,
        summary: '公示评审结果',
        body: startPublicitySchema,
        response: { 200: publicityStartedSchema },
      },
    },
    async (request) =>
      results.startPublicity({
        auth: requireAuth(request),
        resultIds: request.body.resultIds,
        workingDays: request.body.workingDays,
        meta: requestMeta(request),
      }),
  );
  r.post(
    '/api/department/results/publish',
    {
      ...business,
      schema: {
        tags,
        summary: '发布评审结果（发放电子证书）',
        body: publishResultsSchema,
        response: { 202: publishBatchSchema },
      },
    },
    async (request, reply) => {
      const batch = await publishing.start({
        auth: requireAuth(request),
        resultIds: request.body.resultIds,
        meta: requestMeta(request),
      });
      // accepted: the batch runs in the background, its page shows how far it got
      return reply.status(202).send(batch);
    },
  );
  r.get(
    '/api/department/results/publish-batches',
    { ...business, schema: { tags, summary: '最近的发布批次', response: { 200: publishBatchListSchema } } },
    async () => publishing.recent(),
  );
  r.get(
    '/api/department/results/publish-batches/:id',
    {
      ...business,
      schema: { tags, summary: '发布进度', params: batchParams, response: { 200: publishBatchSchema } },
    },
    async (request) => publishing.get(request.params.id),
  );
  r.post(
    '/api/department/results/publish-batches/:id/retry',
    {
      ...business,
      schema: {
        tags,
        summary: '重试发布失败的评审结果',
        params: batchParams,
        response: { 200: publishBatchSchema },
      },
    },
    async (request) =>
      publishing.retry({ auth: requireAuth(request), id: request.params.id, meta: requestMeta(request) }),
  );
  r.post(
    '/api/department/results/:id/objections',
    {
      ...business,
      schema: {
        tags,
        summary: '登记公示异议',
        params: resultParams,
        body: objectionSchema,
        response: { 200: resultItemSchema },
      },
    },
    async (request) =>
      results.addObjection({
        auth: requireAuth(request),
        id: request.params.id,
        content: request.body.content,
        meta: requestMeta(request),
      }),
  );
  r.get(
    '/api/department/certificates',
    {
      ...certificateAdmin,
      schema: {
        tags,
        summary: '证书管理（分页）',
        querystring: certificateQuerySchema,
        response: { 200: certificatePageSchema },
      },
    },
    async (request) => certificates.list({ auth: requireAuth(request), query: request.query }),
  );
  r.post(
    '/api/department/certificates/:id/status',
    {
      ...certificateAdmin,
      schema: {
        tags,
        summary: '暂扣、撤销、注销证书',
        params: certificateParams,
        body: certificateStatusSchema,
        response: { 200: certificateItemSchema },
      },
    },
    async (request) =>
      certificates.setStatus({
        auth: requireAuth(request),
        id: request.params.id,
        status: request.body.status,
        reason: request.body.reason,
        meta: requestMeta(request),
      }),
  );

  r.get(
    '/api/person/certificates',
    {
      ...holder,
      schema: { tags: ['个人网厅：我的证照'], summary: '我的证照', response: { 200: certificateListSchema } },
    },
    async (request) => certificates.mine({ auth: requireAuth(request) }),
  );
  r.get(
    '/api/person/certificates/:id/pdf',
    {
      ...holder,
      schema: {
        tags: ['个人网厅：我的证照'],
        summary: '预览或下载证书（PDF）',
        params: certificateParams,
        querystring: downloadQuery,
        response: { 200: fileAnswer('application/pdf', '人才分类定级认定证书 PDF') },
      },
    },
    async (request, reply) => {
      const { pdf, number } = await certificates.minePdf({
        auth: requireAuth(request),
        id: request.params.id,
      });
      return sendFile(
        reply,
        {
          fileName: `人才分类定级认定证书-${number}.pdf`,
          contentType: 'application/pdf',
          download: request.query.download === '1',
        },
        pdf,
      );
    },
  );

  // public: no sign-in, rate limited per address
  r.get(
    '/api/public/publicity',
    {
      schema: {
        tags: ['公开'],
        summary: '评审结果公示（分页）',
        querystring: publicityQuerySchema,
        response: { 200: publicityListSchema },
      },
    },
    async (request) => {
      // public and unauthenticated: per address, as the certificate verification below
      const hit = await hitRateLimit(db, `publicity:${request.ip}`, 120, 60);
      if (!hit.allowed) throw new AppError('RATE_LIMITED');
      return results.publicity({ query: request.query });
    },
  );
  r.get(
    '/api/public/certificates/verify',
    {
      schema: {
        tags: ['公开'],
        summary: '电子证书验证',
        querystring: verifyQuery,
        response: { 200: certificateVerificationSchema },
      },
    },
    async (request) => {
      const hit = await hitRateLimit(db, `verify:${request.ip}`, 120, 60);
      if (!hit.allowed) throw new AppError('RATE_LIMITED');
      return certificates.verify(request.query.t);
    },
  );

  await app.register(async (scope) => {
    await scope.register(multipart, {
      limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 2, parts: 3 },
    });
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/department/results/import',
      {
        ...business,
        schema: {
          tags,
          summary: '导入评审结果（Excel，字段 file）',
          consumes: ['multipart/form-data'],
          response: { 200: importReportSchema },
        },
      },
      async (request) => {
        if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', '请以表单方式上传文件');
        const file = await request.file();
        if (!file) throw fieldError('file', '请选择要导入的Excel文件');
        const buffer = await readUpload(file, '导入文件不能超过5MB');
        let sheet: Awaited<ReturnType<typeof readSheet>>;
        try {
          sheet = await readSheet(buffer);
        } catch (error) {
          if (error instanceof SheetError) throw fieldError('file', error.message);
          throw error;
        }
        const missing = ['申报编号', '评审结果'].filter((h) => !sheet.headers.includes(h));
        if (missing.length)
          throw fieldError('file', `表格缺少列：${missing.join('、')}，请使用导入模板的表头`);
        return results.importRows({
          auth: requireAuth(request),
          rows: sheet.rows,
          meta: requestMeta(request),
        });
      },
    );
  });
}
