import { createRequire } from 'node:module';
import type { ErrorBody, WorkCalendarImportReport, WorkCalendarItem, WorkCalendarYear } from '@rcpd/shared';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadFile } from '../../test/files.js';
import { type Client, createTestApp, type TestContext } from '../../test/harness.js';
import {
  auditRows,
  expectError,
  fieldMessage,
  signedInAdmin,
  signedInAuditor,
  signedInBusiness,
} from '../../test/helpers.js';
import { workingDayAfter } from './work-calendar.service.js';

let ctx: TestContext;
let admin: Client;
beforeAll(async () => {
  ctx = await createTestApp();
  admin = await signedInAdmin(ctx);
});
afterAll(() => ctx.close());

const yearOf = async (year: number) => {
  const response = await admin.get(`/api/department/work-calendar?year=${year}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<WorkCalendarYear>();
};

/** Every row of the table, to show that a refused change changed nothing. */
const allDays = async () =>
  (
    await sql<{
      d: string;
    }>`select md5(string_agg(t::text, '|' order by day)) as d from work_calendar t`.execute(ctx.database.db)
  ).rows[0]?.d;

async function sheet(rows: unknown[][], headers = ['日期', '类型', '名称']) {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('工作日历');
  ws.addRow(headers);
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
const importYear = (year: number | string, content: Buffer, client = admin) =>
  uploadFile(client, `/api/department/work-calendar/import?year=${year}`, '工作日历.xlsx', content);

describe('the seed', () => {
  it('holds 2026 as the State Council set it (国办发明电〔2025〕7号)', async () => {
    const { items } = await yearOf(2026);
    const of = (kind: string) => items.filter((i) => i.kind === kind).map((i) => i.day);
    const range = (month: string, from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => `2026-${month}-${String(from + i).padStart(2, '0')}`);
    expect(of('法定节假日')).toEqual([
      ...range('01', 1, 3),
      ...range('02', 15, 23),
      ...range('04', 4, 6),
      ...range('05', 1, 5),
      ...range('06', 19, 21),
      ...range('09', 25, 27),
      ...range('10', 1, 7),
    ]);
    expect(of('调休上班')).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
    expect(items.find((i) => i.day === '2026-10-01')).toMatchObject({
      weekday: '星期四',
      name: '国庆节',
      source: 'seed',
    });
  });

  it('is every day of the pinned chinese-days package', async () => {
    const data = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as Record<
      'holidays' | 'workdays',
      Record<string, string>
    >;
    const expected = [
      ...Object.entries(data.holidays).map(([d, v]) => `${d} 法定节假日 ${v.split(',')[1]}`),
      ...Object.entries(data.workdays).map(([d, v]) => `${d} 调休上班 ${v.split(',')[1]}`),
    ].sort();
    const rows = await ctx.database.db
      .selectFrom('work_calendar')
      .select(sql<string>`to_char(day, 'YYYY-MM-DD') || ' ' || kind || ' ' || name`.as('row'))
      .where('source', '=', 'seed')
      .orderBy('day')
      .execute();
    expect(rows.map((r) => r.row)).toEqual(expected);
  });

  it('ends a 公示 started before 2026-10-01 on the right working day', async () => {
    // 9/30, 10/8, 10/9, 10/10 (调休上班), 10/12: the day it starts never counts
    expect(await workingDayAfter(ctx.database.db, '2026-09-29', 5)).toBe('2026-10-12');
    expect(await workingDayAfter(ctx.database.db, '2026-09-30', 1)).toBe('2026-10-08');
    expect(await workingDayAfter(ctx.database.db, '2026-09-18', 1)).toBe('2026-09-20');
    expect(await workingDayAfter(ctx.database.db, '2026-02-13', 30)).toBe('2026-04-02');
  });
});

describe('a day added and removed', () => {
  it('adds a day, lists it under its year, refuses it twice, removes it: each change audited', async () => {
    const added = await admin.post('/api/department/work-calendar', {
      day: '2030/5/1',
      kind: '法定节假日',
      name: ' 劳动节 ',
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json<WorkCalendarItem>()).toMatchObject({
      day: '2030-05-01',
      weekday: '星期三',
      kind: '法定节假日',
      name: '劳动节',
      source: 'manual',
    });
    const year = await yearOf(2030);
    expect(year.items.map((i) => i.day)).toEqual(['2030-05-01']);
    expect(year.years).toContain(2030);
    expect(year.years).toContain(2026);
    const [audit] = await auditRows(ctx, 'work_calendar.add', '2030-05-01');
    expect(audit?.detail).toMatchObject({ kind: '法定节假日', name: '劳动节' });

    const twice = await admin.post('/api/department/work-calendar', {
      day: '2030-05-01',
      kind: '法定节假日',
      name: '劳动节',
    });
    expect(fieldMessage(expectError(twice, 409, 'ALREADY_REGISTERED', 'day'), 'day')).toBe(
      '2030-05-01已在工作日历中（法定节假日，劳动节），如需修改请先删除',
    );

    const removed = await admin.send('DELETE', '/api/department/work-calendar/2030-05-01');
    expect(removed.statusCode, removed.body).toBe(204);
    expect((await yearOf(2030)).items).toEqual([]);
    expect(await auditRows(ctx, 'work_calendar.remove', '2030-05-01')).toHaveLength(1);
    expectError(await admin.send('DELETE', '/api/department/work-calendar/2030-05-01'), 404, 'NOT_FOUND');
    expectError(
      await admin.send('DELETE', '/api/department/work-calendar/2030-02-30'),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('refuses a weekday marked 调休上班, a day that does not exist and a missing name, changing nothing', async () => {
    const before = await allDays();
    const weekday = await admin.post('/api/department/work-calendar', {
      day: '2030-05-06',
      kind: '调休上班',
      name: '劳动节',
    });
    expect(fieldMessage(expectError(weekday, 400, 'VALIDATION_FAILED', 'day'), 'day')).toBe(
      '2030-05-06是星期一，本就是工作日，不能标为调休上班（调休上班只能在周六或周日）',
    );
    const noDay = await admin.post('/api/department/work-calendar', {
      day: '2030-02-29',
      kind: '法定节假日',
      name: '春节',
    });
    expect(fieldMessage(expectError(noDay, 400, 'VALIDATION_FAILED', 'day'), 'day')).toMatch(
      /^日期“2030-02-29”不正确/,
    );
    expectError(
      await admin.post('/api/department/work-calendar', { day: '2030-05-04', kind: '调休上班', name: '' }),
      400,
      'VALIDATION_FAILED',
      'name',
    );
    expectError(
      await admin.post('/api/department/work-calendar', { day: '2030-05-04', kind: '休息', name: '劳动节' }),
      400,
      'VALIDATION_FAILED',
      'kind',
    );
    expect(await allDays()).toBe(before);
  });

  it('moves the end of a 公示 when a day is added', async () => {
    // 2031-03-03 is a Monday: made a holiday, a 公示 from the Friday before ends a day later
    expect(await workingDayAfter(ctx.database.db, '2031-02-28', 1)).toBe('2031-03-03');
    const added = await admin.post('/api/department/work-calendar', {
      day: '2031-03-03',
      kind: '法定节假日',
      name: '测试假日',
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(await workingDayAfter(ctx.database.db, '2031-02-28', 1)).toBe('2031-03-04');
  });
});

describe('导入 a year', () => {
  it('replaces the year with the sheet, weekends marked 法定节假日 included, audited', async () => {
    const year = await yearOf(2026);
    expect(year.items.length).toBe(39);
    const content = await sheet([
      ['2027-01-01', '法定节假日', '元旦'],
      [new Date(Date.UTC(2027, 0, 2)), '法定节假日', '元旦'], // an Excel date cell, a Saturday
      ['2027/1/3', '法定节假日', '元旦'],
      ['2027-10-09', '调休上班', '国庆节'],
    ]);
    const response = await importYear(2027, content);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<WorkCalendarImportReport>()).toEqual({
      year: 2027,
      imported: 4,
      replaced: 0,
      errors: [],
    });
    const after = await yearOf(2027);
    expect(after.items.map((i) => `${i.day} ${i.kind} ${i.source}`)).toEqual([
      '2027-01-01 法定节假日 import',
      '2027-01-02 法定节假日 import',
      '2027-01-03 法定节假日 import',
      '2027-10-09 调休上班 import',
    ]);
    // imported again: the year becomes the new sheet
    const again = await importYear(2027, await sheet([['2027-01-01', '法定节假日', '元旦']]));
    expect(again.json<WorkCalendarImportReport>()).toMatchObject({ imported: 1, replaced: 4 });
    expect((await yearOf(2027)).items.map((i) => i.day)).toEqual(['2027-01-01']);
    const audits = await auditRows(ctx, 'work_calendar.import', '2027');
    expect(audits).toHaveLength(2);
    expect(audits[1]?.detail).toMatchObject({
      year: 2027,
      replaced: 4,
      days: ['2027-01-01 法定节假日 元旦'],
    });
    // the 2026 days are untouched
    expect((await yearOf(2026)).items.length).toBe(39);
  });

  it('refuses a sheet with a bad date, a duplicate day, a weekday 调休上班 or an unknown 类型: every row named, nothing changed', async () => {
    const before = await allDays();
    const content = await sheet([
      ['2028-01-01', '法定节假日', '元旦'], // row 2: good
      ['2028-02-30', '法定节假日', '春节'], // row 3: no such day
      ['2028-01-01', '法定节假日', '元旦'], // row 4: again
      ['2028-10-09', '调休上班', '国庆节'], // row 5: a Monday
      ['2028-10-01', '休息日', '国庆节'], // row 6: unknown kind
      ['2029-01-01', '法定节假日', '元旦'], // row 7: another year
      ['', '', ''], // an empty row is skipped
      ['2028-10-08', '', '国庆节'], // row 9: no kind
      ['2028-10-07', '法定节假日', '国庆节'], // row 10: a Saturday holiday is fine
    ]);
    const response = await importYear(2028, content);
    const body = expectError(response, 400, 'VALIDATION_FAILED') as ErrorBody & WorkCalendarImportReport;
    expect(body.message).toBe('导入失败：共6处错误，未导入任何数据');
    expect(body.errors).toEqual([
      { row: 3, message: '日期“2028-02-30”不正确，应为1900年至2100年之间的日期，如2026-10-01' },
      { row: 4, message: '日期2028-01-01与第2行重复' },
      { row: 5, message: '2028-10-09是星期一，本就是工作日，不能标为调休上班（调休上班只能在周六或周日）' },
      { row: 6, message: '类型“休息日”不正确，应为“法定节假日”或“调休上班”' },
      { row: 7, message: '2029-01-01不在导入的2028年内' },
      { row: 9, message: '类型为空' },
    ]);
    expect(await allDays()).toBe(before);
    expect(await auditRows(ctx, 'work_calendar.import', '2028')).toEqual([]);
  });

  it('refuses a sheet without the columns, an empty sheet, a missing or wrong year', async () => {
    const before = await allDays();
    const noColumns = await importYear(2028, await sheet([['2028-01-01', '元旦']], ['日期', '名称']));
    expect(fieldMessage(expectError(noColumns, 400, 'VALIDATION_FAILED', 'file'), 'file')).toBe(
      '表格缺少列：类型，请使用导入模板的表头',
    );
    const empty = expectError(await importYear(2028, await sheet([])), 400, 'VALIDATION_FAILED');
    expect((empty as ErrorBody & WorkCalendarImportReport).errors).toEqual([
      { row: 1, message: '表格中没有数据' },
    ]);
    expectError(
      await importYear('', await sheet([['2028-01-01', '法定节假日', '元旦']])),
      400,
      'VALIDATION_FAILED',
    );
    expectError(
      await importYear(3000, await sheet([['2028-01-01', '法定节假日', '元旦']])),
      400,
      'VALIDATION_FAILED',
    );
    expect(await allDays()).toBe(before);
  });

  it('takes two imports of a year sent at once one after the other', async () => {
    const one = await sheet([['2033-01-01', '法定节假日', '元旦']]);
    const two = await sheet([
      ['2033-01-01', '法定节假日', '元旦'],
      ['2033-01-03', '法定节假日', '元旦'],
    ]);
    const answers = await Promise.all([importYear(2033, one), importYear(2033, two)]);
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200]);
    const days = (await yearOf(2033)).items.map((i) => i.day);
    expect([['2033-01-01'], ['2033-01-01', '2033-01-03']]).toContainEqual(days);
  });

  it('offers a template holding the year as it stands, which imports back unchanged', async () => {
    const response = await admin.get('/api/department/work-calendar/import-template.xlsx?year=2026');
    expect(response.statusCode).toBe(200);
    expect(String(response.headers['content-disposition'])).toContain('attachment');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const ws = workbook.worksheets[0];
    expect(ws?.getRow(1).values).toEqual([undefined, '日期', '类型', '名称']);
    expect(ws?.getRow(2).values).toEqual([undefined, '2026-01-01', '法定节假日', '元旦']);
    expect(ws?.rowCount).toBe(40);
    const back = await importYear(2026, response.rawPayload);
    expect(back.json<WorkCalendarImportReport>()).toMatchObject({ imported: 39, replaced: 39 });
    expect(await workingDayAfter(ctx.database.db, '2026-09-29', 5)).toBe('2026-10-12');
  });
});

describe('who may', () => {
  it('lets only the 系统管理员 in', async () => {
    const before = await allDays();
    for (const client of [await signedInBusiness(ctx), await signedInAuditor(ctx)]) {
      expectError(await client.get('/api/department/work-calendar?year=2026'), 403, 'FORBIDDEN');
      expectError(
        await client.post('/api/department/work-calendar', {
          day: '2032-01-01',
          kind: '法定节假日',
          name: '元旦',
        }),
        403,
        'FORBIDDEN',
      );
      expectError(await client.send('DELETE', '/api/department/work-calendar/2026-10-01'), 403, 'FORBIDDEN');
      expectError(
        await importYear(2026, await sheet([['2026-10-01', '法定节假日', '国庆节']]), client),
        403,
        'FORBIDDEN',
      );
      expectError(await client.get('/api/department/work-calendar/import-template.xlsx'), 403, 'FORBIDDEN');
    }
    expect(await allDays()).toBe(before);
  });
});
