import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEncryptedBlobStore, deriveBlobKey, keyIdOf } from './blob-crypto.js';
import { createLocalBlobStore } from './blob-store.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'rcpd-blob-crypto-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fileOf = (key: string) => path.join(dir, ...key.split('/'));

// 1 KiB segments, so that files of a few KiB have several
const SEGMENT = 1024;
const SEALED = SEGMENT + 16;
const plainStore = createLocalBlobStore(dir);
const keyA = { id: 'key-a', key: randomBytes(32) };
const keyB = { id: 'key-b', key: randomBytes(32) };
/** the profile the files of a test are written under: both run every test (version 1 AES-GCM, version 2 SM4) */
let profile: 'intl' | 'gm' = 'intl';
const store = (current = keyA, old: (typeof keyA)[] = [], as = profile) =>
  createEncryptedBlobStore(plainStore, { current, old }, { segmentLog2: 10, profile: as });
let blobs = store();

/** A text whose every byte position is recognisable: where a read stops shows what it released. */
const content = (size: number) =>
  Buffer.from(Array.from({ length: size }, (_, i) => String.fromCharCode(65 + (i % 26))).join(''));

let n = 0;
async function stored(plain: Buffer): Promise<{ key: string; raw: Buffer; header: number }> {
  const key = `t/${++n}`;
  expect((await blobs.put(key, Readable.from([plain]))).size).toBe(plain.length);
  const raw = readFileSync(fileOf(key));
  const segments = Math.max(1, Math.ceil(plain.length / SEGMENT));
  return { key, raw, header: raw.length - plain.length - segments * 16 };
}

async function read(key: string, via = blobs) {
  const stream = await via.get(key);
  if (!stream) throw new Error('missing');
  return buffer(stream);
}

describe.each(['intl', 'gm'] as const)('encrypted blobs (%s)', (name) => {
  beforeAll(() => {
    profile = name;
    blobs = store();
  });

  it('round-trips files of every length around the segment size', async () => {
    for (const size of [0, 1, SEGMENT - 1, SEGMENT, SEGMENT + 1, 3 * SEGMENT, 5000]) {
      const plain = randomBytes(size);
      const { key, raw } = await stored(plain);
      expect((await read(key)).equals(plain), `size ${size}`).toBe(true);
      expect(raw.subarray(0, 6).toString()).toBe('RCBLOB');
      expect(raw[6], 'format version').toBe(name === 'gm' ? 2 : 1);
      expect(raw.includes(Buffer.from('key-a'))).toBe(true);
    }
  });

  it('encrypts the same file differently each time (a fresh data key per file)', async () => {
    const plain = content(3000);
    const one = await stored(plain);
    const two = await stored(plain);
    expect(one.raw.subarray(one.header).equals(two.raw.subarray(two.header))).toBe(false);
  });

  it('refuses an altered byte anywhere: header, first segment, a later one, the last tag', async () => {
    const plain = content(4 * SEGMENT + 100);
    const { key, raw, header } = await stored(plain);
    for (const at of [7, header - 20, header + 5, header + SEALED + 5, raw.length - 1]) {
      const altered = Buffer.from(raw);
      altered[at] = (altered[at] ?? 0) ^ 0x01;
      writeFileSync(fileOf(key), altered);
      await expect(read(key), `byte ${at}`).rejects.toMatchObject({ code: 'FILE_DAMAGED' });
    }
  });

  it('fails in get(), before any byte is handed out, when the header or first segment is damaged', async () => {
    const { key, raw, header } = await stored(content(500));
    const altered = Buffer.from(raw);
    altered[header + 3] = (altered[header + 3] ?? 0) ^ 0xff;
    writeFileSync(fileOf(key), altered);
    await expect(blobs.get(key)).rejects.toMatchObject({ code: 'FILE_DAMAGED', status: 500 });
  });

  it('releases only authenticated segments: a damaged third segment stops the read after the second', async () => {
    const plain = content(5 * SEGMENT);
    const { key, raw, header } = await stored(plain);
    const altered = Buffer.from(raw);
    altered[header + 2 * SEALED + 10] = (altered[header + 2 * SEALED + 10] ?? 0) ^ 0x01;
    writeFileSync(fileOf(key), altered);
    const stream = await blobs.get(key);
    const received: Buffer[] = [];
    await expect(
      (async () => {
        for await (const chunk of stream ?? []) received.push(chunk as Buffer);
      })(),
    ).rejects.toMatchObject({ code: 'FILE_DAMAGED' });
    expect(Buffer.concat(received).equals(plain.subarray(0, 2 * SEGMENT))).toBe(true);
  });

  it('refuses a file cut short: at a segment boundary, inside a segment, inside the header', async () => {
    const { key, raw, header } = await stored(content(3 * SEGMENT + 10));
    for (const length of [header + 3 * SEALED, header + 2 * SEALED, header + SEALED + 100, header + 10, 20]) {
      writeFileSync(fileOf(key), raw.subarray(0, length));
      await expect(read(key), `cut at ${length}`).rejects.toMatchObject({ code: 'FILE_DAMAGED' });
    }
  });

  it('refuses reordered segments, and segments appended after the last', async () => {
    const { key, raw, header } = await stored(content(3 * SEGMENT + 10));
    const seg = (i: number) => raw.subarray(header + i * SEALED, header + (i + 1) * SEALED);
    const swapped = Buffer.concat([
      raw.subarray(0, header),
      seg(1),
      seg(0),
      raw.subarray(header + 2 * SEALED),
    ]);
    writeFileSync(fileOf(key), swapped);
    await expect(read(key)).rejects.toMatchObject({ code: 'FILE_DAMAGED' });
    writeFileSync(fileOf(key), Buffer.concat([raw, seg(0)]));
    await expect(read(key)).rejects.toMatchObject({ code: 'FILE_DAMAGED' });
  });

  it('reads files of earlier keys once they are listed as old keys, and refuses a key it does not hold', async () => {
    const plain = content(2500);
    const { key } = await stored(plain);
    expect((await read(key, store(keyB, [keyA]))).equals(plain)).toBe(true);
    await expect(store(keyB).get(key)).rejects.toMatchObject({ code: 'FILE_DAMAGED' });
    // the same id with another key: the wrapped data key fails its tag
    await expect(store({ id: 'key-a', key: randomBytes(32) }).get(key)).rejects.toMatchObject({
      code: 'FILE_DAMAGED',
    });
  });

  it('reads the files of the other profile: a switch of CRYPTO_PROFILE leaves every file readable', async () => {
    const plain = content(2500);
    const other = store(keyA, [], name === 'gm' ? 'intl' : 'gm');
    const key = `cross/${name}`;
    await other.put(key, Readable.from([plain]));
    expect(readFileSync(fileOf(key))[6]).toBe(name === 'gm' ? 1 : 2);
    expect((await read(key)).equals(plain)).toBe(true);
  });

  it('reads files stored before encryption (no header) as they are, so an installation upgrades', async () => {
    const legacy = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(3 * SEGMENT)]);
    await plainStore.put('legacy/file', Readable.from([legacy]));
    expect((await read('legacy/file')).equals(legacy)).toBe(true);
    await plainStore.put('legacy/tiny', Readable.from([Buffer.from('ab')]));
    expect((await read('legacy/tiny')).toString()).toBe('ab');
  });
});

