import { z } from 'zod';
import { WORK_CALENDAR_KINDS, workCalendarProblems } from '../calendar/working-days.js';
import { chinaDate } from '../identity/id-number.js';
import { importErrorsSchema, isoDate, isoDateTime, itemsAnswer } from './answers.js';
import { text } from './fields.js';

/**
 * 工作日历 (issue 13): the 法定节假日 and 调休上班 days every working-day count reads (calendar/working-days.ts).
 * The 系统管理员 keeps it: a year at a time, a day added or removed, or a year imported from Excel.
 */

export const WORK_CALENDAR_SOURCES = {
  seed: '国务院办公厅通知（内置）',
  manual: '手工添加',
  import: 'Excel导入',
} as const;
export type WorkCalendarSource = keyof typeof WORK_CALENDAR_SOURCES;

/** The years the 工作日历 can hold. */
export const WORK_CALENDAR_YEAR_MIN = 1900;
export const WORK_CALENDAR_YEAR_MAX = 2100;

const year = z.coerce
  .number({ error: '年份不正确' })
  .int('年份不正确')
  .min(WORK_CALENDAR_YEAR_MIN, `年份应在${WORK_CALENDAR_YEAR_MIN}至${WORK_CALENDAR_YEAR_MAX}年之间`)
  .max(WORK_CALENDAR_YEAR_MAX, `年份应在${WORK_CALENDAR_YEAR_MIN}至${WORK_CALENDAR_YEAR_MAX}年之间`);

/** `GET /api/department/work-calendar?year=`: one year's days (this year in Beijing when none is named). */
export const workCalendarQuerySchema = z.object({ year: year.optional() });
export type WorkCalendarQuery = z.infer<typeof workCalendarQuerySchema>;

/** This year in Beijing: the year a 工作日历 page or template shows when none is named. */
export const workCalendarThisYear = (now = new Date()) => Number(chinaDate(now).slice(0, 4));

/**
 * A day as a person may write it in a sheet or a form: 2026-10-01, 2026/10/1, 2026.10.1 or 2026年10月1日, with
 * an Excel date cell read as YYYY-MM-DD (with a time of 00:00 allowed). Answers YYYY-MM-DD, or the text unchanged.
 */
export function normalizeDay(value: string): string {
  const v = value.trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+00:00(?::00)?)?$/.exec(v);
  if (!m) return v;
  return `${m[1]}-${m[2]?.padStart(2, '0')}-${m[3]?.padStart(2, '0')}`;
}

export const workCalendarItemSchema = z
  .object({
    day: isoDate,
    /** 星期一 … 星期日 */
    weekday: z.string().describe('星期'),
    kind: z.enum(WORK_CALENDAR_KINDS),
    /** the holiday it belongs to, e.g. 国庆节 */
    name: z.string().describe('节日名称'),
    source: z
      .enum(['seed', 'manual', 'import'])
      .describe('来源：seed 内置、manual 手工添加、import Excel导入'),
    updatedAt: isoDateTime,
  })
  .describe('工作日历中的一天');
export type WorkCalendarItem = z.infer<typeof workCalendarItemSchema>;

export const workCalendarYearSchema = itemsAnswer(workCalendarItemSchema)
  .extend({
    year: z.number().int(),
    /** every year that has at least one day, newest first */
    years: z.array(z.number().int()).describe('有记录的年份'),
  })
  .describe('一年的工作日历');
export type WorkCalendarYear = z.infer<typeof workCalendarYearSchema>;

/** `POST /api/department/work-calendar`: add one day. */
export const workCalendarDayBodySchema = z
  .object({
    day: z
      .string({ error: '请选择日期' })
      .trim()
      .min(1, '请选择日期')
      .max(30, '日期不正确')
      .transform(normalizeDay),
    kind: z.enum(WORK_CALENDAR_KINDS, { error: '请选择类型：法定节假日或调休上班' }),
    name: text('节日名称', { max: 50 }),
  })
  .superRefine((body, ctx) => {
    for (const message of workCalendarProblems(body.day, body.kind))
      ctx.addIssue({ code: 'custom', path: ['day'], message });
  });
export type WorkCalendarDayBody = z.input<typeof workCalendarDayBodySchema>;

/** The columns of the import sheet (`POST /api/department/work-calendar/import`). */
export const WORK_CALENDAR_IMPORT_COLUMNS = { day: '日期', kind: '类型', name: '名称' } as const;
/** A year has some 40 such days; a sheet longer than this is not a year's calendar. */
export const WORK_CALENDAR_IMPORT_MAX_ROWS = 366;

/** The form fields of an import besides `file`. */
export const workCalendarImportFieldsSchema = z.object({ year });

/** The answer of an import: the year's days replaced by the sheet's, or (400) nothing and every bad row. */
export const workCalendarImportReportSchema = z
  .object({
    year: z.number().int(),
    /** days of the year after the import */
    imported: z.number().describe('导入后该年的天数'),
    /** days the year had before, now replaced */
    replaced: z.number().describe('被替换的原有天数'),
    errors: importErrorsSchema,
  })
  .describe('导入结果');
export type WorkCalendarImportReport = z.infer<typeof workCalendarImportReportSchema>;
