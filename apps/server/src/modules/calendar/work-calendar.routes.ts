import multipart from '@fastify/multipart';
import {
  isRealDate,
  WORK_CALENDAR_IMPORT_COLUMNS,
  WORK_CALENDAR_IMPORT_MAX_ROWS,
  workCalendarDayBodySchema,
  workCalendarImportFieldsSchema,
  workCalendarImportReportSchema,
  workCalendarItemSchema,
  workCalendarPolicy,
  workCalendarQuerySchema,
  workCalendarThisYear,
  workCalendarYearSchema,
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
import type { WorkCalendarService } from './work-calendar.service.js';

const dayParams = z.object({
  day: z.string().refine(isRealDate, { error: '日期不正确，应为YYYY-MM-DD，如2026-10-01' }),
});
const IMPORT_MAX_BYTES = 1024 * 1024;

/** 工作日历 of the 管理端 (系统管理员): the 法定节假日 and 调休上班 days every working-day count reads. */
export async function workCalendarRoutes(
  app: FastifyInstance,
  { workCalendar, db }: { workCalendar: WorkCalendarService; db: Kysely<DB> },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const sysAdmin = may(db, workCalendarPolicy, 'manage');
  const tags = ['管理端：工作日历'];
  const actor = (request: Parameters<typeof requireAuth>[0]) => ({
    auth: requireAuth(request),
    meta: requestMeta(request),
  });

  r.get(
    '/api/department/work-calendar',
    {
      ...sysAdmin,
      schema: {
        tags,
        summary: '一年的法定节假日与调休上班日',
        querystring: workCalendarQuerySchema,
        response: { 200: workCalendarYearSchema },
      },
    },
    async (request) => workCalendar.list(request.query.year ?? workCalendarThisYear()),
  );
  r.post(
    '/api/department/work-calendar',
    {
      ...sysAdmin,
      schema: {
        tags,
        summary: '添加法定节假日或调休上班日',
        body: workCalendarDayBodySchema,
        response: { 201: workCalendarItemSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await workCalendar.add({ ...actor(request), body: request.body })),
  );
  r.delete(
    '/api/department/work-calendar/:day',
    {
      ...sysAdmin,
      schema: {
        tags,
        summary: '删除工作日历中的一天',
        params: dayParams,
        response: { 204: noContent('已删除') },
      },
    },
    async (request, reply) => {
      await workCalendar.remove({ ...actor(request), day: request.params.day });
      return reply.status(204).send(null);
    },
  );
  r.get(
    '/api/department/work-calendar/import-template.xlsx',
    {
      ...sysAdmin,
      schema: {
        tags,
        summary: '工作日历导入模板（Excel，含该年现有的日期）',
        querystring: workCalendarQuerySchema,
        response: { 200: fileAnswer(XLSX_CONTENT_TYPE, '工作日历导入模板') },
      },
    },
    async (request, reply) => {
      const year = request.query.year ?? workCalendarThisYear();
      const rows = await workCalendar.yearRows(year);
      const file = await xlsxBuffer({
        name: `${year}年工作日历`,
        columns: [
          { header: WORK_CALENDAR_IMPORT_COLUMNS.day, width: 14, value: (d: (typeof rows)[number]) => d.day },
          { header: WORK_CALENDAR_IMPORT_COLUMNS.kind, width: 14, value: (d) => d.kind },
          { header: WORK_CALENDAR_IMPORT_COLUMNS.name, width: 24, value: (d) => d.name },
        ],
        rows,
      });
      return sendFile(
        reply,
        { fileName: `${year}年工作日历.xlsx`, contentType: XLSX_CONTENT_TYPE, download: true },
        file,
      );
    },
  );

  await app.register(async (scope) => {
    await scope.register(multipart, {
      limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 2, parts: 3 },
    });
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/department/work-calendar/import',
      {
        ...sysAdmin,
        schema: {
          tags,
          summary: '导入一年的工作日历（Excel，字段 file；替换该年原有的日期）',
          consumes: ['multipart/form-data'],
          querystring: workCalendarImportFieldsSchema,
          response: { 200: workCalendarImportReportSchema },
        },
      },
      async (request) => {
        if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', '请以表单方式上传文件');
        const file = await request.file();
        if (!file) throw fieldError('file', '请选择要导入的Excel文件');
        const buffer = await readUpload(file, '导入文件不能超过1MB');
        let sheet: Awaited<ReturnType<typeof readSheet>>;
        try {
          sheet = await readSheet(buffer, { maxRows: WORK_CALENDAR_IMPORT_MAX_ROWS });
        } catch (error) {
          if (error instanceof SheetError) throw fieldError('file', error.message);
          throw error;
        }
        const missing = Object.values(WORK_CALENDAR_IMPORT_COLUMNS).filter((h) => !sheet.headers.includes(h));
        if (missing.length) {
          throw fieldError('file', `表格缺少列：${missing.join('、')}，请使用导入模板的表头`);
        }
        return workCalendar.importYear({ ...actor(request), year: request.query.year, rows: sheet.rows });
      },
    );
  });
}
