import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Draft, draftApplication, publishedNotice, uploaded } from '../test/applications.js';
import { blobFiles, MINIMAL_PDF, uploadFile } from '../test/files.js';
import { type Client, createTestApp, type TestContext } from '../test/harness.js';
import { signedInBusiness } from '../test/helpers.js';
import { createLocalBlobStore } from './blob-store.js';
import { SWEEP_GRACE_MS, sweepBlobs } from './blob-sweep.js';

/**
 * The sweep of files nobody references (SPEC §10: personal documents must not linger), on the store the app
 * uses (the local folder, or S3 in the PostgreSQL pass). Age is given as `now`, never waited for.
 */
const HOUR = 3_600_000;
const later = () => new Date(Date.now() + 2 * HOUR);
const s3 = process.env.TEST_BLOB_STORE === 's3';

let ctx: TestContext;
const logLines: string[] = [];
let draft: Draft;
let business: Client;
let noticeId: string;
let attachmentId: string;
let noticeAttachmentId: string;

beforeAll(async () => {
  ctx = await createTestApp({ LOG_LEVEL: 'info' }, { logStream: { write: (line) => logLines.push(line) } });
  draft = await draftApplication(ctx);
  attachmentId = (await uploaded(draft, 'slot=idCard')).id;
  business = await signedInBusiness(ctx);
  noticeId = (await publishedNotice(business)).id;
  const up = await uploadFile(
    business,
    `/api/department/notices/${noticeId}/attachments`,
    '通知.pdf',
    MINIMAL_PDF,
  );
  expect(up.statusCode, up.body).toBe(201);
  noticeAttachmentId = up.json<{ id: string }>().id;
});
afterAll(() => ctx.close());

const put = (key: string) => ctx.blobs.put(key, Readable.from([Buffer.from(`content of ${key}`)]));
const stored = async () => new Set(await ctx.storedBlobs());
/** a key's last segment: what storedBlobs() names it by */
const last = (key: string) => key.split('/').pop() ?? key;

/** An export row (whose account does not matter here) in `state`, as the export job leaves it. */
async function exportRow(state: '排队中' | '生成中' | '已完成' | '失败'): Promise<string> {
  const account = await ctx.database.db
    .selectFrom('accounts')
    .select('id')
    .limit(1)
    .executeTakeFirstOrThrow();
  const id = randomUUID();
  await ctx.database.db
    .insertInto('exports')
    .values({
      id,
      account_id: account.id,
      kind: 'review-list',
      file_name: '申报审核列表.xlsx',
      params_enc: ctx.cipher.encrypt('{}'),
      state,
      rows_total: 10,
      blob_key: state === '已完成' ? `exports/${id}` : null,
    })
    .execute();
  return id;
}

async function referencedKeys() {
  const { db } = ctx.database;
  const [application] = await db
    .selectFrom('application_attachments')
    .select('blob_key')
    .where('id', '=', attachmentId)
    .execute();
  const [notice] = await db
    .selectFrom('notice_attachments')
    .select('blob_key')
    .where('id', '=', noticeAttachmentId)
    .execute();
  if (!application || !notice) throw new Error('the uploads have no rows');
  return [application.blob_key, notice.blob_key];
}

