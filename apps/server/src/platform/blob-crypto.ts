import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { pipeline, Readable, Transform } from 'node:stream';
import { BlobDamagedError, type BlobStore } from './blob-store.js';

/**
 * Files at rest are encrypted whatever the store (SPEC §10): each file gets a fresh AES-256 data key, wrapped
 * (AES-256-GCM) by the configured key-encryption key whose id the file's header names, so a new key can be
 * configured while files under older ones stay readable.
 *
 * Format (version 1): a header, then the file in segments of 2^log2 bytes, each sealed with AES-256-GCM under
 * the data key (the STREAM construction of Hoang, Reyhanitabar, Rogaway and Vizár):
 *
 *   header   "RCBLOB" | version 1 | log2 segment size | key id length | key id | nonce prefix (7)
 *            | wrap nonce (12) | wrapped data key (32) | wrap tag (16)      (the wrap authenticates all before it)
 *   segment  ciphertext (segment size, the last one shorter) | tag (16)
 *            nonce = nonce prefix | segment number (uint32 BE) | 1 for the last segment, else 0
 *
 * A reordered, dropped or altered segment fails its tag; a file cut at a segment boundary fails because its
 * new last segment was not sealed as the last. Reading releases a segment only once its tag is checked, and
 * `get` checks the header and the first segment before it returns, so a damaged small file is an error
 * before any byte is sent. Files written before encryption (no "RCBLOB" header) are read as they are.
 */

export interface BlobKey {
  /** short id recorded in each file's header: letters, digits, `_.-`, at most 32 */
  id: string;
  /** 32 bytes */
  key: Buffer;
}

export interface BlobKeyring {
  /** encrypts new files */
  current: BlobKey;
  /** still decrypt the files written under them */
  old?: BlobKey[];
}

export const BLOB_KEY_ID = /^[\w.-]{1,32}$/;

const MAGIC = Buffer.from('RCBLOB');
const VERSION = 1;
const PREFIX = 7;
const TAG = 16;
const WRAPPED = 12 + 32 + TAG;
const DEFAULT_SEGMENT_LOG2 = 16;

