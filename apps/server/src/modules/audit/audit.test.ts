import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { AuditItem } from '@rcpd/shared';
import { maskIdNumber, maskPhone } from '@rcpd/shared';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, DEMO_PASSWORD } from '../../seed/demo.js';
import { submittedApplication } from '../../test/applications.js';
import {
  Client,
  createTestApp,
  mobile,
  PASSWORD,
  registerEmployer,
  registerPerson,
  type TestContext,
} from '../../test/harness.js';
import {
  accountIdByPhone,
  auditRows,
  expectError,
  loginWith,
  signedInAdmin,
  signedInAuditor,
  signedInBusiness,
} from '../../test/helpers.js';
import {
  appendAudit,
  canonicalJson,
  GENESIS_HASH,
  recordAudit,
  sealAuditChain,
  verifyAuditChain,
} from './audit.service.js';

let ctx: TestContext;
let admin: Client;
let auditor: Client;
/** every 证件号码 and 手机号码 this file uses: none may appear in full in the log */
const secrets: string[] = [];

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await signedInAdmin(ctx);
  auditor = await signedInAuditor(ctx);
});
afterAll(() => ctx.close());

async function rowsFor(ip: string) {
  return ctx.database.db.selectFrom('audit_log').selectAll().where('ip', '=', ip).orderBy('id').execute();
}

