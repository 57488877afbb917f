import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer, text } from 'node:stream/consumers';
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { blobFiles } from '../test/files.js';
import { bucketKeys, createBucket, s3Config } from '../test/s3.js';
import { createEncryptedBlobStore } from './blob-crypto.js';
import { createS3BlobStore } from './blob-s3.js';
import { type BlobStore, createLocalBlobStore } from './blob-store.js';

const MB = 1024 * 1024;
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A store under test, the raw bytes it keeps under a key, and every key (file) it holds. */
interface Subject {
  blobs: BlobStore;
  /** what the folder or bucket holds under `key`, as an operator would read it */
  raw(key: string): Promise<Buffer | null>;
  stored(): Promise<string[]>;
}

function local(): Subject {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rcpd-blob-test-'));
  dirs.push(dir);
  const blobs = createLocalBlobStore(dir);
  return {
    blobs,
    raw: async (key) => {
      try {
        return readFileSync(path.join(dir, ...key.split('/')));
      } catch {
        return null;
      }
    },
    stored: async () => blobFiles(dir),
  };
}

async function s3(): Promise<Subject> {
  const endpoint = inject('s3Endpoint');
  const bucket = `blob-test-${randomBytes(5).toString('hex')}`;
  await createBucket(endpoint, bucket);
  // pages of two keys: listing walks several pages
  const blobs = createS3BlobStore(s3Config(endpoint, bucket), { listPageSize: 2 });
  return {
    blobs,
    raw: async (key) => {
      const stream = await blobs.get(key);
      return stream && buffer(stream);
    },
    stored: () => bucketKeys(endpoint, bucket),
  };
}

const keyring = { current: { id: 'test-1', key: randomBytes(32) } };
const encrypted = (subject: Subject): Subject => ({
  ...subject,
  blobs: createEncryptedBlobStore(subject.blobs, keyring),
});

/** `size` bytes of a recognisable text, so that it can be looked for in what is stored */
const PATTERN = Buffer.from('吉林省人才分类定级评定 SECRET-PATTERN 0123456789 ');
function patterned(size: number): Buffer {
  const out = Buffer.alloc(size);
  for (let at = 0; at < size; at += PATTERN.length) PATTERN.copy(out, at);
  return out;
}

// a full garbage collection on demand, buffers freed by it at once (not by a background sweeper later):
// what memory holds, not the garbage it has not swept yet
v8.setFlagsFromString('--expose-gc');
v8.setFlagsFromString('--no-concurrent-array-buffer-sweeping');
const gc = vm.runInNewContext('gc') as () => void;

/**
 * Live memory (V8 heap and buffers, after a collection) sampled while `work` runs: how far it rose above
 * where it started.
 */
async function memoryGrowth(work: () => Promise<void>): Promise<number> {
  const used = () => {
    gc();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const baseline = used();
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, used());
  }, 100);
  try {
    await work();
  } finally {
    clearInterval(sampler);
  }
  return Math.max(peak, used()) - baseline;
}

/** `size` bytes generated chunk by chunk, never held at once; their SHA-256 comes out at the end. */
function generated(size: number, chunk = 64 * 1024) {
  const hash = createHash('sha256');
  async function* chunks() {
    for (let sent = 0; sent < size; sent += chunk) {
      const part = Buffer.alloc(Math.min(chunk, size - sent), sent / chunk);
      hash.update(part);
      yield part;
    }
  }
  return { stream: Readable.from(chunks()), digest: () => hash.digest('hex') };
}

const stores: [string, () => Subject | Promise<Subject>, boolean][] = [
  ['local folder', local, false],
  ['S3 (s3rver)', s3, false],
  ['local folder, encrypted', () => encrypted(local()), true],
  ['S3 (s3rver), encrypted', async () => encrypted(await s3()), true],
];

