import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Where uploaded files live, so that app instances stay stateless. Keys are paths of safe segments
 * (`notices/<id>/<id>`); what a key names is never derived from a user's file name.
 */
export interface BlobStore {
  /** Streams `stream` into the store; on any failure (including the stream's own) nothing is left. */
  put(key: string, stream: Readable): Promise<{ size: number }>;
  /** Opens the blob for reading; `null` when there is none. */
  get(key: string): Promise<Readable | null>;
  /** Removes the blob; a missing one is not an error. */
  delete(key: string): Promise<void>;
}

const KEY = /^[\w-]+(\/[\w-]+)*$/;

function checkKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`invalid blob key: ${key}`);
  return key;
}

/**
 * A local folder (default `DATA_DIR/blobs`). Writes go to a temporary file that is renamed into place once
 * complete, so a failed or aborted upload never leaves a partial blob; memory stays flat whatever the size.
 * An S3-compatible implementation comes later behind the same interface.
 */
export function createLocalBlobStore(dir: string): BlobStore {
  const root = path.resolve(dir);
  const fileOf = (key: string) => path.join(root, ...checkKey(key).split('/'));

  return {
    async put(key, stream) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      const temp = `${file}.${randomBytes(6).toString('hex')}.part`;
      let size = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          size += chunk.length;
          callback(null, chunk);
        },
      });
      const out = createWriteStream(temp, { flags: 'wx' });
      try {
        await pipeline(stream, counter, out);
        await rename(temp, file);
      } catch (error) {
        // The file is opened asynchronously: a stream that fails at once may still create it after this point
        // unless the write stream has closed first. Only then is removing it final.
        if (!out.closed) await new Promise<void>((resolve) => out.once('close', () => resolve()));
        await rm(temp, { force: true });
        throw error;
      }
      return { size };
    },
    async get(key) {
      try {
        return (await open(fileOf(key), 'r')).createReadStream();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(fileOf(key), { force: true });
    },
  };
}