describe('the sweep of unreferenced files', () => {
  it('removes files no row names once older than an hour; keeps referenced, fresh and reserved ones', async () => {
    const referenced = await referencedKeys();
    const done = await exportRow('已完成');
    const running = await exportRow('生成中');
    const failed = await exportRow('失败');
    const orphans = [
      `applications/${draft.id}/${randomUUID()}`,
      `applications/${randomUUID()}/${randomUUID()}`,
      `notices/${noticeId}/${randomUUID()}`,
      `exports/${randomUUID()}`,
      // an export that failed owns no file: one whose delete failed is an orphan
      `exports/${failed}`,
    ];
    const kept = [
      `exports/${done}`,
      // an export still being made, before its row names its file
      `exports/${running}`,
      // audit checkpoints: no row names them, and they are never swept
      `audit-checkpoints/2026/${randomUUID()}`,
      // nor is any prefix the sweep does not know
      `elsewhere/${randomUUID()}`,
    ];
    for (const key of [...orphans, ...kept]) await put(key);

    // everything is younger than the grace: an upload whose row has not committed yet must never go
    expect(await sweepBlobs({ db: ctx.database.db, blobs: ctx.blobs })).toEqual({
      removed: 0,
      incomplete: 0,
    });
    const before = await stored();
    for (const key of [...orphans, ...kept, ...referenced]) expect(before.has(last(key)), key).toBe(true);

    // two hours on: the orphans go, everything a row names (or the sweep must not touch) stays
    expect((await sweepBlobs({ db: ctx.database.db, blobs: ctx.blobs, now: later() })).removed).toBe(
      orphans.length,
    );
    const after = await stored();
    for (const key of orphans) expect(after.has(last(key)), key).toBe(false);
    for (const key of [...kept, ...referenced]) expect(after.has(last(key)), key).toBe(true);

    // the people concerned still get their files
    const own = await draft.client.get(`/api/person/applications/${draft.id}/attachments/${attachmentId}`);
    expect(own.statusCode, own.body).toBe(200);
    expect(own.rawPayload.equals(MINIMAL_PDF)).toBe(true);
    const policy = await business.get(`/api/notices/${noticeId}/attachments/${noticeAttachmentId}`);
    expect(policy.statusCode, policy.body).toBe(200);

    // once more: nothing left to remove
    expect((await sweepBlobs({ db: ctx.database.db, blobs: ctx.blobs, now: later() })).removed).toBe(0);
  });

  it('runs on several instances at once: each orphan is removed once, a missing one is no error', async () => {
    const orphans = Array.from({ length: 12 }, () => `applications/${draft.id}/${randomUUID()}`);
    for (const key of orphans) await put(key);
    const runs = await Promise.all(
      [0, 1, 2].map(() => sweepBlobs({ db: ctx.database.db, blobs: ctx.blobs, now: later() })),
    );
    // a blob two sweeps both saw is deleted twice; each counts it, and neither fails
    expect(runs.reduce((n, r) => n + r.removed, 0)).toBeGreaterThanOrEqual(orphans.length);
    const after = await stored();
    for (const key of orphans) expect(after.has(last(key)), key).toBe(false);
  });

  it('removes the temporary files of writes cut off over an hour ago, not younger ones nor reserved ones', async () => {
    // the local folder (on S3 an unfinished write is a multipart upload, which s3rver does not list)
    const dir = s3 ? mkdtempSync(path.join(os.tmpdir(), 'rcpd-sweep-')) : ctx.blobDir;
    const blobs = s3 ? createLocalBlobStore(dir) : ctx.blobs;
    const part = (folder: string, ageMs: number) => {
      mkdirSync(path.join(dir, folder), { recursive: true });
      const name = `${randomUUID()}.${randomBytes(6).toString('hex')}.part`;
      const file = path.join(dir, folder, name);
      writeFileSync(file, 'half a file');
      const at = new Date(Date.now() - ageMs);
      utimesSync(file, at, at);
      return name;
    };
    const old = [part(`applications/${draft.id}`, 2 * HOUR), part(`notices/${noticeId}`, 2 * HOUR)];
    const fresh = part(`applications/${draft.id}`, 5 * 60_000);
    const reserved = part('audit-checkpoints', 2 * HOUR);
    const result = await sweepBlobs({ db: ctx.database.db, blobs });
    expect(result.incomplete).toBe(2);
    const left = blobFiles(dir);
    for (const name of old) expect(left).not.toContain(name);
    expect(left).toContain(fresh);
    expect(left).toContain(reserved);
    if (s3) rmSync(dir, { recursive: true, force: true });
  });

  it('runs with housekeeping, which logs how many files it removed', async () => {
    const orphan = `notices/${noticeId}/${randomUUID()}`;
    await put(orphan);
    if (!s3) {
      // the local folder's clock can be turned back; on S3 the orphan stays fresh and is kept
      const file = path.join(ctx.blobDir, ...orphan.split('/'));
      const at = new Date(Date.now() - SWEEP_GRACE_MS - 60_000);
      utimesSync(file, at, at);
    }
    logLines.length = 0;
    await ctx.jobs.send(ctx.database.db, 'housekeeping', {});
    expect(await ctx.jobs.runPending()).toBeGreaterThanOrEqual(1);
    const line = logLines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => 'removed' in l);
    expect(line, logLines.join('\n')).toMatchObject({ removed: s3 ? 0 : 1, incomplete: 0 });
    expect(String(line?.msg)).toContain('blob sweep');
    expect((await stored()).has(last(orphan))).toBe(s3);
  });
});
