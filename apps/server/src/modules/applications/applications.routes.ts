import multipart from '@fastify/multipart';
import {
  APPLICATION_SLOTS,
  addEntrySchema,
  applicationDetailSchema,
  applicationListAnswerSchema,
  applicationPolicy,
  attachmentItemSchema,
  carryOverOfferSchema,
  entryItemSchema,
  savedModuleSchema,
  saveEntrySchema,
  saveModuleSchema,
  selfCheckSchema,
  startApplicationSchema,
  submitApplicationSchema,
  validationResultSchema,
} from '@rcpd/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.js';
import { requestMeta, requireAuth } from '../../http/auth.js';
import { AppError, fieldError } from '../../http/errors.js';
import { fileAnswer, noContent } from '../../http/openapi.js';
import { may } from '../../http/policy.js';
import { sendFile } from '../../platform/uploads.js';
import type { ApplicationFilesService } from './application-files.js';
import type { ApplicationsService } from './applications.service.js';
import type { SummaryTableService } from './summary-table.js';

const NOT_FOUND = { error: '申报信息不存在' };
const idParams = z.object({ id: z.uuid(NOT_FOUND) });
const moduleParams = z.object({ id: z.uuid(NOT_FOUND), module: z.string().max(40) });
const entryParams = z.object({ id: z.uuid(NOT_FOUND), entryId: z.uuid({ error: '该条记录不存在' }) });
const attachmentParams = z.object({ id: z.uuid(NOT_FOUND), attachmentId: z.uuid({ error: '附件不存在' }) });
const uploadQuery = z.object({
  slot: z.enum([...APPLICATION_SLOTS, 'entry'], { error: '附件类别不正确' }),
  entryId: z.uuid({ error: '该条记录不存在' }).optional(),
});
const downloadQuery = z.object({ download: z.enum(['0', '1']).optional() });

