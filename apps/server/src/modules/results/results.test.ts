import {
  type ApplicationDetail,
  type ApplicationSummary,
  addCalendarDays,
  addWorkingDays,
  type CertificateItem,
  type CertificateVerification,
  type ErrorBody,
  type PublicityItem,
  type ResultItem,
} from '@rcpd/shared';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSheet } from '../../platform/xlsx/read.js';
import { DEMO_PASSWORD } from '../../seed/demo.js';
import { approvedApplication, draftApplication } from '../../test/applications.js';
import { pdfText, uploadFile } from '../../test/files.js';
import { Client, createTestApp, type TestContext } from '../../test/harness.js';
import {
  auditRows,
  expectError,
  fieldMessage,
  signedInAdmin,
  signedInBusiness,
  signedInPerson,
} from '../../test/helpers.js';
import { readCalendar } from '../calendar/work-calendar.service.js';
import { MESSAGES } from './results.service.js';

let ctx: TestContext;
let admin: Client;
let province: Client;
beforeAll(async () => {
  ctx = await createTestApp();
  admin = await signedInBusiness(ctx);
  province = new Client(ctx.app);
  expect((await province.login('department', 'shenhe', DEMO_PASSWORD)).statusCode).toBe(200);
});
afterAll(() => ctx.close());

const approved = () => approvedApplication(ctx, province);

const resultsList = async () =>
  (await admin.get('/api/department/results?limit=100')).json<{ items: ResultItem[] }>().items;
const resultOf = async (applicationId: string) =>
  (await resultsList()).find((i) => i.applicationId === applicationId)?.result;
/** 发布: accepted at once; the batch's jobs then run as a worker would run them after the commit. */
async function publish(resultId: string | undefined) {
  const response = await admin.post('/api/department/results/publish', { resultIds: [resultId] });
  expect(response.statusCode, response.body).toBe(202);
  await ctx.jobs.runPending();
  return response;
}
const record = (applicationId: string, outcome: string, category?: string) =>
  admin.post('/api/department/results', { applicationId, outcome, ...(category ? { category } : {}) });

