/**
 * 发布 in the background: the request checks and records a batch, jobs publish each result in its own
 * transaction, the batch shows its progress and what failed, and 重试 finishes it.
 */
import type { CertificateItem, PublishBatch, ResultItem } from '@rcpd/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../seed/demo.js';
import { approvedApplication } from '../../test/applications.js';
import { Client, createTestApp, type TestContext } from '../../test/harness.js';
import { auditRows, expectError, outboxFor, signedInBusiness } from '../../test/helpers.js';

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

/** Applications with a recorded 认定通过, and their result ids. */
async function recorded(n: number) {
  const apps = [];
  for (let i = 0; i < n; i++) {
    const app = await approvedApplication(ctx, province);
    const response = await admin.post('/api/department/results', {
      applicationId: app.id,
      outcome: '认定通过',
    });
    expect(response.statusCode, response.body).toBe(200);
    apps.push(app);
  }
  const items = (await admin.get('/api/department/results')).json<{ items: ResultItem[] }>().items;
  const resultIds = apps.map((a) => items.find((i) => i.applicationId === a.id)?.result?.id ?? '');
  return { apps, resultIds };
}

const batchOf = async (id: string) =>
  (await admin.get(`/api/department/results/publish-batches/${id}`)).json<PublishBatch>();
const certificatesOf = async (client: Client) =>
  (await client.get('/api/person/certificates')).json<{ items: CertificateItem[] }>().items;

describe('发布 as a batch of jobs', () => {
  it('answers at once with the batch, publishes in the background, and shows the progress', async () => {
    const { apps, resultIds } = await recorded(3);
    const started = await admin.post('/api/department/results/publish', { resultIds });
    expect(started.statusCode, started.body).toBe(202);
    const batch = started.json<PublishBatch>();
    expect(batch).toMatchObject({ total: 3, done: 0, failed: 0, finishedAt: null, failures: [] });
    expect(await auditRows(ctx, 'result.publish', batch.id)).toHaveLength(1);

    // nothing is published yet: the list says 发布中, the applicant has no certificate
    const waiting = (await admin.get('/api/department/results')).json<{ items: ResultItem[] }>().items;
    for (const id of resultIds) {
      expect(waiting.find((i) => i.result?.id === id)?.result).toMatchObject({
        state: '待发布',
        publishing: true,
      });
    }
    expect(await certificatesOf(apps[0]?.client as Client)).toEqual([]);

    // 发布 again while it runs: refused, nothing queued twice
    const again = await admin.post('/api/department/results/publish', { resultIds: [resultIds[0]] });
    expect(expectError(again, 409, 'CONFLICT').message).toContain('正在发布中');
    // and 公示 of a result being published is refused too
    const publicity = await admin.post('/api/department/results/publicity', {
      resultIds: [resultIds[1]],
      workingDays: 5,
    });
    expect(expectError(publicity, 409, 'CONFLICT').message).toContain('正在发布中');

    await ctx.jobs.runPending();
    const finished = await batchOf(batch.id);
    expect(finished).toMatchObject({ total: 3, done: 3, failed: 0, failures: [] });
    expect(finished.finishedAt).not.toBeNull();
    for (const app of apps) {
      const mine = await certificatesOf(app.client);
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({ holderName: app.person.name, status: '有效' });
      // one 站内消息 and one SMS about the result
      const sms = (await outboxFor(ctx, app.person.phone)).filter((m) => m.text.includes('评审结果已发布'));
      expect(sms).toHaveLength(1);
    }
    expect(
      (await admin.get('/api/department/results/publish-batches')).json<{ items: PublishBatch[] }>().items[0],
    ).toMatchObject({ id: batch.id, done: 3 });

    // a job run again (its instance died after the commit) publishes nothing twice
    await ctx.jobs.runPending({ includeDelayed: true });
    const again2 = await admin.post('/api/department/results/publish', { resultIds: [resultIds[0]] });
    expect(expectError(again2, 409, 'CONFLICT').message).toContain('已发布');
    const certificates = await ctx.database.db
      .selectFrom('certificates')
      .select('result_id')
      .where('result_id', 'in', resultIds)
      .execute();
    expect(certificates).toHaveLength(3);
  });

  it('fails a result alone with why, goes on with the others, and 重试 publishes it once fixed', async () => {
    const { apps, resultIds } = await recorded(2);
    const started = await admin.post('/api/department/results/publish', { resultIds });
    expect(started.statusCode, started.body).toBe(202);
    const { id } = started.json<PublishBatch>();
    // between the request and the job, the second result is (wrongly) back in a 公示 that has not ended
    await ctx.database.db
      .updateTable('review_results')
      .set({ state: '公示中', publicity_ends_on: '2999-12-31' })
      .where('id', '=', resultIds[1] ?? '')
      .execute();
    await ctx.jobs.runPending();
    const partly = await batchOf(id);
    expect(partly).toMatchObject({ total: 2, done: 1, failed: 1 });
    expect(partly.finishedAt).not.toBeNull();
    expect(partly.failures).toEqual([
      {
        resultId: resultIds[1],
        applicationNumber: apps[1]?.number,
        applicantName: apps[1]?.person.name,
        error: `${apps[1]?.person.name}：公示期尚未结束，公示期满后才能发布（公示期至2999-12-31）`,
      },
    ]);
    expect(await certificatesOf(apps[1]?.client as Client)).toEqual([]);

    await ctx.database.db
      .updateTable('review_results')
      .set({ publicity_ends_on: '2020-01-01' })
      .where('id', '=', resultIds[1] ?? '')
      .execute();
    const retried = await admin.post(`/api/department/results/publish-batches/${id}/retry`);
    expect(retried.statusCode, retried.body).toBe(200);
    expect(retried.json<PublishBatch>()).toMatchObject({
      done: 1,
      failed: 0,
      finishedAt: null,
      failures: [],
    });
    expect(await auditRows(ctx, 'result.publish.retry', id)).toHaveLength(1);
    await ctx.jobs.runPending();
    expect(await batchOf(id)).toMatchObject({ done: 2, failed: 0 });
    expect(await certificatesOf(apps[1]?.client as Client)).toHaveLength(1);
    // nothing left to retry
    expectError(await admin.post(`/api/department/results/publish-batches/${id}/retry`), 409, 'CONFLICT');
  });

  it('refuses what it cannot do, in Chinese, changing nothing', async () => {
    expectError(
      await admin.post('/api/department/results/publish', { resultIds: [] }),
      400,
      'VALIDATION_FAILED',
    );
    const missing = await admin.post('/api/department/results/publish', {
      resultIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expectError(missing, 404, 'NOT_FOUND');
    expectError(await admin.get('/api/department/results/publish-batches/nope'), 400, 'VALIDATION_FAILED');
    expectError(
      await admin.get('/api/department/results/publish-batches/00000000-0000-4000-8000-000000000000'),
      404,
      'NOT_FOUND',
    );
    const { count } = await ctx.database.db
      .selectFrom('publish_batches')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .executeTakeFirstOrThrow();
    const before = Number(count);
    const { resultIds } = await recorded(1);
    // a reviewer of the province may not publish, nor read the batches
    expectError(await province.post('/api/department/results/publish', { resultIds }), 403, 'FORBIDDEN');
    expectError(await province.get('/api/department/results/publish-batches'), 403, 'FORBIDDEN');
    const after = await ctx.database.db
      .selectFrom('publish_batches')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .executeTakeFirstOrThrow();
    expect(Number(after.count)).toBe(before);
  });
});
