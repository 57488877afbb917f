/**
 * The fuzz suite (issue 12): every operation of the served OpenAPI document, as every role — no session, an
 * applicant, an employer, the 管理端's 系统管理员, 业务管理员, 安全审计员 and 审核人, and an integration client with
 * its bearer credential — each with a valid CSRF token, sent hostile path parameters, query strings, JSON bodies
 * and multipart bodies generated from the operation's schema (`test/fuzz-payloads.ts`). It fails on any 5xx,
 * any request unanswered within 5 s, and any row or file changed by a refused request (`test/fingerprint.ts`),
 * and reports every failure at once.
 *
 * A role the operation's policy lets in gets every payload; a role refused at the door (403 before the body is
 * read) gets a seeded share of them. Real rows are seeded first, so that path parameters can be real ids (the
 * caller's own, or someone else's) as well as hostile ones, and a body gets past the lookup to its validation.
 */

import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { POLICIES, type Policy, type Role, roleMay } from '@rcpd/shared';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, DEMO_PASSWORD } from '../seed/demo.js';
import {
  addedEntry,
  approvedApplication,
  draftApplication,
  publishedNotice,
  submittedApplication,
  uploaded,
} from '../test/applications.js';
import { MINIMAL_PDF, uploadFile } from '../test/files.js';
import { changes, type Fingerprint, fingerprint } from '../test/fingerprint.js';
import {
  type DocOperation,
  type FuzzRequest,
  fuzzRequests,
  pick,
  type RealValues,
  seededRng,
} from '../test/fuzz-payloads.js';
import { Client, createTestApp, mobile, PASSWORD, type TestContext } from '../test/harness.js';
import { signedInAdmin, signedInAuditor, signedInBusiness } from '../test/helpers.js';

/** `FUZZ_SEED` varies the run; the default keeps CI deterministic. */
const SEED = Number(process.env.FUZZ_SEED ?? 20260612);
const ANSWER_WITHIN_MS = 5_000;
/** payloads for a role the operation's policy refuses at the door */
const DOOR_SHARE = 6;

type ActorName =
  | 'anonymous'
  | 'applicant'
  | 'employer_admin'
  | 'sys_admin'
  | 'business_admin'
  | 'security_auditor'
  | 'dept_reviewer'
  | 'integration';

interface Actor {
  name: ActorName;
  role: Role | null;
  client: Client;
  /** the integration client's `Authorization` header */
  bearer?: string;
  /** signs in again on a new client (a new address: the old one may have spent its sign-in attempts) */
  signIn?: () => Promise<Client>;
}

let ctx: TestContext;
let operations: DocOperation[] = [];
const actors: Actor[] = [];
const ids: Record<string, string[]> = {};
const fieldIds: Record<string, string> = {};

async function departmentClient(username: string): Promise<Client> {
  const client = new Client(ctx.app);
  const response = await client.login('department', username, DEMO_PASSWORD);
  if (response.statusCode !== 200) throw new Error(`sign-in of ${username}: ${response.body}`);
  return client;
}

const one = async <T>(query: Promise<T | undefined>) => {
  const row = await query;
  if (!row) throw new Error('seed row missing');
  return row;
};

