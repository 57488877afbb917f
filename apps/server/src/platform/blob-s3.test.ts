import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bucketKeys, createBucket, type RunningS3, s3Config, startS3 } from '../test/s3.js';
import { createEncryptedBlobStore } from './blob-crypto.js';
import { createS3BlobStore } from './blob-s3.js';

// an S3 server of this file's own, to stop and start again
const MB = 1024 * 1024;
const BUCKET = 'outage-test';
const dir = mkdtempSync(path.join(os.tmpdir(), 'rcpd-s3-outage-'));
let s3: RunningS3;
beforeAll(async () => {
  s3 = await startS3(dir);
  await createBucket(s3.endpoint, BUCKET);
});
afterAll(async () => {
  await s3.stop();
  rmSync(dir, { recursive: true, force: true });
});

const unavailable = { code: 'STORAGE_UNAVAILABLE', status: 503, message: '文件存储服务暂不可用，请稍后重试' };

describe.each([
  ['S3', false],
  ['S3, encrypted', true],
])('%s store while the server goes away and comes back', (_name, encrypted) => {
  const make = () => {
    const inner = createS3BlobStore(s3Config(s3.endpoint, BUCKET));
    return encrypted
      ? createEncryptedBlobStore(inner, { current: { id: 'k1', key: randomBytes(32) } })
      : inner;
  };
  const prefix = encrypted ? 'enc' : 'raw';

  it('fails put, get and check with STORAGE_UNAVAILABLE while it is down, and works once it is back', async () => {
    const blobs = make();
    await blobs.put(`${prefix}/kept`, Readable.from([Buffer.from('留存的文件')]));
    await s3.stop();
    try {
      await expect(blobs.check()).rejects.toMatchObject(unavailable);
      await expect(blobs.put(`${prefix}/new`, Readable.from([Buffer.from('新文件')]))).rejects.toMatchObject(
        unavailable,
      );
      await expect(blobs.get(`${prefix}/kept`)).rejects.toMatchObject(unavailable);
      await expect(blobs.delete(`${prefix}/kept`)).rejects.toMatchObject(unavailable);
    } finally {
      await s3.start();
    }
    await blobs.check();
    const kept = await blobs.get(`${prefix}/kept`);
    expect(kept && (await buffer(kept)).toString()).toBe('留存的文件');
    expect(await blobs.get(`${prefix}/new`)).toBeNull();
    await blobs.delete(`${prefix}/kept`);
  });

  it('fails an upload cut off by the server going away, leaving no object', async () => {
    const blobs = make();
    let sent = 0;
    async function* slow() {
      for (let i = 0; i < 40; i++) {
        if (sent === 8 * MB) await s3.stop();
        sent += MB;
        yield Buffer.alloc(MB, i);
      }
    }
    try {
      await expect(blobs.put(`${prefix}/cut`, Readable.from(slow()))).rejects.toMatchObject(unavailable);
    } finally {
      await s3.start();
    }
    expect(sent).toBeLessThan(40 * MB);
    expect((await bucketKeys(s3.endpoint, BUCKET)).filter((k) => k.startsWith(prefix))).toEqual([]);
    expect(await blobs.get(`${prefix}/cut`)).toBeNull();
  });

  it('fails a download cut off by the server going away', async () => {
    const blobs = make();
    await blobs.put(`${prefix}/long`, Readable.from([randomBytes(20 * MB)]));
    const stream = await blobs.get(`${prefix}/long`);
    let received = 0;
    try {
      await expect(
        (async () => {
          for await (const chunk of stream ?? []) {
            received += (chunk as Buffer).length;
            if (received >= MB) await s3.stop();
            // a slow reader: what the sockets hold cannot be the whole file
            await new Promise((resolve) => setTimeout(resolve, 1));
          }
        })(),
      ).rejects.toMatchObject(unavailable);
    } finally {
      await s3.start();
    }
    expect(received).toBeLessThan(20 * MB);
    const again = await blobs.get(`${prefix}/long`);
    expect(again && (await buffer(again)).length).toBe(20 * MB);
    await blobs.delete(`${prefix}/long`);
  });
});
