import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type {
  EmployerUnit,
  SupervisedEmployerItem,
  SupervisedEmployerPage,
  SupervisorImportReport,
  SupervisorItem,
} from '@rcpd/shared';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client.js';
import { MIGRATIONS_DIR, migrate } from '../../db/migrate.js';
import { DEMO_PASSWORD } from '../../seed/demo.js';
import { uploadFile } from '../../test/files.js';
import { Client, createTestApp, freshDatabase, type TestContext, uscc } from '../../test/harness.js';
import {
  auditRows,
  CJK,
  expectError,
  fieldMessage,
  signedInAdmin,
  signedInEmployer,
} from '../../test/helpers.js';

let ctx: TestContext;
let admin: Client;
beforeAll(async () => {
  ctx = await createTestApp();
  admin = await signedInAdmin(ctx);
});
afterAll(() => ctx.close());

const unique = (name: string) => `${name}${randomBytes(3).toString('hex')}`;

async function created(name = unique('吉林省科学技术厅')) {
  const response = await admin.post('/api/department/supervisors', { name });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string; name: string }>();
}
const supervisors = async () =>
  (await admin.get('/api/department/supervisors')).json<{ items: SupervisorItem[] }>().items;
const employers = async (query: string) => {
  const response = await admin.get(`/api/department/supervisors/employers?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<SupervisedEmployerPage>();
};
const assign = (employerId: string, supervisorId: string | null) =>
  admin.send('PUT', `/api/department/supervisors/employers/${employerId}`, { supervisorId });
const employerRow = (id: string) =>
  ctx.database.db.selectFrom('employers').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const employerIdOf = async (code: string) =>
  (
    await ctx.database.db
      .selectFrom('employers')
      .select('id')
      .where('uscc', '=', code)
      .executeTakeFirstOrThrow()
  ).id;

async function sheet(rows: unknown[][], headers = ['统一社会信用代码', '单位名称', '主管部门名称']) {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('单位主管部门');
  ws.addRow(headers);
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
const importSheet = (content: Buffer) =>
  uploadFile(admin, '/api/department/supervisors/import', '单位主管部门.xlsx', content);

describe('主管部门 list (系统管理员)', () => {
  it('adds, renames and deletes a 主管部门, each change audited', async () => {
    const { id, name } = await created();
    expect((await supervisors()).find((s) => s.id === id)).toMatchObject({
      name,
      employerCount: 0,
      accountCount: 0,
    });
    expect((await auditRows(ctx, 'supervisor.create', id))[0]?.detail).toEqual({ name });

    const renamed = unique('吉林省工业和信息化厅');
    const response = await admin.send('PUT', `/api/department/supervisors/${id}`, { name: ` ${renamed} ` });
    expect(response.statusCode, response.body).toBe(200);
    expect((await supervisors()).find((s) => s.id === id)?.name).toBe(renamed);
    expect((await auditRows(ctx, 'supervisor.rename', id))[0]?.detail).toEqual({ from: name, to: renamed });

    const deleted = await admin.send('DELETE', `/api/department/supervisors/${id}`);
    expect(deleted.statusCode, deleted.body).toBe(204);
    expect((await supervisors()).some((s) => s.id === id)).toBe(false);
    expect(await auditRows(ctx, 'supervisor.delete', id)).toHaveLength(1);
    expectError(await admin.send('DELETE', `/api/department/supervisors/${id}`), 404, 'NOT_FOUND');
    expectError(
      await admin.send('PUT', `/api/department/supervisors/${id}`, { name: '某厅' }),
      404,
      'NOT_FOUND',
    );
  });

  it('refuses an empty, too long or taken name in Chinese, and changes nothing', async () => {
    const { id, name } = await created();
    const other = await created();
    const empty = expectError(
      await admin.post('/api/department/supervisors', { name: '  ' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(fieldMessage(empty, 'name')).toBe('请填写主管部门名称');
    const long = expectError(
      await admin.post('/api/department/supervisors', { name: '厅'.repeat(101) }),
      400,
      'VALIDATION_FAILED',
    );
    expect(fieldMessage(long, 'name')).toBe('主管部门名称不能超过100个字');
    const taken = expectError(
      await admin.post('/api/department/supervisors', { name }),
      409,
      'ALREADY_REGISTERED',
    );
    expect(taken.message).toBe('该主管部门名称已存在');
    expectError(
      await admin.send('PUT', `/api/department/supervisors/${other.id}`, { name }),
      409,
      'ALREADY_REGISTERED',
      'name',
    );
    expect((await supervisors()).find((s) => s.id === other.id)?.name).toBe(other.name);
    expect((await supervisors()).filter((s) => s.name === name).map((s) => s.id)).toEqual([id]);
    expectError(
      await admin.send('DELETE', '/api/department/supervisors/not-an-id'),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('deletes a 主管部门 only when no employer and no account refers to it', async () => {
    const { id, name } = await created();
    const employer = await signedInEmployer(ctx);
    const employerId = await employerIdOf(employer.employer.uscc);
    expect((await assign(employerId, id)).statusCode).toBe(200);
    const account = await admin.post('/api/department/accounts', {
      username: `zg_${randomBytes(4).toString('hex')}`,
      name: '刘经办',
      departmentName: name,
      role: 'dept_reviewer',
      reviewStage: 'supervisor',
      supervisorId: id,
      password: 'Dept#Pass2026',
    });
    expect(account.statusCode, account.body).toBe(201);
    expect((await supervisors()).find((s) => s.id === id)).toMatchObject({
      employerCount: 1,
      accountCount: 1,
    });

    const refused = expectError(
      await admin.send('DELETE', `/api/department/supervisors/${id}`),
      409,
      'CONFLICT',
    );
    expect(refused.message).toBe(
      `“${name}”仍有1家单位和1个审核账号属于该主管部门，不能删除；请先将其调整到其他主管部门后再删除`,
    );
    expect((await assign(employerId, null)).statusCode).toBe(200);
    const stillAccount = expectError(
      await admin.send('DELETE', `/api/department/supervisors/${id}`),
      409,
      'CONFLICT',
    );
    expect(stillAccount.message).toContain('1个审核账号');
    const accountId = account.json<{ id: string }>().id;
    await admin.send('PUT', `/api/department/accounts/${accountId}/review-stage`, {
      reviewStage: 'province',
    });
    expect((await admin.send('DELETE', `/api/department/supervisors/${id}`)).statusCode).toBe(204);
  });
});

describe('employers and their 主管部门', () => {
  it('searches employers by name or 统一社会信用代码, paged, and lists the unassigned as 未分配', async () => {
    const tag = randomBytes(3).toString('hex');
    const first = await signedInEmployer(ctx, { employerName: `白山${tag}制药有限公司` });
    const second = await signedInEmployer(ctx, { employerName: `白山${tag}电子有限公司` });
    const byName = await employers(`q=${encodeURIComponent(`${tag}制药`)}`);
    expect(byName.items.map((e) => e.uscc)).toEqual([first.employer.uscc]);
    expect(byName.items[0]).toMatchObject({ supervisorId: null, supervisorName: null });
    const byCode = await employers(`q=${first.employer.uscc.toLowerCase()}`);
    expect(byCode.items.map((e) => e.name)).toEqual([first.employer.employerName]);

    const page1 = await employers(`q=${encodeURIComponent(`白山${tag}`)}&pageSize=1`);
    expect(page1).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    const page2 = await employers(`q=${encodeURIComponent(`白山${tag}`)}&pageSize=1&page=2`);
    expect([...page1.items, ...page2.items].map((e) => e.uscc).sort()).toEqual(
      [first.employer.uscc, second.employer.uscc].sort(),
    );
    // LIKE's own characters are taken literally
    expect((await employers('q=%25')).total).toBe(0);

    const { id, name } = await created();
    const secondId = await employerIdOf(second.employer.uscc);
    const assigned = await assign(secondId, id);
    expect(assigned.json<SupervisedEmployerItem>()).toMatchObject({ supervisorId: id, supervisorName: name });
    const unassigned = await employers(`q=${encodeURIComponent(`白山${tag}`)}&supervisorId=none`);
    expect(unassigned.items.map((e) => e.uscc)).toEqual([first.employer.uscc]);
    const ofSupervisor = await employers(`supervisorId=${id}`);
    expect(ofSupervisor.items.map((e) => e.uscc)).toEqual([second.employer.uscc]);

    for (const query of ['page=0', 'pageSize=1000', 'supervisorId=x']) {
      expectError(
        await admin.get(`/api/department/supervisors/employers?${query}`),
        400,
        'VALIDATION_FAILED',
      );
    }
  });

  it('assigns an employer one by one, audited; the employer sees its 主管部门 in 单位信息', async () => {
    const employer = await signedInEmployer(ctx);
    const employerId = await employerIdOf(employer.employer.uscc);
    const unit = async () => (await employer.client.get('/api/employer/unit')).json<EmployerUnit>();
    expect(await unit()).toEqual({
      name: employer.employer.employerName,
      uscc: employer.employer.uscc,
      supervisorName: null,
    });
    const a = await created();
    const b = await created();
    expect((await assign(employerId, a.id)).statusCode).toBe(200);
    expect((await unit()).supervisorName).toBe(a.name);
    expect((await assign(employerId, b.id)).statusCode).toBe(200);
    expect((await unit()).supervisorName).toBe(b.name);
    // the same again changes nothing and writes nothing
    expect((await assign(employerId, b.id)).statusCode).toBe(200);
    expect((await auditRows(ctx, 'employer.supervisor.assign', employerId)).map((r) => r.detail)).toEqual([
      { employer: employer.employer.employerName, from: '未分配主管部门', to: a.name },
      { employer: employer.employer.employerName, from: a.name, to: b.name },
    ]);

    const gone = expectError(
      await assign(employerId, '00000000-0000-4000-8000-000000000000'),
      400,
      'VALIDATION_FAILED',
      'supervisorId',
    );
    expect(gone.message).toBe('所选主管部门不存在，请刷新后重新选择');
    expectError(await assign('00000000-0000-4000-8000-000000000000', a.id), 404, 'NOT_FOUND');
    expectError(
      await admin.send('PUT', `/api/department/supervisors/employers/${employerId}`, {}),
      400,
      'VALIDATION_FAILED',
    );
    expect((await employerRow(employerId)).supervisor_id).toBe(b.id);
  });
});

describe('导入 of employers’ 主管部门', () => {
  it('imports every row in one go, or, with any bad row, nothing — listing every bad row in Chinese', async () => {
    const a = await created();
    const b = await created();
    const one = await signedInEmployer(ctx);
    const two = await signedInEmployer(ctx);
    const oneId = await employerIdOf(one.employer.uscc);
    const twoId = await employerIdOf(two.employer.uscc);
    await assign(twoId, a.id);

    const unregistered = uscc();
    const bad = await sheet([
      [one.employer.uscc, '', b.name],
      [two.employer.uscc, '', '不存在的厅'],
      ['91220101MA17A0001X', '', a.name],
      [unregistered, '', a.name],
      ['', '', a.name],
      [one.employer.uscc.toLowerCase(), '', a.name],
      [two.employer.uscc, '', ''],
      // a formula is never evaluated: without a saved result the cell is empty
      [{ formula: `"${one.employer.uscc.slice(0, 9)}"&"${one.employer.uscc.slice(9)}"` }, '', a.name],
    ]);
    const refused = expectError(await importSheet(bad), 400, 'VALIDATION_FAILED');
    expect(refused.message).toBe('导入失败：共8处错误，未导入任何数据');
    const errors = (refused as unknown as SupervisorImportReport).errors;
    expect(errors).toEqual([
      { row: 3, message: '主管部门“不存在的厅”不存在，请先在主管部门列表中添加' },
      { row: 4, message: '“91220101MA17A0001X”：统一社会信用代码校验位不正确，请核对后重新输入' },
      { row: 5, message: `统一社会信用代码${unregistered}对应的单位未在本系统注册` },
      { row: 6, message: '统一社会信用代码为空' },
      { row: 7, message: `统一社会信用代码${one.employer.uscc}与第2行重复` },
      { row: 8, message: '主管部门名称为空' },
      { row: 8, message: `统一社会信用代码${two.employer.uscc}与第3行重复` },
      { row: 9, message: '统一社会信用代码为空' },
    ]);
    for (const e of errors) expect(e.message).toMatch(CJK);
    // nothing changed
    expect((await employerRow(oneId)).supervisor_id).toBeNull();
    expect((await employerRow(twoId)).supervisor_id).toBe(a.id);
    expect(await auditRows(ctx, 'employer.supervisor.import')).toHaveLength(0);

    const good = await sheet([
      [one.employer.uscc, one.employer.employerName, b.name],
      [` ${two.employer.uscc.toLowerCase()} `, '', ` ${b.name}`],
    ]);
    const imported = await importSheet(good);
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json<SupervisorImportReport>()).toEqual({ updated: 2, unchanged: 0, errors: [] });
    expect((await employerRow(oneId)).supervisor_id).toBe(b.id);
    expect((await employerRow(twoId)).supervisor_id).toBe(b.id);
    expect((await auditRows(ctx, 'employer.supervisor.assign', twoId)).at(-1)?.detail).toEqual({
      employer: two.employer.employerName,
      from: a.name,
      to: b.name,
      import: true,
    });
    expect((await auditRows(ctx, 'employer.supervisor.import'))[0]?.detail).toEqual({
      rows: 2,
      updated: 2,
      unchanged: 0,
    });
    // the same sheet again: nothing to change
    expect((await importSheet(good)).json<SupervisorImportReport>()).toMatchObject({
      updated: 0,
      unchanged: 2,
    });
  });

  it('refuses a sheet without the columns, an empty one, one too long, or a file that is no sheet', async () => {
    const noColumn = expectError(
      await importSheet(await sheet([['x']], ['单位名称'])),
      400,
      'VALIDATION_FAILED',
    );
    expect(fieldMessage(noColumn, 'file')).toBe(
      '表格缺少列：统一社会信用代码、主管部门名称，请使用导入模板的表头',
    );
    const empty = expectError(await importSheet(await sheet([])), 400, 'VALIDATION_FAILED');
    expect((empty as unknown as SupervisorImportReport).errors).toEqual([
      { row: 1, message: '表格中没有数据' },
    ]);
    const rows = Array.from({ length: 5001 }, () => [uscc(), '', '某厅']);
    const tooLong = expectError(await importSheet(await sheet(rows)), 400, 'VALIDATION_FAILED', 'file');
    expect(tooLong.message).toBe('表格超过5000行，请分批导入');
    const notSheet = expectError(
      await importSheet(Buffer.from('统一社会信用代码,主管部门名称\n')),
      400,
      'VALIDATION_FAILED',
      'file',
    );
    expect(notSheet.message).toBe('文件不是有效的Excel（.xlsx）文件，请使用导入模板');
  });

  it('offers a template listing the employers without a 主管部门', async () => {
    const employer = await signedInEmployer(ctx);
    const response = await admin.get('/api/department/supervisors/import-template.xlsx');
    expect(response.statusCode).toBe(200);
    expect(String(response.headers['content-disposition'])).toContain('attachment');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const ws = workbook.worksheets[0];
    expect(ws?.getRow(1).values).toEqual([undefined, '统一社会信用代码', '单位名称', '主管部门名称']);
    const codes: unknown[] = [];
    ws?.eachRow((row, n) => {
      if (n > 1) codes.push(row.getCell(1).value);
    });
    expect(codes).toContain(employer.employer.uscc);
  });
});

describe('who may manage 主管部门', () => {
  it('refuses every other role (403) and changes nothing', async () => {
    const { id } = await created();
    const reviewer = new Client(ctx.app);
    expect((await reviewer.login('department', 'shenhe', DEMO_PASSWORD)).statusCode).toBe(200);
    const employer = await signedInEmployer(ctx);
    for (const client of [reviewer, employer.client]) {
      expectError(await client.get('/api/department/supervisors'), 403, 'FORBIDDEN');
      expectError(await client.post('/api/department/supervisors', { name: '某厅' }), 403, 'FORBIDDEN');
      expectError(
        await client.send('PUT', `/api/department/supervisors/${id}`, { name: '某厅' }),
        403,
        'FORBIDDEN',
      );
      expectError(await client.send('DELETE', `/api/department/supervisors/${id}`), 403, 'FORBIDDEN');
      expectError(await client.get('/api/department/supervisors/employers'), 403, 'FORBIDDEN');
      expectError(await client.get('/api/department/supervisors/import-template.xlsx'), 403, 'FORBIDDEN');
      expectError(
        await uploadFile(client, '/api/department/supervisors/import', 'a.xlsx', await sheet([])),
        403,
        'FORBIDDEN',
      );
    }
    expectError(await reviewer.get('/api/employer/unit'), 403, 'FORBIDDEN');
    expectError(await new Client(ctx.app).get('/api/department/supervisors'), 401, 'UNAUTHENTICATED');
    expect((await supervisors()).some((s) => s.id === id)).toBe(true);
    expect((await supervisors()).some((s) => s.name === '某厅')).toBe(false);
  });
});

describe('migration 0010', () => {
  it('gives each earlier 主管部门审核 account a 主管部门 named after its department, then requires one', async () => {
    // an empty database (not the migrated template), migrated up to before 主管部门 were data
    const { database, drop } = process.env.DATABASE_URL
      ? await freshDatabase()
      : { database: await openDatabase({ pglite: new PGlite() }), drop: async () => {} };
    const before = mkdtempSync(path.join(os.tmpdir(), 'rcpd-migrations-'));
    try {
      for (const file of readdirSync(MIGRATIONS_DIR).filter((f) => f < '0010')) {
        copyFileSync(path.join(MIGRATIONS_DIR, file), path.join(before, file));
      }
      await migrate(database, before);
      const account = (
        username: string,
        department: string | null,
        stage: 'supervisor' | 'province' | null,
      ) =>
        database.db
          .insertInto('accounts')
          .values({
            portal: 'department',
            role: 'dept_reviewer',
            name: '刘经办',
            username,
            department_name: department,
            review_stage: stage,
            password_hash: 'x',
          })
          .execute();
      await account('kjt1', '吉林省科学技术厅', 'supervisor');
      await account('kjt2', ' 吉林省科学技术厅 ', 'supervisor');
      await account('nameless', null, 'supervisor');
      await account('province', '吉林省人力资源和社会保障厅', 'province');
      await account('legacy', null, null);

      expect(await migrate(database)).toContain('0010_supervisors.sql');
      const rows = await database.db
        .selectFrom('accounts as a')
        .leftJoin('supervisors as s', 's.id', 'a.supervisor_id')
        .select(['a.username', 's.name'])
        .orderBy('a.username')
        .execute();
      expect(rows).toEqual([
        { username: 'kjt1', name: '吉林省科学技术厅' },
        { username: 'kjt2', name: '吉林省科学技术厅' },
        { username: 'legacy', name: null },
        { username: 'nameless', name: '未命名主管部门' },
        { username: 'province', name: null },
      ]);
      // from now on a 主管部门审核 account without a 主管部门, or another with one, is refused by the database
      const supervisorId = (
        await database.db.selectFrom('supervisors').select('id').limit(1).executeTakeFirstOrThrow()
      ).id;
      await expect(
        database.db
          .updateTable('accounts')
          .set({ supervisor_id: null })
          .where('username', '=', 'kjt1')
          .execute(),
      ).rejects.toMatchObject({ code: '23514' });
      await expect(
        database.db
          .updateTable('accounts')
          .set({ supervisor_id: supervisorId })
          .where('username', '=', 'legacy')
          .execute(),
      ).rejects.toMatchObject({ code: '23514' });
    } finally {
      rmSync(before, { recursive: true, force: true });
      await database.close();
      await drop();
    }
  });
});