beforeAll(async () => {
  // one row is enough to send a 审核列表 export to the background, so that an export id exists
  ctx = await createTestApp({ EXPORT_DIRECT_MAX_ROWS: '1' });
  // uploads are also sent over a real socket (socketRequest)
  await ctx.app.listen({ host: '127.0.0.1', port: 0 });
  const db = ctx.database.db;
  const sysAdmin = await signedInAdmin(ctx);
  const business = await signedInBusiness(ctx);
  const auditor = await signedInAuditor(ctx);
  const province = await departmentClient(DEMO.reviewer.username);

  // the applicant's draft, with an entry and a file; a submitted application at its employer's stage; an
  // approved one, its result published and its certificate issued
  const draft = await draftApplication(ctx);
  const entry = await addedEntry(draft, 'education');
  const attachment = await uploaded(draft, 'slot=idCard');
  const submitted = await submittedApplication(ctx);
  const approved = await approvedApplication(ctx, province);
  const recorded = await business.post('/api/department/results', {
    applicationId: approved.id,
    outcome: '认定通过',
  });
  expect(recorded.statusCode, recorded.body).toBe(200);
  const result = await one(
    db.selectFrom('review_results').select('id').where('application_id', '=', approved.id).executeTakeFirst(),
  );
  const published = await business.post('/api/department/results/publish', { resultIds: [result.id] });
  expect(published.statusCode, published.body).toBe(202);
  await ctx.jobs.runPending();
  const certificate = await one(
    db
      .selectFrom('certificates')
      .select(['id', 'number'])
      .where('application_id', '=', approved.id)
      .executeTakeFirst(),
  );
  const batch = await one(db.selectFrom('publish_batches').select('id').executeTakeFirst());
  const sms = await one(db.selectFrom('sms_messages').select('id').executeTakeFirst());
  const notification = await one(
    db.selectFrom('notifications').select('id').where('account_id', '=', draft.accountId).executeTakeFirst(),
  );
  const exported = await province.post('/api/review/queue/export', { scope: 'all' });
  expect(exported.statusCode, exported.body).toBe(202);
  const catalogueItem = await one(db.selectFrom('catalogue_items').select('id').executeTakeFirst());

  // a draft notice with a policy file: the 业务管理员's to edit, publish and delete
  const notice = await business.post('/api/department/notices', {
    title: '草稿通知',
    body: '尚未发布',
    startAt: new Date(Date.now() + 86_400_000).toISOString(),
    endAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    serviceTypes: ['首次认定'],
  });
  expect(notice.statusCode, notice.body).toBe(201);
  const noticeId = notice.json<{ id: string }>().id;
  const otherNotice = await publishedNotice(business);
  const noticeFile = await uploadFile(
    business,
    `/api/department/notices/${noticeId}/attachments`,
    '政策.pdf',
    MINIMAL_PDF,
  );
  expect(noticeFile.statusCode, noticeFile.body).toBe(201);

  // rows that exist to be changed, disabled or deleted: never an account or client the suite signs in with
  const created = async (client: Client, url: string, body: unknown) => {
    const response = await client.post(url, body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string }>().id;
  };
  const supervisor = await created(sysAdmin, '/api/department/supervisors', { name: '吉林省科学技术厅' });
  const account = await created(sysAdmin, '/api/department/accounts', {
    username: 'fuzz_victim',
    name: '周业务',
    departmentName: DEMO.department,
    role: 'business_admin',
    password: DEMO_PASSWORD,
  });
  const reviewer = await created(submitted.employer.client, '/api/employer/reviewers', {
    name: '孙审核',
    phone: mobile(),
    password: 'Review#2026',
  });
  const exception = await created(business, '/api/department/eligibility/exceptions', {
    idNumber: approved.person.idNumber,
    reason: '特殊人才',
  });
  const integration = new Client(ctx.app);
  const integrationClient = async (allowedIps: string[]) => {
    const response = await sysAdmin.post('/api/department/integration-clients', {
      name: '吉林省电子证照库',
      scopes: ['certificates:read'],
      allowedIps,
      rateLimitPerMinute: 100_000,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ client: { id: string }; credential: string }>();
  };
  const victimClient = await integrationClient(['10.0.0.0/8']);
  const otherVictimClient = await integrationClient(['192.0.2.0/24']);
  const own = await integrationClient([integration.ip]);

  // the real ids of each path parameter: [the caller's own or one it may see, someone else's]
  Object.assign(ids, {
    'person/applications': [draft.id, submitted.id],
    'review/applications': [submitted.id, approved.id],
    entryId: [entry.id],
    attachmentId: [attachment.id],
    module: ['basic', 'achievement'],
    'person/bindings': [draft.bindingId, submitted.bindingId],
    'employer/bindings': [submitted.bindingId, draft.bindingId],
    'employer/reviewers': [reviewer],
    'department/accounts': [account, draft.accountId],
    'api/notifications': [notification.id],
    'api/exports': [exported.json<{ export: { id: string } }>().export.id],
    // the applicant's notice stays open: someone else's is another published one
    'department/notices': [noticeId, otherNotice.id],
    'api/notices': [noticeId, otherNotice.id],
    aid: [noticeFile.json<{ id: string }>().id],
    code: ['A', 'E'],
    'catalogue/items': [catalogueItem.id],
    'department/supervisors': [supervisor],
    day: ['2026-10-01'],
    'supervisors/employers': [submitted.employerId, draft.employerId],
    'eligibility/exceptions': [exception],
    'department/results': [result.id],
    'results/publish-batches': [batch.id],
    'department/certificates': [certificate.id],
    'person/certificates': [certificate.id],
    number: [certificate.number],
    'department/sms-messages': [sms.id],
    // never the suite's own client: 重置密钥 and 停用 would end its credential
    'department/integration-clients': [victimClient.client.id, otherVictimClient.client.id],
  });
  // real values for body fields: ids, and the applicant's own identity where 基本信息 must agree with it
  Object.assign(fieldIds, {
    noticeId: draft.notice.id,
    employerId: draft.employerId,
    applicationId: approved.id,
    resultIds: result.id,
    supervisorId: supervisor,
    idNumber: approved.person.idNumber,
    birthDate: draft.app.identity.birthDate,
    gender: draft.app.identity.gender,
    category: 'D',
    basis: draft.basisOf('D'),
  });

  const employerClient = submitted.employer.client;
  const applicantCredentials = { id: draft.person.idNumber, password: draft.person.password };
  const employerUscc = submitted.employer.employer.uscc;
  const relogin =
    (portal: 'person' | 'employer' | 'department', account: string, password: string) => async () => {
      const client = new Client(ctx.app);
      const response = await client.login(portal, account, password);
      if (response.statusCode !== 200) throw new Error(`sign-in again as ${account}: ${response.body}`);
      return client;
    };
  await integration.session();
  const anonymous = new Client(ctx.app);
  await anonymous.session();
  actors.push(
    { name: 'anonymous', role: null, client: anonymous },
    {
      name: 'applicant',
      role: 'applicant',
      client: draft.client,
      signIn: relogin('person', applicantCredentials.id, applicantCredentials.password),
    },
    {
      name: 'employer_admin',
      role: 'employer_admin',
      client: employerClient,
      signIn: relogin('employer', employerUscc, PASSWORD),
    },
    {
      name: 'sys_admin',
      role: 'sys_admin',
      client: sysAdmin,
      signIn: relogin('department', DEMO.admin.username, DEMO_PASSWORD),
    },
    {
      name: 'business_admin',
      role: 'business_admin',
      client: business,
      signIn: relogin('department', DEMO.business.username, DEMO_PASSWORD),
    },
    {
      name: 'security_auditor',
      role: 'security_auditor',
      client: auditor,
      signIn: relogin('department', DEMO.auditor.username, DEMO_PASSWORD),
    },
    {
      name: 'dept_reviewer',
      role: 'dept_reviewer',
      client: province,
      signIn: relogin('department', DEMO.reviewer.username, DEMO_PASSWORD),
    },
    { name: 'integration', role: null, client: integration, bearer: `Bearer ${own.credential}` },
  );
  for (const actor of actors) if (!actor.client.csrfToken) await actor.client.session();

  const document = (await anonymous.get('/api/openapi.json')).json<{
    paths: Record<
      string,
      Record<
        string,
        {
          'x-policy'?: string;
          parameters?: DocOperation['parameters'];
          requestBody?: { content: Record<string, { schema: DocOperation['parameters'][0]['schema'] }> };
        }
      >
    >;
  }>();
  operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const [type, content] = Object.entries(op.requestBody?.content ?? {})[0] ?? [];
      return {
        method: method.toUpperCase(),
        path,
        policy: op['x-policy'],
        parameters: op.parameters ?? [],
        ...(type && content ? { body: { type, schema: content.schema } } : {}),
      };
    }),
  );
}, 240_000);
afterAll(() => ctx?.close());