/** A stable id for a key that has none: a short fingerprint, so a different key gets a different id. */
export function keyIdOf(key: Buffer, prefix = 'k'): string {
  return `${prefix}-${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
}

/**
 * Outside production, with no BLOB_ENCRYPTION_KEY: a key derived (HKDF-SHA256) from the data encryption key
 * that secrets.ts keeps in DATA_DIR, with an id derived from it, so files stay readable across restarts.
 */
export function deriveBlobKey(dataKey: Buffer): BlobKey {
  const key = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'rcpd blob encryption v1', 32));
  return { id: keyIdOf(key, 'd'), key };
}

function nonce(prefix: Buffer, counter: number, last: boolean): Buffer {
  if (counter > 0xffffffff) throw new Error('blob too large for its segment counter');
  const n = Buffer.alloc(12);
  prefix.copy(n, 0);
  n.writeUInt32BE(counter, PREFIX);
  n[11] = last ? 1 : 0;
  return n;
}

/** Seals a plaintext stream: header first, then segments; `count` sees the plaintext's length. */
function sealer(kek: BlobKey, log2: number, count: (bytes: number) => void): Transform {
  const segment = 2 ** log2;
  const dataKey = randomBytes(32);
  const prefix = randomBytes(PREFIX);
  const id = Buffer.from(kek.id, 'ascii');
  const fixed = Buffer.concat([MAGIC, Buffer.from([VERSION, log2, id.length]), id, prefix]);
  const wrapNonce = randomBytes(12);
  const wrap = createCipheriv('aes-256-gcm', kek.key, wrapNonce).setAAD(fixed);
  const wrapped = Buffer.concat([wrap.update(dataKey), wrap.final()]);
  let header: Buffer | null = Buffer.concat([fixed, wrapNonce, wrapped, wrap.getAuthTag()]);
  let counter = 0;
  let pending: Buffer = Buffer.alloc(0);
  const seal = (plain: Buffer, last: boolean) => {
    const cipher = createCipheriv('aes-256-gcm', dataKey, nonce(prefix, counter++, last));
    return Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      if (header) this.push(header);
      header = null;
      count(chunk.length);
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      // a full segment is sealed as "not last" only once a byte after it has arrived
      let at = 0;
      while (pending.length - at > segment) {
        this.push(seal(pending.subarray(at, at + segment), false));
        at += segment;
      }
      pending = at ? Buffer.from(pending.subarray(at)) : pending;
      callback();
    },
    flush(callback) {
      if (header) this.push(header);
      header = null;
      callback(null, seal(pending, true));
    },
  });
}

/** The data key and layout of a header, once `buffer` holds all of it; `null` while it is incomplete. */
function openHeader(buffer: Buffer, keys: Map<string, Buffer>) {
  if (buffer.length < MAGIC.length + 3) return null;
  const version = buffer[MAGIC.length];
  const log2 = buffer[MAGIC.length + 1] ?? 0;
  const idLength = buffer[MAGIC.length + 2] ?? 0;
  if (version !== VERSION) throw new BlobDamagedError(`unknown blob format version ${version}`);
  if (log2 < 10 || log2 > 24 || idLength === 0) throw new BlobDamagedError('malformed blob header');
  const fixedLength = MAGIC.length + 3 + idLength + PREFIX;
  const length = fixedLength + WRAPPED;
  if (buffer.length < length) return null;
  const fixed = buffer.subarray(0, fixedLength);
  const id = fixed.subarray(MAGIC.length + 3, MAGIC.length + 3 + idLength).toString('ascii');
  const kek = keys.get(id);
  if (!kek)
    throw new BlobDamagedError(`blob key "${id}" is not configured (BLOB_ENCRYPTION_KEY, BLOB_OLD_KEYS)`);
  const wrapped = buffer.subarray(fixedLength, length);
  let dataKey: Buffer;
  try {
    const unwrap = createDecipheriv('aes-256-gcm', kek, wrapped.subarray(0, 12)).setAAD(fixed);
    unwrap.setAuthTag(wrapped.subarray(12 + 32));
    dataKey = Buffer.concat([unwrap.update(wrapped.subarray(12, 12 + 32)), unwrap.final()]);
  } catch (error) {
    throw new BlobDamagedError(`blob header fails authentication under key "${id}"`, error);
  }
  return { length, dataKey, prefix: fixed.subarray(fixedLength - PREFIX), segment: 2 ** log2 };
}

/**
 * The plaintext of a stored file, segment by segment, each one authenticated before it is yielded; a file
 * without the header is yielded as it is (written before encryption).
 */
async function* opened(source: Readable, keys: Map<string, Buffer>): AsyncGenerator<Buffer> {
  let buffer: Buffer = Buffer.alloc(0);
  let state:
    | { kind: 'start' }
    | { kind: 'legacy' }
    | { kind: 'sealed'; open: (c: Buffer, last: boolean) => Buffer } = { kind: 'start' };
  let sealedSegment = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      if (state.kind === 'legacy') {
        yield chunk;
        continue;
      }
      buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
      if (state.kind === 'start') {
        if (buffer.length < MAGIC.length) continue;
        if (!buffer.subarray(0, MAGIC.length).equals(MAGIC)) {
          state = { kind: 'legacy' };
          yield buffer;
          continue;
        }
        const header = openHeader(buffer, keys);
        if (!header) continue;
        buffer = buffer.subarray(header.length);
        sealedSegment = header.segment + TAG;
        state = { kind: 'sealed', open: segmentOpener(header.dataKey, header.prefix) };
      }
      let at = 0;
      while (buffer.length - at > sealedSegment) {
        yield state.open(buffer.subarray(at, at + sealedSegment), false);
        at += sealedSegment;
      }
      if (at) buffer = Buffer.from(buffer.subarray(at));
    }
    if (state.kind === 'legacy') return;
    if (state.kind === 'start') {
      if (buffer.length >= MAGIC.length && buffer.subarray(0, MAGIC.length).equals(MAGIC)) {
        throw new BlobDamagedError('blob ends inside its header');
      }
      if (buffer.length) yield buffer;
      return;
    }
    if (buffer.length < TAG) throw new BlobDamagedError('blob is truncated');
    yield state.open(buffer, true);
  } finally {
    source.destroy();
  }
}

function segmentOpener(dataKey: Buffer, prefix: Buffer) {
  let counter = 0;
  return (sealed: Buffer, last: boolean): Buffer => {
    const index = counter++;
    try {
      const decipher = createDecipheriv('aes-256-gcm', dataKey, nonce(prefix, index, last));
      decipher.setAuthTag(sealed.subarray(sealed.length - TAG));
      return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG)), decipher.final()]);
    } catch (error) {
      throw new BlobDamagedError(
        `blob segment ${index} fails authentication (altered, reordered or truncated)`,
        error,
      );
    }
  };
}

/** Wraps a store so that what it holds is encrypted; `put` reports the plaintext's size. */
export function createEncryptedBlobStore(
  inner: BlobStore,
  keyring: BlobKeyring,
  options: { segmentLog2?: number } = {},
): BlobStore {
  const log2 = options.segmentLog2 ?? DEFAULT_SEGMENT_LOG2;
  const keys = new Map<string, Buffer>();
  for (const k of [keyring.current, ...(keyring.old ?? [])]) {
    if (!BLOB_KEY_ID.test(k.id) || k.key.length !== 32) throw new Error(`invalid blob key "${k.id}"`);
    const known = keys.get(k.id);
    if (known && !known.equals(k.key)) throw new Error(`two different blob keys have the id "${k.id}"`);
    keys.set(k.id, k.key);
  }
  return {
    async put(key, stream) {
      let size = 0;
      // pipeline() hands the stream's own error on unchanged, so the inner store passes it on as it is
      const sealed = pipeline(
        stream,
        sealer(keyring.current, log2, (n) => (size += n)),
        () => {},
      );
      await inner.put(key, sealed);
      return { size };
    },
    async get(key) {
      const source = await inner.get(key);
      if (!source) return null;
      const plain = opened(source, keys);
      // the header and the first segment are checked before anything is handed to a client
      let first: IteratorResult<Buffer>;
      try {
        first = await plain.next();
      } catch (error) {
        source.destroy();
        throw error;
      }
      async function* all() {
        if (first.done) return;
        yield first.value;
        yield* plain;
      }
      return Readable.from(all(), { objectMode: false });
    },
    delete: (key) => inner.delete(key),
    check: () => inner.check(),
  };
}
