import type { NoticeItem, ResultItem, ReviewDetail, Statistics } from '@rcpd/shared';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../seed/demo.js';
import { DEMO_STATISTICS_NOTICE, seedDemoStatistics } from '../../seed/demo-statistics.js';
import {
  basicValues,
  completeApplication,
  type Draft,
  draftApplication,
  publishedNotice,
  saveModule,
} from '../../test/applications.js';
import { Client, createTestApp, type TestContext } from '../../test/harness.js';
import {
  auditRows,
  expectError,
  fieldMessage,
  signedInAdmin,
  signedInAuditor,
  signedInBusiness,
} from '../../test/helpers.js';

let ctx: TestContext;
let business: Client;
let province: Client;
let notice: NoticeItem;
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

const figures = async (query = `noticeId=${notice.id}`) => {
  const response = await business.get(`/api/department/statistics?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Statistics>();
};
const statusCounts = (s: Statistics) => Object.fromEntries(s.byStatus.map((r) => [r.status, r.count]));
const stage = (s: Statistics, key: string) => s.stages.find((r) => r.stage === key);

async function submitted(category: 'C' | 'D'): Promise<Draft> {
  const draft = await draftApplication(ctx, { published: notice });
  await completeApplication(draft);
  const saved = await saveModule(
    draft,
    'basic',
    basicValues(draft, { category, basis: draft.basisOf(category) }),
    1,
  );
  expect(saved.statusCode, saved.body).toBe(200);
  const response = await draft.client.post(`/api/person/applications/${draft.id}/submit`, {
    commitment: true,
  });
  expect(response.statusCode, response.body).toBe(200);
  return draft;
}
async function decide(reviewer: Client, id: string, action: string, extra: Record<string, unknown> = {}) {
  const { version } = (await reviewer.get(`/api/review/applications/${id}`)).json<ReviewDetail>();
  const response = await reviewer.post(`/api/review/applications/${id}/decision`, {
    action,
    version,
    ...extra,
  });
  expect(response.statusCode, response.body).toBe(200);
}

beforeAll(async () => {
  ctx = await createTestApp();
  business = await signedInBusiness(ctx);
  province = new Client(ctx.app);
  expect((await province.login('department', 'shenhe', DEMO_PASSWORD)).statusCode).toBe(200);
  notice = await publishedNotice(business, { title: '统计分析测试通知' });
});
afterAll(() => ctx.close());

describe('统计分析', () => {
  it('counts applications by status, category, employer, notice and day, and follows every move', async () => {
    const empty = await figures();
    expect(empty.byStatus.every((r) => r.count === 0)).toBe(true);
    expect(empty.byNotice).toEqual([{ noticeId: notice.id, title: '统计分析测试通知', count: 0 }]);
    expect(empty.perDay).toEqual([]);

    await draftApplication(ctx, { published: notice });
    const waiting = await submitted('D');
    const returned = await submitted('C');
    const terminated = await submitted('D');
    const approved = await submitted('D');
    expect(statusCounts(await figures())).toMatchObject({ 未提交: 1, 已申报: 4 });

    // C passes the employer, the province returns it, the applicant resubmits: at the employer again
    await decide(returned.employer.client, returned.id, '审核通过');
    await decide(province, returned.id, '退回', { opinion: '请补充学历证明', modules: ['education'] });
    expect(statusCounts(await figures())).toMatchObject({ 被退回: 1, 已申报: 3 });
    const again = await returned.client.post(`/api/person/applications/${returned.id}/submit`, {
      commitment: true,
    });
    expect(again.statusCode, again.body).toBe(200);
    await decide(terminated.employer.client, terminated.id, '审核不通过终止审核', {
      opinion: '不符合申报条件',
    });
    await decide(approved.employer.client, approved.id, '审核通过');
    await decide(province, approved.id, '审核通过');

    const s = await figures();
    expect(statusCounts(s)).toEqual({
      未提交: 1,
      已申报: 2,
      被退回: 0,
      审核不通过终止审核: 1,
      材料审核通过: 1,
    });
    expect(s.byCategory).toEqual([
      { category: 'A', count: 0 },
      { category: 'B', count: 0 },
      { category: 'C', count: 1 },
      { category: 'D', count: 3 },
      { category: 'E', count: 0 },
      { category: '', count: 1 },
    ]);
    // each applicant came with an employer of its own
    expect(s.byEmployer).toHaveLength(5);
    expect(s.byEmployer.map((e) => e.count)).toEqual([1, 1, 1, 1, 1]);
    expect(s.byEmployer.map((e) => e.name)).toContain(waiting.employer.employer.employerName);
    expect(s.byNotice).toEqual([{ noticeId: notice.id, title: '统计分析测试通知', count: 5 }]);
    expect(s.perDay).toEqual([{ day: today, count: 4 }]);
    expect(stage(s, 'employer')).toMatchObject({
      waiting: 2,
      decided: 3,
      passed: 2,
      returned: 0,
      terminated: 1,
      passRate: 2 / 3,
      terminateRate: 1 / 3,
    });
    expect(stage(s, 'employer')?.medianHours).toBe(0);
    expect(stage(s, 'province')).toMatchObject({
      waiting: 0,
      decided: 2,
      passed: 1,
      returned: 1,
      returnRate: 0.5,
    });
    expect(stage(s, 'supervisor')).toMatchObject({
      waiting: 0,
      decided: 0,
      passRate: null,
      medianHours: null,
    });

    // a result, then 发布 issues the certificate; a revoked certificate moves to 撤销
    expect(
      (await business.post('/api/department/results', { applicationId: approved.id, outcome: '认定通过' }))
        .statusCode,
    ).toBe(200);
    const items = (await business.get('/api/department/results')).json<{ items: ResultItem[] }>().items;
    const result = items.find((i) => i.applicationId === approved.id)?.result;
    expect(
      (await business.post('/api/department/results/publish', { resultIds: [result?.id] })).statusCode,
    ).toBe(202);
    await ctx.jobs.runPending();
    const withResult = await figures();
    expect(withResult.results.find((r) => r.category === 'D')).toEqual({
      category: 'D',
      认定通过: 1,
      调整类别认定: 0,
      不予认定: 0,
      total: 1,
    });
    expect(withResult.certificates.find((c) => c.status === '有效')?.count).toBe(1);
    const [certificate] = (await approved.client.get('/api/person/certificates')).json<{
      items: { id: string }[];
    }>().items;
    const revoked = await business.post(`/api/department/certificates/${certificate?.id}/status`, {
      status: '撤销',
      reason: '材料不实',
    });
    expect(revoked.statusCode, revoked.body).toBe(200);
    const afterRevoke = await figures();
    expect(afterRevoke.certificates.filter((c) => c.count > 0)).toEqual([{ status: '撤销', count: 1 }]);

    // the counts the triggers kept are what counting the rows from scratch gives
    const kept = await countsSnapshot();
    await sql`select statistics_rebuild()`.execute(ctx.ownerDatabase.db);
    expect(await countsSnapshot()).toEqual(kept);
  });

  it('filters by category and date range; filters that match nothing give zeros', async () => {
    const d = await figures(`noticeId=${notice.id}&category=D`);
    expect(statusCounts(d)).toEqual({
      未提交: 0,
      已申报: 1,
      被退回: 0,
      审核不通过终止审核: 1,
      材料审核通过: 1,
    });
    const todayOnly = await figures(`noticeId=${notice.id}&from=${today}&to=${today}`);
    // a draft has no submission date: a date range leaves it out
    expect(statusCounts(todayOnly).未提交).toBe(0);
    expect(todayOnly.perDay).toEqual([{ day: today, count: 4 }]);
    // a range of whole months reads the month counts of the employers, a range ending mid-month their day counts
    const month = today.slice(0, 8);
    const lastOfMonth = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)), 0))
      .toISOString()
      .slice(0, 10);
    for (const range of [`from=${month}01&to=${lastOfMonth}`, `from=2026-01-02&to=${today}`, `to=${today}`]) {
      const employers = (await figures(`noticeId=${notice.id}&${range}`)).byEmployer;
      expect(
        employers.map((e) => e.count),
        range,
      ).toEqual([1, 1, 1, 1]);
    }
    const nothing = await figures(`noticeId=${notice.id}&from=2020-01-01&to=2020-01-31`);
    expect(nothing.byStatus.every((r) => r.count === 0)).toBe(true);
    expect(nothing.byEmployer).toEqual([]);
    expect(nothing.perDay).toEqual([]);
    expect(nothing.stages.every((r) => r.decided === 0 && r.waiting === 0 && r.medianHours === null)).toBe(
      true,
    );
    expect(nothing.results.every((r) => r.total === 0)).toBe(true);
    expect(nothing.certificates.every((r) => r.count === 0)).toBe(true);
  });

  it('refuses a range that ends before it starts, an unknown notice, and roles outside the business', async () => {
    const backwards = expectError(
      await business.get('/api/department/statistics?from=2026-03-02&to=2026-03-01'),
      400,
      'VALIDATION_FAILED',
    );
    expect(fieldMessage(backwards, 'to')).toBe('结束日期不能早于开始日期');
    const unknown = expectError(
      await business.get('/api/department/statistics?noticeId=00000000-0000-4000-8000-000000000000'),
      400,
      'VALIDATION_FAILED',
    );
    expect(fieldMessage(unknown, 'noticeId')).toBe('所选申报通知不存在，请刷新后重新选择');
    expectError(await business.get('/api/department/statistics?from=2026-02-30'), 400, 'VALIDATION_FAILED');
    expectError(
      await business.get('/api/department/statistics.xlsx?from=2026-03-02&to=2026-03-01'),
      400,
      'VALIDATION_FAILED',
    );
    for (const other of [await signedInAdmin(ctx), await signedInAuditor(ctx), province]) {
      expectError(await other.get('/api/department/statistics'), 403, 'FORBIDDEN');
      expectError(await other.get('/api/department/statistics.xlsx'), 403, 'FORBIDDEN');
    }
  });

  it('exports the figures to Excel, one sheet per figure, and audits the export', async () => {
    const response = await business.get(`/api/department/statistics.xlsx?noticeId=${notice.id}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toContain('attachment');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      '按业务状态',
      '按申报人才类别',
      '按推荐单位',
      '按申报通知',
      '每日提交',
      '审核环节',
      '评审结果',
      '证书状态',
    ]);
    const status = workbook.getWorksheet('按业务状态');
    expect(status?.getRow(1).values).toEqual([undefined, '业务状态', '申报数']);
    expect(status?.getRow(3).values).toEqual([undefined, '已申报', 2]);
    const stages = workbook.getWorksheet('审核环节');
    expect(stages?.getRow(2).getCell(1).value).toBe('推荐单位审核');
    expect(stages?.getRow(2).getCell(7).value).toBe('66.7%');
    const rows = await auditRows(ctx, 'statistics.export');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.detail).toMatchObject({ noticeId: notice.id });
  });
});

