/**
 * The access-control matrix (SPEC §10), generated from the served OpenAPI document so that a new endpoint is
 * covered without anyone remembering it: every operation × every role × a resource that belongs to someone else
 * (another applicant, another employer, another 主管部门) answers 401, 403 or 404, returns none of the other's
 * data, and changes nothing.
 *
 * What an operation asks of its caller is its `x-policy` (a shared policy's `resource.action`, or `signed-in`).
 * A role the policy never lets in is refused with 403 before anything is read. A role that may come in is given
 * the other's resource and must be told it does not exist (404); a list it may read must not name the other. The
 * roles that legitimately see everything of a kind (the 业务管理员 in its 管理端 pages, the 省人社厅's 审核人 in
 * 申报审核) are the resource's owners and are skipped.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { POLICIES, type Policy, type ReviewDetail, ROLES, type Role, roleMay } from '@rcpd/shared';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, DEMO_PASSWORD } from '../seed/demo.js';
import { approvedApplication, ENTRY_VALUES, submittedApplication } from '../test/applications.js';
import { MINIMAL_PDF, uploadFile } from '../test/files.js';
import { Client, createTestApp, mobile, type TestContext } from '../test/harness.js';
import { signedInAdmin, signedInBusiness, signedInEmployer, signedInPerson } from '../test/helpers.js';

type Actor = Role | 'dept_reviewer@supervisor' | 'anonymous';
const ACTORS: Actor[] = [...ROLES, 'dept_reviewer@supervisor', 'anonymous'];
const roleOf = (a: Actor): Role | null =>
  a === 'anonymous' ? null : a === 'dept_reviewer@supervisor' ? 'dept_reviewer' : a;

interface Operation {
  method: string;
  path: string;
  policy: string | undefined;
  hasBody: boolean;
}

let ctx: TestContext;
const clients = {} as Record<Actor, Client>;
/** the other side's resources, and what identifies them in a list */
const other = {} as Record<
  | 'application'
  | 'entry'
  | 'attachment'
  | 'binding'
  | 'employerReviewer'
  | 'certificate'
  | 'certificateNumber'
  | 'notification'
  | 'export'
  | 'draftNotice'
  | 'draftNoticeAttachment'
  | 'idNumber',
  string
>;
let operations: Operation[] = [];

async function loginDepartment(username: string): Promise<Client> {
  const client = new Client(ctx.app);
  const response = await client.login('department', username, DEMO_PASSWORD);
  expect(response.statusCode, response.body).toBe(200);
  return client;
}

