import {
  createCipheriv,
  createDecipheriv,
  createHash,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import { pipeline, Readable, Transform } from 'node:stream';
import { BlobDamagedError, type BlobStore } from './blob-store.js';
import { hmacSm3, sm4Open, sm4Seal } from './crypto/gm.js';

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
 *
 * Version 2 is the same layout under CRYPTO_PROFILE=gm (issue 15, docs/adr/0008): the data key is wrapped in an
 * SM4-CTR + HMAC-SM3 envelope (gm.ts; it names the key id too), and each segment is SM4-CTR (counter block =
 * the 12-byte nonce above | 0) with a tag of HMAC-SM3 over nonce and ciphertext, cut to 16 bytes as GCM's. The
 * segment keys are derived from the data key by HMAC-SM3, the MAC key over the whole fixed header, so a changed
 * header byte fails every segment:
 *
 *   header   "RCBLOB" | version 2 | log2 segment size | key id length | key id | nonce prefix (7)
 *            | envelope length (1) | SM4 envelope of the data key
 *
 * Both versions are read whatever the profile: the header says which.
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
const VERSION_SM4 = 2;
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

/**
 * Chunks as they came, taken off the front by length without joining them first: a stream's chunks rarely
 * fall on segment boundaries, and joining each one onto what is waiting would copy every byte many times.
 */
class Chunks {
  private readonly list: Buffer[] = [];
  length = 0;
  add(chunk: Buffer) {
    if (chunk.length === 0) return;
    this.list.push(chunk);
    this.length += chunk.length;
  }
  /** Hands the first `n` bytes to `use`, piece by piece, and drops them. */
  take(n: number, use: (piece: Buffer) => void) {
    this.length -= n;
    while (n > 0) {
      const head = this.list[0] as Buffer;
      if (head.length <= n) {
        this.list.shift();
        use(head);
        n -= head.length;
      } else {
        use(head.subarray(0, n));
        this.list[0] = head.subarray(n);
        n = 0;
      }
    }
  }
  /** The first `n` bytes as one buffer (copied only when they span chunks). */
  takeBuffer(n: number): Buffer {
    if ((this.list[0]?.length ?? 0) >= n) {
      let out: Buffer = Buffer.alloc(0);
      this.take(n, (piece) => {
        out = piece;
      });
      return out;
    }
    const pieces: Buffer[] = [];
    this.take(n, (piece) => pieces.push(piece));
    return Buffer.concat(pieces, n);
  }
  /** The first `n` bytes without taking them (copied when they span chunks). */
  peek(n: number): Buffer {
    const head = this.list[0];
    if (head && head.length >= n) return head.subarray(0, n);
    return Buffer.concat(this.list, Math.min(n, this.length));
  }
}

/** The SM4 key and HMAC-SM3 key of a version-2 file's segments. */
function sm4SegmentKeys(dataKey: Buffer, fixed: Buffer) {
  return {
    enc: hmacSm3(dataKey, 'rcpd blob sm4-ctr enc v2').subarray(0, 16),
    mac: hmacSm3(dataKey, Buffer.concat([Buffer.from('rcpd blob hmac-sm3 mac v2|'), fixed])),
  };
}

const sm4Iv = (n: Buffer) => Buffer.concat([n, Buffer.alloc(4)]);

/** Seals a plaintext stream: header first, then segments; `count` sees the plaintext's length. */
function sealer(kek: BlobKey, log2: number, count: (bytes: number) => void, sm4 = false): Transform {
  const segment = 2 ** log2;
  const dataKey = randomBytes(32);
  const prefix = randomBytes(PREFIX);
  const id = Buffer.from(kek.id, 'ascii');
  const fixed = Buffer.concat([
    MAGIC,
    Buffer.from([sm4 ? VERSION_SM4 : VERSION, log2, id.length]),
    id,
    prefix,
  ]);
  let header: Buffer | null;
  if (sm4) {
    const envelope = sm4Seal(dataKey, kek);
    header = Buffer.concat([fixed, Buffer.from([envelope.length]), envelope]);
  } else {
    const wrapNonce = randomBytes(12);
    const wrap = createCipheriv('aes-256-gcm', kek.key, wrapNonce).setAAD(fixed);
    const wrapped = Buffer.concat([wrap.update(dataKey), wrap.final()]);
    header = Buffer.concat([fixed, wrapNonce, wrapped, wrap.getAuthTag()]);
  }
  const keys = sm4 ? sm4SegmentKeys(dataKey, fixed) : null;
  let counter = 0;
  const pending = new Chunks();
  const seal = (n: number, last: boolean): Buffer => {
    const segmentNonce = nonce(prefix, counter++, last);
    const out: Buffer[] = [];
    if (keys) {
      const cipher = createCipheriv('sm4-ctr', keys.enc, sm4Iv(segmentNonce));
      pending.take(n, (piece) => out.push(cipher.update(piece)));
      out.push(cipher.final());
      const body = Buffer.concat(out);
      const tag = hmacSm3(keys.mac, Buffer.concat([segmentNonce, body])).subarray(0, TAG);
      return Buffer.concat([body, tag]);
    }
    const cipher = createCipheriv('aes-256-gcm', dataKey, segmentNonce);
    pending.take(n, (piece) => out.push(cipher.update(piece)));
    out.push(cipher.final(), cipher.getAuthTag());
    return Buffer.concat(out);
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      if (header) this.push(header);
      header = null;
      count(chunk.length);
      pending.add(chunk);
      // a full segment is sealed as "not last" only once a byte after it has arrived
      while (pending.length > segment) this.push(seal(segment, false));
      callback();
    },
    flush(callback) {
      if (header) this.push(header);
      header = null;
      callback(null, seal(pending.length, true));
    },
  });
}

