/**
 * 国密 primitives (issue 15, docs/adr/0008-gm-crypto-profile.md): SM3 and HMAC-SM3 and SM4 from node:crypto
 * (OpenSSL 3.0), SM2 signatures from sm-crypto-v2, since Node cannot make SM2 signatures (its `sign` on an SM2
 * key is ECDSA on the SM2 curve, without the user id's Z value).
 *
 * Authenticated encryption is SM4-CTR then HMAC-SM3 over everything before the tag (encrypt-then-MAC), because
 * OpenSSL 3.0 has no SM4-GCM. The envelope (all of it is authenticated):
 *
 *   version 1 | algorithm 1 (SM4-CTR + HMAC-SM3) | key id length n | key id (n ASCII bytes) | IV (16)
 *   | ciphertext (as long as the plaintext) | tag (32): HMAC-SM3 under the MAC key of all the bytes before it
 *
 * Each configured key (32 random bytes) gives two keys by HKDF-SM3: a 16-byte SM4 key and a 32-byte MAC key,
 * never the same key for both jobs. The tag is checked (in constant time) before any byte is decrypted, so a
 * changed header, IV, ciphertext or tag, a wrong key or a cut envelope throws GmEnvelopeError, never garbage.
 */
import {
  type BinaryLike,
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  hkdfSync,
  type KeyObject,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import { sm2 } from 'sm-crypto-v2';
import { BLOB_KEY_ID } from '../blob-crypto.js';

/** A symmetric key and the id recorded with what it protects; the same shape as blob-crypto's BlobKey. */
export interface KeyringKey {
  /** letters, digits, `_.-`, at most 32 */
  id: string;
  /** 32 random bytes */
  key: Buffer;
}

export interface Keyring {
  /** seals new data */
  current: KeyringKey;
  /** still open what was sealed under them */
  old?: KeyringKey[];
}

export class GmEnvelopeError extends Error {
  override name = 'GmEnvelopeError';
}

export const ENVELOPE_VERSION = 1;
export const SM4_CTR_HMAC_SM3 = 1;
const IV_BYTES = 16;
const TAG_BYTES = 32;

export function sm3(data: BinaryLike): Buffer {
  return createHash('sm3').update(data).digest();
}

export function hmacSm3(key: BinaryLike, data: BinaryLike): Buffer {
  return createHmac('sm3', key).update(data).digest();
}

interface DerivedKeys {
  enc: Buffer;
  mac: Buffer;
}

/** HKDF-SM3 of a configured key, once per key object. */
const derivedCache = new WeakMap<Buffer, DerivedKeys>();
function derive(key: Buffer): DerivedKeys {
  let keys = derivedCache.get(key);
  if (!keys) {
    if (key.length < 16) throw new GmEnvelopeError('key shorter than 16 bytes');
    const salt = Buffer.alloc(0);
    keys = {
      enc: Buffer.from(hkdfSync('sm3', key, salt, 'rcpd sm4-ctr enc v1', 16)),
      mac: Buffer.from(hkdfSync('sm3', key, salt, 'rcpd hmac-sm3 mac v1', 32)),
    };
    derivedCache.set(key, keys);
  }
  return keys;
}

/** SM4-CTR + HMAC-SM3 under `key` (a keyring's current one); the envelope names the algorithm and the key id. */
export function sm4Seal(plain: Buffer, key: KeyringKey): Buffer {
  if (!BLOB_KEY_ID.test(key.id)) throw new GmEnvelopeError(`bad key id: ${key.id}`);
  const { enc, mac } = derive(key.key);
  const id = Buffer.from(key.id, 'ascii');
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('sm4-ctr', enc, iv);
  const body = Buffer.concat([
    Buffer.from([ENVELOPE_VERSION, SM4_CTR_HMAC_SM3, id.length]),
    id,
    iv,
    cipher.update(plain),
    cipher.final(),
  ]);
  return Buffer.concat([body, hmacSm3(mac, body)]);
}

export interface EnvelopeHeader {
  version: number;
  algorithm: number;
  keyId: string;
}

/** The header of an envelope, not yet authenticated; throws GmEnvelopeError when it cannot be one. */
export function envelopeHeader(envelope: Buffer): EnvelopeHeader & { bodyStart: number } {
  if (envelope.length < 3) throw new GmEnvelopeError('envelope too short');
  const version = envelope[0] as number;
  const algorithm = envelope[1] as number;
  const idLength = envelope[2] as number;
  if (version !== ENVELOPE_VERSION) throw new GmEnvelopeError(`unknown envelope version ${version}`);
  if (algorithm !== SM4_CTR_HMAC_SM3) throw new GmEnvelopeError(`unknown algorithm ${algorithm}`);
  const bodyStart = 3 + idLength + IV_BYTES;
  if (envelope.length < bodyStart + TAG_BYTES) throw new GmEnvelopeError('envelope too short');
  const keyId = envelope.subarray(3, 3 + idLength).toString('ascii');
  if (!BLOB_KEY_ID.test(keyId)) throw new GmEnvelopeError('bad key id');
  return { version, algorithm, keyId, bodyStart };
}

/** The plaintext of an envelope sealed under one of the keyring's keys; throws GmEnvelopeError otherwise. */
export function sm4Open(envelope: Buffer, keyring: Keyring): Buffer {
  const { keyId, bodyStart } = envelopeHeader(envelope);
  const key = [keyring.current, ...(keyring.old ?? [])].find((k) => k.id === keyId);
  if (!key) throw new GmEnvelopeError(`no key with id ${keyId}`);
  const { enc, mac } = derive(key.key);
  const tagStart = envelope.length - TAG_BYTES;
  const expected = hmacSm3(mac, envelope.subarray(0, tagStart));
  if (!timingSafeEqual(expected, envelope.subarray(tagStart))) {
    throw new GmEnvelopeError('envelope altered or sealed under another key');
  }
  const decipher = createDecipheriv('sm4-ctr', enc, envelope.subarray(bodyStart - IV_BYTES, bodyStart));
  return Buffer.concat([decipher.update(envelope.subarray(bodyStart, tagStart)), decipher.final()]);
}

// ---- SM2 (GB/T 32918) with SM3 and the default user id ----

/** GB/T 35276's default distinguishing identifier, what OpenSSL's `-pkeyopt distid:` must be given too. */
export const SM2_USER_ID = '1234567812345678';

/** PKCS#8 of an SM2 private key as OpenSSL and Node write it: ecPublicKey on curve SM2 (1.2.156.10197.1.301). */
const PKCS8_PREFIX = Buffer.from(
  '308187020100301306072a8648ce3d020106082a811ccf5501822d046d306b0201010420',
  'hex',
);
const PKCS8_PUBLIC = Buffer.from('a144034200', 'hex');
/** SPKI of an SM2 public key, up to the uncompressed point's 0x04. */
const SPKI_PREFIX = Buffer.from('3059301306072a8648ce3d020106082a811ccf5501822d034200', 'hex');

export interface Sm2PublicKey {
  keyObject: KeyObject;
  /** uncompressed point, `04 || x || y`, hex: what sm-crypto-v2 takes */
  hex: string;
  /** the id its signatures are recorded with: first 8 bytes of SM3(point), base64url */
  keyId: string;
  /** the point with its multiples precomputed: verification takes a fifth of the time */
  point: ReturnType<typeof sm2.precomputePublicKey>;
}

export interface Sm2PrivateKey {
  keyObject: KeyObject;
  /** the scalar d, 32 bytes hex */
  hex: string;
  publicKey: Sm2PublicKey;
}

/**
 * Node 20 cannot tell an SM2 key (asymmetricKeyType is undefined once read back from PEM), so keys are known by
 * their DER: the prefixes below name ecPublicKey on the SM2 curve and fix every length.
 */
function publicKeyOf(keyObject: KeyObject): Sm2PublicKey {
  const der = keyObject.export({ type: 'spki', format: 'der' });
  if (der.length !== SPKI_PREFIX.length + 65 || !der.subarray(0, SPKI_PREFIX.length).equals(SPKI_PREFIX)) {
    throw new Error('not an SM2 public key (uncompressed point)');
  }
  const point = der.subarray(SPKI_PREFIX.length);
  const hex = point.toString('hex');
  return {
    keyObject,
    hex,
    keyId: sm3(point).subarray(0, 8).toString('base64url'),
    point: sm2.precomputePublicKey(hex),
  };
}

/** The SM2 public key of an SPKI PEM (or of a private key's PEM); throws when it is not SM2. */
export function sm2PublicKey(pem: string | KeyObject): Sm2PublicKey {
  return publicKeyOf(createPublicKey(pem));
}

/** The SM2 private key of a PKCS#8 or SEC1 PEM (what `openssl genpkey -algorithm SM2` writes). */
export function sm2PrivateKey(pem: string | KeyObject): Sm2PrivateKey {
  const keyObject = typeof pem === 'string' ? createPrivateKey(pem) : pem;
  if (keyObject.type !== 'private') throw new Error('not an SM2 private key');
  const der = keyObject.export({ type: 'pkcs8', format: 'der' });
  if (!der.subarray(0, PKCS8_PREFIX.length).equals(PKCS8_PREFIX)) throw new Error('not an SM2 private key');
  const d = der.subarray(PKCS8_PREFIX.length, PKCS8_PREFIX.length + 32);
  return { keyObject, hex: d.toString('hex'), publicKey: publicKeyOf(createPublicKey(keyObject)) };
}

/** A private key from the raw scalar (hex), as other SM2 tools hand keys around. */
export function sm2PrivateKeyFromHex(d: string): Sm2PrivateKey {
  if (!/^[0-9a-f]{64}$/i.test(d)) throw new Error('an SM2 private key is 32 bytes of hex');
  const point = Buffer.from(sm2.getPublicKeyFromPrivateKey(d.toLowerCase()), 'hex');
  const der = Buffer.concat([PKCS8_PREFIX, Buffer.from(d, 'hex'), PKCS8_PUBLIC, point]);
  return sm2PrivateKey(createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }));
}

