import type {
  BindingHistory,
  BindingItem,
  EmployerApplicantItem,
  EmployerBindingItem,
  EmployerSearchResult,
  NotificationList,
  RecommendingEmployer,
} from '@rcpd/shared';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Client,
  createTestApp,
  mobile,
  registerEmployer,
  type TestContext,
  uscc,
} from '../../test/harness.js';
import {
  auditRows,
  expectError,
  outboxFor,
  signedInBusiness,
  signedInEmployer,
  signedInPerson,
} from '../../test/helpers.js';
import { MESSAGES } from './binding.service.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

type Signed = Awaited<ReturnType<typeof signedInEmployer>>;

async function search(client: Client, code: string) {
  return client.get(`/api/person/employers?uscc=${encodeURIComponent(code)}`);
}

async function find(client: Client, employer: Signed) {
  const response = await search(client, employer.employer.uscc);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<EmployerSearchResult>();
}

async function bind(client: Client, employer: Signed) {
  const { employerId } = await find(client, employer);
  const response = await client.post('/api/person/bindings', { employerId });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<BindingItem>();
}

const history = async (client: Client) => (await client.get('/api/person/bindings')).json<BindingHistory>();

async function decide(client: Client, id: string, decision: string, opinion?: string) {
  return client.post(`/api/employer/bindings/${id}/decision`, { decision, ...(opinion ? { opinion } : {}) });
}

async function addReviewer(admin: Client) {
  const phone = mobile();
  const password = 'Review#2026';
  const created = await admin.post('/api/employer/reviewers', { name: '钱审核', phone, password });
  expect(created.statusCode, created.body).toBe(201);
  const client = new Client(ctx.app);
  expect((await client.login('employer', phone, password)).statusCode).toBe(200);
  return client;
}

describe('去绑定: searching an employer by 统一社会信用代码', () => {
  it('refuses a malformed code with the 统一社会信用代码 message', async () => {
    const { client } = await signedInPerson(ctx);
    const body = expectError(await search(client, '91220101MA17A0001X'), 400, 'VALIDATION_FAILED', 'uscc');
    expect(body.message).toContain('统一社会信用代码');
    expectError(await client.get('/api/person/employers'), 400, 'VALIDATION_FAILED');
  });

  it('answers 404 with a reason for an unknown employer and for one that never signed in', async () => {
    const { client } = await signedInPerson(ctx);
    const unknown = expectError(await search(client, uscc()), 404, 'NOT_FOUND');
    expect(unknown.message).toBe(MESSAGES.unknownEmployer);
    const registered = await registerEmployer(new Client(ctx.app));
    const never = expectError(await search(client, registered.uscc), 404, 'NOT_FOUND');
    expect(never.message).toBe(MESSAGES.neverLoggedIn);
    // nor can a request name it directly
    const row = await ctx.database.db
      .selectFrom('employers')
      .select('id')
      .where('uscc', '=', registered.uscc)
      .executeTakeFirstOrThrow();
    const direct = expectError(
      await client.post('/api/person/bindings', { employerId: row.id }),
      404,
      'NOT_FOUND',
    );
    expect(direct.message).toBe(MESSAGES.neverLoggedIn);
  });

  it('finds an employer that has signed in, in lower case too, and offers 绑定', async () => {
    const { client } = await signedInPerson(ctx);
    const employer = await signedInEmployer(ctx);
    const response = await search(client, employer.employer.uscc.toLowerCase());
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<EmployerSearchResult>()).toMatchObject({
      name: employer.employer.employerName,
      uscc: employer.employer.uscc,
      binding: null,
      canBind: true,
      reason: null,
    });
  });
});