async function sheet(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('评审结果');
  ws.addRow(['申报编号', '评审结果', '调整后类别', '备注']);
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('评审结果', () => {
  it('records results only for 材料审核通过, and 调整类别认定 only to a lower category', async () => {
    const app = await approved();
    expect(app.number).toMatch(/^RC\d{11}$/);
    const draft = await draftApplication(ctx);
    expect(expectError(await record(draft.id, '认定通过'), 409, 'CONFLICT').message).toBe(
      MESSAGES.notApproved,
    );
    const higher = expectError(await record(app.id, '调整类别认定', 'C'), 400, 'VALIDATION_FAILED');
    expect(fieldMessage(higher, 'category')).toBe('调整后的类别须低于申报类别（D类）');
    expectError(await record(app.id, '调整类别认定'), 400, 'VALIDATION_FAILED', 'category');
    expect((await record(app.id, '调整类别认定', 'E')).statusCode).toBe(200);
    expect(await resultOf(app.id)).toMatchObject({ outcome: '调整类别认定', category: 'E', state: '待发布' });
    expect(await auditRows(ctx, 'result.record', app.id)).toHaveLength(1);
    // the applicant sees nothing before it is published
    const seen = (await app.client.get(`/api/person/applications/${app.id}`)).json<ApplicationDetail>();
    expect(seen.result).toBeNull();
    const listed = (await app.client.get('/api/person/applications')).json<{ items: ApplicationSummary[] }>();
    expect(listed.items.find((i) => i.id === app.id)?.result).toBeNull();
    expectError(await app.client.get('/api/department/results'), 403, 'FORBIDDEN');
  });

  it('imports a sheet in one piece, or nothing with a report row by row', async () => {
    const first = await approved();
    const second = await approved();
    const bad = await sheet([
      [first.number, '认定通过', '', ''],
      ['RC2026999999', '认定通过', '', ''],
      [first.number, '不予认定', '', ''],
      [second.number, '待定', '', ''],
      [second.number, '调整类别认定', 'B', ''],
    ]);
    const refused = await uploadFile(admin, '/api/department/results/import', '评审结果.xlsx', bad);
    const body = expectError(refused, 400, 'VALIDATION_FAILED') as ErrorBody & {
      errors: { row: number; message: string }[];
    };
    expect(body.errors).toEqual([
      { row: 3, message: '申报编号RC2026999999不存在' },
      { row: 4, message: `申报编号${first.number}与第2行重复` },
      { row: 5, message: '评审结果“待定”不正确，应为认定通过、调整类别认定或不予认定' },
      { row: 6, message: `申报编号${second.number}与第5行重复` },
    ]);
    expect(await resultOf(first.id)).toBeNull();

    // the template lists the applications waiting for a result, with the columns the import reads
    const template = await admin.get('/api/department/results/template.xlsx');
    expect(template.statusCode).toBe(200);
    const read = await readSheet(template.rawPayload);
    expect(read.headers).toEqual(['申报编号', '姓名', '申报类别', '评审结果', '调整后类别', '备注']);
    expect(read.rows.map((r) => r.cells.申报编号)).toEqual(
      expect.arrayContaining([first.number, second.number]),
    );

    const good = await sheet([
      [first.number, '认定通过', '', '专家组一致同意'],
      [second.number, '不予认定', '', ''],
    ]);
    const imported = await uploadFile(admin, '/api/department/results/import', '评审结果.xlsx', good);
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toEqual({ imported: 2, errors: [] });
    expect(await resultOf(first.id)).toMatchObject({
      outcome: '认定通过',
      category: 'D',
      remark: '专家组一致同意',
    });
    expect(await resultOf(second.id)).toMatchObject({ outcome: '不予认定', category: null });

    const noHeader = new ExcelJS.Workbook();
    noHeader.addWorksheet('结果').addRow(['编号', '结果']);
    noHeader.getWorksheet('结果')?.addRow([first.number, '认定通过']);
    const missing = await uploadFile(
      admin,
      '/api/department/results/import',
      '评审结果.xlsx',
      Buffer.from(await noHeader.xlsx.writeBuffer()),
    );
    expect(fieldMessage(expectError(missing, 400, 'VALIDATION_FAILED'), 'file')).toBe(
      '表格缺少列：申报编号、评审结果，请使用导入模板的表头',
    );

    const notExcel = await uploadFile(
      admin,
      '/api/department/results/import',
      '评审结果.xlsx',
      Buffer.from('申报编号,评审结果\n'),
    );
    expectError(notExcel, 400, 'VALIDATION_FAILED', 'file');
  });
});

describe('公示 and 发布', () => {
  it('shows results in 公示 publicly without identity numbers, takes objections, publishes after the period', async () => {
    const app = await approved();
    await record(app.id, '认定通过');
    const result = await resultOf(app.id);
    // the 工作日历 counts: the next three days made 法定节假日 by the 系统管理员 push the end past them
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const sysAdmin = await signedInAdmin(ctx);
    for (const day of [1, 2, 3].map((n) => addCalendarDays(today, n))) {
      await sysAdmin.send('DELETE', `/api/department/work-calendar/${day}`);
      const added = await sysAdmin.post('/api/department/work-calendar', {
        day,
        kind: '法定节假日',
        name: '测试假日',
      });
      expect(added.statusCode, added.body).toBe(201);
    }
    const calendar = await readCalendar(ctx.database.db, today, addCalendarDays(today, 60));
    const endsOn = addWorkingDays(today, 5, calendar);
    expect(endsOn > addWorkingDays(today, 5, new Map())).toBe(true);
    const started = await admin.post('/api/department/results/publicity', {
      resultIds: [result?.id],
      workingDays: 5,
    });
    expect(started.statusCode, started.body).toBe(200);
    // the answer: the end, and the rows it changed as they are now
    expect(started.json()).toEqual({
      endsOn,
      items: [
        expect.objectContaining({
          applicationId: app.id,
          result: expect.objectContaining({ state: '公示中', publicityEndsOn: endsOn }),
        }),
      ],
    });

    const publicList = await new Client(ctx.app).get('/api/public/publicity');
    expect(publicList.statusCode).toBe(200);
    const items = publicList.json<{ items: PublicityItem[] }>().items;
    expect(items).toContainEqual(
      expect.objectContaining({ name: app.person.name, category: 'D类 省域拔尖人才' }),
    );
    expect(publicList.body).not.toContain(app.person.idNumber);
    expect(publicList.body).not.toMatch(/\*{8}/);

    const objection = await admin.post(`/api/department/results/${result?.id}/objections`, {
      content: '有群众反映其业绩材料存在夸大',
    });
    expect(objection.statusCode, objection.body).toBe(200);
    expect(objection.json<ResultItem>().result?.objections.map((o) => o.content)).toEqual([
      '有群众反映其业绩材料存在夸大',
    ]);
    expect((await resultOf(app.id))?.objections.map((o) => o.content)).toEqual([
      '有群众反映其业绩材料存在夸大',
    ]);
    // a result may still change during 公示
    expect((await record(app.id, '调整类别认定', 'E')).statusCode).toBe(200);

    const early = await admin.post('/api/department/results/publish', { resultIds: [result?.id] });
    expect(expectError(early, 409, 'CONFLICT').message).toContain('公示期尚未结束');
    await ctx.database.db
      .updateTable('review_results')
      .set({ publicity_ends_on: '2020-01-01' })
      .where('id', '=', result?.id ?? '')
      .execute();
    await publish(result?.id);
    expectError(await record(app.id, '认定通过'), 409, 'CONFLICT');
  });

  it('publishes: the applicant sees the result, gets a certificate that verifies, and no one else can download it', async () => {
    const app = await approved();
    await record(app.id, '认定通过');
    const result = await resultOf(app.id);
    await publish(result?.id);
    expect(await auditRows(ctx, 'result.publish')).not.toHaveLength(0);

    const seen = (await app.client.get(`/api/person/applications/${app.id}`)).json<ApplicationDetail>();
    expect(seen.result).toMatchObject({ outcome: '认定通过', category: 'D', categoryName: '省域拔尖人才' });
    const history = (await app.client.get('/api/person/applications')).json<{
      items: ApplicationSummary[];
    }>();
    expect(history.items.find((i) => i.id === app.id)?.result).toMatchObject({
      outcome: '认定通过',
      category: 'D',
    });
    const mine = (await app.client.get('/api/person/certificates')).json<{ items: CertificateItem[] }>()
      .items;
    expect(mine).toHaveLength(1);
    const certificate = mine[0] as CertificateItem;
    expect(certificate).toMatchObject({
      holderName: app.person.name,
      category: 'D',
      status: '有效',
      id: seen.result?.certificateId,
    });
    expect(certificate.number).toMatch(/^JLRC\d{10}$/);

    const pdf = await app.client.get(`/api/person/certificates/${certificate.id}/pdf?download=1`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(String(pdf.headers['content-disposition'])).toMatch(/^attachment;/);
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain(app.person.name);
    expect(text).toContain(certificate.number);
    expect(text).not.toContain(app.person.idNumber);

    const stranger = await signedInPerson(ctx);
    expectError(
      await stranger.client.get(`/api/person/certificates/${certificate.id}/pdf`),
      404,
      'NOT_FOUND',
    );
    expect(
      (await stranger.client.get('/api/person/certificates')).json<{ items: unknown[] }>().items,
    ).toEqual([]);

    // the QR payload verifies publicly; a tampered one does not
    const row = await ctx.database.db
      .selectFrom('certificates')
      .select('token')
      .where('id', '=', certificate.id)
      .executeTakeFirstOrThrow();
    const anyone = new Client(ctx.app);
    const verify = async (t: string) =>
      (
        await anyone.get(`/api/public/certificates/verify?t=${encodeURIComponent(t)}`)
      ).json<CertificateVerification>();
    expect(await verify(row.token)).toMatchObject({
      valid: true,
      certificate: { number: certificate.number, status: '有效' },
    });
    const [keyId, payload, signature] = row.token.split('.') as [string, string, string];
    expect(keyId).toBe(ctx.signer.keyId);
    const forged = Buffer.from(payload, 'base64url').toString().replace('"c":"D"', '"c":"A"');
    expect(await verify(`${keyId}.${Buffer.from(forged).toString('base64url')}.${signature}`)).toMatchObject({
      valid: false,
      certificate: null,
    });
    const otherKey = ctx.signer.sign({
      n: certificate.number,
      h: app.person.name,
      c: 'A',
      d: '2026-01-01',
      v: null,
    });
    expect((await verify(otherKey)).valid).toBe(false);

    // revocation: audited, and the same QR shows 撤销 with the date at once
    const revoked = await admin.post(`/api/department/certificates/${certificate.id}/status`, {
      status: '撤销',
      reason: '经查实申报材料弄虚作假',
    });
    expect(revoked.statusCode, revoked.body).toBe(200);
    const after = await verify(row.token);
    expect(after.valid).toBe(false);
    if (!after.valid) expect(after.reason).toMatch(/^证书状态：撤销（\d{4}-\d{2}-\d{2}）$/);
    expect(after.certificate?.status).toBe('撤销');
    expect(await auditRows(ctx, 'certificate.status', certificate.id)).toHaveLength(1);
    expectError(
      await admin.post(`/api/department/certificates/${certificate.id}/status`, {
        status: '有效',
        reason: '恢复',
      }),
      409,
      'CONFLICT',
    );
  });

  it('offers 证书管理 the certificate policy’s actions for each status, and the server keeps to them', async () => {
    const app = await approved();
    await record(app.id, '认定通过');
    await publish((await resultOf(app.id))?.id);
    const listed = async () => {
      const items = (await admin.get('/api/department/certificates?limit=100')).json<{
        items: CertificateItem[];
      }>().items;
      const item = items.find((i) => i.holderName === app.person.name);
      if (!item) throw new Error('certificate not listed');
      return item;
    };
    const setStatus = (id: string, status: string) =>
      admin.post(`/api/department/certificates/${id}/status`, { status, reason: '核查' });
    const fresh = await listed();
    expect(fresh).toMatchObject({ status: '有效', allowedActions: ['暂扣', '撤销', '注销'] });
    // the holder sees its certificate, and no buttons
    const mine = (await app.client.get('/api/person/certificates')).json<{ items: CertificateItem[] }>()
      .items;
    expect(mine[0]?.allowedActions).toEqual([]);

    expect((await setStatus(fresh.id, '暂扣')).statusCode).toBe(200);
    expect(await listed()).toMatchObject({ status: '暂扣', allowedActions: ['恢复有效', '撤销', '注销'] });
    expect((await setStatus(fresh.id, '有效')).statusCode).toBe(200);

    // past its validity it shows 失效: it can still be revoked, never suspended or set 失效 by hand
    await ctx.database.db
      .updateTable('certificates')
      .set({ valid_until: sql`current_date - 1` })
      .where('id', '=', fresh.id)
      .execute();
    expect(await listed()).toMatchObject({ status: '失效', allowedActions: ['撤销', '注销'] });
    const suspend = expectError(await setStatus(fresh.id, '暂扣'), 409, 'CONFLICT');
    expect(suspend.message).toBe('证书状态为“失效”，不能暂扣');
    expectError(await setStatus(fresh.id, '失效'), 400, 'VALIDATION_FAILED', 'status');
    expect((await setStatus(fresh.id, '注销')).statusCode).toBe(200);
    expect(await listed()).toMatchObject({ status: '注销', allowedActions: [] });
    expect((await expectError(await setStatus(fresh.id, '撤销'), 409, 'CONFLICT')).message).toBe(
      '证书已注销，不能再变更状态',
    );
  });

  it('issues no certificate for 不予认定, and the refusal counts for the 1-year rule', async () => {
    const app = await approved();
    await record(app.id, '不予认定');
    const result = await resultOf(app.id);
    await publish(result?.id);
    expect((await app.client.get('/api/person/certificates')).json<{ items: unknown[] }>().items).toEqual([]);
    const check = (await app.client.get('/api/person/self-check')).json<{
      checks: { key: string; passed: boolean | null }[];
    }>();
    expect(check.checks.find((c) => c.key === 'recentRefused')?.passed).toBe(false);
  });
});

type Page<T> = { items: T[]; next: string | null; total: number };

/** Every page of `path` (a query string included) walked by `next`, `limit` a page. */
async function walk<T>(path: string, limit: number) {
  const seen: T[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const response = await admin.get(`${path}&limit=${limit}${after ? `&after=${after}` : ''}`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<Page<T>>();
    seen.push(...body.items);
    totals.push(body.total);
    after = body.next;
    if (!after) return { seen, totals };
  }
  throw new Error('the pages did not end');
}

describe('评审结果 and 证书管理 lists: paged, searched, never cut off', () => {
  it('pages 评审结果 by 申报编号, every row once; filters by 通知, 类别, 状态 and 姓名 / 申报编号 / 证件号码', async () => {
    const apps = [await approved(), await approved(), await approved()];
    const [first, second] = apps as [(typeof apps)[number], (typeof apps)[number]];
    const recorded = await record(first.id, '认定通过', undefined);
    // 录入 answers with its row, not the list
    expect(recorded.json<ResultItem>()).toMatchObject({
      applicationId: first.id,
      result: { outcome: '认定通过', state: '待发布' },
    });

    const all = await walk<ResultItem>('/api/department/results?', 2);
    const one = (await admin.get('/api/department/results?limit=100')).json<Page<ResultItem>>();
    expect(one.total).toBeGreaterThanOrEqual(3);
    expect(all.seen.map((i) => i.applicationId)).toEqual(one.items.map((i) => i.applicationId));
    expect(new Set(all.seen.map((i) => i.applicationId)).size).toBe(one.total);
    expect(all.totals.every((t) => t === one.total)).toBe(true);
    const numbers = all.seen.map((i) => i.applicationNumber);
    expect(numbers).toEqual([...numbers].sort());
    for (const app of apps) expect(numbers).toContain(app.number);

    const find = async (query: string) =>
      (await admin.get(`/api/department/results?limit=100&${query}`)).json<Page<ResultItem>>();
    expect((await find(`q=${second.number}`)).items.map((i) => i.applicationId)).toEqual([second.id]);
    expect((await find(`q=${second.person.idNumber}`)).items.map((i) => i.applicationId)).toEqual([
      second.id,
    ]);
    const byName = await find(`q=${encodeURIComponent(second.person.name)}`);
    expect(byName.items.map((i) => i.applicationId)).toContain(second.id);
    expect(byName.items.every((i) => i.applicantName.startsWith(second.person.name))).toBe(true);
    expect(byName.total).toBe(byName.items.length);
    expect((await find(`noticeId=${second.notice.id}`)).items.map((i) => i.applicationId)).toEqual([
      second.id,
    ]);
    const waiting = await find(`state=${encodeURIComponent('待发布')}`);
    expect(waiting.items.map((i) => i.applicationId)).toContain(first.id);
    expect(waiting.items.every((i) => i.result?.state === '待发布')).toBe(true);
    const none = await find(`state=${encodeURIComponent('未录入')}`);
    expect(none.items.map((i) => i.applicationId)).toContain(second.id);
    expect(none.items.map((i) => i.applicationId)).not.toContain(first.id);
    expect(none.items.every((i) => i.result === null)).toBe(true);
    expect((await find('category=D')).items.map((i) => i.applicationId)).toContain(second.id);
    expect((await find('category=A')).total).toBe(0);
    expect((await find(`q=${encodeURIComponent('_')}`)).total).toBe(0);

    expect(
      expectError(await admin.get('/api/department/results?after=garbage'), 400, 'VALIDATION_FAILED', 'after')
        .message,
    ).toBe('分页参数无效，请从第一页重新查询');
    expectError(await admin.get('/api/department/results?state=x'), 400, 'VALIDATION_FAILED', 'state');
    expectError(await admin.get('/api/department/results?noticeId=x'), 400, 'VALIDATION_FAILED', 'noticeId');
    expectError(await admin.get('/api/department/results?limit=0'), 400, 'VALIDATION_FAILED', 'limit');
  });

  it('pages 证书管理 newest first, every certificate once (one 发布 issues them at once), searches and filters by status', async () => {
    const apps = [await approved(), await approved(), await approved()];
    for (const app of apps) expect((await record(app.id, '认定通过')).statusCode).toBe(200);
    const ids = await Promise.all(apps.map(async (app) => (await resultOf(app.id))?.id));
    const started = await admin.post('/api/department/results/publish', { resultIds: ids });
    expect(started.statusCode, started.body).toBe(202);
    await ctx.jobs.runPending();

    const all = await walk<CertificateItem>('/api/department/certificates?', 2);
    const one = (await admin.get('/api/department/certificates?limit=100')).json<Page<CertificateItem>>();
    expect(one.total).toBeGreaterThanOrEqual(3);
    expect(all.seen.map((i) => i.id)).toEqual(one.items.map((i) => i.id));
    expect(new Set(all.seen.map((i) => i.id)).size).toBe(one.total);
    // each holder's own certificate, as 我的证照 shows it
    const ours = await Promise.all(
      apps.map(
        async (app) =>
          (await app.client.get('/api/person/certificates')).json<{ items: CertificateItem[] }>()
            .items[0] as CertificateItem,
      ),
    );
    for (const c of ours) expect(all.seen.map((i) => i.id)).toContain(c.id);

    const find = async (query: string) =>
      (await admin.get(`/api/department/certificates?limit=100&${query}`)).json<Page<CertificateItem>>();
    const target = ours[1] as CertificateItem;
    const holder = apps[1];
    expect((await find(`q=${target.number}`)).items.map((c) => c.id)).toEqual([target.id]);
    expect((await find(`q=${holder?.person.idNumber}`)).items.map((c) => c.id)).toEqual([target.id]);
    expect((await find(`q=${encodeURIComponent(target.holderName)}`)).items.map((c) => c.id)).toContain(
      target.id,
    );

    // 暂扣 answers with the certificate changed
    const held = await admin.post(`/api/department/certificates/${target.id}/status`, {
      status: '暂扣',
      reason: '核查',
    });
    expect(held.json<CertificateItem>()).toMatchObject({ id: target.id, status: '暂扣' });
    expect((await find(`status=${encodeURIComponent('暂扣')}`)).items.map((c) => c.id)).toContain(target.id);
    expect((await find(`status=${encodeURIComponent('有效')}`)).items.map((c) => c.id)).not.toContain(
      target.id,
    );
    // a 有效 certificate whose validity has passed is 失效 to every reader, and to the filter
    const lapsed = ours[2] as CertificateItem;
    await ctx.database.db
      .updateTable('certificates')
      .set({ valid_until: '2020-01-01' })
      .where('id', '=', lapsed.id)
      .execute();
    const expired = await find(`status=${encodeURIComponent('失效')}`);
    expect(expired.items.map((c) => c.id)).toContain(lapsed.id);
    expect(expired.items.every((c) => c.status === '失效')).toBe(true);
    expect((await find(`status=${encodeURIComponent('有效')}`)).items.map((c) => c.id)).not.toContain(
      lapsed.id,
    );

    expectError(
      await admin.get('/api/department/certificates?after=garbage'),
      400,
      'VALIDATION_FAILED',
      'after',
    );
    expectError(await admin.get('/api/department/certificates?status=x'), 400, 'VALIDATION_FAILED', 'status');
  });

  it('pages the public 公示 list by 认定类别 and 姓名, every row once, with how many are on 公示', async () => {
    const apps = [await approved(), await approved(), await approved()];
    for (const app of apps) expect((await record(app.id, '认定通过')).statusCode).toBe(200);
    const ids = await Promise.all(apps.map(async (app) => (await resultOf(app.id))?.id));
    const started = await admin.post('/api/department/results/publicity', { resultIds: ids, workingDays: 5 });
    expect(started.statusCode, started.body).toBe(200);
    // 公示 answers with the rows it changed
    expect(
      started
        .json<{ items: ResultItem[] }>()
        .items.map((i) => i.result?.state)
        .every((state) => state === '公示中'),
    ).toBe(true);

    const visitor = new Client(ctx.app);
    const one = (await visitor.get('/api/public/publicity?limit=100')).json<Page<PublicityItem>>();
    expect(one.total).toBeGreaterThanOrEqual(3);
    const seen: PublicityItem[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const response = await visitor.get(`/api/public/publicity?limit=1${after ? `&after=${after}` : ''}`);
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json<Page<PublicityItem>>();
      expect(body.total).toBe(one.total);
      seen.push(...body.items);
      after = body.next;
      if (!after) break;
    }
    expect(seen).toEqual(one.items);
    expect(seen).toHaveLength(one.total);
    for (const app of apps)
      expect(seen.filter((i) => i.name === app.person.name).length).toBeGreaterThanOrEqual(1);
    expectError(await visitor.get('/api/public/publicity?after=garbage'), 400, 'VALIDATION_FAILED', 'after');
  });
});