export interface Sm2KeyPairPem {
  /** PKCS#8 PEM */
  privateKeyPem: string;
  /** SPKI PEM */
  publicKeyPem: string;
}

export function generateSm2KeyPair(): Sm2KeyPairPem {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'SM2' });
  return {
    privateKeyPem: String(privateKey.export({ type: 'pkcs8', format: 'pem' })),
    publicKeyPem: String(publicKey.export({ type: 'spki', format: 'pem' })),
  };
}

/** SM2 signature with SM3 and SM2_USER_ID over the message, DER-encoded (what OpenSSL writes and reads). */
export function sm2Sign(message: Buffer, key: Sm2PrivateKey): Buffer {
  const der = sm2.doSignature(new Uint8Array(message), key.hex, {
    der: true,
    hash: true,
    publicKey: key.publicKey.hex,
    userId: SM2_USER_ID,
  });
  return Buffer.from(der, 'hex');
}

/**
 * `SEQUENCE { INTEGER r, INTEGER s }` in DER's one encoding: positive, minimal, at most 33 bytes each, nothing
 * after. The library would read some other encodings too; one signature has one form here, as in OpenSSL.
 */
function isStrictDerSignature(signature: Buffer): boolean {
  if (signature.length < 8 || signature[0] !== 0x30 || signature[1] !== signature.length - 2) return false;
  let at = 2;
  for (let i = 0; i < 2; i++) {
    const length = signature[at + 1] ?? 0;
    const first = signature[at + 2] ?? 0;
    if (signature[at] !== 0x02 || length < 1 || length > 33 || at + 2 + length > signature.length)
      return false;
    if (first & 0x80) return false;
    if (length > 1 && first === 0 && !((signature[at + 3] ?? 0) & 0x80)) return false;
    at += 2 + length;
  }
  return at === signature.length;
}

/** Whether `signature` (DER) is the key's SM2 signature of the message. Never throws. */
export function sm2Verify(message: Buffer, signature: Buffer, key: Sm2PublicKey): boolean {
  if (!isStrictDerSignature(signature)) return false;
  try {
    return sm2.doVerifySignature(new Uint8Array(message), signature.toString('hex'), key.point, {
      der: true,
      hash: true,
      userId: SM2_USER_ID,
    });
  } catch {
    return false;
  }
}
