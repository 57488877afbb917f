import { randomBytes } from 'node:crypto';
import { constants, createWriteStream } from 'node:fs';
import { access, mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../http/errors.js';

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
  /** Resolves when the store can be written to (the readiness check); otherwise StorageUnavailableError. */
  check(): Promise<void>;
}

/**
 * The store itself failed (S3 unreachable, the disk full or read-only): a 503 with a Chinese message, the
 * store's own error kept as `cause` for the log. A failure of the stream being stored is never turned into
 * this: it stays what it was (a refused file is the user's 4xx).
 */
export class StorageUnavailableError extends AppError {
  constructor(cause: unknown) {
    super('STORAGE_UNAVAILABLE');
    this.cause = cause;
  }
}

/** A stored blob failed its authentication (altered, truncated, or its key is not configured). */
export class BlobDamagedError extends AppError {
  constructor(
    readonly detail: string,
    cause?: unknown,
  ) {
    super('FILE_DAMAGED');
    this.cause = cause;
  }
}

const KEY = /^[\w-]+(\/[\w-]+)*$/;

export function checkKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`invalid blob key: ${key}`);
  return key;
}

/** The rename itself survives a crash once its folder is synced. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * A local folder (default `DATA_DIR/blobs`). Writes go to a temporary file that is renamed into place once
 * complete and synced to the disk (file and folder), so a failed or aborted upload never leaves a partial blob and a
stored one survives a crash; memory stays flat whatever the size.
 * Files are written as they come: `createBlobStore` (blobs.ts) wraps this in the encryption of blob-crypto.ts.
 */
export function createLocalBlobStore(dir: string): BlobStore {
  const root = path.resolve(dir);
  const fileOf = (key: string) => path.join(root, ...checkKey(key).split('/'));

  return {
    async put(key, stream) {
      const file = fileOf(key);
      // who failed first: the stream (its error is passed on as it is) or the disk (the store is unavailable);
      // pipeline() then destroys the other with the same error. Watched from the first moment: a request
      // stream can fail while the folder is being made.
      let origin: 'source' | 'store' | undefined = stream.errored ? 'source' : undefined;
      stream.once('error', () => {
        origin ??= 'source';
      });
      const temp = `${file}.${randomBytes(6).toString('hex')}.part`;
      let size = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          size += chunk.length;
          callback(null, chunk);
        },
      });
      try {
        await mkdir(path.dirname(file), { recursive: true });
      } catch (error) {
        if (origin === 'source') throw stream.errored;
        stream.destroy();
        throw new StorageUnavailableError(error);
      }
      // flush: the bytes are on the disk (fsync) before the file is renamed into place, and so before the row
      // that names it commits
      const out = createWriteStream(temp, { flags: 'wx', flush: true });
      out.once('error', () => {
        origin ??= 'store';
      });
      try {
        await pipeline(stream, counter, out);
        await rename(temp, file);
        await syncFolder(path.dirname(file));
      } catch (error) {
        // The file is opened asynchronously: a stream that fails at once may still create it after this point
        // unless the write stream has closed first. Only then is removing it final.
        if (!out.closed) await new Promise<void>((resolve) => out.once('close', () => resolve()));
        await rm(temp, { force: true });
        throw origin === 'source' ? error : new StorageUnavailableError(error);
      }
      return { size };
    },
    async get(key) {
      try {
        return (await open(fileOf(key), 'r')).createReadStream();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw new StorageUnavailableError(error);
      }
    },
    async delete(key) {
      try {
        await rm(fileOf(key), { force: true });
      } catch (error) {
        throw new StorageUnavailableError(error);
      }
    },
    async check() {
      try {
        await mkdir(root, { recursive: true });
        await access(root, constants.W_OK);
      } catch (error) {
        throw new StorageUnavailableError(error);
      }
    },
  };
}