describe.each(stores)('blob store: %s', (_name, make, isEncrypted) => {
  let subject: Subject;
  const blobs = () => subject.blobs;
  beforeAll(async () => {
    subject = await make();
  });

  it('is ready (check) and stores a multi-MB stream, reads it back byte for byte and deletes it', async () => {
    await blobs().check();
    const content = Buffer.concat([randomBytes(3 * MB), patterned(MB / 2)]);
    const chunks = Array.from({ length: Math.ceil(content.length / 50_000) }, (_, i) =>
      content.subarray(i * 50_000, (i + 1) * 50_000),
    );
    const { size } = await blobs().put('a/b-1', Readable.from(chunks));
    expect(size).toBe(content.length);
    const stream = await blobs().get('a/b-1');
    expect(stream && (await buffer(stream)).equals(content)).toBe(true);
    expect(await subject.stored()).toHaveLength(1);
    await blobs().delete('a/b-1');
    await blobs().delete('a/b-1');
    expect(await blobs().get('a/b-1')).toBeNull();
    expect(await subject.stored()).toEqual([]);
  });

  it('lists the blobs under a prefix, page after page, each with when it was written', async () => {
    // S3 keeps Last-Modified to the second
    const before = Date.now() - 2000;
    const keys = ['listed/a/one', 'listed/a/two', 'listed/b/three', 'listed/four', 'listed/b/c/five'];
    for (const key of keys) await blobs().put(key, Readable.from([Buffer.from(key)]));
    await blobs().put('listed-not/six', Readable.from([Buffer.from('x')]));
    const listed = await collect(blobs().list('listed/'));
    expect(listed.map((b) => b.key).sort()).toEqual([...keys].sort());
    for (const { lastModified } of listed) {
      expect(lastModified.getTime()).toBeGreaterThanOrEqual(before);
      expect(lastModified.getTime()).toBeLessThanOrEqual(Date.now() + 2000);
    }
    expect((await collect(blobs().list('listed/b/'))).map((b) => b.key).sort()).toEqual([
      'listed/b/c/five',
      'listed/b/three',
    ]);
    expect(await collect(blobs().list('nothing-here/'))).toEqual([]);
    await expect(collect(blobs().list('listed'))).rejects.toThrow('invalid blob key prefix');
    await expect(collect(blobs().list('../'))).rejects.toThrow('invalid blob key prefix');
    for (const key of [...keys, 'listed-not/six']) await blobs().delete(key);
    expect(await collect(blobs().list('listed/'))).toEqual([]);
    // nothing unfinished here; s3rver keeps no list of multipart uploads, which is not an error
    expect(await blobs().removeIncomplete('listed/', new Date())).toBe(0);
  });

  it('answers null for a key it does not hold, and deleting one is not an error', async () => {
    expect(await blobs().get('nothing/here')).toBeNull();
    await expect(blobs().delete('nothing/here')).resolves.toBeUndefined();
  });

  it('stores small and empty files too', async () => {
    await blobs().put('small/one', Readable.from([Buffer.from('你好'), Buffer.from('，世界')]));
    const small = await blobs().get('small/one');
    expect(small && (await text(small))).toBe('你好，世界');
    expect((await blobs().put('small/empty', Readable.from([]))).size).toBe(0);
    const empty = await blobs().get('small/empty');
    expect(empty && (await buffer(empty)).length).toBe(0);
    await blobs().delete('small/one');
    await blobs().delete('small/empty');
  });

  it('leaves nothing when the stream fails half way, passing the stream’s own error on', async () => {
    async function* failing() {
      // past S3's 5 MB part size: the multipart upload has begun and must be aborted
      for (let i = 0; i < 7; i++) yield Buffer.alloc(MB, i);
      throw new Error('client went away');
    }
    await expect(blobs().put('a/broken', Readable.from(failing()))).rejects.toThrow('client went away');
    expect(await subject.stored()).toEqual([]);
    expect(await blobs().get('a/broken')).toBeNull();
  });

  it('refuses keys that could leave its folder or bucket', async () => {
    for (const key of ['../x', '/etc/passwd', 'a/../../x', 'a//b', '']) {
      await expect(blobs().put(key, Readable.from([]))).rejects.toThrow('invalid blob key');
    }
  });

  it('streams a 50 MB file in and out with flat memory', async () => {
    const SIZE = 50 * MB;
    const source = generated(SIZE);
    let size = 0;
    const putGrowth = await memoryGrowth(async () => {
      size = (await blobs().put('big/file', source.stream)).size;
    });
    expect(size).toBe(SIZE);
    const hash = createHash('sha256');
    let read = 0;
    const getGrowth = await memoryGrowth(async () => {
      const stream = await blobs().get('big/file');
      for await (const chunk of stream ?? []) {
        hash.update(chunk as Buffer);
        read += (chunk as Buffer).length;
      }
    });
    expect(read).toBe(SIZE);
    expect(hash.digest('hex')).toBe(source.digest());
    // the whole file held in memory would be 50 MB; S3 holds two 5 MB parts in flight and the one being
    // gathered (twice, while it is joined into one buffer): ≈ 20 MB however large the file
    expect(putGrowth).toBeLessThan(25 * MB);
    expect(getGrowth).toBeLessThan(5 * MB);
    await blobs().delete('big/file');
  }, 120_000);

  it(
    isEncrypted
      ? 'keeps only ciphertext: the plaintext is nowhere in what is stored'
      : 'keeps the bytes as given',
    async () => {
      const content = patterned(200 * 1024);
      await blobs().put('secret/file', Readable.from([content]));
      const raw = await subject.raw('secret/file');
      expect(raw).not.toBeNull();
      if (isEncrypted) {
        expect(raw?.includes(PATTERN)).toBe(false);
        expect(raw?.includes(Buffer.from('SECRET-PATTERN'))).toBe(false);
        expect(raw?.subarray(0, 6).toString()).toBe('RCBLOB');
      } else {
        expect(raw?.equals(content)).toBe(true);
      }
      await blobs().delete('secret/file');
    },
  );
});

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('local blob store', () => {
  it('lists no temporary file, and removes those under the prefix begun before the time given', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rcpd-blob-test-'));
    dirs.push(dir);
    const blobs = createLocalBlobStore(dir);
    await blobs.put('applications/x/done', Readable.from([Buffer.from('x')]));
    const part = (folder: string, name: string, ageMs: number) => {
      mkdirSync(path.join(dir, folder), { recursive: true });
      const file = path.join(dir, folder, `${name}.${randomBytes(6).toString('hex')}.part`);
      writeFileSync(file, 'half');
      const at = new Date(Date.now() - ageMs);
      utimesSync(file, at, at);
      return path.relative(dir, file);
    };
    const HOUR = 3_600_000;
    const old = part('applications/x', 'old', 2 * HOUR);
    const fresh = part('applications/x', 'fresh', 60_000);
    const elsewhere = part('audit-checkpoints', 'old', 2 * HOUR);
    expect((await collect(blobs.list('applications/'))).map((b) => b.key)).toEqual(['applications/x/done']);
    expect(await blobs.removeIncomplete('applications/', new Date(Date.now() - HOUR))).toBe(1);
    const left = blobFiles(dir);
    expect(left).not.toContain(path.basename(old));
    expect(left).toContain(path.basename(fresh));
    expect(left).toContain(path.basename(elsewhere));
    expect(left).toContain('done');
  });

  it('reports a folder it cannot use as unavailable', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rcpd-blob-test-'));
    dirs.push(dir);
    writeFileSync(path.join(dir, 'a-file'), 'x');
    const blobs = createLocalBlobStore(path.join(dir, 'a-file', 'blobs'));
    await expect(blobs.check()).rejects.toMatchObject({ code: 'STORAGE_UNAVAILABLE', status: 503 });
    await expect(blobs.put('a/b', Readable.from([Buffer.from('x')]))).rejects.toMatchObject({
      code: 'STORAGE_UNAVAILABLE',
    });
  });
});