const real: RealValues = {
  path(op, param) {
    if (param !== 'id') return ids[param] ?? [];
    const segments = op.path.split('/');
    const at = segments.indexOf(`{${param}}`);
    return ids[`${segments[at - 2]}/${segments[at - 1]}`] ?? [];
  },
  field: (key) => fieldIds[key],
};

/** Whether the operation's policy lets the actor past the door, so that its body is read. */
function admits(op: DocOperation, actor: Actor): boolean {
  // public: sign-in and its aids, also called signed in (修改密码, 安全退出)
  if (!op.policy) return actor.name === 'anonymous' || actor.name === 'applicant';
  if (op.policy.startsWith('client:')) return actor.name === 'integration';
  if (!actor.role) return false;
  // every account may: one of each portal is enough for every payload
  if (op.policy === 'signed-in') return actor.name === 'applicant' || actor.name === 'business_admin';
  const [resource, action] = op.policy.split('.');
  const policy = POLICIES.find((p) => p.resource === resource) as Policy<string, unknown> | undefined;
  if (!policy || !action || !(action in policy.rules))
    throw new Error(`${op.path}: unknown x-policy ${op.policy}`);
  return roleMay(policy, action, actor.role);
}

/** Operations that change or end what later ones stand on run last: deletions, then signing out. */
function order(op: DocOperation): number {
  if (op.path === '/api/auth/logout') return 9;
  if (op.method === 'DELETE') return 8;
  if (/\/(disable|unbind|revoke|reset-secret|publish|close|status)$/.test(op.path)) return 7;
  return op.method === 'GET' ? 0 : 1;
}

