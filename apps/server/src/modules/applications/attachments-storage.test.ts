import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import type { AttachmentItem } from '@rcpd/shared';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3BlobStore } from '../../platform/blob-s3.js';
import { addedEntry, type Draft, draftApplication, uploaded, uploadTo } from '../../test/applications.js';
import { MINIMAL_PDF } from '../../test/files.js';
import { createTestApp, type TestContext } from '../../test/harness.js';
import { expectError } from '../../test/helpers.js';
import {
  bucketKeys,
  createBucket,
  type RunningS3,
  S3RVER_CREDENTIALS,
  s3Config,
  startS3,
} from '../../test/s3.js';

// 附件 on an S3 store of this file's own, which the tests stop and start again (an outage)
const BUCKET = 'attachments';
const dir = mkdtempSync(path.join(os.tmpdir(), 'rcpd-s3-app-'));
let s3: RunningS3;
let ctx: TestContext;
let draft: Draft;
beforeAll(async () => {
  s3 = await startS3(dir);
  await createBucket(s3.endpoint, BUCKET);
  ctx = await createTestApp({
    BLOB_STORE: 's3',
    S3_ENDPOINT: s3.endpoint,
    S3_BUCKET: BUCKET,
    S3_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
    S3_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
    S3_FORCE_PATH_STYLE: '1',
  });
  draft = await draftApplication(ctx);
});
afterAll(async () => {
  await ctx.close();
  await s3.stop();
  rmSync(dir, { recursive: true, force: true });
});

const rows = async () =>
  (await sql<{ n: number }>`select count(*)::int as n from application_attachments`.execute(ctx.database.db))
    .rows[0]?.n;
const objects = () => bucketKeys(s3.endpoint, BUCKET);
/** the bucket as it is, without the app's encryption: what an operator (or an intruder) sees */
const raw = () => createS3BlobStore(s3Config(s3.endpoint, BUCKET));
const url = (item: AttachmentItem) => `/api/person/applications/${draft.id}/attachments/${item.id}`;

async function whileDown<T>(work: () => Promise<T>): Promise<T> {
  await s3.stop();
  try {
    return await work();
  } finally {
    await s3.start();
  }
}

describe('附件 on S3', () => {
  it('stores an upload encrypted in the bucket and serves it back as it was', async () => {
    const entry = await addedEntry(draft, 'education');
    const item = await uploaded(draft, `slot=entry&entryId=${entry.id}`, '学位证书.pdf');
    expect(await objects()).toEqual([`applications/${draft.id}/${item.id}`]);
    const stored = await raw().get(`applications/${draft.id}/${item.id}`);
    const bytes = stored && (await buffer(stored));
    expect(bytes?.subarray(0, 6).toString()).toBe('RCBLOB');
    expect(bytes?.includes(Buffer.from('%PDF'))).toBe(false);
    const preview = await draft.client.get(url(item));
    expect(preview.statusCode).toBe(200);
    expect(preview.rawPayload.equals(MINIMAL_PDF)).toBe(true);
  });

  it('answers an upload while the store is down with a Chinese message, keeping neither a row nor an object', async () => {
    const entry = await addedEntry(draft, 'honors');
    const [rowsBefore, objectsBefore] = [await rows(), await objects()];
    const response = await whileDown(() =>
      uploadTo(draft, `slot=entry&entryId=${entry.id}`, '获奖证书.pdf', MINIMAL_PDF),
    );
    expect(expectError(response, 503, 'STORAGE_UNAVAILABLE').message).toBe(
      '文件存储服务暂不可用，请稍后重试',
    );
    expect(await rows()).toBe(rowsBefore);
    expect(await objects()).toEqual(objectsBefore);
    // the same upload once the store is back
    await uploaded(draft, `slot=entry&entryId=${entry.id}`, '获奖证书.pdf');
    expect(await rows()).toBe((rowsBefore ?? 0) + 1);
  });

  it('still refuses a wrong file as the user’s mistake (400), not as a storage failure', async () => {
    const entry = await addedEntry(draft, 'training');
    const objectsBefore = await objects();
    const renamed = await uploadTo(
      draft,
      `slot=entry&entryId=${entry.id}`,
      '证书.pdf',
      Buffer.from('不是PDF'),
    );
    expectError(renamed, 400, 'VALIDATION_FAILED', 'file');
    expect(await objects()).toEqual(objectsBefore);
  });

  it('answers a download while the store is down with a Chinese message, and serves it once it is back', async () => {
    const entry = await addedEntry(draft, 'awards');
    const item = await uploaded(draft, `slot=entry&entryId=${entry.id}`, '奖状.pdf');
    const response = await whileDown(() => draft.client.get(url(item)));
    expect(expectError(response, 503, 'STORAGE_UNAVAILABLE').message).toBe(
      '文件存储服务暂不可用，请稍后重试',
    );
    expect((await draft.client.get(url(item))).rawPayload.equals(MINIMAL_PDF)).toBe(true);
  });

  it('refuses to serve a file altered in the bucket, with a message instead of a stack', async () => {
    const entry = await addedEntry(draft, 'partTime');
    const item = await uploaded(draft, `slot=entry&entryId=${entry.id}`, '聘书.pdf');
    const key = `applications/${draft.id}/${item.id}`;
    const stored = await raw().get(key);
    const bytes = Buffer.from((stored && (await buffer(stored))) ?? []);
    bytes[bytes.length - 20] = (bytes[bytes.length - 20] ?? 0) ^ 0x01;
    await raw().put(key, Readable.from([bytes]));
    const response = await draft.client.get(url(item));
    const body = expectError(response, 500, 'FILE_DAMAGED');
    expect(JSON.stringify(body)).not.toMatch(/at |Error|stack/);
  });

  it('serves a file stored before encryption (an upgraded installation) as it is', async () => {
    const entry = await addedEntry(draft, 'papers');
    const item = await uploaded(draft, `slot=entry&entryId=${entry.id}`, '论文.pdf');
    const legacy = Buffer.concat([MINIMAL_PDF, randomBytes(10)]);
    await raw().put(`applications/${draft.id}/${item.id}`, Readable.from([legacy]));
    expect((await draft.client.get(url(item))).rawPayload.equals(legacy)).toBe(true);
  });
});
