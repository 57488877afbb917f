import { randomBytes } from 'node:crypto';
import type { AccountListItem } from '@rcpd/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, DEMO_PASSWORD } from '../../seed/demo.js';
import { Client, createTestApp, mobile, type TestContext } from '../../test/harness.js';
import {
  accountRow,
  auditRows,
  expectError,
  fieldMessage,
  getWithSession,
  loginWith,
  sessionToken,
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

const REVIEWER_PASSWORD = 'Review#2026';
const MASKED_PHONE = /^1\d{2}\*{4}\d{4}$/;

async function addReviewer(client: Client, name = '钱审核') {
  const phone = mobile();
  const response = await client.post('/api/employer/reviewers', { name, phone, password: REVIEWER_PASSWORD });
  expect(response.statusCode, response.body).toBe(201);
  return { phone, item: response.json<AccountListItem>() };
}

async function signedInReviewer(phone: string) {
  const client = new Client(ctx.app);
  const response = await client.login('employer', phone, REVIEWER_PASSWORD);
  expect(response.statusCode, response.body).toBe(200);
  return client;
}

const list = async (client: Client) =>
  (await client.get('/api/employer/reviewers')).json<{ items: AccountListItem[] }>().items;
const username = () => `u_${randomBytes(4).toString('hex')}`;

describe('单位审核人', () => {
  it('lets the employer administrator add a reviewer, who signs in with the phone', async () => {
    const { client, employer, accountId } = await signedInEmployer(ctx);
    const { phone, item } = await addReviewer(client, '钱审核');
    expect(item).toMatchObject({
      role: 'employer_reviewer',
      roleLabel: '单位审核人',
      name: '钱审核',
      maskedPhone: `${phone.slice(0, 3)}****${phone.slice(-4)}`,
      login: `${phone.slice(0, 3)}****${phone.slice(-4)}`,
      enabled: true,
      lastLoginAt: null,
    });
    const reviewer = await signedInReviewer(phone);
    const session = await reviewer.session();
    expect(session.account).toMatchObject({ role: 'employer_reviewer', employerName: employer.employerName });
    const row = await accountRow(ctx, item.id);
    expect(row.created_by).toBe(accountId);
    expect(row.employer_id).toBe((await accountRow(ctx, accountId)).employer_id);
    const audit = await auditRows(ctx, 'employer.reviewer.create', item.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]?.detail).toEqual({ name: '钱审核', phone: item.maskedPhone });
  });

  it('lists the employer’s accounts with phones masked, never in full', async () => {
    const { client, employer } = await signedInEmployer(ctx);
    const a = await addReviewer(client, '甲审核');
    const b = await addReviewer(client, '乙审核');
    const response = await client.get('/api/employer/reviewers');
    expect(response.statusCode).toBe(200);
    const items = response.json<{ items: AccountListItem[] }>().items;
    expect(items.map((i) => i.name)).toEqual(['赵经办', '甲审核', '乙审核']);
    expect(items.map((i) => i.role)).toEqual(['employer_admin', 'employer_reviewer', 'employer_reviewer']);
    for (const item of items) {
      expect(item.maskedPhone).toMatch(MASKED_PHONE);
      expect(item.login).toMatch(MASKED_PHONE);
    }
    for (const phone of [employer.phone, a.phone, b.phone]) expect(response.body).not.toContain(phone);
    expect(response.body).not.toContain('password');
  });

  it('refuses a reviewer phone that any employer account already uses: ALREADY_REGISTERED on phone', async () => {
    const { client, employer } = await signedInEmployer(ctx);
    const other = await signedInEmployer(ctx);
    const { phone } = await addReviewer(client);
    for (const taken of [phone, employer.phone, other.employer.phone]) {
      const response = await client.post('/api/employer/reviewers', {
        name: '重复',
        phone: taken,
        password: REVIEWER_PASSWORD,
      });
      expectError(response, 409, 'ALREADY_REGISTERED', 'phone');
    }
    expect(await list(client)).toHaveLength(2);
  });

  it('applies the password policy to a reviewer’s password', async () => {
    const { client } = await signedInEmployer(ctx);
    const phone = mobile();
    const response = await client.post('/api/employer/reviewers', {
      name: '李审核',
      phone,
      password: `Aa@${phone}`,
    });
    const body = expectError(response, 400, 'VALIDATION_FAILED', 'password');
    expect(fieldMessage(body, 'password')).toBe('密码不能包含账号');
    const weak = await client.post('/api/employer/reviewers', {
      name: '李审核',
      phone,
      password: 'weakpass',
    });
    expectError(weak, 400, 'VALIDATION_FAILED', 'password');
    expect(await list(client)).toHaveLength(1);
  });

  it('disables a reviewer: its sessions end at once and it cannot sign in; enabling lets it back', async () => {
    const { client } = await signedInEmployer(ctx);
    const { phone, item } = await addReviewer(client);
    const reviewer = await signedInReviewer(phone);
    const token = sessionToken(reviewer);

    const disabled = await client.send('PATCH', `/api/employer/reviewers/${item.id}`, { enabled: false });
    expect(disabled.statusCode, disabled.body).toBe(200);
    expect(disabled.json<AccountListItem>()).toMatchObject({ id: item.id, enabled: false });
    const sessions = await ctx.database.db
      .selectFrom('sessions')
      .select('id')
      .where('account_id', '=', item.id)
      .execute();
    expect(sessions).toHaveLength(0);
    expect(
      (await getWithSession(ctx, '/api/auth/session', token)).json<{ account: unknown }>().account,
    ).toBeNull();
    const refused = expectError(
      await loginWith(new Client(ctx.app), 'employer', phone, REVIEWER_PASSWORD),
      403,
      'ACCOUNT_DISABLED',
    );
    expect(refused.message).toBe('该账号已停用，请联系管理员');
    expect((await list(client)).find((i) => i.id === item.id)?.enabled).toBe(false);
    expect(await auditRows(ctx, 'account.disable', item.id)).toHaveLength(1);

    const enabled = await client.send('PATCH', `/api/employer/reviewers/${item.id}`, { enabled: true });
    expect(enabled.json<AccountListItem>().enabled).toBe(true);
    expect((await loginWith(new Client(ctx.app), 'employer', phone, REVIEWER_PASSWORD)).statusCode).toBe(200);
    expect(await auditRows(ctx, 'account.enable', item.id)).toHaveLength(1);
  });

  it('does not let an administrator disable its own account', async () => {
    const { client, accountId } = await signedInEmployer(ctx);
    const response = await client.send('PATCH', `/api/employer/reviewers/${accountId}`, { enabled: false });
    const body = expectError(response, 403, 'FORBIDDEN');
    expect(body.message).toBe('不能停用或启用自己的账号');
    expect((await accountRow(ctx, accountId)).enabled).toBe(true);
  });

  it('keeps employers apart: one administrator cannot see or change another employer’s accounts', async () => {
    const a = await signedInEmployer(ctx);
    const b = await signedInEmployer(ctx);
    const ofA = await addReviewer(a.client, '甲方审核');
    const ofB = await addReviewer(b.client, '乙方审核');
    const reviewerOfB = await signedInReviewer(ofB.phone);

    const seenByA = await list(a.client);
    expect(seenByA.map((i) => i.id).sort()).toEqual([a.accountId, ofA.item.id].sort());
    for (const id of [ofB.item.id, b.accountId]) {
      const response = await a.client.send('PATCH', `/api/employer/reviewers/${id}`, { enabled: false });
      const body = expectError(response, 404, 'NOT_FOUND');
      expect(body.message).toBe('账号不存在');
      expect((await accountRow(ctx, id)).enabled).toBe(true);
    }
    expect((await reviewerOfB.session()).account).not.toBeNull();
    expect(await auditRows(ctx, 'account.disable', ofB.item.id)).toHaveLength(0);
  });

  it('answers an unknown or malformed id with 404 or 400, in Chinese', async () => {
    const { client } = await signedInEmployer(ctx);
    expectError(
      await client.send('PATCH', '/api/employer/reviewers/00000000-0000-4000-8000-000000000000', {
        enabled: false,
      }),
      404,
      'NOT_FOUND',
    );
    const malformed = await client.send('PATCH', '/api/employer/reviewers/not-a-uuid', { enabled: false });
    expectError(malformed, 400, 'VALIDATION_FAILED');
    const noFlag = await client.send(
      'PATCH',
      '/api/employer/reviewers/00000000-0000-4000-8000-000000000000',
      {
        enabled: 'no',
      },
    );
    const body = expectError(noFlag, 400, 'VALIDATION_FAILED', 'enabled');
    expect(fieldMessage(body, 'enabled')).toBe('请选择启用或停用');
  });

  it('does not let a 单位审核人 add, list or disable reviewers (403)', async () => {
    const { client } = await signedInEmployer(ctx);
    const first = await addReviewer(client);
    const second = await addReviewer(client);
    const reviewer = await signedInReviewer(first.phone);
    const reviewerId = first.item.id;

    const add = await reviewer.post('/api/employer/reviewers', {
      name: '私加',
      phone: mobile(),
      password: REVIEWER_PASSWORD,
    });
    expectError(add, 403, 'FORBIDDEN');
    expectError(await reviewer.get('/api/employer/reviewers'), 403, 'FORBIDDEN');
    const disable = await reviewer.send('PATCH', `/api/employer/reviewers/${second.item.id}`, {
      enabled: false,
    });
    expectError(disable, 403, 'FORBIDDEN');
    expect((await accountRow(ctx, second.item.id)).enabled).toBe(true);
    expect(await list(client)).toHaveLength(3);
    const denied = await ctx.database.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'access.denied')
      .where('actor_account_id', '=', reviewerId)
      .execute();
    expect(denied).toHaveLength(3);
  });
});