interface Sent {
  request: FuzzRequest;
  /** `no answer`: none within 5 s; `no response`: the request failed without an HTTP answer at all */
  status: number | 'no answer' | 'no response';
  body: string;
}

async function send(actor: Actor, request: FuzzRequest): Promise<Sent> {
  const headers: Record<string, string> = {};
  if (!SAFE.has(request.method)) headers['x-csrf-token'] = actor.client.csrfToken ?? '';
  if (request.contentType) headers['content-type'] = request.contentType;
  if (actor.bearer) headers.authorization = actor.bearer;
  for (const [name, value] of Object.entries(request.headers ?? {})) headers[name] = value;
  if (request.headers?.cookie) {
    const own = [...actor.client.cookies].map(([k, v]) => `${k}=${v}`);
    headers.cookie = [...own, request.headers.cookie].join('; ');
  }
  const answer = overSocket.has(request)
    ? socketRequest(actor, request, headers)
    : actor.client.request({
        method: request.method as 'GET' | 'HEAD' | 'OPTIONS' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
        url: request.url,
        headers,
        ...(request.payload === undefined ? {} : { payload: request.payload }),
      });
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), ANSWER_WITHIN_MS);
  });
  try {
    const response = await Promise.race([answer, late]);
    if (response === 'late') {
      answer.catch(() => {});
      return { request, status: 'no answer', body: '' };
    }
    return { request, status: response.statusCode, body: response.body };
  } catch (error) {
    return { request, status: 'no response', body: String(error) };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Requests sent over a real socket to the listening app, their body chunked and streamed in two writes:
 * app.inject hands the parser the whole body at once and with its length, which could hide a parser that
 * waits for bytes that never come.
 */
const overSocket = new WeakSet<FuzzRequest>();

function socketRequest(
  actor: Actor,
  request: FuzzRequest,
  headers: Record<string, string>,
): Promise<{ statusCode: number; body: string }> {
  const address = ctx.app.server.address() as AddressInfo;
  const cookie = [...actor.client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: address.port,
        // a connection per request, closed after it: a kept-alive one would hold app.close() for its timeout
        agent: false,
        method: request.method,
        path: request.url,
        headers: { ...(cookie ? { cookie } : {}), ...headers, 'transfer-encoding': 'chunked' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ statusCode: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
        );
        res.on('error', reject);
      },
    );
    // an answer before the whole body was sent (a refusal at the door) may close the connection
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' ? undefined : reject(error)));
    const payload = Buffer.from(request.payload ?? '');
    const half = Math.floor(payload.length / 2);
    req.write(payload.subarray(0, half));
    setTimeout(() => req.end(payload.subarray(half)), 5);
  });
}

