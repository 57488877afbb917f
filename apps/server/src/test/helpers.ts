/**
 * Helpers shared by the server's integration tests, on top of the harness: error assertions, signed-in
 * clients of each role, and reads of the rows a request leaves behind.
 */
import { createHash } from 'node:crypto';
import type { ErrorBody, ErrorCode } from '@rcpd/shared';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { expect } from 'vitest';
import { DEMO, DEMO_PASSWORD, seedDemo } from '../seed/demo.js';
import {
  Client,
  type Employer,
  type Person,
  registerEmployer,
  registerPerson,
  TEST_CAPTCHA,
  type TestContext,
} from './harness.js';

/** A CJK ideograph: every message a person reads is in Chinese. */
export const CJK = /[\u3400-\u9fff]/;

/** Asserts an error response: its status, its code, a Chinese message and, when given, the field it names. */
export function expectError(
  response: LightMyRequestResponse,
  status: number,
  code: ErrorCode,
  field?: string,
): ErrorBody {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  const body = response.json<ErrorBody>();
  expect(body.code).toBe(code);
  expect(body.message).toMatch(CJK);
  if (field !== undefined) expect(body.fields?.map((f) => f.path)).toContain(field);
  return body;
}

/** The message a field error carries. */
export function fieldMessage(body: ErrorBody, field: string): string | undefined {
  return body.fields?.find((f) => f.path === field)?.message;
}

/** Signs in without the harness's conveniences: any captcha answer, any password. */
export async function loginWith(
  client: Client,
  portal: 'person' | 'employer' | 'department',
  account: string,
  password: string,
  captchaCode = TEST_CAPTCHA,
) {
  const response = await client.post('/api/auth/login', {
    portal,
    account,
    password,
    captchaId: await client.captcha(),
    captchaCode,
  });
  if (response.statusCode === 200) client.csrfToken = response.json<{ csrfToken: string }>().csrfToken;
  return response;
}

/** A registered applicant, signed in on its own client. */
export async function signedInPerson(ctx: TestContext, overrides: Partial<Person> = {}) {
  const client = new Client(ctx.app);
  const person = await registerPerson(client, overrides);
  const response = await client.login('person', person.idNumber, person.password);
  expect(response.statusCode, response.body).toBe(200);
  return { client, person, accountId: await accountIdByPhone(ctx, 'person', person.phone) };
}

/** A registered employer, its administrator signed in on its own client. */
export async function signedInEmployer(ctx: TestContext, overrides: Partial<Employer> = {}) {
  const client = new Client(ctx.app);
  const employer = await registerEmployer(client, overrides);
  const response = await client.login('employer', employer.uscc, employer.password);
  expect(response.statusCode, response.body).toBe(200);
  return { client, employer, accountId: await accountIdByPhone(ctx, 'employer', employer.phone) };
}

/** A demo 管理端 account, signed in; the demo accounts are created on first use. */
async function signedInDemo(ctx: TestContext, username: string) {
  await seedDemo(ctx.database.db, ctx.cipher);
  const client = new Client(ctx.app);
  const response = await client.login('department', username, DEMO_PASSWORD);
  expect(response.statusCode, response.body).toBe(200);
  return client;
}

/** The demo 系统管理员 (`admin`): accounts and configuration, no business data. */
export const signedInAdmin = (ctx: TestContext) => signedInDemo(ctx, DEMO.admin.username);
/** The demo 业务管理员 (`yewu`): notices, catalogue, 申报条件, results, certificates. */
export const signedInBusiness = (ctx: TestContext) => signedInDemo(ctx, DEMO.business.username);
/** The demo 安全审计员 (`shenji`): reads the audit log, changes nothing. */
export const signedInAuditor = (ctx: TestContext) => signedInDemo(ctx, DEMO.auditor.username);

export async function accountIdByPhone(ctx: TestContext, portal: 'person' | 'employer', phone: string) {
  const row = await ctx.database.db
    .selectFrom('accounts')
    .select('id')
    .where('portal', '=', portal)
    .where('phone_hash', '=', ctx.cipher.lookup(phone))
    .executeTakeFirstOrThrow();
  return row.id;
}

export function accountRow(ctx: TestContext, id: string) {
  return ctx.database.db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** The session cookie's token as the client holds it. */
export function sessionToken(client: Client): string {
  const token = client.cookies.get('rcpd_sid');
  if (!token) throw new Error('the client holds no session cookie');
  return token;
}

/** The id under which the server keeps the session of a cookie token. */
export const sessionIdOfToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A GET with exactly this session cookie, as a replayed or stolen cookie would be sent. */
export function getWithSession(ctx: TestContext, url: string, token: string) {
  return ctx.app.inject({ method: 'GET', url, cookies: { rcpd_sid: token } });
}

/** Moves the SMS cooldown of a number into the past, as if a minute had gone by. */
export async function endSmsCooldown(ctx: TestContext, purpose: 'register' | 'reset', phone: string) {
  await ctx.database.db
    .updateTable('rate_limits')
    .set({ reset_at: sql<Date>`now() - interval '1 second'` })
    .where('key', '=', `sms:${purpose}:${ctx.cipher.lookup(phone)}`)
    .execute();
}

/** A six-digit code that is not `code`. */
export function otherCode(code: string): string {
  return String((Number(code) + 1) % 1_000_000).padStart(6, '0');
}

/**
 * The SMS messages the development outbox holds for a number, once the jobs that send status SMS have run
 * (as a phone shows them a moment after the change).
 */
export async function outboxFor(ctx: TestContext, phone: string) {
  await ctx.jobs.runPending();
  return ctx.database.db.selectFrom('sms_outbox').selectAll().where('phone', '=', phone).execute();
}

export async function auditRows(ctx: TestContext, action: string, targetId?: string) {
  let q = ctx.database.db.selectFrom('audit_log').selectAll().where('action', '=', action);
  if (targetId) q = q.where('target_id', '=', targetId);
  return q.orderBy('id').execute();
}