/** The data key and layout of a header, once `buffer` holds all of it; `null` while it is incomplete. */
function openHeader(buffer: Buffer, keys: Map<string, Buffer>) {
  if (buffer.length < MAGIC.length + 3) return null;
  const version = buffer[MAGIC.length];
  const log2 = buffer[MAGIC.length + 1] ?? 0;
  const idLength = buffer[MAGIC.length + 2] ?? 0;
  if (version !== VERSION && version !== VERSION_SM4)
    throw new BlobDamagedError(`unknown blob format version ${version}`);
  if (log2 < 10 || log2 > 24 || idLength === 0) throw new BlobDamagedError('malformed blob header');
  const fixedLength = MAGIC.length + 3 + idLength + PREFIX;
  if (version === VERSION_SM4 && buffer.length < fixedLength + 1) return null;
  const length =
    version === VERSION_SM4 ? fixedLength + 1 + (buffer[fixedLength] ?? 0) : fixedLength + WRAPPED;
  if (buffer.length < length) return null;
  const fixed = buffer.subarray(0, fixedLength);
  const id = fixed.subarray(MAGIC.length + 3, MAGIC.length + 3 + idLength).toString('ascii');
  const kek = keys.get(id);
  if (!kek)
    throw new BlobDamagedError(`blob key "${id}" is not configured (BLOB_ENCRYPTION_KEY, BLOB_OLD_KEYS)`);
  const prefix = fixed.subarray(fixedLength - PREFIX);
  const segment = 2 ** log2;
  if (version === VERSION_SM4) {
    const envelope = buffer.subarray(fixedLength + 1, length);
    let dataKey: Buffer;
    try {
      dataKey = sm4Open(envelope, { current: { id, key: kek } });
    } catch (error) {
      throw new BlobDamagedError(`blob header fails authentication under key "${id}"`, error);
    }
    if (dataKey.length !== 32) throw new BlobDamagedError('malformed blob header');
    return { length, dataKey, prefix, segment, sm4: sm4SegmentKeys(dataKey, fixed) };
  }
  const wrapped = buffer.subarray(fixedLength, length);
  let dataKey: Buffer;
  try {
    const unwrap = createDecipheriv('aes-256-gcm', kek, wrapped.subarray(0, 12)).setAAD(fixed);
    unwrap.setAuthTag(wrapped.subarray(12 + 32));
    dataKey = Buffer.concat([unwrap.update(wrapped.subarray(12, 12 + 32)), unwrap.final()]);
  } catch (error) {
    throw new BlobDamagedError(`blob header fails authentication under key "${id}"`, error);
  }
  return { length, dataKey, prefix, segment, sm4: null };
}

/**
 * The plaintext of a stored file, segment by segment, each one authenticated before it is yielded; a file
 * without the header is yielded as it is (written before encryption).
 */
async function* opened(source: Readable, keys: Map<string, Buffer>): AsyncGenerator<Buffer> {
  const pending = new Chunks();
  let state: 'start' | 'legacy' | 'sealed' = 'start';
  let open: (pending: Chunks, n: number, last: boolean) => Buffer = () => Buffer.alloc(0);
  let sealedSegment = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      if (state === 'legacy') {
        yield chunk;
        continue;
      }
      pending.add(chunk);
      if (state === 'start') {
        if (pending.length < MAGIC.length) continue;
        if (!pending.peek(MAGIC.length).equals(MAGIC)) {
          state = 'legacy';
          yield pending.takeBuffer(pending.length);
          continue;
        }
        const header = openHeader(pending.peek(pending.length), keys);
        if (!header) continue;
        pending.take(header.length, () => {});
        sealedSegment = header.segment + TAG;
        open = segmentOpener(header.dataKey, header.prefix, header.sm4);
        state = 'sealed';
      }
      while (pending.length > sealedSegment) yield open(pending, sealedSegment, false);
    }
    if (state === 'legacy') return;
    if (state === 'start') {
      if (pending.length >= MAGIC.length) throw new BlobDamagedError('blob ends inside its header');
      if (pending.length) yield pending.takeBuffer(pending.length);
      return;
    }
    if (pending.length < TAG) throw new BlobDamagedError('blob is truncated');
    yield open(pending, pending.length, true);
  } finally {
    source.destroy();
  }
}