/** `FUZZ_REPORT=1`: every batch's answers by status, each accepted change, each refused sample request */
const REPORT = Boolean(process.env.FUZZ_REPORT);
const accepted = (s: Sent) => typeof s.status === 'number' && s.status < 400;
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** What the run has found and where it stands: the fingerprint every refusal is compared with. */
interface Run {
  base: Fingerprint;
  failures: string[];
  sent: number;
  relogins: number;
  timeInFingerprints: number;
  /** the slowest answer so far, to see how far from the 5 s limit the suite runs */
  slowest: { ms: number; what: string };
}

/** The fingerprint now, and what changed since the baseline, which it becomes. */
async function changedSince(run: Run): Promise<string[]> {
  const t = Date.now();
  const now = await fingerprint(ctx);
  run.timeInFingerprints += Date.now() - t;
  const changed = changes(run.base, now);
  run.base = now;
  return changed;
}

/** After a request that ended the session (安全退出, 修改密码): sign in again, and take that as the baseline. */
async function stillSignedIn(run: Run, actor: Actor): Promise<void> {
  if (!actor.signIn || actor.client.cookies.has('rcpd_sid')) return;
  actor.client = await actor.signIn();
  run.relogins++;
  await changedSince(run);
}

/** Each refused request again, alone: the ones that change something now. */
async function culprits(run: Run, actor: Actor, label: string, suspects: Sent[]): Promise<string[]> {
  const found: string[] = [];
  for (const suspect of suspects) {
    const again = await send(actor, suspect.request);
    const changed = await changedSince(run);
    if (changed.length && !accepted(again))
      found.push(`${label}: ${suspect.request.variant} (${again.status}) changed ${changed.join(', ')}`);
    await stillSignedIn(run, actor);
  }
  return found;
}

/**
 * One operation × one actor. The refused requests since the last fingerprint must have changed nothing. An
 * accepted change moves the baseline; an accepted read is held to changing nothing too, except that when a
 * window with accepted requests in it did change, its refusals are run again one by one to tell whose it was.
 */