describe('部门账号', () => {
  const departmentAccount = (overrides: Record<string, string> = {}) => ({
    username: username(),
    name: '刘经办',
    departmentName: '吉林省人力资源和社会保障厅',
    role: 'dept_reviewer',
    password: 'Dept#Pass2026',
    ...overrides,
  });

  it('assigns a 主管部门 account to the 主管部门审核 stage and to its 主管部门', async () => {
    const supervisor = await admin.post('/api/department/supervisors', { name: `科技厅${username()}` });
    expect(supervisor.statusCode, supervisor.body).toBe(201);
    const { id: supervisorId, name } = supervisor.json<{ id: string; name: string }>();
    const none = await admin.post(
      '/api/department/accounts',
      departmentAccount({ departmentName: '吉林省科学技术厅', reviewStage: 'supervisor' }),
    );
    expect(fieldMessage(expectError(none, 400, 'VALIDATION_FAILED'), 'supervisorId')).toBe(
      '审核环节为主管部门审核时，请选择主管部门',
    );
    const unknown = await admin.post(
      '/api/department/accounts',
      departmentAccount({
        reviewStage: 'supervisor',
        supervisorId: '00000000-0000-4000-8000-000000000000',
      }),
    );
    expect(fieldMessage(expectError(unknown, 400, 'VALIDATION_FAILED'), 'supervisorId')).toBe(
      '所选主管部门不存在，请刷新后重新选择',
    );
    const body = departmentAccount({
      departmentName: '吉林省科学技术厅',
      reviewStage: 'supervisor',
      supervisorId,
    });
    const response = await admin.post('/api/department/accounts', body);
    expect(response.statusCode, response.body).toBe(201);
    const item = response.json<AccountListItem>();
    expect(item).toMatchObject({ reviewStageName: '主管部门审核', supervisorId, supervisorName: name });
    expect((await accountRow(ctx, item.id)).supervisor_id).toBe(supervisorId);
    // a 省人社厅 account acts for no 主管部门, whatever the form sent
    const province = await admin.post(
      '/api/department/accounts',
      departmentAccount({ reviewStage: 'province', supervisorId }),
    );
    expect(province.json<AccountListItem>()).toMatchObject({ reviewStage: 'province', supervisorId: null });

    // 编辑: back to 省人社厅审核, then to the 主管部门 again; each change audited
    const url = `/api/department/accounts/${item.id}/review-stage`;
    const toProvince = await admin.send('PUT', url, { reviewStage: 'province' });
    expect(toProvince.json<AccountListItem>()).toMatchObject({
      reviewStage: 'province',
      supervisorName: null,
    });
    expect((await accountRow(ctx, item.id)).supervisor_id).toBeNull();
    expectError(
      await admin.send('PUT', url, { reviewStage: 'supervisor' }),
      400,
      'VALIDATION_FAILED',
      'supervisorId',
    );
    const back = await admin.send('PUT', url, { reviewStage: 'supervisor', supervisorId });
    expect(back.json<AccountListItem>()).toMatchObject({ reviewStage: 'supervisor', supervisorName: name });
    const audit = await auditRows(ctx, 'department.account.stage', item.id);
    expect(audit.map((a) => a.detail)).toEqual([
      expect.objectContaining({ to: { reviewStage: 'province', supervisor: null } }),
      expect.objectContaining({ to: { reviewStage: 'supervisor', supervisor: name } }),
    ]);
    expectError(
      await admin.send('PUT', '/api/department/accounts/00000000-0000-4000-8000-000000000000/review-stage', {
        reviewStage: 'province',
      }),
      404,
      'NOT_FOUND',
    );
    const listed = (await admin.get('/api/department/accounts')).json<{ items: AccountListItem[] }>().items;
    expect(listed.find((i) => i.id === item.id)?.supervisorName).toBe(name);
    const wrong = await admin.post(
      '/api/department/accounts',
      departmentAccount({ reviewStage: 'employer' }),
    );
    expectError(wrong, 400, 'VALIDATION_FAILED', 'reviewStage');
  });

  it('lets the department administrator create a department account, which signs in by 用户名', async () => {
    const body = departmentAccount();
    const response = await admin.post('/api/department/accounts', body);
    expect(response.statusCode, response.body).toBe(201);
    const item = response.json<AccountListItem>();
    expect(item).toMatchObject({
      role: 'dept_reviewer',
      roleLabel: '审核人',
      name: '刘经办',
      login: body.username,
      maskedPhone: null,
      departmentName: '吉林省人力资源和社会保障厅',
      reviewStageName: '省人社厅审核',
      enabled: true,
    });
    const signedIn = await new Client(ctx.app).login('department', body.username, body.password);
    expect(signedIn.statusCode, signedIn.body).toBe(200);
    expect(signedIn.json<{ account: { role: string } }>().account.role).toBe('dept_reviewer');
    const audit = await auditRows(ctx, 'department.account.create', item.id);
    expect(audit[0]?.detail).toEqual({ username: body.username, role: 'dept_reviewer' });
  });

  it('refuses a 用户名 already in use, in any case: ALREADY_REGISTERED on username', async () => {
    const body = departmentAccount();
    expect((await admin.post('/api/department/accounts', body)).statusCode).toBe(201);
    for (const name of [body.username, ` ${body.username.toUpperCase()} `, DEMO.admin.username]) {
      const again = await admin.post('/api/department/accounts', departmentAccount({ username: name }));
      const error = expectError(again, 409, 'ALREADY_REGISTERED', 'username');
      expect(error.message).toBe('该用户名已被使用');
    }
  });

  it('lists department accounts only, with 用户名 as the login', async () => {
    const response = await admin.get('/api/department/accounts');
    expect(response.statusCode).toBe(200);
    const items = response.json<{ items: AccountListItem[] }>().items;
    expect(items.map((i) => i.login)).toContain('admin');
    for (const item of items) {
      expect(['sys_admin', 'security_auditor', 'business_admin', 'dept_reviewer']).toContain(item.role);
      expect(item.maskedPhone).toBeNull();
    }
  });

  it('does not let a dept_reviewer create, list or disable department accounts (403)', async () => {
    const reviewer = new Client(ctx.app);
    expect((await reviewer.login('department', DEMO.reviewer.username, DEMO_PASSWORD)).statusCode).toBe(200);
    const body = departmentAccount();
    expectError(await reviewer.post('/api/department/accounts', body), 403, 'FORBIDDEN');
    expectError(await reviewer.get('/api/department/accounts'), 403, 'FORBIDDEN');
    const adminRow = await ctx.database.db
      .selectFrom('accounts')
      .select('id')
      .where('username', '=', 'admin')
      .executeTakeFirstOrThrow();
    expectError(
      await reviewer.send('PATCH', `/api/department/accounts/${adminRow.id}`, { enabled: false }),
      403,
      'FORBIDDEN',
    );
    const created = await ctx.database.db
      .selectFrom('accounts')
      .select('id')
      .where('username', '=', body.username)
      .executeTakeFirst();
    expect(created).toBeUndefined();
  });

  it('disables a department account: its sessions end and it cannot sign in', async () => {
    const body = departmentAccount();
    const item = (await admin.post('/api/department/accounts', body)).json<AccountListItem>();
    const client = new Client(ctx.app);
    expect((await client.login('department', body.username, body.password)).statusCode).toBe(200);
    const response = await admin.send('PATCH', `/api/department/accounts/${item.id}`, { enabled: false });
    expect(response.json<AccountListItem>().enabled).toBe(false);
    expect((await client.session()).account).toBeNull();
    expectError(
      await loginWith(new Client(ctx.app), 'department', body.username, body.password),
      403,
      'ACCOUNT_DISABLED',
    );
  });

  it('cannot reach employer or applicant accounts through the department route', async () => {
    const { accountId } = await signedInEmployer(ctx);
    const response = await admin.send('PATCH', `/api/department/accounts/${accountId}`, { enabled: false });
    expectError(response, 404, 'NOT_FOUND');
    expect((await accountRow(ctx, accountId)).enabled).toBe(true);
  });

  it('checks the department account form', async () => {
    const bad = await admin.post(
      '/api/department/accounts',
      departmentAccount({ username: '1abc', role: 'applicant', departmentName: '' }),
    );
    const body = expectError(bad, 400, 'VALIDATION_FAILED');
    expect(body.fields?.map((f) => f.path).sort()).toEqual(['departmentName', 'role', 'username']);
    const name = username();
    const withName = await admin.post(
      '/api/department/accounts',
      departmentAccount({ username: name, password: `${name}#A1` }),
    );
    expect(fieldMessage(expectError(withName, 400, 'VALIDATION_FAILED', 'password'), 'password')).toBe(
      '密码不能包含账号',
    );
  });
});
