import {
  DEFAULT_CATEGORY_NAMES,
  type Statistics,
  type StatisticsQuery,
  statisticsPolicy,
  statisticsQuerySchema,
  statisticsSchema,
  type TalentCategory,
} from '@rcpd/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { actorOf, requestMeta, requireAuth } from '../../http/auth.js';
import { fileAnswer } from '../../http/openapi.js';
import { may } from '../../http/policy.js';
import { sendFile } from '../../platform/uploads.js';
import { XLSX_CONTENT_TYPE, xlsxBuffer, xlsxSheet } from '../../platform/xlsx/workbook.js';
import { recordAudit } from '../audit/audit.service.js';
import type { StatisticsService } from './statistics.service.js';

const categoryName = (c: string) =>
  c ? `${c}类 ${DEFAULT_CATEGORY_NAMES[c as TalentCategory] ?? ''}` : '未填写';
const percent = (r: number | null) => (r === null ? '' : `${(r * 100).toFixed(1)}%`);

/** 导出Excel: one sheet per figure, the same numbers as the tables of the page. */
function workbookOf(s: Statistics) {
  return [
    xlsxSheet({
      name: '按业务状态',
      columns: [
        { header: '业务状态', value: (r: Statistics['byStatus'][number]) => r.status },
        { header: '申报数', value: (r) => r.count },
      ],
      rows: s.byStatus,
    }),
    xlsxSheet({
      name: '按申报人才类别',
      columns: [
        {
          header: '申报人才类别',
          width: 26,
          value: (r: Statistics['byCategory'][number]) => categoryName(r.category),
        },
        { header: '申报数', value: (r) => r.count },
      ],
      rows: s.byCategory,
    }),
    xlsxSheet({
      name: '按推荐单位',
      columns: [
        { header: '推荐单位', width: 36, value: (r: Statistics['byEmployer'][number]) => r.name },
        { header: '申报数', value: (r) => r.count },
      ],
      rows: s.byEmployer,
    }),
    xlsxSheet({
      name: '按申报通知',
      columns: [
        { header: '申报通知', width: 40, value: (r: Statistics['byNotice'][number]) => r.title },
        { header: '申报数', value: (r) => r.count },
      ],
      rows: s.byNotice,
    }),
    xlsxSheet({
      name: '每日提交',
      columns: [
        { header: '提交日期', width: 14, value: (r: Statistics['perDay'][number]) => r.day },
        { header: '申报数', value: (r) => r.count },
      ],
      rows: s.perDay,
    }),
    xlsxSheet({
      name: '审核环节',
      columns: [
        { header: '审核环节', value: (r: Statistics['stages'][number]) => r.stageName },
        { header: '待审核', value: (r) => r.waiting },
        { header: '已审核', value: (r) => r.decided },
        { header: '审核通过', value: (r) => r.passed },
        { header: '退回', value: (r) => r.returned },
        { header: '审核不通过终止审核', value: (r) => r.terminated },
        { header: '通过率', value: (r) => percent(r.passRate) },
        { header: '退回率', value: (r) => percent(r.returnRate) },
        { header: '终止率', value: (r) => percent(r.terminateRate) },
        { header: '用时中位数（小时）', value: (r) => r.medianHours },
        { header: '用时90%分位（小时）', value: (r) => r.p90Hours },
      ],
      rows: s.stages,
    }),
    xlsxSheet({
      name: '评审结果',
      columns: [
        {
          header: '申报人才类别',
          width: 26,
          value: (r: Statistics['results'][number]) => categoryName(r.category),
        },
        { header: '认定通过', value: (r) => r.认定通过 },
        { header: '调整类别认定', value: (r) => r.调整类别认定 },
        { header: '不予认定', value: (r) => r.不予认定 },
        { header: '合计', value: (r) => r.total },
      ],
      rows: s.results,
    }),
    xlsxSheet({
      name: '证书状态',
      columns: [
        { header: '证书状态', value: (r: Statistics['certificates'][number]) => r.status },
        { header: '证书数', value: (r) => r.count },
      ],
      rows: s.certificates,
    }),
  ];
}

/** 统计分析 of the 管理端 (业务管理员): the figures and their 导出Excel. */
export async function statisticsRoutes(
  app: FastifyInstance,
  { statistics, db }: { statistics: StatisticsService; db: Kysely<DB> },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['管理端：统计分析'];

  r.get(
    '/api/department/statistics',
    {
      ...may(db, statisticsPolicy, 'read'),
      schema: {
        tags,
        summary: '统计分析：申报、审核环节、评审结果与证书的统计',
        querystring: statisticsQuerySchema,
        response: { 200: statisticsSchema },
      },
    },
    async (request) => statistics.figures(request.query),
  );
  r.get(
    '/api/department/statistics.xlsx',
    {
      ...may(db, statisticsPolicy, 'export'),
      schema: {
        tags,
        summary: '统计分析导出Excel（每个图表一张工作表）',
        querystring: statisticsQuerySchema,
        response: { 200: fileAnswer(XLSX_CONTENT_TYPE, '统计分析') },
      },
    },
    async (request, reply) => {
      const query: StatisticsQuery = request.query;
      const figures = await statistics.figures(query);
      const file = await xlsxBuffer(workbookOf(figures));
      await recordAudit(db, {
        actor: actorOf(requireAuth(request)),
        action: 'statistics.export',
        detail: { ...query },
        ...requestMeta(request),
      });
      return sendFile(
        reply,
        { fileName: '统计分析.xlsx', contentType: XLSX_CONTENT_TYPE, download: true },
        file,
      );
    },
  );
}