async function runBatch(run: Run, op: DocOperation, actor: Actor, batch: FuzzRequest[], full: boolean) {
  const label = `${op.method} ${op.path} as ${actor.name}`;
  let refused: Sent[] = [];
  let readsAccepted = false;
  const suspects: Sent[] = [];
  const statuses: Record<string, number> = {};
  for (const request of batch) {
    const t = Date.now();
    const sent = await send(actor, request);
    run.sent++;
    if (Date.now() - t > run.slowest.ms)
      run.slowest = { ms: Date.now() - t, what: `${label}: ${request.variant}` };
    statuses[sent.status] = (statuses[sent.status] ?? 0) + 1;
    if (typeof sent.status !== 'number' || sent.status >= 500)
      run.failures.push(`${label}: ${request.variant}: ${sent.status} ${sent.body.slice(0, 200)}`);
    if (REPORT && accepted(sent) && !SAFE.has(request.method))
      console.info(`${label}: accepted ${request.variant}: ${sent.status}`);
    if (REPORT && full && request === batch[0] && !accepted(sent))
      console.info(`${label}: the sample request: ${sent.status} ${sent.body.slice(0, 300)}`);
    if (!accepted(sent)) refused.push(sent);
    else if (SAFE.has(request.method)) readsAccepted = true;
    else {
      if ((await changedSince(run)).length) suspects.push(...refused);
      refused = [];
      readsAccepted = false;
      await stillSignedIn(run, actor);
    }
  }
  const changed = await changedSince(run);
  if (changed.length && readsAccepted) suspects.push(...refused);
  else if (changed.length && refused.length) {
    // only refusals since the baseline, and something changed: find which, or name them all
    const found = await culprits(run, actor, label, refused);
    run.failures.push(
      ...(found.length
        ? found
        : [
            `${label}: refused requests changed ${changed.join(', ')}: ${refused
              .map((s) => s.request.variant)
              .join('; ')
              .slice(0, 600)}`,
          ]),
    );
  }
  run.failures.push(...(await culprits(run, actor, label, suspects)));
  if (REPORT && full) console.info(`${label}: ${JSON.stringify(statuses)}`);
}

describe('the fuzz suite, from /api/openapi.json', () => {
  const fuzzed = new Set<string>();
  let sentCount = 0;

  it('answers every operation × role × hostile request without a 5xx, within 5 s, and a refusal changes nothing', async () => {
    const rng = seededRng(SEED);
    const started = Date.now();
    const run: Run = {
      base: await fingerprint(ctx),
      failures: [],
      sent: 0,
      relogins: 0,
      timeInFingerprints: 0,
      slowest: { ms: 0, what: '' },
    };
    for (const op of [...operations].sort((a, b) => order(a) - order(b))) {
      for (const actor of actors) {
        const full = admits(op, actor);
        const all = fuzzRequests(op, real, rng, full);
        const batch = full ? all : [all[0] as FuzzRequest, ...pick(rng, all.slice(1), DOOR_SHARE)];
        await runBatch(run, op, actor, batch, full);
        if (full && op.body?.type === 'multipart/form-data') {
          const streamed = batch
            .filter((r) => Buffer.isBuffer(r.payload))
            .map((r) => ({ ...r, variant: `over a socket, chunked: ${r.variant}` }));
          for (const r of streamed) overSocket.add(r);
          await runBatch(run, op, actor, streamed, full);
        }
      }
      fuzzed.add(`${op.method} ${op.path}`);
    }
    sentCount = run.sent;
    console.info(
      `fuzz: ${run.sent} requests, ${fuzzed.size} operations × ${actors.length} roles, ${run.relogins} sign-ins again, ${Math.round((Date.now() - started) / 1000)} s (${Math.round(run.timeInFingerprints / 1000)} s of it in fingerprints); slowest answer ${run.slowest.ms} ms (${run.slowest.what})`,
    );
    const { failures } = run;
    expect(failures, `${failures.length} failures:\n${failures.slice(0, 300).join('\n')}`).toEqual([]);
  }, 600_000);

  it('fuzzed every operation the document has, so a new route is fuzzed without anyone adding it', () => {
    expect(operations.length).toBeGreaterThan(100);
    expect(fuzzed.size).toBe(operations.length);
    expect(sentCount).toBeGreaterThan(operations.length * actors.length);
  });

  it('leaves no job behind that fails: what hostile requests queued (exports, SMS) runs', async () => {
    await ctx.jobs.runPending();
    const failed = await sql<{ name: string; state: string; output: unknown }>`
      select name, state::text as state, output from pgboss.job where state::text in ('retry', 'failed')`.execute(
      ctx.database.db,
    );
    expect(failed.rows).toEqual([]);
  });

  it('signs in as each role: the requests were made with each role’s session', async () => {
    for (const actor of actors.filter((a) => a.role)) {
      const session = await actor.client.session();
      expect(session.account?.role, actor.name).toBe(actor.role);
    }
  });
});