describe('re-keying files (npm run crypto:rekey)', () => {
  it("rewrites a file of another format or key in the store's own, once, and leaves it readable", async () => {
    const plain = content(3 * SEGMENT + 7);
    const before = store(keyA, [], 'intl');
    await before.put('rk/one', Readable.from([plain]));
    await plainStore.put('rk/legacy', Readable.from([Buffer.from('written before encryption')]));
    const after = store(keyB, [keyA], 'gm');
    expect(await after.rekey('rk/one', { check: true })).toBe('stale');
    expect(readFileSync(fileOf('rk/one'))[6]).toBe(1);
    expect(await after.rekey('rk/one')).toBe('moved');
    const raw = readFileSync(fileOf('rk/one'));
    expect(raw[6]).toBe(2);
    expect(raw.includes(Buffer.from('key-b'))).toBe(true);
    expect(await after.rekey('rk/one')).toBe('current');
    expect((await read('rk/one', store(keyB, [], 'gm'))).equals(plain)).toBe(true);
    expect(await after.rekey('rk/legacy')).toBe('moved');
    expect(readFileSync(fileOf('rk/legacy')).subarray(0, 6).toString()).toBe('RCBLOB');
    expect((await read('rk/legacy', after)).toString()).toBe('written before encryption');
    expect(await after.rekey('rk/none')).toBe('missing');
  });

  it('leaves a file no configured key opens as it is, and says so', async () => {
    await store(keyA, [], 'intl').put('rk/lost', Readable.from([content(100)]));
    const raw = readFileSync(fileOf('rk/lost'));
    await expect(store(keyB, [], 'gm').rekey('rk/lost')).rejects.toMatchObject({ code: 'FILE_DAMAGED' });
    expect(readFileSync(fileOf('rk/lost')).equals(raw)).toBe(true);
  });
});

describe('blob keys', () => {
  it('derives a stable key and id from the data key, different for another data key', () => {
    const data = randomBytes(32);
    const one = deriveBlobKey(data);
    expect(deriveBlobKey(Buffer.from(data))).toEqual(one);
    expect(one.key.equals(data)).toBe(false);
    expect(one.id).toMatch(/^d-[0-9a-f]{12}$/);
    expect(deriveBlobKey(randomBytes(32)).id).not.toBe(one.id);
    expect(keyIdOf(keyA.key)).toMatch(/^k-[0-9a-f]{12}$/);
  });

  it('refuses a keyring with two keys under one id', () => {
    expect(() =>
      createEncryptedBlobStore(plainStore, { current: keyA, old: [{ id: 'key-a', key: randomBytes(32) }] }),
    ).toThrow('two different blob keys');
  });
});