/** 条件自检, 信息填报, 附件上传, 业务表册 and 提交 in the 个人网厅 (manual 3.2). */
export async function applicationsRoutes(
  app: FastifyInstance,
  {
    applications,
    files,
    summary,
    db,
  }: {
    applications: ApplicationsService;
    files: ApplicationFilesService;
    summary: SummaryTableService;
    db: Kysely<DB>;
  },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const applicant = may(db, applicationPolicy, 'start');
  const tags = ['个人网厅：申报'];

  r.get(
    '/api/person/self-check',
    { ...applicant, schema: { tags, summary: '条件自检', response: { 200: selfCheckSchema } } },
    async (request) => applications.selfCheck({ auth: requireAuth(request) }),
  );
  r.get(
    '/api/person/carry-over',
    {
      ...applicant,
      schema: { tags, summary: '带入上次申报信息（可带入的申报）', response: { 200: carryOverOfferSchema } },
    },
    async (request) => applications.carryOverOffer({ auth: requireAuth(request) }),
  );
  r.get(
    '/api/person/applications',
    {
      ...applicant,
      schema: { tags, summary: '申报历史信息', response: { 200: applicationListAnswerSchema } },
    },
    async (request) => applications.list({ auth: requireAuth(request) }),
  );
  r.post(
    '/api/person/applications',
    {
      ...applicant,
      schema: {
        tags,
        summary: '确认并开始申报',
        body: startApplicationSchema,
        response: { 201: applicationDetailSchema },
      },
    },
    async (request, reply) => {
      const detail = await applications.start({
        auth: requireAuth(request),
        body: request.body,
        meta: requestMeta(request),
      });
      return reply.status(201).send(detail);
    },
  );
  r.get(
    '/api/person/applications/:id',
    {
      ...applicant,
      schema: { tags, summary: '申报信息', params: idParams, response: { 200: applicationDetailSchema } },
    },
    async (request) => applications.detail({ auth: requireAuth(request), id: request.params.id }),
  );
  r.put(
    '/api/person/applications/:id/modules/:module',
    {
      ...applicant,
      schema: {
        tags,
        summary: '保存基本信息或创新创业成果',
        params: moduleParams,
        body: saveModuleSchema,
        response: { 200: savedModuleSchema },
      },
    },
    async (request) =>
      applications.saveModule({
        auth: requireAuth(request),
        id: request.params.id,
        module: request.params.module,
        values: request.body.values,
        version: request.body.version,
        meta: requestMeta(request),
      }),
  );
  r.post(
    '/api/person/applications/:id/entries',
    {
      ...applicant,
      schema: {
        tags,
        summary: '添加一条经历或业绩',
        params: idParams,
        body: addEntrySchema,
        response: { 201: entryItemSchema },
      },
    },
    async (request, reply) => {
      const entry = await applications.addEntry({
        auth: requireAuth(request),
        id: request.params.id,
        module: request.body.module,
        values: request.body.values,
        meta: requestMeta(request),
      });
      return reply.status(201).send(entry);
    },
  );
  r.put(
    '/api/person/applications/:id/entries/:entryId',
    {
      ...applicant,
      schema: {
        tags,
        summary: '保存一条经历或业绩',
        params: entryParams,
        body: saveEntrySchema,
        response: { 200: entryItemSchema },
      },
    },
    async (request) =>
      applications.saveEntry({
        auth: requireAuth(request),
        id: request.params.id,
        entryId: request.params.entryId,
        values: request.body.values,
        version: request.body.version,
        meta: requestMeta(request),
      }),
  );
  r.delete(
    '/api/person/applications/:id/entries/:entryId',
    {
      ...applicant,
      schema: {
        tags,
        summary: '删除一条经历或业绩',
        params: entryParams,
        response: { 204: noContent('已删除') },
      },
    },
    async (request, reply) => {
      await applications.deleteEntry({
        auth: requireAuth(request),
        id: request.params.id,
        entryId: request.params.entryId,
        meta: requestMeta(request),
      });
      return reply.status(204).send(null);
    },
  );
  r.post(
    '/api/person/applications/:id/carried/:module/confirm',
    {
      ...applicant,
      schema: {
        tags,
        summary: '核对无误（已带入的模块）',
        params: moduleParams,
        response: { 204: noContent('已核对') },
      },
    },
    async (request, reply) => {
      await applications.confirmCarried({
        auth: requireAuth(request),
        id: request.params.id,
        module: request.params.module,
        meta: requestMeta(request),
      });
      return reply.status(204).send(null);
    },
  );
  r.get(
    '/api/person/applications/:id/validation',
    {
      ...applicant,
      schema: { tags, summary: '数据验证信息', params: idParams, response: { 200: validationResultSchema } },
    },
    async (request) => applications.validation({ auth: requireAuth(request), id: request.params.id }),
  );
  r.post(
    '/api/person/applications/:id/submit',
    {
      ...applicant,
      schema: {
        tags,
        summary: '提交',
        params: idParams,
        body: submitApplicationSchema,
        response: { 200: applicationDetailSchema },
      },
    },
    async (request) =>
      applications.submit({ auth: requireAuth(request), id: request.params.id, meta: requestMeta(request) }),
  );
  r.get(
    '/api/person/applications/:id/summary-table.pdf',
    {
      ...applicant,
      schema: {
        tags,
        summary: '人才分类定级认定一览表（PDF）',
        params: idParams,
        querystring: downloadQuery,
        response: { 200: fileAnswer('application/pdf', '人才分类定级认定一览表 PDF') },
      },
    },
    async (request, reply) => {
      const pdf = await summary.forApplicant({ auth: requireAuth(request), id: request.params.id });
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
  r.get(
    '/api/person/applications/:id/attachments/:attachmentId',
    {
      ...applicant,
      schema: {
        tags,
        summary: '预览或下载附件',
        params: attachmentParams,
        querystring: downloadQuery,
        response: { 200: fileAnswer('application/octet-stream', '附件文件（按上传时的类型）') },
      },
    },
    async (request, reply) => {
      const { attachment, stream } = await files.open({
        auth: requireAuth(request),
        id: request.params.id,
        attachmentId: request.params.attachmentId,
      });
      return sendFile(reply, { ...attachment, download: request.query.download === '1' }, stream);
    },
  );
  r.delete(
    '/api/person/applications/:id/attachments/:attachmentId',
    {
      ...applicant,
      schema: { tags, summary: '删除附件', params: attachmentParams, response: { 204: noContent('已删除') } },
    },
    async (request, reply) => {
      await files.remove({
        auth: requireAuth(request),
        id: request.params.id,
        attachmentId: request.params.attachmentId,
        meta: requestMeta(request),
      });
      return reply.status(204).send(null);
    },
  );

  // multipart is parsed in this scope only: every other route keeps refusing it with 415
  await app.register(async (scope) => {
    await scope.register(multipart, { limits: { files: 1, fields: 5, parts: 6, fieldSize: 1024 } });
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/person/applications/:id/attachments',
      {
        ...applicant,
        schema: {
          tags,
          summary: '上传附件（multipart，字段 file）',
          params: idParams,
          querystring: uploadQuery,
          consumes: ['multipart/form-data'],
          response: { 201: attachmentItemSchema },
        },
      },
      async (request, reply) => {
        if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', '请以表单方式上传附件');
        const { slot, entryId } = request.query;
        if (slot === 'entry' && !entryId) throw fieldError('entryId', '请选择要上传附件的记录');
        const item = await files.upload({
          auth: requireAuth(request),
          id: request.params.id,
          target: { slot, entryId },
          file: async (maxBytes) => {
            const file = await request.file({ limits: { fileSize: maxBytes, files: 1 } });
            if (!file) throw fieldError('file', '请选择要上传的文件');
            return { filename: file.filename, stream: file.file };
          },
          meta: requestMeta(request),
        });
        return reply.status(201).send(item);
      },
    );
  });
}