beforeAll(async () => {
  // one row is enough to send a 审核列表 export to the background
  ctx = await createTestApp({ EXPORT_DIRECT_MAX_ROWS: '1' });
  const sysAdmin = await signedInAdmin(ctx);
  const business = await signedInBusiness(ctx);
  const province = await loginDepartment(DEMO.reviewer.username);

  // the other side: applicant B of employer E2 under 主管部门 S2, approved, published, with a certificate
  const b = await approvedApplication(ctx, province);
  other.application = b.id;
  // the test people share names; the 证件号码 is the person's own (no answer may hold it in full anyway)
  other.idNumber = b.person.idNumber;
  other.binding = b.bindingId;
  const rows = ctx.database.db;
  other.entry = (
    await rows
      .selectFrom('application_entries')
      .select('id')
      .where('application_id', '=', b.id)
      .executeTakeFirstOrThrow()
  ).id;
  other.attachment = (
    await rows
      .selectFrom('application_attachments')
      .select('id')
      .where('application_id', '=', b.id)
      .executeTakeFirstOrThrow()
  ).id;
  expect(
    (await business.post('/api/department/results', { applicationId: b.id, outcome: '认定通过' })).statusCode,
  ).toBe(200);
  const results = (await business.get('/api/department/results')).json<{
    items: { applicationId: string; result: { id: string } | null }[];
  }>();
  const resultId = results.items.find((i) => i.applicationId === b.id)?.result?.id;
  expect((await business.post('/api/department/results/publish', { resultIds: [resultId] })).statusCode).toBe(
    202,
  );
  await ctx.jobs.runPending();
  const certificate = await rows
    .selectFrom('certificates')
    .select(['id', 'number'])
    .where('application_id', '=', b.id)
    .executeTakeFirstOrThrow();
  other.certificate = certificate.id;
  other.certificateNumber = certificate.number;
  other.notification = (
    await rows
      .selectFrom('notifications')
      .select('id')
      .where('account_id', '=', b.accountId)
      .executeTakeFirstOrThrow()
  ).id;
  const e2Reviewer = await b.employer.client.post('/api/employer/reviewers', {
    name: '钱审核',
    phone: mobile(),
    password: 'Review#2026',
  });
  expect(e2Reviewer.statusCode, e2Reviewer.body).toBe(201);
  other.employerReviewer = e2Reviewer.json<{ id: string }>().id;
  // an export of the 省人社厅's 审核人, made in the background (two rows: B's and a third applicant's)
  await submittedApplication(ctx);
  const exported = await province.post('/api/review/queue/export', { scope: 'all' });
  expect(exported.statusCode, exported.body).toBe(202);
  other.export = exported.json<{ export: { id: string } }>().export.id;
  // a draft notice with an attachment: the 管理端's until it is published
  const draft = await business.post('/api/department/notices', {
    title: '草稿通知',
    body: '尚未发布',
    startAt: new Date(Date.now() + 86_400_000).toISOString(),
    endAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    serviceTypes: ['首次认定'],
  });
  expect(draft.statusCode, draft.body).toBe(201);
  other.draftNotice = draft.json<{ id: string }>().id;
  const attached = await uploadFile(
    business,
    `/api/department/notices/${other.draftNotice}/attachments`,
    '政策文件.pdf',
    MINIMAL_PDF,
  );
  expect(attached.statusCode, attached.body).toBe(201);
  other.draftNoticeAttachment = attached.json<{ id: string }>().id;

  // 主管部门 S1 and S2; E2 belongs to S2; the 主管部门审核 审核人 of S1 is this side's
  const supervisor = async (name: string) => {
    const response = await sysAdmin.post('/api/department/supervisors', { name });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string }>().id;
  };
  const s1 = await supervisor('吉林省科学技术厅');
  const s2 = await supervisor('吉林省教育厅');
  const assigned = await sysAdmin.send('PUT', `/api/department/supervisors/employers/${b.employerId}`, {
    supervisorId: s2,
  });
  expect(assigned.statusCode, assigned.body).toBe(200);
  const account = await sysAdmin.post('/api/department/accounts', {
    username: 'zhuguan_s1',
    name: '周主管',
    departmentName: '吉林省科学技术厅',
    role: 'dept_reviewer',
    reviewStage: 'supervisor',
    supervisorId: s1,
    password: DEMO_PASSWORD,
  });
  expect(account.statusCode, account.body).toBe(201);

  // this side: an applicant, employer E1 with its administrator and a 单位审核人, the 管理端's four roles
  clients.applicant = (await signedInPerson(ctx)).client;
  const e1 = await signedInEmployer(ctx);
  clients.employer_admin = e1.client;
  const phone = mobile();
  expect(
    (await e1.client.post('/api/employer/reviewers', { name: '孙审核', phone, password: 'Review#2026' }))
      .statusCode,
  ).toBe(201);
  clients.employer_reviewer = new Client(ctx.app);
  expect((await clients.employer_reviewer.login('employer', phone, 'Review#2026')).statusCode).toBe(200);
  clients.sys_admin = sysAdmin;
  clients.security_auditor = await loginDepartment(DEMO.auditor.username);
  clients.business_admin = business;
  clients.dept_reviewer = province;
  clients['dept_reviewer@supervisor'] = await loginDepartment('zhuguan_s1');
  clients.anonymous = new Client(ctx.app);

  const document = (await clients.anonymous.get('/api/openapi.json')).json<{
    paths: Record<string, Record<string, { 'x-policy'?: string; requestBody?: unknown }>>;
  }>();
  operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      policy: op['x-policy'],
      hasBody: op.requestBody !== undefined,
    })),
  );
}, 180_000);
afterAll(() => ctx?.close());

