import { randomBytes } from 'node:crypto';
import { constants, createWriteStream } from 'node:fs';
import { access, mkdir, open, opendir, rename, rm, stat } from 'node:fs/promises';
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
  /**
   * Every complete blob whose key starts with `prefix` (`notices/`), with when it was last written, page by
   * page (memory stays flat whatever the count); the order is not defined. For the sweep of orphans.
   */
  list(prefix: string): AsyncIterable<StoredBlob>;
  /**
   * Removes what writes under `prefix` that never finished left behind, if begun before `before` (a local
   * `.part` file, an S3 multipart upload never completed nor aborted); answers how many it removed.
   */
  removeIncomplete(prefix: string, before: Date): Promise<number>;
}

export interface StoredBlob {
  key: string;
  lastModified: Date;
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
/** A prefix to list under: whole segments, each followed by its slash (`notices/`, `applications/ab12/`). */
const PREFIX = /^([\w-]+\/)+$/;

export function checkKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`invalid blob key: ${key}`);
  return key;
}

export const isKey = (key: string): boolean => KEY.test(key);

export function checkPrefix(prefix: string): string {
  if (!PREFIX.test(prefix)) throw new Error(`invalid blob key prefix: ${prefix}`);
  return prefix;
}

/** How `put` names its temporary file: `<file>.<12 hex>.part`. */
const PART = /\.[0-9a-f]{12}\.part$/;

/** Every file under `folder`, depth first, read a folder at a time; a folder that does not exist holds none. */
async function* filesUnder(folder: string): AsyncGenerator<string> {
  let dir: Awaited<ReturnType<typeof opendir>>;
  try {
    dir = await opendir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  for await (const entry of dir) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else if (entry.isFile()) yield full;
  }
}

/** The file's modification time, or null once it has gone (removed by another instance, renamed into place). */
async function mtimeOf(file: string): Promise<Date | null> {
  try {
    return (await stat(file)).mtime;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
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
    async *list(prefix) {
      const folder = path.join(root, ...checkPrefix(prefix).split('/'));
      try {
        for await (const file of filesUnder(folder)) {
          const key = path.relative(root, file).split(path.sep).join('/');
          // temporary files of writes in progress are not blobs (removeIncomplete deals with old ones)
          if (!isKey(key)) continue;
          const lastModified = await mtimeOf(file);
          if (lastModified) yield { key, lastModified };
        }
      } catch (error) {
        throw new StorageUnavailableError(error);
      }
    },
    async removeIncomplete(prefix, before) {
      const folder = path.join(root, ...checkPrefix(prefix).split('/'));
      let removed = 0;
      try {
        for await (const file of filesUnder(folder)) {
          if (!PART.test(file)) continue;
          const modified = await mtimeOf(file);
          // a write in progress touches its file with every chunk: one untouched this long was cut off by
          // a crash, the only way put() leaves one behind
          if (!modified || modified >= before) continue;
          await rm(file, { force: true });
          removed++;
        }
      } catch (error) {
        throw new StorageUnavailableError(error);
      }
      return removed;
    },
  };
}