describe('每个身份事件都写入审计日志', () => {
  it('records an applicant’s registration, sign-ins, failures, lock, reset, change and sign-out with the IP', async () => {
    const client = new Client(ctx.app);
    const person = await registerPerson(client, { name: '李四' });
    secrets.push(person.idNumber, person.phone);
    const id = await accountIdByPhone(ctx, 'person', person.phone);

    expect((await client.login('person', person.idNumber)).statusCode).toBe(200);
    expect((await client.post('/api/auth/logout')).statusCode).toBe(200);
    await client.session(); // signed out: back to the anonymous CSRF token
    for (let i = 0; i < 5; i++) await loginWith(client, 'person', person.idNumber, 'Wrong#Pass1');
    // a reset ends the lock
    const code = await client.smsCode({
      purpose: 'reset',
      portal: 'person',
      phone: person.phone,
      account: person.idNumber,
    });
    const reset = await client.post('/api/auth/password-reset', {
      portal: 'person',
      account: person.idNumber,
      phone: person.phone,
      smsCode: code,
      password: 'Reset#Pass1',
      passwordConfirm: 'Reset#Pass1',
    });
    expect(reset.statusCode, reset.body).toBe(200);
    expect((await loginWith(client, 'person', person.phone, 'Reset#Pass1')).statusCode).toBe(200);
    const change = await client.post('/api/auth/password', {
      oldPassword: 'Reset#Pass1',
      password: PASSWORD,
      passwordConfirm: PASSWORD,
    });
    expect(change.statusCode, change.body).toBe(200);

    const rows = await rowsFor(client.ip);
    expect(rows.map((r) => r.action)).toEqual([
      'account.register',
      'login',
      'logout',
      'login.failed',
      'login.failed',
      'login.failed',
      'login.failed',
      'login.locked',
      'password.reset',
      'login',
      'password.change',
    ]);
    for (const row of rows) {
      expect(row).toMatchObject({
        ip: client.ip,
        actor_account_id: id,
        actor_label: '李四（申报人）',
        target_id: id,
      });
      expect(row.user_agent).toBeTruthy();
      expect(Math.abs(row.at.getTime() - Date.now())).toBeLessThan(120_000);
    }
    expect(rows[0]?.detail).toEqual({
      portal: 'person',
      idType: '居民身份证',
      idNumber: maskIdNumber(person.idNumber),
    });
    expect(rows[3]?.detail).toEqual({ portal: 'person', reason: 'wrong-password' });
  });

  it('records an employer’s registration, a reviewer’s creation, disabling and enabling', async () => {
    const client = new Client(ctx.app);
    const employer = await registerEmployer(client, { employerName: '吉林审计测试有限公司' });
    secrets.push(employer.phone);
    expect((await client.login('employer', employer.uscc)).statusCode).toBe(200);
    const phone = mobile();
    secrets.push(phone);
    const created = await client.post('/api/employer/reviewers', {
      name: '钱审核',
      phone,
      password: 'Review#2026',
    });
    const reviewerId = created.json<{ id: string }>().id;
    await client.send('PATCH', `/api/employer/reviewers/${reviewerId}`, { enabled: false });
    await client.send('PATCH', `/api/employer/reviewers/${reviewerId}`, { enabled: true });

    const rows = await rowsFor(client.ip);
    expect(rows.map((r) => r.action)).toEqual([
      'employer.register',
      'login',
      'employer.reviewer.create',
      'account.disable',
      'account.enable',
    ]);
    expect(rows[0]?.detail).toEqual({ employerName: '吉林审计测试有限公司', uscc: employer.uscc });
    expect(rows[0]?.target_type).toBe('employer');
    expect(rows[2]?.detail).toEqual({ name: '钱审核', phone: maskPhone(phone) });
    expect(rows[3]).toMatchObject({ target_id: reviewerId, actor_label: '赵经办（单位管理员）' });
  });

  it('records the department’s account creation and an unknown account’s failed sign-in', async () => {
    const username = `audit_${randomBytes(3).toString('hex')}`;
    const created = await admin.post('/api/department/accounts', {
      username,
      name: '审计员',
      departmentName: '吉林省人力资源和社会保障厅',
      role: 'dept_reviewer',
      password: 'Audit#Pass1',
    });
    expect(created.statusCode, created.body).toBe(201);
    const [row] = (await rowsFor(admin.ip)).filter((r) => r.action === 'department.account.create');
    expect(row).toMatchObject({ actor_label: `${DEMO.admin.name}（系统管理员）`, target_type: 'account' });

    const stranger = new Client(ctx.app);
    await loginWith(stranger, 'department', 'nobody_here', DEMO_PASSWORD);
    const [failed] = await rowsFor(stranger.ip);
    expect(failed).toMatchObject({
      action: 'login.failed',
      actor_account_id: null,
      actor_label: '未知账号',
      detail: { portal: 'department', reason: 'unknown-account' },
    });
  });

  it('never holds a 证件号码 or 手机号码 in full', async () => {
    const person = await registerPerson(new Client(ctx.app));
    secrets.push(person.idNumber, person.phone);
    const rows = await ctx.database.db.selectFrom('audit_log').selectAll().execute();
    const text = JSON.stringify(rows);
    expect(secrets.length).toBeGreaterThan(4);
    for (const secret of secrets) expect(text).not.toContain(secret);
  });
});