describe('绑定 and the employer’s review', () => {
  it('creates a 待审核 request, audited, that the employer sees with masked identity', async () => {
    const { client, person, accountId } = await signedInPerson(ctx, { name: '王小明' });
    const employer = await signedInEmployer(ctx);
    const item = await bind(client, employer);
    expect(item).toMatchObject({
      status: '待审核',
      employerName: employer.employer.employerName,
      uscc: employer.employer.uscc,
      opinion: null,
      decidedAt: null,
      allowedActions: [],
    });
    const audit = await auditRows(ctx, 'binding.request', item.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actor_account_id).toBe(accountId);

    const again = await find(client, employer);
    expect(again).toMatchObject({ binding: { id: item.id, status: '待审核' }, canBind: false });
    expect(again.reason).toMatch(/等待单位审核/);

    const list = await employer.client.get('/api/employer/bindings');
    expect(list.statusCode).toBe(200);
    const [row] = list.json<{ items: EmployerBindingItem[] }>().items;
    expect(row).toMatchObject({
      id: item.id,
      applicantName: '王小明',
      maskedIdNumber: `${person.idNumber.slice(0, 6)}********${person.idNumber.slice(-4)}`,
      maskedPhone: `${person.phone.slice(0, 3)}****${person.phone.slice(-4)}`,
      status: '待审核',
      allowedActions: ['审核通过', '审核不通过终止审核'],
    });
    expect(list.body).not.toContain(person.idNumber);
    expect(list.body).not.toContain(person.phone);
    // the employer's accounts are told in the portal
    const inbox = (await employer.client.get('/api/notifications')).json<NotificationList>();
    expect(inbox.items[0]?.title).toBe('新的绑定申请');
  });

  it('refuses a second binding while one is pending, for the same or another employer (409)', async () => {
    const { client } = await signedInPerson(ctx);
    const first = await signedInEmployer(ctx);
    const second = await signedInEmployer(ctx);
    await bind(client, first);
    const other = await find(client, second);
    expect(other.canBind).toBe(false);
    expect(other.reason).toContain(first.employer.employerName);
    for (const employer of [first, second]) {
      const { employerId } = await find(client, employer);
      const body = expectError(await client.post('/api/person/bindings', { employerId }), 409, 'CONFLICT');
      expect(body.message).toBe(MESSAGES.oneActive);
    }
    expect((await history(client)).items).toHaveLength(1);
  });

  it('lets exactly one of two simultaneous requests through', async () => {
    const { client, accountId } = await signedInPerson(ctx);
    const a = await find(client, await signedInEmployer(ctx));
    const b = await find(client, await signedInEmployer(ctx));
    const responses = await Promise.all([
      client.post('/api/person/bindings', { employerId: a.employerId }),
      client.post('/api/person/bindings', { employerId: b.employerId }),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const rows = await ctx.database.db
      .selectFrom('bindings')
      .select('id')
      .where('applicant_id', '=', accountId)
      .execute();
    expect(rows).toHaveLength(1);
    expect(await auditRows(ctx, 'binding.request', rows[0]?.id)).toHaveLength(1);
  });

  it('审核通过: 材料终审通过 in the history and 推荐单位, with a portal message and an SMS', async () => {
    const { client, person } = await signedInPerson(ctx);
    const employer = await signedInEmployer(ctx);
    const reviewer = await addReviewer(employer.client);
    const item = await bind(client, employer);
    const response = await decide(reviewer, item.id, '审核通过');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<EmployerBindingItem>()).toMatchObject({
      status: '材料终审通过',
      decidedByName: '钱审核',
      allowedActions: [],
    });
    expect(await auditRows(ctx, 'binding.approve', item.id)).toHaveLength(1);

    const h = await history(client);
    expect(h.current).toMatchObject({ id: item.id, status: '材料终审通过', allowedActions: ['解除绑定'] });
    expect(h.items[0]?.decidedAt).not.toBeNull();
    const recommending = await client.get('/api/person/recommending-employers');
    expect(recommending.json<{ items: RecommendingEmployer[] }>().items).toEqual([
      {
        bindingId: item.id,
        employerId: item.employerId,
        name: employer.employer.employerName,
        uscc: employer.employer.uscc,
      },
    ]);
    const inbox = (await client.get('/api/notifications')).json<NotificationList>();
    expect(inbox.unread).toBe(1);
    expect(inbox.items[0]?.body).toContain(`“${employer.employer.employerName}”已审核通过`);
    const sms = await outboxFor(ctx, person.phone);
    expect(sms.map((m) => m.text)).toContain(
      `【吉林智慧人社】您申请绑定的推荐单位“${employer.employer.employerName}”已审核通过。`,
    );

    const bound = await employer.client.get('/api/employer/applicants');
    const applicants = bound.json<{ items: EmployerApplicantItem[] }>().items;
    expect(applicants).toHaveLength(1);
    expect(applicants[0]).toMatchObject({ bindingId: item.id, applicantName: person.name });
    expect(bound.body).not.toContain(person.idNumber);
  });

  it('审核不通过终止审核 needs a 办件意见, which the history then shows; the applicant may bind again', async () => {
    const { client, person } = await signedInPerson(ctx);
    const employer = await signedInEmployer(ctx);
    const item = await bind(client, employer);
    expectError(
      await decide(employer.client, item.id, '审核不通过终止审核'),
      400,
      'VALIDATION_FAILED',
      'opinion',
    );
    expectError(
      await decide(employer.client, item.id, '审核不通过终止审核', '   '),
      400,
      'VALIDATION_FAILED',
      'opinion',
    );
    expect((await history(client)).current?.status).toBe('待审核');
    const response = await decide(employer.client, item.id, '审核不通过终止审核', '非本单位职工');
    expect(response.statusCode, response.body).toBe(200);
    const h = await history(client);
    expect(h.current).toBeNull();
    expect(h.items[0]).toMatchObject({
      status: '审核不通过终止审核',
      opinion: '非本单位职工',
      allowedActions: [],
    });
    const sms = await outboxFor(ctx, person.phone);
    expect(sms.map((m) => m.text)).toContain(
      `【吉林智慧人社】您申请绑定的推荐单位“${employer.employer.employerName}”审核不通过，办件意见：非本单位职工`,
    );
    expect((await client.get('/api/person/recommending-employers')).json()).toEqual({ items: [] });
    await bind(client, employer);
    expect((await history(client)).items.map((i) => i.status)).toEqual(['待审核', '审核不通过终止审核']);
  });

  it('hides another employer’s request: 404 and an access.denied audit row', async () => {
    const { client } = await signedInPerson(ctx);
    const owner = await signedInEmployer(ctx);
    const stranger = await signedInEmployer(ctx);
    const strangerReviewer = await addReviewer(stranger.client);
    const item = await bind(client, owner);
    expectError(await decide(strangerReviewer, item.id, '审核通过'), 404, 'NOT_FOUND');
    const denied = await auditRows(ctx, 'access.denied', item.id);
    expect(denied).toHaveLength(1);
    expect((await history(client)).current?.status).toBe('待审核');
    const list = await stranger.client.get('/api/employer/bindings');
    expect(list.json<{ items: unknown[] }>().items).toEqual([]);
    // an id that does not exist at all is simply not found
    expectError(await decide(stranger.client, crypto.randomUUID(), '审核通过'), 404, 'NOT_FOUND');
  });

  it('decides once: a second decision is 409, and of two at once exactly one wins', async () => {
    const employer = await signedInEmployer(ctx);
    const reviewer = await addReviewer(employer.client);
    const one = await signedInPerson(ctx);
    const first = await bind(one.client, employer);
    expect((await decide(employer.client, first.id, '审核通过')).statusCode).toBe(200);
    const again = expectError(
      await decide(reviewer, first.id, '审核不通过终止审核', '重复'),
      409,
      'CONFLICT',
    );
    expect(again.message).toContain('该申请已处理');

    const two = await signedInPerson(ctx);
    const second = await bind(two.client, employer);
    const responses = await Promise.all([
      decide(employer.client, second.id, '审核通过'),
      decide(reviewer, second.id, '审核不通过终止审核', '不同意'),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const decisions = [
      ...(await auditRows(ctx, 'binding.approve', second.id)),
      ...(await auditRows(ctx, 'binding.reject', second.id)),
    ];
    expect(decisions).toHaveLength(1);
    const messages = (await two.client.get('/api/notifications')).json<NotificationList>();
    expect(messages.items).toHaveLength(1);
  });

  it('filters the employer’s list by status and puts 待审核 first', async () => {
    const employer = await signedInEmployer(ctx);
    const a = await signedInPerson(ctx);
    const b = await signedInPerson(ctx);
    const first = await bind(a.client, employer);
    await decide(employer.client, first.id, '审核通过');
    const second = await bind(b.client, employer);
    const all = (await employer.client.get('/api/employer/bindings')).json<{
      items: EmployerBindingItem[];
    }>();
    expect(all.items.map((i) => i.id)).toEqual([second.id, first.id]);
    const approved = await employer.client.get(
      `/api/employer/bindings?status=${encodeURIComponent('材料终审通过')}`,
    );
    expect(approved.json<{ items: EmployerBindingItem[] }>().items.map((i) => i.id)).toEqual([first.id]);
    expectError(await employer.client.get('/api/employer/bindings?status=x'), 400, 'VALIDATION_FAILED');
  });
});

describe('解除绑定', () => {
  it('ends a binding at once, audited, and then another employer can be bound', async () => {
    const { client } = await signedInPerson(ctx);
    const first = await signedInEmployer(ctx);
    const second = await signedInEmployer(ctx);
    const item = await bind(client, first);
    await decide(first.client, item.id, '审核通过');
    expect((await find(client, second)).canBind).toBe(false);
    const response = await client.post(`/api/person/bindings/${item.id}/unbind`);
    expect(response.statusCode, response.body).toBe(200);
    const unbound = response.json<BindingItem>();
    expect(unbound).toMatchObject({ status: '已解绑', allowedActions: [] });
    expect(unbound.unboundAt).not.toBeNull();
    expect(await auditRows(ctx, 'binding.unbind', item.id)).toHaveLength(1);
    expect((await client.get('/api/person/recommending-employers')).json()).toEqual({ items: [] });
    expect((await find(client, second)).canBind).toBe(true);
    await bind(client, second);
    expectError(await client.post(`/api/person/bindings/${item.id}/unbind`), 409, 'CONFLICT');
  });

  it('refuses to unbind a pending request (the employer ends it) and another applicant’s binding (404)', async () => {
    const owner = await signedInPerson(ctx);
    const other = await signedInPerson(ctx);
    const employer = await signedInEmployer(ctx);
    const item = await bind(owner.client, employer);
    expectError(await owner.client.post(`/api/person/bindings/${item.id}/unbind`), 409, 'CONFLICT');
    await decide(employer.client, item.id, '审核通过');
    expectError(await other.client.post(`/api/person/bindings/${item.id}/unbind`), 404, 'NOT_FOUND');
    expect((await history(other.client)).items).toEqual([]);
    expect((await history(owner.client)).current?.status).toBe('材料终审通过');
  });
});

describe('roles', () => {
  it('keeps each portal to its own binding endpoints (403, audited)', async () => {
    const person = await signedInPerson(ctx);
    const employer = await signedInEmployer(ctx);
    const admin = await signedInBusiness(ctx);
    for (const client of [employer.client, admin]) {
      expectError(await client.get('/api/person/bindings'), 403, 'FORBIDDEN');
      expectError(await client.post('/api/person/bindings', {}), 403, 'FORBIDDEN');
    }
    for (const client of [person.client, admin]) {
      expectError(await client.get('/api/employer/bindings'), 403, 'FORBIDDEN');
      expectError(
        await client.post(`/api/employer/bindings/${crypto.randomUUID()}/decision`, {}),
        403,
        'FORBIDDEN',
      );
      expectError(await client.get('/api/employer/applicants'), 403, 'FORBIDDEN');
    }
    expectError(await new Client(ctx.app).get('/api/person/bindings'), 401, 'UNAUTHENTICATED');
  });
});

describe('站内消息', () => {
  it('lists, marks one and all read, only one’s own', async () => {
    const { client } = await signedInPerson(ctx);
    const other = await signedInPerson(ctx);
    const employer = await signedInEmployer(ctx);
    const item = await bind(client, employer);
    await decide(employer.client, item.id, '审核不通过终止审核', '请核实');
    await bind(client, employer).then((b) => decide(employer.client, b.id, '审核通过'));
    const inbox = (await client.get('/api/notifications')).json<NotificationList>();
    expect(inbox.unread).toBe(2);
    expect(inbox.items[0]?.body).toContain('已审核通过');
    const id = inbox.items[1]?.id ?? '';
    expectError(await other.client.post(`/api/notifications/${id}/read`), 404, 'NOT_FOUND');
    const read = await client.post(`/api/notifications/${id}/read`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json<{ readAt: string | null }>().readAt).not.toBeNull();
    expect((await client.get('/api/notifications')).json<NotificationList>().unread).toBe(1);
    const all = await client.post('/api/notifications/read-all');
    expect(all.json<NotificationList>().unread).toBe(0);
    expect((await other.client.get('/api/notifications')).json<NotificationList>().items).toEqual([]);
    expectError(await new Client(ctx.app).get('/api/notifications'), 401, 'UNAUTHENTICATED');
  });

  it('pages newest first by keyset, every message once, with how many in all and unread', async () => {
    const person = await signedInPerson(ctx);
    // five in one millisecond apart by microseconds, and two read
    for (const n of [1, 2, 3, 4, 5]) {
      await ctx.database.db
        .insertInto('notifications')
        .values({
          account_id: person.accountId,
          title: `消息${n}`,
          body: '正文',
          created_at: new Date(`2026-05-01T08:00:00.000Z`),
          read_at: n <= 2 ? new Date() : null,
        })
        .execute();
    }
    await ctx.database.db
      .updateTable('notifications')
      .set({ created_at: sql`created_at + (substr(title, 3)::int * interval '1 microsecond')` })
      .where('account_id', '=', person.accountId)
      .execute();
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const response = await person.client.get(`/api/notifications?limit=2${after ? `&after=${after}` : ''}`);
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json<NotificationList>();
      expect([body.total, body.unread]).toEqual([5, 3]);
      seen.push(...body.items.map((i) => i.title));
      after = body.next;
      if (!after) break;
    }
    expect(seen).toEqual(['消息5', '消息4', '消息3', '消息2', '消息1']);
    expectError(
      await person.client.get('/api/notifications?after=garbage'),
      400,
      'VALIDATION_FAILED',
      'after',
    );
  });
});

describe('绑定审核列表：分页、查询，不截断', () => {
  it('pages 待审核 first then the newest by keyset, searches by 姓名 or 证件号码, and says how many in all', async () => {
    const employer = await signedInEmployer(ctx);
    const people = [];
    for (const name of ['分页甲', '分页乙', '分页丙', '查询丁', '查询戊']) {
      const person = await signedInPerson(ctx, { name });
      people.push({ ...person, binding: await bind(person.client, employer) });
    }
    // two decided: they come after the three still waiting
    for (const p of people.slice(0, 2))
      expect((await decide(employer.client, p.binding.id, '审核通过')).statusCode).toBe(200);

    const seen: EmployerBindingItem[] = [];
    let after: string | null = null;
    const totals: number[] = [];
    for (let page = 0; page < 5; page++) {
      const url = `/api/employer/bindings?limit=2${after ? `&after=${after}` : ''}`;
      const response = await employer.client.get(url);
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json<{ items: EmployerBindingItem[]; next: string | null; total: number }>();
      seen.push(...body.items);
      totals.push(body.total);
      after = body.next;
      if (!after) break;
    }
    expect(seen.map((i) => i.applicantName)).toEqual(['查询戊', '查询丁', '分页丙', '分页乙', '分页甲']);
    expect(seen.map((i) => i.status)).toEqual(['待审核', '待审核', '待审核', '材料终审通过', '材料终审通过']);
    expect(totals).toEqual([5, 5, 5]);

    const byName = (
      await employer.client.get(`/api/employer/bindings?q=${encodeURIComponent('查询')}`)
    ).json<{ items: EmployerBindingItem[]; total: number }>();
    expect(byName.items.map((i) => i.applicantName).sort()).toEqual(['查询丁', '查询戊']);
    expect(byName.total).toBe(2);
    const target = people[2];
    const byId = (await employer.client.get(`/api/employer/bindings?q=${target?.person.idNumber}`)).json<{
      items: EmployerBindingItem[];
    }>();
    expect(byId.items.map((i) => i.applicantName)).toEqual(['分页丙']);
    const waiting = (
      await employer.client.get(`/api/employer/bindings?status=${encodeURIComponent('待审核')}`)
    ).json<{
      total: number;
    }>();
    expect(waiting.total).toBe(3);
    // `%` is a character, not a wildcard
    expect(
      (await employer.client.get(`/api/employer/bindings?q=${encodeURIComponent('%')}`)).json<{
        total: number;
      }>().total,
    ).toBe(0);

    expectError(
      await employer.client.get('/api/employer/bindings?after=garbage'),
      400,
      'VALIDATION_FAILED',
      'after',
    );
    expectError(
      await employer.client.get('/api/employer/bindings?limit=0'),
      400,
      'VALIDATION_FAILED',
      'limit',
    );
    // another employer sees none of them
    const other = await signedInEmployer(ctx);
    expect((await other.client.get('/api/employer/bindings')).json<{ total: number }>().total).toBe(0);
  });
});
