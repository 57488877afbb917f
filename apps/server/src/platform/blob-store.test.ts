import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterAll, describe, expect, it } from 'vitest';
import { createLocalBlobStore } from './blob-store.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'rcpd-blob-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const files = () =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);

describe('local blob store', () => {
  const blobs = createLocalBlobStore(dir);

  it('stores a stream, reads it back and deletes it', async () => {
    const { size } = await blobs.put('a/b-1', Readable.from([Buffer.from('你好'), Buffer.from('，世界')]));
    expect(size).toBe(Buffer.byteLength('你好，世界'));
    const stream = await blobs.get('a/b-1');
    expect(stream && (await text(stream))).toBe('你好，世界');
    await blobs.delete('a/b-1');
    await blobs.delete('a/b-1');
    expect(await blobs.get('a/b-1')).toBeNull();
    expect(files()).toEqual([]);
  });

  it('leaves nothing when the stream fails half way', async () => {
    async function* failing() {
      yield Buffer.from('part');
      throw new Error('client went away');
    }
    await expect(blobs.put('a/broken', Readable.from(failing()))).rejects.toThrow('client went away');
    expect(files()).toEqual([]);
  });

  it('refuses keys that could leave its folder', async () => {
    for (const key of ['../x', '/etc/passwd', 'a/../../x', 'a//b', '']) {
      await expect(blobs.put(key, Readable.from([]))).rejects.toThrow('invalid blob key');
    }
  });
});