describe('防篡改', () => {
  it('keeps the hash chain intact after many events', async () => {
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        const c = new Client(ctx.app);
        await loginWith(c, 'person', mobile(), 'Wrong#Pass1');
        await c.get('/api/department/accounts');
      }),
    );
    // written unsealed, with no lock: chained by the sealer, which the server runs every second
    const unsealed = await verifyAuditChain(ctx.database.db, ctx.auditKeys);
    expect(unsealed.ok).toBe(true);
    expect(unsealed.unsealed).toBeGreaterThan(20);
    expect(await sealAuditChain(ctx.database.db, ctx.auditKeys)).toBe(unsealed.unsealed);
    const check = await verifyAuditChain(ctx.database.db, ctx.auditKeys);
    const count = await ctx.database.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(check).toMatchObject({
      ok: true,
      rows: Number(count.n),
      brokenAt: null,
      problem: null,
      unsealed: 0,
    });
    expect(check.rows).toBeGreaterThan(20);
    const first = await ctx.database.db
      .selectFrom('audit_log')
      .select('prev_hash')
      .orderBy('seq')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(first.prev_hash).toBe(GENESIS_HASH);
  });

  it('refuses an UPDATE, a DELETE or a TRUNCATE of the log in the database itself, to the server and to the owner', async () => {
    // the server's role: on PostgreSQL it holds no such privilege at all; on PGlite (one role) the trigger says no
    const refused = ctx.database.kind === 'postgres' ? /permission denied/ : /append-only/;
    for (const { db } of [ctx.database, ctx.ownerDatabase]) {
      const expected = db === ctx.database.db ? refused : /append-only/;
      await expect(
        sql`update audit_log set action = 'login' where action = 'login.failed'`.execute(db),
      ).rejects.toThrow(expected);
      await expect(sql`delete from audit_log`.execute(db)).rejects.toThrow(expected);
      await expect(sql`truncate audit_log`.execute(db)).rejects.toThrow(expected);
    }
    expect((await verifyAuditChain(ctx.database.db, ctx.auditKeys)).ok).toBe(true);
  });

  it('lets a row in only unsealed: a forged seq or hash on insert is refused', async () => {
    for (const { db } of [ctx.database, ctx.ownerDatabase])
      await expect(
        sql`insert into audit_log (at, actor_label, action, detail, seq, prev_hash, hash)
          values (now(), '伪造', 'forged', '{}', 999999, ${GENESIS_HASH}, ${'a'.repeat(64)})`.execute(db),
      ).rejects.toThrow(
        db === ctx.database.db && ctx.database.kind === 'postgres' ? /permission denied/ : /unsealed/,
      );
  });

  it.skipIf(!process.env.DATABASE_URL)(
    'runs the server as a role that cannot switch the trigger off, change a sealed row, or touch the verifications',
    async () => {
      const { db } = ctx.database;
      await expect(
        sql`alter table audit_log disable trigger audit_log_no_change`.execute(db),
      ).rejects.toThrow(/must be owner/);
      await expect(sql`update audit_log set detail = '{}' where false`.execute(db)).rejects.toThrow(
        /permission denied/,
      );
      await expect(sql`update audit_verifications set ok = true`.execute(db)).rejects.toThrow(
        /permission denied/,
      );
      await expect(sql`drop table audit_log`.execute(db)).rejects.toThrow(/must be owner/);
      await expect(sql`create table intruder (id int)`.execute(db)).rejects.toThrow(/permission denied/);
    },
  );

  it('finds a row changed behind the trigger’s back', async () => {
    const db = ctx.database.db;
    const owner = ctx.ownerDatabase.db;
    await sealAuditChain(db, ctx.auditKeys);
    const target = await db
      .selectFrom('audit_log')
      .select([sql<string>`id::text`.as('id'), 'detail'])
      .where('action', '=', 'account.register')
      .orderBy('id')
      .limit(1)
      .executeTakeFirstOrThrow();
    const tampered = canonicalJson({ ...(target.detail as Record<string, unknown>), idType: '护照' });
    await sql`alter table audit_log disable trigger audit_log_no_change`.execute(owner);
    try {
      await sql`update audit_log set detail = ${tampered}::jsonb where id = ${target.id}::bigint`.execute(
        owner,
      );
      expect(await verifyAuditChain(db, ctx.auditKeys)).toMatchObject({
        ok: false,
        brokenAt: target.id,
        problem: 'link',
      });
      await sql`update audit_log set detail = ${JSON.stringify(target.detail)}::jsonb where id = ${target.id}::bigint`.execute(
        owner,
      );
    } finally {
      await sql`alter table audit_log enable trigger audit_log_no_change`.execute(owner);
    }
    expect((await verifyAuditChain(db, ctx.auditKeys)).ok).toBe(true);
  });

  it('finds a row rewritten by someone who recomputed every hash after it, without the key', async () => {
    const db = ctx.database.db;
    const owner = ctx.ownerDatabase.db;
    await sealAuditChain(db, ctx.auditKeys);
    const chain = await owner
      .selectFrom('audit_log')
      .select([
        sql<string>`id::text`.as('id'),
        sql<string>`seq::text`.as('seq'),
        'at',
        'actor_account_id',
        'actor_label',
        'action',
        'target_type',
        'target_id',
        'ip',
        'user_agent',
        'detail',
        'prev_hash',
        'hash',
      ])
      .where('seq', 'is not', null)
      .orderBy('audit_log.seq')
      .execute();
    const victim = chain.findIndex((r) => r.action === 'login.failed');
    expect(victim).toBeGreaterThan(0);
    // what an attacker holding the database could do: the documented fields, SHA-256 or any key but ours
    const attempts = [
      (payload: string) => createHash('sha256').update(payload).digest('hex'),
      (payload: string) => createHmac('sha256', randomBytes(32)).update(payload).digest('hex'),
    ];
    for (const recompute of attempts) {
      const rewritten = chain.map((r) => ({ ...r }));
      rewritten[victim] = { ...rewritten[victim]!, action: 'login', detail: {} };
      let prev = rewritten[victim - 1]!.hash as string;
      for (const row of rewritten.slice(victim)) {
        const { id: _, seq: __, prev_hash: ___, hash: ____, ...fields } = row;
        row.prev_hash = prev;
        row.hash = recompute(canonicalJson({ ...fields, at: new Date(row.at).toISOString(), prev }));
        prev = row.hash;
      }
      await sql`alter table audit_log disable trigger audit_log_no_change`.execute(owner);
      try {
        for (const row of rewritten.slice(victim))
          await sql`update audit_log set action = ${row.action}, detail = ${JSON.stringify(row.detail)}::jsonb,
            prev_hash = ${row.prev_hash}, hash = ${row.hash} where id = ${row.id}::bigint`.execute(owner);
        expect(await verifyAuditChain(db, ctx.auditKeys)).toMatchObject({
          ok: false,
          brokenAt: chain[victim]!.id,
          problem: 'link',
        });
      } finally {
        for (const row of chain.slice(victim))
          await sql`update audit_log set action = ${row.action}, detail = ${JSON.stringify(row.detail)}::jsonb,
            prev_hash = ${row.prev_hash}, hash = ${row.hash} where id = ${row.id}::bigint`.execute(owner);
        await sql`alter table audit_log enable trigger audit_log_no_change`.execute(owner);
      }
    }
    expect((await verifyAuditChain(db, ctx.auditKeys)).ok).toBe(true);
  });

  it('lets a row be sealed once and never changed after, nor its seal', async () => {
    const db = ctx.ownerDatabase.db;
    await sealAuditChain(ctx.database.db, ctx.auditKeys);
    const row = await db
      .selectFrom('audit_log')
      .select([sql<string>`id::text`.as('id'), sql<string>`seq::text`.as('seq')])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    for (const { db } of [ctx.database, ctx.ownerDatabase]) {
      await expect(
        sql`update audit_log set hash = ${'f'.repeat(64)} where id = ${row.id}::bigint`.execute(db),
      ).rejects.toThrow(/append-only/);
      await expect(
        sql`update audit_log set seq = seq + 1000 where id = ${row.id}::bigint`.execute(db),
      ).rejects.toThrow(/append-only/);
    }
    expect((await verifyAuditChain(ctx.database.db, ctx.auditKeys)).ok).toBe(true);
  });

  // PGlite is one connection: a transaction left open there would hold up the sealer's own statements
  it.skipIf(!process.env.DATABASE_URL)(
    'chains a row whose transaction commits after later rows were sealed, after them, and lets writers run while sealing',
    async () => {
      const db = ctx.database.db;
      const actor = { accountId: null, label: '测试' };
      let commitLate!: () => void;
      const late = new Promise<void>((resolve) => {
        commitLate = resolve;
      });
      let inserted!: () => void;
      const insertedEarly = new Promise<void>((resolve) => {
        inserted = resolve;
      });
      // takes an id first, commits last
      const slow = db.transaction().execute(async (trx) => {
        await appendAudit(trx, { actor, action: 'test.late' });
        inserted();
        await late;
      });
      await insertedEarly;
      await recordAudit(db, { actor, action: 'test.early' });
      await sealAuditChain(db, ctx.auditKeys);
      commitLate();
      await slow;
      expect((await verifyAuditChain(db, ctx.auditKeys)).unsealed).toBe(1);
      await sealAuditChain(db, ctx.auditKeys);
      const rows = await db
        .selectFrom('audit_log')
        .select([sql<string>`id::text`.as('id'), sql<string>`seq::text`.as('seq'), 'action'])
        .where('action', 'in', ['test.early', 'test.late'])
        .execute();
      const early = rows.find((r) => r.action === 'test.early');
      const lateRow = rows.find((r) => r.action === 'test.late');
      expect(BigInt(lateRow?.id ?? 0)).toBeLessThan(BigInt(early?.id ?? 0));
      expect(BigInt(lateRow?.seq ?? 0)).toBeGreaterThan(BigInt(early?.seq ?? 0));
      expect(await verifyAuditChain(db, ctx.auditKeys)).toMatchObject({ ok: true, unsealed: 0 });
    },
  );

  it('finds a row removed behind the trigger’s back by the gap it leaves in the chain', async () => {
    const db = ctx.ownerDatabase.db;
    await sealAuditChain(ctx.database.db, ctx.auditKeys);
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', 'is not', null)
      .orderBy('seq')
      .limit(3)
      .execute();
    const victim = rows[1];
    if (!victim) throw new Error('too few rows');
    await sql`alter table audit_log disable trigger audit_log_no_change`.execute(db);
    try {
      await sql`delete from audit_log where id = ${victim.id}::bigint`.execute(db);
      expect(await verifyAuditChain(db, ctx.auditKeys)).toMatchObject({
        ok: false,
        brokenAt: String(rows[2]?.id),
        problem: 'gap',
      });
      await sql`insert into audit_log overriding system value
        select * from jsonb_populate_record(null::audit_log, ${JSON.stringify(victim)}::jsonb)`.execute(db);
    } finally {
      await sql`alter table audit_log enable trigger audit_log_no_change`.execute(db);
    }
    expect((await verifyAuditChain(db, ctx.auditKeys)).ok).toBe(true);
  });
});