/** Opens the next `n` sealed bytes (a segment and its tag); nothing of it is returned unless the tag holds. */
function segmentOpener(dataKey: Buffer, prefix: Buffer, sm4: { enc: Buffer; mac: Buffer } | null) {
  let counter = 0;
  return (pending: Chunks, n: number, last: boolean): Buffer => {
    const index = counter++;
    if (sm4) {
      const segmentNonce = nonce(prefix, index, last);
      const body = pending.takeBuffer(n - TAG);
      const tag = pending.takeBuffer(TAG);
      const expected = hmacSm3(sm4.mac, Buffer.concat([segmentNonce, body])).subarray(0, TAG);
      if (tag.length !== TAG || !timingSafeEqual(expected, tag)) {
        throw new BlobDamagedError(
          `blob segment ${index} fails authentication (altered, reordered or truncated)`,
        );
      }
      const decipher = createDecipheriv('sm4-ctr', sm4.enc, sm4Iv(segmentNonce));
      return Buffer.concat([decipher.update(body), decipher.final()]);
    }
    try {
      const decipher = createDecipheriv('aes-256-gcm', dataKey, nonce(prefix, index, last));
      const out: Buffer[] = [];
      pending.take(n - TAG, (piece) => out.push(decipher.update(piece)));
      decipher.setAuthTag(pending.takeBuffer(TAG));
      out.push(decipher.final());
      return Buffer.concat(out);
    } catch (error) {
      throw new BlobDamagedError(
        `blob segment ${index} fails authentication (altered, reordered or truncated)`,
        error,
      );
    }
  };
}

/** What `rekey` found a file to be, and did. */
export type BlobRekey = 'current' | 'moved' | 'stale' | 'missing';

export interface EncryptedBlobStore extends BlobStore {
  /**
   * `npm run crypto:rekey`: rewrites a file in the profile's format under the current key unless its header says
   * it is already (`current`); `moved` when rewritten; with `check`, only `stale`. A file no configured key opens
   * throws BlobDamagedError and is left as it is.
   */
  rekey(key: string, options?: { check?: boolean }): Promise<BlobRekey>;
}

/** The first `n` bytes of a stream (fewer when it is shorter); the rest is not read. */
async function headOf(stream: Readable, n: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      length += chunk.length;
      if (length >= n) break;
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks).subarray(0, n);
}

/** Wraps a store so that what it holds is encrypted; `put` reports the plaintext's size. */
export function createEncryptedBlobStore(
  inner: BlobStore,
  keyring: BlobKeyring,
  /** `gm`: new files in version 2 (SM4, HMAC-SM3); both versions are read under either profile */
  options: { segmentLog2?: number; profile?: 'intl' | 'gm' } = {},
): EncryptedBlobStore {
  const log2 = options.segmentLog2 ?? DEFAULT_SEGMENT_LOG2;
  const keys = new Map<string, Buffer>();
  for (const k of [keyring.current, ...(keyring.old ?? [])]) {
    if (!BLOB_KEY_ID.test(k.id) || k.key.length !== 32) throw new Error(`invalid blob key "${k.id}"`);
    const known = keys.get(k.id);
    if (known && !known.equals(k.key)) throw new Error(`two different blob keys have the id "${k.id}"`);
    keys.set(k.id, k.key);
  }
  const writes = options.profile === 'gm' ? VERSION_SM4 : VERSION;
  const store: EncryptedBlobStore = {
    async rekey(key, { check = false } = {}) {
      const source = await inner.get(key);
      if (!source) return 'missing';
      const head = await headOf(source, MAGIC.length + 3 + 32);
      if (head.subarray(0, MAGIC.length).equals(MAGIC)) {
        const idLength = head[MAGIC.length + 2] ?? 0;
        const id = head.subarray(MAGIC.length + 3, MAGIC.length + 3 + idLength).toString('ascii');
        if (head[MAGIC.length] === writes && id === keyring.current.id) return 'current';
      }
      if (check) return 'stale';
      // read (authenticated segment by segment) and written again; the store replaces the file only once the
      // new one is complete, so a reader meanwhile gets the old file or the new one, whole
      const plain = await store.get(key);
      if (!plain) return 'missing';
      await store.put(key, plain);
      return 'moved';
    },
    async put(key, stream) {
      let size = 0;
      // pipeline() hands the stream's own error on unchanged, so the inner store passes it on as it is
      const sealed = pipeline(
        stream,
        sealer(keyring.current, log2, (n) => (size += n), options.profile === 'gm'),
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
    // keys and times are not secret; what the files hold stays sealed
    list: (prefix) => inner.list(prefix),
    removeIncomplete: (prefix, before) => inner.removeIncomplete(prefix, before),
  };
  return store;
}