/** The policy an operation names, and whether a role may come in at all. */
function admits(op: Operation, role: Role): boolean {
  if (op.policy === 'signed-in') return true;
  const [resource, action] = (op.policy ?? '').split('.');
  const policy = POLICIES.find((p) => p.resource === resource) as Policy<string, unknown> | undefined;
  if (!policy || !action || !(action in policy.rules))
    throw new Error(`${op.method} ${op.path}: unknown x-policy ${op.policy}`);
  return roleMay(policy, action, role);
}

/** Who legitimately sees every row of what an operation reaches: not "someone else's" for them. */
function owns(op: Operation, actor: Actor): boolean {
  if (op.path.startsWith('/api/department/')) return true;
  if (
    actor === 'dept_reviewer' &&
    (op.path.startsWith('/api/review/') || op.path.startsWith('/api/exports/'))
  )
    return true;
  if (actor === 'business_admin' && op.path.startsWith('/api/notices/')) return true;
  return false;
}

/** The other side's resource for each path parameter. */
function pathOf(op: Operation): string {
  const id = () => {
    if (/^\/api\/(person|review)\/applications\//.test(op.path)) return other.application;
    if (/^\/api\/(person|employer)\/bindings\//.test(op.path)) return other.binding;
    if (op.path.startsWith('/api/employer/reviewers/')) return other.employerReviewer;
    if (op.path.startsWith('/api/person/certificates/')) return other.certificate;
    if (op.path.startsWith('/api/notifications/')) return other.notification;
    if (op.path.startsWith('/api/exports/')) return other.export;
    if (op.path.startsWith('/api/notices/')) return other.draftNotice;
    return randomUUID();
  };
  const params: Record<string, () => string> = {
    id,
    module: () => 'basic',
    entryId: () => other.entry,
    attachmentId: () => other.attachment,
    aid: () => (op.path.startsWith('/api/notices/') ? other.draftNoticeAttachment : randomUUID()),
    code: () => 'A',
    number: () => other.certificateNumber,
    day: () => '2026-10-01',
    // a 扫码登录 code nobody asked for (any signed-in phone of the portal may read a code it scanned)
    codeId: () => randomBytes(32).toString('base64url'),
  };
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (!value) throw new Error(`${op.method} ${op.path}: no value for the path parameter ${name}`);
    return value();
  });
}

/** A valid body for each operation a role may come into with the other's resource: only the owner is refused. */
const BODIES: Record<string, unknown> = {
  'PUT /api/person/applications/{id}/modules/{module}': { values: { ethnicity: '汉族' }, version: 0 },
  'POST /api/person/applications/{id}/entries': { module: 'education', values: ENTRY_VALUES.education },
  'PUT /api/person/applications/{id}/entries/{entryId}': { values: ENTRY_VALUES.education, version: 1 },
  'POST /api/person/applications/{id}/submit': { commitment: true },
  'POST /api/employer/bindings/{id}/decision': { decision: '审核通过' },
  'PATCH /api/employer/reviewers/{id}': { enabled: false },
  'POST /api/review/applications/{id}/decision': { action: '审核通过', version: 1 },
};