describe('the demo round', () => {
  it('fills every figure, once, and its applications open for the reviewers', async () => {
    await seedDemoStatistics(ctx.database.db, ctx.cipher, ctx.signer);
    await seedDemoStatistics(ctx.database.db, ctx.cipher, ctx.signer);
    const demo = (await figures('')).notices.filter((n) => n.title === DEMO_STATISTICS_NOTICE);
    expect(demo).toHaveLength(1);
    const s = await figures(`noticeId=${demo[0]?.id}`);
    expect(statusCounts(s)).toEqual({
      未提交: 3,
      已申报: 6,
      被退回: 4,
      审核不通过终止审核: 3,
      材料审核通过: 14,
    });
    expect(s.byEmployer).toHaveLength(6);
    expect(s.perDay.length).toBeGreaterThan(5);
    expect(stage(s, 'employer')).toMatchObject({ waiting: 6, decided: 21, passed: 18, terminated: 3 });
    expect(stage(s, 'province')).toMatchObject({ waiting: 0, decided: 18, passed: 14, returned: 4 });
    expect(stage(s, 'province')?.medianHours).toBeGreaterThan(20);
    expect(s.results.reduce((n, r) => n + r.total, 0)).toBe(14);
    expect(s.results.reduce((n, r) => n + r.调整类别认定, 0)).toBeGreaterThan(0);
    expect(s.results.reduce((n, r) => n + r.不予认定, 0)).toBe(2);
    expect(s.certificates.reduce((n, r) => n + r.count, 0)).toBe(12);
    expect(s.certificates.filter((r) => r.count > 0).length).toBeGreaterThan(1);
    // what 流程推送 and the counts say agree
    const kept = await countsSnapshot();
    await sql`select statistics_rebuild()`.execute(ctx.ownerDatabase.db);
    expect(await countsSnapshot()).toEqual(kept);

    const returned = await ctx.database.db
      .selectFrom('applications')
      .select('id')
      .where('notice_id', '=', demo[0]?.id ?? '')
      .where('status', '=', '被退回')
      .executeTakeFirstOrThrow();
    const detail = await province.get(`/api/review/applications/${returned.id}`);
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json<ReviewDetail>().status).toBe('被退回');
  });
});

/** Every non-zero count but the stage-time bucket, which the rebuild reads from 流程推送's times. */
async function countsSnapshot() {
  const { rows } = await sql<{ key: string; n: number }>`
    select concat_ws('|', figure, notice_id, category, day, k1, k2, case when figure = 'stage' then '' else k3::text end) as key,
      sum(n)::int4 as n
    from statistics_counts group by 1 having sum(n) <> 0 order by 1`.execute(ctx.ownerDatabase.db);
  return rows;
}
