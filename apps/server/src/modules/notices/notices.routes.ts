import multipart from '@fastify/multipart';
import {
  declarationGuideAnswerSchema,
  declarationGuideSchema,
  NOTICE_ATTACHMENT_MAX_BYTES,
  noticeAttachmentSchema,
  noticeItemSchema,
  noticeListAnswerSchema,
  noticePolicy,
  noticeQuerySchema,
  noticeSchema,
  publishedNoticeListAnswerSchema,
} from '@rcpd/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.js';
import { requestMeta, requireAuth } from '../../http/auth.js';
import { AppError, fieldError } from '../../http/errors.js';
import { fileAnswer, noContent } from '../../http/openapi.js';
import { may, signedInOnly } from '../../http/policy.js';
import { contentDisposition } from '../../platform/uploads.js';
import type { DeclarationGuideService } from './declaration-guide.js';
import type { NoticesService } from './notices.service.js';

const idParams = z.object({ id: z.uuid({ error: '申报通知不存在' }) });
const attachmentParams = idParams.extend({ aid: z.uuid({ error: '附件不存在' }) });

/** 申报通知 and 申报注意事项: managed in the 管理端, read in the portals. */
export async function noticesRoutes(
  app: FastifyInstance,
  { notices, guide, db }: { notices: NoticesService; guide: DeclarationGuideService; db: Kysely<DB> },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const business = may(db, noticePolicy, 'manage');
  const tags = ['管理端'];

  r.get(
    '/api/department/notices',
    {
      ...business,
      schema: {
        tags,
        summary: '申报通知列表（分页）',
        querystring: noticeQuerySchema,
        response: { 200: noticeListAnswerSchema },
      },
    },
    async (request) => notices.list({ auth: requireAuth(request), query: request.query }),
  );
  r.get(
    '/api/department/notices/:id',
    {
      ...business,
      schema: { tags, summary: '申报通知', params: idParams, response: { 200: noticeItemSchema } },
    },
    async (request) => notices.get({ auth: requireAuth(request), id: request.params.id }),
  );
  r.post(
    '/api/department/notices',
    {
      ...business,
      schema: {
        tags,
        summary: '新建申报通知（草稿）',
        body: noticeSchema,
        response: { 201: noticeItemSchema },
      },
    },
    async (request, reply) => {
      const item = await notices.create({
        auth: requireAuth(request),
        body: request.body,
        meta: requestMeta(request),
      });
      return reply.status(201).send(item);
    },
  );
  r.put(
    '/api/department/notices/:id',
    {
      ...business,
      schema: {
        tags,
        summary: '编辑申报通知',
        params: idParams,
        body: noticeSchema,
        response: { 200: noticeItemSchema },
      },
    },
    async (request) =>
      notices.update({
        auth: requireAuth(request),
        id: request.params.id,
        body: request.body,
        meta: requestMeta(request),
      }),
  );
  r.post(
    '/api/department/notices/:id/publish',
    {
      ...business,
      schema: { tags, summary: '发布申报通知', params: idParams, response: { 200: noticeItemSchema } },
    },
    async (request) =>
      notices.publish({ auth: requireAuth(request), id: request.params.id, meta: requestMeta(request) }),
  );
  r.post(
    '/api/department/notices/:id/close',
    {
      ...business,
      schema: { tags, summary: '关闭申报通知', params: idParams, response: { 200: noticeItemSchema } },
    },
    async (request) =>
      notices.close({ auth: requireAuth(request), id: request.params.id, meta: requestMeta(request) }),
  );
  r.delete(
    '/api/department/notices/:id',
    {
      ...business,
      schema: {
        tags,
        summary: '删除申报通知（仅草稿）',
        params: idParams,
        response: { 204: noContent('已删除') },
      },
    },
    async (request, reply) => {
      await notices.remove({ auth: requireAuth(request), id: request.params.id, meta: requestMeta(request) });
      return reply.status(204).send(null);
    },
  );

  // multipart is parsed in this scope only: every other route keeps refusing it with 415
  await app.register(async (scope) => {
    await scope.register(multipart, {
      limits: { fileSize: NOTICE_ATTACHMENT_MAX_BYTES, files: 1, fields: 5, parts: 6, fieldSize: 1024 },
    });
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/department/notices/:id/attachments',
      {
        ...business,
        schema: {
          tags,
          summary: '上传通知附件（multipart，字段 file）',
          params: idParams,
          consumes: ['multipart/form-data'],
          response: { 201: noticeAttachmentSchema },
        },
      },
      async (request, reply) => {
        if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', '请以表单方式上传附件');
        const file = await request.file({ limits: { fileSize: NOTICE_ATTACHMENT_MAX_BYTES, files: 1 } });
        if (!file) throw fieldError('file', '请选择要上传的文件');
        const item = await notices.addAttachment({
          auth: requireAuth(request),
          id: request.params.id,
          file: { filename: file.filename, stream: file.file },
          meta: requestMeta(request),
        });
        return reply.status(201).send(item);
      },
    );
  });
  r.delete(
    '/api/department/notices/:id/attachments/:aid',
    {
      ...business,
      schema: {
        tags,
        summary: '删除通知附件',
        params: attachmentParams,
        response: { 204: noContent('已删除') },
      },
    },
    async (request, reply) => {
      await notices.removeAttachment({
        auth: requireAuth(request),
        id: request.params.id,
        attachmentId: request.params.aid,
        meta: requestMeta(request),
      });
      return reply.status(204).send(null);
    },
  );
  r.get(
    '/api/notices/:id/attachments/:aid',
    {
      ...signedInOnly,
      schema: {
        tags: ['申报通知'],
        summary: '下载通知附件',
        params: attachmentParams,
        response: { 200: fileAnswer('application/octet-stream', '通知附件（类型见 content-type）') },
      },
    },
    async (request, reply) => {
      const { attachment, stream } = await notices.openAttachment({
        auth: requireAuth(request),
        id: request.params.id,
        attachmentId: request.params.aid,
      });
      // a stream goes out as it is, never through the serializer: the schema only documents the file
      return reply
        .header('content-type', attachment.contentType)
        .header('content-length', attachment.size)
        .header('content-disposition', contentDisposition(attachment.fileName))
        .header('cache-control', 'private, no-store')
        .send(stream);
    },
  );

  r.get(
    '/api/person/notices',
    {
      ...may(db, noticePolicy, 'browse'),
      schema: {
        tags: ['个人网厅'],
        summary: '申报中的申报通知',
        response: { 200: publishedNoticeListAnswerSchema },
      },
    },
    async () => notices.openNotices(),
  );

  r.get(
    '/api/declaration-guide',
    {
      ...signedInOnly,
      schema: {
        tags: ['申报通知'],
        summary: '申报注意事项',
        response: { 200: declarationGuideAnswerSchema },
      },
    },
    async () => guide.get(),
  );
  r.put(
    '/api/department/declaration-guide',
    {
      ...may(db, noticePolicy, 'editGuide'),
      schema: {
        tags,
        summary: '编辑申报注意事项',
        body: declarationGuideSchema,
        response: { 200: declarationGuideAnswerSchema },
      },
    },
    async (request) =>
      guide.put({ auth: requireAuth(request), text: request.body.text, meta: requestMeta(request) }),
  );
}
