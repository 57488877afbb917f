import multipart from '@fastify/multipart';
import {
  employerSupervisorSchema,
  employerUnitSchema,
  SUPERVISOR_IMPORT_COLUMNS,
  SUPERVISOR_IMPORT_MAX_ROWS,
  supervisedEmployerItemSchema,
  supervisedEmployerPageSchema,
  supervisedEmployersQuerySchema,
  supervisorBodySchema,
  supervisorImportReportSchema,
  supervisorListSchema,
  supervisorPolicy,
  supervisorRefSchema,
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
import { readUpload, sendFile } from '../../platform/uploads.js';
import { readSheet, SheetError } from '../../platform/xlsx/read.js';
import { XLSX_CONTENT_TYPE, xlsxBuffer } from '../../platform/xlsx/workbook.js';
import type { SupervisorsService } from './supervisors.service.js';

const supervisorParams = z.object({ id: z.uuid({ error: '主管部门不存在' }) });
const employerParams = z.object({ id: z.uuid({ error: '单位不存在' }) });
const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

/** 主管部门管理 of the 管理端 (系统管理员), and the employer's own 单位信息 in the 单位网厅. */
export async function supervisorsRoutes(
  app: FastifyInstance,
  { supervisors, db }: { supervisors: SupervisorsService; db: Kysely<DB> },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const sysAdmin = may(db, supervisorPolicy, 'manage');
  const tags = ['管理端：主管部门'];
  const actor = (request: Parameters<typeof requireAuth>[0]) => ({
    auth: requireAuth(request),
    meta: requestMeta(request),
  });

  r.get(
    '/api/department/supervisors',
    { ...sysAdmin, schema: { tags, summary: '主管部门列表', response: { 200: supervisorListSchema } } },
    async () => supervisors.list(),
  );
  r.post(
    '/api/department/supervisors',
    {
      ...sysAdmin,
      schema: {
        tags,
        summary: '添加主管部门',
        body: supervisorBodySchema,
        response: { 201: supervisorRefSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await supervisors.create({ ...actor(request), name: request.body.name })),
  );
  r.put(
    '/api/department/supervisors/:id',
    {
      ...sysAdmin,
      schema: {
        tags,
        summary: '修改主管部门名称',
        params: supervisorParams,
        body: supervisorBodySchema,
        response: { 200: supervisorRefSchema },
      },
    },
    async (request) =>
      supervisors.rename({ ...actor(request), id: request.params.id, name: request.body.name }),
  );
  r.delete(
    '/api/department/supervisors/:id',
    {
      ...sysAdmin,
      schema: {
        tags,
        summary: '删除主管部门（无单位、无账号时）',
        params: supervisorParams,
        response: { 204: noContent('已删除') },
      },
    },
    async (request, reply) => {
      await supervisors.remove({ ...actor(request), id: request.params.id });
      return reply.status(204).send(null);
    },
  );
  r.get(
    '/api/department/supervisors/employers',
    {
      ...sysAdmin,
      schema: {
        tags,
        summary: '单位及其主管部门（分页）',
        querystring: supervisedEmployersQuerySchema,
        response: { 200: supervisedEmployerPageSchema },
      },
    },
    async (request) => supervisors.employers(request.query),
  );
  r.put(
    '/api/department/supervisors/employers/:id',
    {
      ...sysAdmin,
      schema: {
        tags,
        summary: '设置单位的主管部门',
        params: employerParams,
        body: employerSupervisorSchema,
        response: { 200: supervisedEmployerItemSchema },
      },
    },
    async (request) =>
      supervisors.assign({
        ...actor(request),
        employerId: request.params.id,
        supervisorId: request.body.supervisorId,
      }),
  );
  r.get(
    '/api/department/supervisors/import-template.xlsx',
    {
      ...sysAdmin,
      schema: {
        tags,
        summary: '单位主管部门导入模板（Excel）',
        response: { 200: fileAnswer(XLSX_CONTENT_TYPE, '单位主管部门导入模板') },
      },
    },
    async (_request, reply) => {
      const rows = await supervisors.unassignedEmployers(SUPERVISOR_IMPORT_MAX_ROWS);
      const file = await xlsxBuffer({
        name: '单位主管部门',
        columns: [
          { header: SUPERVISOR_IMPORT_COLUMNS.uscc, width: 24, value: (e: (typeof rows)[number]) => e.uscc },
          { header: SUPERVISOR_IMPORT_COLUMNS.name, width: 36, value: (e) => e.name },
          { header: SUPERVISOR_IMPORT_COLUMNS.supervisor, width: 30, value: () => '' },
        ],
        rows,
      });
      return sendFile(
        reply,
        { fileName: '单位主管部门导入模板.xlsx', contentType: XLSX_CONTENT_TYPE, download: true },
        file,
      );
    },
  );

  r.get(
    '/api/employer/unit',
    {
      ...may(db, supervisorPolicy, 'ownUnit'),
      schema: {
        tags: ['单位网厅'],
        summary: '本单位信息（含主管部门）',
        response: { 200: employerUnitSchema },
      },
    },
    async (request) => supervisors.unitOf(requireAuth(request)),
  );

  await app.register(async (scope) => {
    await scope.register(multipart, {
      limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 2, parts: 3 },
    });
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/department/supervisors/import',
      {
        ...sysAdmin,
        schema: {
          tags,
          summary: '导入单位的主管部门（Excel，字段 file）',
          consumes: ['multipart/form-data'],
          response: { 200: supervisorImportReportSchema },
        },
      },
      async (request) => {
        if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', '请以表单方式上传文件');
        const file = await request.file();
        if (!file) throw fieldError('file', '请选择要导入的Excel文件');
        const buffer = await readUpload(file, '导入文件不能超过5MB');
        let sheet: Awaited<ReturnType<typeof readSheet>>;
        try {
          // cells are read as the text a person sees (a formula as its saved result), never evaluated
          sheet = await readSheet(buffer, { maxRows: SUPERVISOR_IMPORT_MAX_ROWS });
        } catch (error) {
          if (error instanceof SheetError) throw fieldError('file', error.message);
          throw error;
        }
        const missing = [SUPERVISOR_IMPORT_COLUMNS.uscc, SUPERVISOR_IMPORT_COLUMNS.supervisor].filter(
          (h) => !sheet.headers.includes(h),
        );
        if (missing.length) {
          throw fieldError('file', `表格缺少列：${missing.join('、')}，请使用导入模板的表头`);
        }
        return supervisors.importRows({ ...actor(request), rows: sheet.rows });
      },
    );
  });
}