/** `admitted`: the role passes the door, so the body must be valid for the answer to be about the resource. */
async function send(client: Client, op: Operation, path: string, admitted: boolean) {
  if (op.method === 'GET') return client.get(path);
  if (op.path === '/api/person/applications/{id}/attachments')
    return uploadFile(client, `${path}?slot=idCard`, '身份证正反面.pdf', MINIMAL_PDF);
  const key = `${op.method} ${op.path}`;
  if (admitted && op.hasBody && !(key in BODIES)) throw new Error(`${key}: add a valid body to BODIES`);
  return client.send(op.method as 'POST' | 'PUT' | 'PATCH' | 'DELETE', path, BODIES[key]);
}

/** A digest of every table a refused request must leave alone (the log of the refusals excepted). */
async function digest(): Promise<string> {
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE'
      and table_name not in ('audit_log', 'sessions', 'rate_limits', 'captchas', 'schema_migrations')
    order by table_name`.execute(ctx.database.db);
  const parts: string[] = [];
  for (const { name } of tables.rows) {
    const row = await sql<{ d: string | null }>`
      select md5(string_agg(t::text, '|' order by t::text)) as d from ${sql.table(name)} t`.execute(
      ctx.database.db,
    );
    parts.push(`${name}:${row.rows[0]?.d ?? ''}`);
  }
  return parts.join('\n');
}

const leaks = (body: string) =>
  [other.application, other.binding, other.certificateNumber, other.notification, other.idNumber].filter(
    (m) => body.includes(m),
  );

describe('the access-control matrix, from /api/openapi.json', () => {
  it('covers every operation: each names what it asks of its caller, or is public', () => {
    expect(operations.length).toBeGreaterThan(90);
    const publicOps = operations.filter((op) => !op.policy).map((op) => `${op.method} ${op.path}`);
    // what anyone may call: signing in and its aids, the public 公示 and 证书查验, health, the development outbox
    for (const op of publicOps) expect(op).toMatch(/^(GET|POST) \/api\/(auth|public|health|dev)(\/|$)/);
  });

  it('answers every operation × role × someone else’s resource with 401, 403 or 404, leaks nothing and changes nothing', async () => {
    const before = await digest();
    const failures: string[] = [];
    let checked = 0;
    for (const op of operations) {
      if (!op.policy) continue;
      const hasId = /\{\w+\}/.test(op.path);
      for (const actor of ACTORS) {
        const role = roleOf(actor);
        const path = pathOf(op);
        const label = `${op.method} ${path} as ${actor}`;
        let expected: number[] | 'list';
        // the integration API takes a client's credential, never a session: every account is a stranger there
        if (op.policy.startsWith('client:')) expected = [401];
        else if (!role) expected = [401];
        else if (!admits(op, role)) expected = [403];
        else if (owns(op, actor)) continue;
        else if (hasId) expected = [404];
        else if (op.method === 'GET') expected = 'list';
        else continue; // a write to a collection acts on the caller's own records: not someone else's
        const response = await send(clients[actor], op, path, Array.isArray(expected) && expected[0] === 404);
        checked++;
        if (expected === 'list') {
          if (response.statusCode >= 500) failures.push(`${label}: ${response.statusCode}`);
          const leaked = leaks(response.body);
          if (leaked.length > 0) failures.push(`${label}: shows the other's ${leaked.join(', ')}`);
        } else if (!expected.includes(response.statusCode)) {
          failures.push(
            `${label}: ${response.statusCode} ${response.body.slice(0, 120)}, expected ${expected}`,
          );
        } else if (leaks(response.body).length > 0) {
          failures.push(`${label}: the refusal names the other's data`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(500);
    expect(await digest()).toBe(before);
  }, 300_000);

  it('finds the other side’s resources there for their owners (the matrix asks about real rows)', async () => {
    // the 省人社厅 reviewer sees B's application; B's employer's staff would too: the 404s above are scope, not absence
    const detail = await clients.dept_reviewer.get(`/api/review/applications/${other.application}`);
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json<ReviewDetail>().id).toBe(other.application);
    const mine = await clients.applicant.get('/api/person/certificates');
    expect(mine.json<{ items: unknown[] }>().items).toEqual([]);
  });
});