describe('GET /api/department/audit', () => {
  it('pages the log newest first with `before`, every row once', async () => {
    const all: AuditItem[] = [];
    let before: string | null = null;
    for (let page = 0; page < 100; page++) {
      const url = `/api/department/audit?limit=7${before ? `&before=${before}` : ''}`;
      const response = await auditor.get(url);
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json<{ items: AuditItem[]; nextBefore: string | null }>();
      expect(body.items.length).toBeLessThanOrEqual(7);
      if (body.nextBefore) {
        expect(body.items).toHaveLength(7);
        expect(body.nextBefore).toBe(body.items.at(-1)?.id);
      }
      all.push(...body.items);
      before = body.nextBefore;
      if (!before) break;
    }
    const ids = all.map((i) => BigInt(i.id));
    const sorted = [...ids].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0));
    expect(ids).toEqual(sorted);
    expect(new Set(ids).size).toBe(ids.length);
    const count = await ctx.database.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(all).toHaveLength(Number(count.n));
    const login = all.find((i) => i.action === 'login' && i.ip === auditor.ip);
    expect(login).toMatchObject({ actorLabel: `${DEMO.auditor.name}（安全审计员）`, targetType: 'account' });
    expect(Number.isNaN(Date.parse(login?.at ?? ''))).toBe(false);
  });

  it('gives 50 rows by default and no next page past the end', async () => {
    // 50 refused requests make 50 more rows
    const reviewer = new Client(ctx.app);
    expect((await reviewer.login('department', DEMO.reviewer.username, DEMO_PASSWORD)).statusCode).toBe(200);
    for (let i = 0; i < 50; i++) expectError(await reviewer.get('/api/department/audit'), 403, 'FORBIDDEN');
    const response = await auditor.get('/api/department/audit');
    const body = response.json<{ items: AuditItem[]; nextBefore: string | null }>();
    expect(body.items.length).toBe(50);
    expect(body.nextBefore).toBe(body.items.at(-1)?.id);
    const last = await auditor.get('/api/department/audit?before=1');
    expect(last.json()).toEqual({ items: [], nextBefore: null });
  });

  it('refuses a wrong paging parameter with a Chinese message', async () => {
    for (const query of [
      'before=abc',
      'before=-1',
      'limit=0',
      'limit=201',
      'limit=abc',
      'before=1234567890123456789',
    ]) {
      const body = expectError(await auditor.get(`/api/department/audit?${query}`), 400, 'VALIDATION_FAILED');
      expect(body.message).toBe('请求参数有误：分页参数不正确');
    }
  });

  it('is for the 安全审计员 only: the 系统管理员, the 业务管理员 and a 审核人 are refused', async () => {
    const reviewer = new Client(ctx.app);
    expect((await reviewer.login('department', DEMO.reviewer.username, DEMO_PASSWORD)).statusCode).toBe(200);
    for (const other of [reviewer, admin, await signedInBusiness(ctx)]) {
      expectError(await other.get('/api/department/audit'), 403, 'FORBIDDEN');
    }
    expectError(await new Client(ctx.app).get('/api/department/audit'), 401, 'UNAUTHENTICATED');
  });

  it('shows the auditor what the 系统管理员 did: an account it created for the business, with its role', async () => {
    const username = `yw_${randomBytes(3).toString('hex')}`;
    const created = await admin.post('/api/department/accounts', {
      username,
      name: '孙业务',
      departmentName: '吉林省人力资源和社会保障厅',
      role: 'business_admin',
      password: 'Yewu#Pass1',
    });
    expect(created.statusCode, created.body).toBe(201);
    const page = (await auditor.get('/api/department/audit?limit=20')).json<{ items: AuditItem[] }>();
    const row = page.items.find(
      (i) => i.action === 'department.account.create' && i.detail.username === username,
    );
    expect(row).toMatchObject({
      actorLabel: `${DEMO.admin.name}（系统管理员）`,
      detail: { username, role: 'business_admin' },
    });
  });

  it('lets the 安全审计员 change nothing: every write it tries is refused and recorded', async () => {
    const attempts: [string, string, unknown][] = [
      ['POST', '/api/department/accounts', {}],
      ['POST', '/api/department/notices', {}],
      ['POST', '/api/department/results/publish', { resultIds: [] }],
      ['POST', '/api/department/certificates/00000000-0000-4000-8000-000000000000/status', {}],
      ['PUT', '/api/department/declaration-guide', {}],
      ['POST', '/api/department/sms-messages/00000000-0000-4000-8000-000000000000/retry', {}],
    ];
    for (const [method, url, body] of attempts) {
      const response = await auditor.send(method as 'POST' | 'PUT', url, body);
      expectError(response, 403, 'FORBIDDEN');
    }
    const denied = (await rowsFor(auditor.ip)).filter((r) => r.action === 'access.denied');
    expect(denied.map((r) => (r.detail as { route: string }).route)).toEqual(
      expect.arrayContaining(attempts.map(([, url]) => url.replace(/[0-9a-f-]{36}/, ':id'))),
    );
  });

  it('lets the 安全审计员 export a period as a workbook, records the export, and refuses the others', async () => {
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const response = await auditor.get(`/api/department/audit.xlsx?from=${today}&to=${today}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const rows: string[][] = [];
    workbook.worksheets[0]?.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
    });
    const header = rows.findIndex((r) => r[0] === '序号');
    expect(rows[header]).toEqual(['序号', '时间', '操作人', '操作', '对象类型', '对象', 'IP', '详情']);
    const actions = rows.slice(header + 1).map((r) => r[3]);
    expect(actions).toContain('department.account.create');
    expect(actions).toContain('login');
    const [exported] = (await rowsFor(auditor.ip)).filter((r) => r.action === 'audit.export');
    expect(exported?.detail).toMatchObject({ from: today, to: today });

    expectError(await admin.get(`/api/department/audit.xlsx?from=${today}&to=${today}`), 403, 'FORBIDDEN');
    expectError(
      await auditor.get('/api/department/audit.xlsx?from=2026-12-03&to=2026-12-01'),
      400,
      'VALIDATION_FAILED',
      'to',
    );
    expectError(
      await auditor.get('/api/department/audit.xlsx?from=20261201&to=2026-12-01'),
      400,
      'VALIDATION_FAILED',
      'from',
    );
    // outside the days the service knows (1900–2100), as everywhere else: refused, not an empty workbook
    for (const from of ['0000-01-01', '1899-12-31', '2026-02-30'])
      expectError(
        await auditor.get(`/api/department/audit.xlsx?from=${from}&to=2026-12-01`),
        400,
        'VALIDATION_FAILED',
        'from',
      );
  });
});

describe('审计日志：筛选与验证完整性', () => {
  const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  async function list(query: string) {
    const response = await auditor.get(`/api/department/audit?limit=200&${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ items: AuditItem[] }>().items;
  }

  it('filters by 操作, 对象, IP, 操作人 and period, each alone and together, for the list and the export', async () => {
    const probe = new Client(ctx.app);
    await loginWith(probe, 'person', mobile(), 'Wrong#Pass1');
    const failed = await list(`action=login.failed&ip=${probe.ip}`);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((r) => r.action === 'login.failed' && r.ip === probe.ip)).toBe(true);

    const created = (await list('action=department.account.create'))[0];
    expect(created?.targetType).toBeTruthy();
    const byTarget = await list(`targetType=${created?.targetType}&targetId=${created?.targetId}`);
    expect(byTarget.map((r) => r.id)).toContain(created?.id);
    expect(byTarget.every((r) => r.targetId === created?.targetId)).toBe(true);

    // 操作人 from the beginning of the label (姓名（角色）), `%` and `_` as themselves
    const label = created?.actorLabel ?? '';
    const byActor = await list(`actor=${encodeURIComponent(label.slice(0, 2))}`);
    expect(byActor.map((r) => r.id)).toContain(created?.id);
    expect(byActor.every((r) => r.actorLabel.startsWith(label.slice(0, 2)))).toBe(true);
    // the role part, in the middle of the label, is not a name
    expect(await list(`actor=${encodeURIComponent(label.slice(label.indexOf('（')))}`)).toEqual([]);
    expect(await list('actor=%25')).toEqual([]);

    expect((await list(`from=${today()}&to=${today()}`)).length).toBeGreaterThan(0);
    expect(await list('from=2001-01-01&to=2001-01-31')).toEqual([]);
    expect(await list('action=nothing.like.this')).toEqual([]);
    expectError(
      await auditor.get('/api/department/audit?from=2026-12-03&to=2026-12-01'),
      400,
      'VALIDATION_FAILED',
      'to',
    );
    expectError(
      await auditor.get(`/api/department/audit?actor=${'长'.repeat(51)}`),
      400,
      'VALIDATION_FAILED',
      'actor',
    );

    // the export takes the same filter, and records it
    const response = await auditor.get(
      `/api/department/audit.xlsx?from=${today()}&to=${today()}&action=login.failed&ip=${probe.ip}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const rows: string[][] = [];
    workbook.worksheets[0]?.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
    });
    const data = rows.slice(rows.findIndex((r) => r[0] === '序号') + 1);
    expect(data).toHaveLength(failed.length);
    expect(data.every((r) => r[3] === 'login.failed' && r[6] === probe.ip)).toBe(true);
    const exported = (await rowsFor(auditor.ip)).filter((r) => r.action === 'audit.export').at(-1);
    expect(exported?.detail).toMatchObject({ action: 'login.failed', ip: probe.ip, rows: failed.length });
  });

  it('验证完整性 checks the whole chain in the background and names the row where it breaks', async () => {
    const verify = async () => {
      const response = await auditor.post('/api/department/audit/verify', {});
      expect(response.statusCode, response.body).toBe(202);
      expect(await ctx.jobs.runPending()).toBe(1);
      const answer = await auditor.get('/api/department/audit/verifications');
      expect(answer.statusCode, answer.body).toBe(200);
      return answer.json<{
        full: { ok: boolean; rows: number; brokenAt: string | null; problem: string | null };
      }>().full;
    };
    await sealAuditChain(ctx.database.db, ctx.auditKeys);
    const intact = await verify();
    expect(intact).toMatchObject({ ok: true, brokenAt: null, problem: null });
    expect(intact.rows).toBeGreaterThan(10);
    expect((await rowsFor(auditor.ip)).some((r) => r.action === 'audit.verify')).toBe(true);

    const owner = ctx.ownerDatabase.db;
    const target = await owner
      .selectFrom('audit_log')
      .select([sql<string>`id::text`.as('id'), 'ip'])
      .where('seq', 'is not', null)
      .where('action', '=', 'login')
      .orderBy('id')
      .limit(1)
      .executeTakeFirstOrThrow();
    await sql`alter table audit_log disable trigger audit_log_no_change`.execute(owner);
    try {
      await sql`update audit_log set ip = '10.9.9.9' where id = ${target.id}::bigint`.execute(owner);
      expect(await verify()).toMatchObject({ ok: false, brokenAt: target.id, problem: 'link' });
      await sql`update audit_log set ip = ${target.ip} where id = ${target.id}::bigint`.execute(owner);
    } finally {
      await sql`alter table audit_log enable trigger audit_log_no_change`.execute(owner);
    }
    expect(await verify()).toMatchObject({ ok: true });
    expectError(await admin.post('/api/department/audit/verify', {}), 403, 'FORBIDDEN');
  });
});

describe('查看与导出个人资料留痕', () => {
  it('audits a reviewer opening an attachment or the 一览表, and every export of the review list', async () => {
    const draft = await submittedApplication(ctx);
    const reviewer = draft.employer.client;
    const { attachments } = (await reviewer.get(`/api/review/applications/${draft.id}`)).json<{
      attachments: { id: string }[];
    }>();
    const attachment = attachments[0];
    if (!attachment) throw new Error('no attachment');
    const viewed = await reviewer.get(`/api/review/applications/${draft.id}/attachments/${attachment.id}`);
    expect(viewed.statusCode).toBe(200);
    expect(await auditRows(ctx, 'application.attachment.view', draft.id)).toEqual([
      expect.objectContaining({
        ip: reviewer.ip,
        detail: { attachmentId: attachment.id, download: false },
      }),
    ]);
    expect(
      (await reviewer.get(`/api/review/applications/${draft.id}/summary-table.pdf?download=1`)).statusCode,
    ).toBe(200);
    expect(await auditRows(ctx, 'application.summary_table.view', draft.id)).toEqual([
      expect.objectContaining({ ip: reviewer.ip, detail: { download: true } }),
    ]);
    const exported = await reviewer.get('/api/review/queue.xlsx');
    expect(exported.statusCode, exported.body).toBe(200);
    const [row] = (await auditRows(ctx, 'review.queue.export')).filter((r) => r.ip === reviewer.ip);
    expect(row?.detail).toMatchObject({ mode: 'direct', rows: 1 });
    // a refused view writes no view row
    const stranger = await signedInBusiness(ctx);
    expect(
      (await stranger.get(`/api/review/applications/${draft.id}/attachments/${attachment.id}`)).statusCode,
    ).toBe(403);
    expect(await auditRows(ctx, 'application.attachment.view', draft.id)).toHaveLength(1);
  });
});
