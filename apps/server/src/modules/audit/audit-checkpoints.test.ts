import { Readable } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMetrics, type Metrics } from '../../http/metrics.js';
import { Client, createTestApp, mobile, type TestContext } from '../../test/harness.js';
import { loginWith } from '../../test/helpers.js';
import { sealAuditChain } from './audit.service.js';
import { type CheckKind, readHeadCheckpoint } from './audit-checkpoints.js';

let ctx: TestContext;
let metrics: Metrics;
const lines: string[] = [];

beforeAll(async () => {
  metrics = createMetrics({ processMetrics: false });
  ctx = await createTestApp(
    { LOG_LEVEL: 'info' },
    { metrics, logStream: { write: (line: string) => void lines.push(line) } },
  );
});
afterAll(() => ctx.close());

/** A few audited events (failed sign-ins), sealed into the chain as the server's sealer would. */
async function someEvents(n = 3) {
  for (let i = 0; i < n; i++) await loginWith(new Client(ctx.app), 'person', mobile(), 'Wrong#Pass1');
  await sealAuditChain(ctx.database.db, ctx.auditKeys);
}

/** Runs the scheduled job as a worker would, and returns what it recorded. */
async function scheduled(kind: CheckKind) {
  await ctx.jobs.send(ctx.database.db, kind === 'full' ? 'audit-verify' : 'audit-checkpoint', {});
  expect(await ctx.jobs.runPending()).toBe(1);
  return ctx.database.db
    .selectFrom('audit_verifications')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
}

async function gauge(name: string, kind: CheckKind): Promise<number | undefined> {
  const text = (await ctx.app.inject('/metrics')).body;
  const line = text.split('\n').find((l) => l.startsWith(`${name}{kind="${kind}"}`));
  return line === undefined ? undefined : Number(line.split(' ').pop());
}

const logged = (pattern: RegExp) => lines.filter((l) => pattern.test(l)).map((l) => JSON.parse(l));

async function lastSealed(n: number) {
  return ctx.ownerDatabase.db
    .selectFrom('audit_log')
    .selectAll()
    .where('seq', 'is not', null)
    .orderBy('audit_log.seq', 'desc')
    .limit(n)
    .execute();
}

describe('检查点：审计日志链头在数据库之外签名保存', () => {
  it('signs the chain head every few minutes into the blob store and the log, only when it moved', async () => {
    await someEvents();
    const [head] = await lastSealed(1);
    const recorded = await scheduled('checkpoint');
    expect(recorded).toMatchObject({ kind: 'checkpoint', ok: true, problem: null });
    const { checkpoint, forged } = await readHeadCheckpoint(ctx.blobs, ctx.auditKeys);
    expect(forged).toBe(false);
    expect(checkpoint).toMatchObject({ seq: String(head?.seq), hash: head?.hash, previous: null });
    expect(logged(/audit chain checkpoint signed/).at(-1)?.auditCheckpoint).toEqual(checkpoint);
    expect(await gauge('rcpd_audit_chain_ok', 'checkpoint')).toBe(1);

    // nothing new: the head stays, no second checkpoint
    await scheduled('checkpoint');
    expect(logged(/audit chain checkpoint signed/)).toHaveLength(1);

    // the next one walks only the rows after the head, and links back to it
    await someEvents(2);
    const next = await scheduled('checkpoint');
    expect(Number(next.rows_checked)).toBe(2);
    const after = await readHeadCheckpoint(ctx.blobs, ctx.auditKeys);
    expect(after.checkpoint?.previous).toBe(checkpoint?.seq);
  });

  it('catches rows cut from the end of the chain after a checkpoint, alerting in the log and in /metrics', async () => {
    await someEvents();
    await scheduled('checkpoint');
    expect(await scheduled('full')).toMatchObject({ kind: 'full', ok: true });
    expect(await gauge('rcpd_audit_chain_ok', 'full')).toBe(1);

    // the owner switches the trigger off and removes the newest rows: no link is left broken
    const owner = ctx.ownerDatabase.db;
    const tail = await lastSealed(3);
    await sql`alter table audit_log disable trigger audit_log_no_change`.execute(owner);
    try {
      await owner
        .deleteFrom('audit_log')
        .where(
          'id',
          'in',
          tail.map((r) => r.id),
        )
        .execute();
      const found = await scheduled('full');
      expect(found).toMatchObject({ kind: 'full', ok: false, problem: 'truncated' });
      expect(logged(/audit-chain-broken/).at(-1)).toMatchObject({
        level: 50,
        alert: 'audit-chain-broken',
        problem: 'truncated',
      });
      expect(await gauge('rcpd_audit_chain_ok', 'full')).toBe(0);
      // the five-minute check sees it too, and signs nothing over it
      expect(await scheduled('checkpoint')).toMatchObject({ ok: false, problem: 'truncated' });
      // the rows put back as they were: intact again
      for (const row of tail.reverse())
        await sql`insert into audit_log overriding system value
          select * from jsonb_populate_record(null::audit_log, ${JSON.stringify(row)}::jsonb)`.execute(owner);
    } finally {
      await sql`alter table audit_log enable trigger audit_log_no_change`.execute(owner);
    }
    expect(await scheduled('full')).toMatchObject({ ok: true });
    expect(await gauge('rcpd_audit_chain_ok', 'full')).toBe(1);
  });

  it('refuses a checkpoint that is not signed with the key', async () => {
    await someEvents(1);
    await scheduled('checkpoint');
    const { checkpoint } = await readHeadCheckpoint(ctx.blobs, ctx.auditKeys);
    if (!checkpoint) throw new Error('no checkpoint');
    // moved back to an earlier row, as one would to hide rows cut after it: the signature no longer matches
    const moved = { ...checkpoint, seq: '1' };
    await ctx.blobs.put('audit-checkpoints/head', Readable.from([Buffer.from(JSON.stringify(moved))]));
    expect(await scheduled('full')).toMatchObject({ ok: false, problem: 'checkpoint-forged' });
    await ctx.blobs.put('audit-checkpoints/head', Readable.from([Buffer.from(JSON.stringify(checkpoint))]));
    expect(await scheduled('full')).toMatchObject({ ok: true });
  });
});
