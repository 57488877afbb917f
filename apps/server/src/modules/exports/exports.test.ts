/**
 * Exports over the direct limit are made by a job into the blob store; the person who asked follows the
 * progress and downloads the file, nobody else can. (The limit is 1 row here, 3000 by default.)
 */
import type { ExportItem, QueueExportStart } from '@rcpd/shared';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../seed/demo.js';
import { submittedApplication } from '../../test/applications.js';
import { Client, createTestApp, type TestContext } from '../../test/harness.js';
import { expectError, signedInEmployer } from '../../test/helpers.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({ EXPORT_DIRECT_MAX_ROWS: '1' });
});
afterAll(() => ctx.close());

const submitted = () => submittedApplication(ctx);

/** The cells of the first sheet, row by row, as text. */
async function cells(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0]?.eachRow((row) => {
    rows.push(
      (row.values as unknown[]).slice(1).map((v) => (v instanceof Date ? v.toISOString() : String(v ?? ''))),
    );
  });
  return rows;
}

describe('background exports', () => {
  it('exports over the limit as a job; the direct download refuses; only the owner reads the export', async () => {
    const draft = await submitted();
    const admin = new Client(ctx.app);
    expect((await admin.login('department', 'shenhe', DEMO_PASSWORD)).statusCode).toBe(200);
    await submitted(); // a second 已申报 in the 省人社厅's view

    expectError(await admin.get('/api/review/queue.xlsx?scope=all'), 409, 'CONFLICT');
    const started = await admin.post('/api/review/queue/export', { scope: 'all', q: draft.person.idNumber });
    // one row only (a full 证件号码 finds one person): downloaded at once, as before
    expect(started.json<QueueExportStart>()).toEqual({ mode: 'direct', rows: 1 });
    const direct = await admin.get(`/api/review/queue.xlsx?scope=all&q=${draft.person.idNumber}`);
    expect(direct.statusCode).toBe(200);
    expect((await cells(direct.rawPayload)).length).toBe(3);

    const big = await admin.post('/api/review/queue/export', { scope: 'all' });
    expect(big.statusCode, big.body).toBe(202);
    const start = big.json<QueueExportStart>();
    if (start.mode !== 'job') throw new Error('expected a background export');
    expect(start.export).toMatchObject({ state: '排队中', rowsDone: 0, fileName: '申报审核列表.xlsx' });
    expect(start.export.rowsTotal).toBeGreaterThanOrEqual(2);
    const id = start.export.id;

    // not ready yet
    expect((await admin.get(`/api/exports/${id}`)).json<ExportItem>().state).toBe('排队中');
    expect(expectError(await admin.get(`/api/exports/${id}/file`), 409, 'CONFLICT').message).toContain(
      '尚未生成',
    );

    await ctx.jobs.runPending();
    const done = (await admin.get(`/api/exports/${id}`)).json<ExportItem>();
    expect(done).toMatchObject({ state: '已完成', rowsDone: start.export.rowsTotal });
    expect(done.size).toBeGreaterThan(0);
    const file = await admin.get(`/api/exports/${id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const rows = await cells(file.rawPayload);
    expect(rows[0]?.[0]).toBe('人才分类定级评定申报审核列表');
    expect(rows[1]).toContain('证件号码');
    expect(rows.length - 2).toBe(start.export.rowsTotal);
    const mine = rows.find((r) => r[0] === draft.person.name);
    expect(mine?.[1]).toContain('*');
    expect(rows.flat().join(' ')).not.toContain(draft.person.idNumber);

    // someone else's export answers exactly as a missing one
    const other = await signedInEmployer(ctx);
    expectError(await other.client.get(`/api/exports/${id}`), 404, 'NOT_FOUND');
    expectError(await other.client.get(`/api/exports/${id}/file`), 404, 'NOT_FOUND');
    expectError(await admin.get('/api/exports/not-an-id'), 400, 'VALIDATION_FAILED');
  });

  it('keeps what was asked encrypted, and deletes expired exports with their files', async () => {
    const draft = await submitted();
    await submitted();
    const admin = new Client(ctx.app);
    expect((await admin.login('department', 'shenhe', DEMO_PASSWORD)).statusCode).toBe(200);
    // a filter by name prefix that matches both is still over the limit: made in the background
    const big = await admin.post('/api/review/queue/export', { scope: 'all', q: draft.person.name });
    expect(big.statusCode, big.body).toBe(202);
    const start = big.json<QueueExportStart>();
    if (start.mode !== 'job') throw new Error('expected a background export');
    const row = await ctx.database.db
      .selectFrom('exports')
      .select('params_enc')
      .where('id', '=', start.export.id)
      .executeTakeFirstOrThrow();
    expect(row.params_enc).not.toContain(draft.person.name);
    await ctx.jobs.runPending();
    const { blob_key } = await ctx.database.db
      .selectFrom('exports')
      .select('blob_key')
      .where('id', '=', start.export.id)
      .executeTakeFirstOrThrow();
    expect(blob_key).toBeTruthy();

    await ctx.database.db
      .updateTable('exports')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', start.export.id)
      .execute();
    await ctx.jobs.send(ctx.database.db, 'housekeeping', {});
    await ctx.jobs.runPending();
    expectError(await admin.get(`/api/exports/${start.export.id}`), 404, 'NOT_FOUND');
  });
});
