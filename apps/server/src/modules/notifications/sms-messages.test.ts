/**
 * Status SMS leave the request: recorded with the change, sent by the `sms` job after the commit through a
 * real HTTP gateway (a local server here), retried with backoff, given up after the last try, and sent again
 * by 重试 in 消息发送记录. Verification codes still go at once.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { QUEUES } from '../../platform/jobs.js';
import { createHttpSms, createOutboxSms, type SmsSender } from '../../platform/sms.js';
import { draftApplication, submittedApplication } from '../../test/applications.js';
import { type Client, createTestApp, type TestContext } from '../../test/harness.js';
import { auditRows, expectError, signedInAdmin, signedInPerson } from '../../test/helpers.js';

/** The operator's gateway: answers as `mode` says and counts what it accepted by idempotency key. */
class Gateway {
  mode: 'ok' | 'down' | 'every-second-fails' | 'hang' | 'always-500' = 'ok';
  calls = 0;
  readonly accepted = new Map<string, { phone: string; text: string; times: number }>();
  private server: Server | null = null;
  port = 0;

  async start(port = 0) {
    this.server = createServer((request, response) => void this.answer(request, response));
    await new Promise<void>((resolve) => this.server?.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop() {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
    this.server = null;
  }

  private async answer(request: IncomingMessage, response: ServerResponse) {
    let body = '';
    for await (const chunk of request) body += chunk;
    this.calls += 1;
    if (this.mode === 'hang') return; // never answers
    const fail = this.mode === 'always-500' || (this.mode === 'every-second-fails' && this.calls % 2 === 0);
    if (fail) {
      response.writeHead(500).end('gateway error');
      return;
    }
    const key = String(request.headers['idempotency-key'] ?? '');
    const { phone, text } = JSON.parse(body) as { phone: string; text: string };
    const seen = this.accepted.get(key);
    this.accepted.set(key, { phone, text, times: (seen?.times ?? 0) + 1 });
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  }

  /** the 提交 SMS one phone received (binding it to its employer sent it another) */
  to(phone: string) {
    return [...this.accepted.values()].filter((m) => m.phone === phone && m.text.includes(SUBMITTED));
  }
}

const SUBMITTED = '申报已提交';
const gateway = new Gateway();
let ctx: TestContext;
let admin: Client;

beforeAll(async () => {
  await gateway.start();
  let outbox: SmsSender | null = null;
  const http = createHttpSms(`http://127.0.0.1:${gateway.port}/send`, 'tok', 300);
  // codes go to the development outbox (the tests read them as a person reads a phone), status SMS to the
  // gateway: the real HTTP sender against a real HTTP server
  const sms: SmsSender = {
    send: (message) => (message.code ? (outbox as SmsSender).send(message) : http.send(message)),
  };
  ctx = await createTestApp({}, { sms });
  outbox = createOutboxSms(ctx.database.db, { info() {} });
  admin = await signedInAdmin(ctx);
});
afterAll(async () => {
  await ctx.close();
  await gateway.stop();
});
beforeEach(() => {
  gateway.mode = 'ok';
});

const submitted = () => submittedApplication(ctx);

/** The SMS that an applicant's 提交 recorded. */
const submitSms = (accountId: string) =>
  ctx.database.db
    .selectFrom('sms_messages')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('text', 'like', `%${SUBMITTED}%`)
    .execute();

describe('status SMS by jobs', () => {
  it('records the SMS with the change and sends it after the commit, once', async () => {
    const draft = await submitted();
    // the answer came before the SMS went: it waits, 待发送, with its job
    const [waiting] = await submitSms(draft.accountId);
    expect(waiting).toMatchObject({ state: '待发送', attempts: 0 });
    expect(waiting?.text).toBe('【吉林智慧人社】您的人才分类定级认定申报已提交，业务状态为“已申报”。');
    expect(gateway.to(draft.person.phone)).toHaveLength(0);

    await ctx.jobs.runPending();
    expect(gateway.to(draft.person.phone)).toEqual([
      { phone: draft.person.phone, text: waiting?.text, times: 1 },
    ]);
    // a second run of the same job (an instance that died after the gateway answered) sends nothing more
    await ctx.jobs.runPending({ includeDelayed: true });
    expect(gateway.to(draft.person.phone)).toHaveLength(1);
    const [sent] = await ctx.database.db
      .selectFrom('sms_messages')
      .selectAll()
      .where('id', '=', waiting?.id ?? '')
      .execute();
    expect(sent).toMatchObject({ state: '已发送', attempts: 1, last_error: null });
  });

  it('a rolled-back change owes no SMS: a refused 提交 records none', async () => {
    const draft = await draftApplication(ctx);
    const refused = await draft.client.post(`/api/person/applications/${draft.id}/submit`, {
      commitment: true,
    });
    expect(refused.statusCode).toBe(400);
    await ctx.jobs.runPending();
    expect(await submitSms(draft.accountId)).toEqual([]);
  });

  it('with the gateway down, messages wait and go once when it answers again', async () => {
    await gateway.stop();
    const drafts = [await submitted(), await submitted()];
    await ctx.jobs.runPending();
    for (const d of drafts) {
      const [row] = await submitSms(d.accountId);
      expect(row).toMatchObject({ state: '待发送', attempts: 1 });
      expect(row?.last_error).toBeTruthy();
    }
    await gateway.start(gateway.port);
    // the retry's delay has passed (run now instead of waiting for the backoff)
    await ctx.jobs.runPending({ includeDelayed: true });
    for (const d of drafts) {
      expect(gateway.to(d.person.phone).map((m) => m.times)).toEqual([1]);
    }
  });

  it('with a gateway failing every second call, or hanging, every message still arrives exactly once', async () => {
    gateway.mode = 'every-second-fails';
    const drafts = [await submitted(), await submitted(), await submitted()];
    await ctx.jobs.runPending();
    await ctx.jobs.runPending({ includeDelayed: true });
    for (const d of drafts) expect(gateway.to(d.person.phone).map((m) => m.times)).toEqual([1]);

    gateway.mode = 'hang';
    const slow = await submitted();
    await ctx.jobs.runPending();
    const [row] = await submitSms(slow.accountId);
    expect(row).toMatchObject({ state: '待发送', attempts: 1 });
    expect(row?.last_error).toMatch(/abort|timeout/i);
    gateway.mode = 'ok';
    await ctx.jobs.runPending({ includeDelayed: true });
    expect(gateway.to(slow.person.phone).map((m) => m.times)).toEqual([1]);
  });

  it('gives up after the last try (失败, dead-lettered), shows it in 消息发送记录, and 重试 sends it', async () => {
    gateway.mode = 'always-500';
    const draft = await submitted();
    await ctx.jobs.runPending({ includeDelayed: true });
    const [row] = await submitSms(draft.accountId);
    expect(row).toMatchObject({ state: '失败', attempts: QUEUES.sms.retryLimit + 1 });
    expect(row?.last_error).toBe('SMS gateway answered 500');
    const dead = await ctx.database.executeSql(
      `select count(*)::int as n from pgboss.job where name = 'dead-letter' and data->>'messageId' = $1`,
      [row?.id],
    );
    expect(dead.rows).toEqual([{ n: 1 }]);

    const list = await admin.get('/api/department/sms-messages?state=失败');
    expect(list.statusCode, list.body).toBe(200);
    const body = list.json<{
      items: { id: string; maskedPhone: string; state: string; attempts: number }[];
      counts: Record<string, number>;
    }>();
    const item = body.items.find((i) => i.id === row?.id);
    expect(item).toMatchObject({ state: '失败', attempts: QUEUES.sms.retryLimit + 1 });
    expect(item?.maskedPhone).toBe(`${draft.person.phone.slice(0, 3)}****${draft.person.phone.slice(7)}`);
    expect(list.body).not.toContain(draft.person.phone);
    expect(body.counts.失败).toBeGreaterThanOrEqual(1);

    gateway.mode = 'ok';
    const retried = await admin.post(`/api/department/sms-messages/${row?.id}/retry`);
    expect(retried.statusCode, retried.body).toBe(200);
    expect(await auditRows(ctx, 'sms.retry', row?.id)).toHaveLength(1);
    await ctx.jobs.runPending();
    expect(gateway.to(draft.person.phone).map((m) => m.times)).toEqual([1]);
    // only a 失败 message can be sent again
    expectError(await admin.post(`/api/department/sms-messages/${row?.id}/retry`), 409, 'CONFLICT');
  });

  it('消息发送记录 is the 系统管理员’s alone, and checks what it is asked', async () => {
    const draft = await submitted();
    expectError(await draft.client.get('/api/department/sms-messages'), 403, 'FORBIDDEN');
    expectError(await admin.get('/api/department/sms-messages?state=丢失'), 400, 'VALIDATION_FAILED');
    expectError(await admin.post('/api/department/sms-messages/not-an-id/retry'), 400, 'VALIDATION_FAILED');
    expectError(
      await admin.post('/api/department/sms-messages/00000000-0000-4000-8000-000000000000/retry'),
      404,
      'NOT_FOUND',
    );
  });

  it('verification codes do not wait for a job: the code is on the phone when the answer comes', async () => {
    const before = await ctx.database.db
      .selectFrom('sms_messages')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const person = await signedInPerson(ctx); // reads its code from the outbox right after asking, no job run
    expect(person.accountId).toBeTruthy();
    const after = await ctx.database.db
      .selectFrom('sms_messages')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});
