import { exportItemSchema } from '@rcpd/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.js';
import { actorOf, requestMeta, requireAuth } from '../../http/auth.js';
import { fileAnswer } from '../../http/openapi.js';
import { signedInOnly } from '../../http/policy.js';
import { sendFile } from '../../platform/uploads.js';
import { XLSX_CONTENT_TYPE } from '../../platform/xlsx/workbook.js';
import { ZIP_CONTENT_TYPE } from '../../platform/zip.js';
import { recordAudit } from '../audit/audit.service.js';
import type { ExportsService } from './exports.service.js';

/** An Excel list, or a zip (the 评审材料包). */
const exportFileAnswer = {
  description: '导出的文件：Excel 表格或 zip 压缩包',
  content: {
    ...fileAnswer(XLSX_CONTENT_TYPE, '').content,
    ...fileAnswer(ZIP_CONTENT_TYPE, '').content,
  },
};

const idParams = z.object({ id: z.uuid({ error: '导出文件不存在或已过期' }) });

/** A background export's progress and file, for the account that asked for it. */
export async function exportsRoutes(
  app: FastifyInstance,
  { exports, db }: { exports: ExportsService; db: Kysely<DB> },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['导出'];
  r.get(
    '/api/exports/:id',
    {
      ...signedInOnly,
      schema: { tags, summary: '后台导出的进度', params: idParams, response: { 200: exportItemSchema } },
    },
    async (request) => exports.get(requireAuth(request).account.id, request.params.id),
  );
  r.get(
    '/api/exports/:id/file',
    {
      ...signedInOnly,
      schema: {
        tags,
        summary: '下载后台导出的文件',
        params: idParams,
        response: { 200: exportFileAnswer },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const { fileName, contentType, stream } = await exports.file(auth.account.id, request.params.id);
      await recordAudit(db, {
        actor: actorOf(auth),
        action: 'export.download',
        targetType: 'export',
        targetId: request.params.id,
        detail: { fileName },
        ...requestMeta(request),
      });
      return sendFile(reply, { fileName, contentType, download: true }, stream);
    },
  );
}
