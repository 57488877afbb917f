/**
 * The one interface for the algorithms the server signs, hashes and encrypts with (issue 15,
 * docs/adr/0008-gm-crypto-profile.md): `CRYPTO_PROFILE=intl` (AES-256-GCM, HMAC-SHA-256, SHA-256, Ed25519) or
 * `gm` (SM4-CTR + HMAC-SM3, HMAC-SM3, SM3, SM2 with SM3). Callers (field encryption and lookup hashes, the
 * audit chain, certificate tokens) go through it and name no algorithm.
 *
 * The profile decides what is WRITTEN; everything written under either profile and any configured key stays
 * READABLE, because each ciphertext, lookup hash and signature names its algorithm and key:
 *
 * - field ciphertexts: `v1:iv:tag:body` (intl before key ids: AES-GCM under some key of the ring),
 *   `v2:<key id>:iv:tag:body` (AES-256-GCM, the prefix authenticated as AAD), `gm:<base64url SM4 envelope>`
 *   (the envelope holds the key id, gm.ts);
 * - lookup hashes: 64 hex (intl before key ids: HMAC-SHA-256 under some key of the ring),
 *   `hs256:<key id>:<hex>` or `hsm3:<key id>:<hex>`;
 * - certificate tokens: the token's key id names a recorded public key; the key's type (Ed25519 or SM2) says
 *   how its signature is checked.
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
  type KeyObject,
  randomBytes,
  sign,
  verify,
} from 'node:crypto';
import type { FieldCipher } from '../secrets.js';
import {
  envelopeHeader,
  GmEnvelopeError,
  generateSm2KeyPair,
  hmacSm3,
  type Keyring,
  type KeyringKey,
  sm2PrivateKey,
  sm2PublicKey,
  sm2Sign,
  sm2Verify,
  sm3,
  sm4Open,
  sm4Seal,
} from './gm.js';

export type CryptoProfileName = 'intl' | 'gm';
export const CRYPTO_PROFILES: readonly CryptoProfileName[] = ['intl', 'gm'];

export interface ProfileSigner {
  /** the id recorded with each signature, derived from the public key */
  keyId: string;
  /** SPKI PEM */
  publicKeyPem: string;
  /** the profile whose algorithm it signs with */
  profile: CryptoProfileName;
  sign(message: Buffer): Buffer;
}

export interface ProfileVerifier {
  keyId: string;
  profile: CryptoProfileName;
  /** never throws */
  verify(message: Buffer, signature: Buffer): boolean;
}

export interface CryptoProfile {
  readonly name: CryptoProfileName;
  /** SHA-256 | SM3 */
  digest(data: BinaryLike): Buffer;
  /** HMAC-SHA-256 | HMAC-SM3: lookup hashes, the audit chain, key derivation */
  hmac(key: BinaryLike, data: BinaryLike): Buffer;
  /** 证件号码, 手机号码 and other secrets at rest, and their lookup hashes */
  fieldCipher(keys: FieldKeys): RekeyableFieldCipher;
  /** PKCS#8 PEM of a new signing key: Ed25519 | SM2 */
  generateSigningKeyPem(): string;
  /** a signer of this profile; throws with a clear message when the key is of the other profile's type */
  signer(privateKeyPem: string): ProfileSigner;
}

/** The keys of field encryption and of lookup hashes: `current` writes, `old` still reads and finds. */
export interface FieldKeys {
  data: Keyring;
  lookup: Keyring;
}

export interface RekeyableFieldCipher extends FieldCipher {
  /** whether a stored ciphertext is already in this profile's format under the current key */
  isCurrent(stored: string): boolean;
  /** whether a stored lookup hash was made by this profile under the current key */
  isCurrentLookup(hash: string): boolean;
}

// ---- field ciphertexts, readable under either profile ----

const sha256 = (data: BinaryLike) => createHash('sha256').update(data).digest();
const hmacSha256 = (key: BinaryLike, data: BinaryLike) => createHmac('sha256', key).update(data).digest();

const ringKeys = (ring: Keyring): KeyringKey[] => [ring.current, ...(ring.old ?? [])];

function aesSeal(plain: string, key: KeyringKey): string {
  const iv = randomBytes(12);
  const head = `v2:${key.id}`;
  const cipher = createCipheriv('aes-256-gcm', key.key, iv).setAAD(Buffer.from(head, 'ascii'));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [head, iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join(
    ':',
  );
}

function aesOpen(key: Buffer, iv: string, tag: string, body: string, aad?: string): string {
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
  if (aad) decipher.setAAD(Buffer.from(aad, 'ascii'));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
}

export class FieldCiphertextError extends Error {
  override name = 'FieldCiphertextError';
}

/** The plaintext of a field ciphertext of any format, under any key of the ring; throws when it is none. */
export function openField(stored: string, ring: Keyring): string {
  if (stored.startsWith(GM_FIELD_PREFIX)) {
    return sm4Open(Buffer.from(stored.slice(GM_FIELD_PREFIX.length), 'base64url'), ring).toString('utf8');
  }
  const parts = stored.split(':');
  if (parts[0] === 'v2' && parts.length === 5) {
    const [, id, iv = '', tag = '', body = ''] = parts;
    const key = ringKeys(ring).find((k) => k.id === id);
    if (!key) throw new FieldCiphertextError(`no key with id ${id}`);
    return aesOpen(key.key, iv, tag, body, `v2:${id}`);
  }
  if (parts[0] === 'v1' && parts.length === 4) {
    const [, iv = '', tag = '', body = ''] = parts;
    // before key ids: whichever key of the ring authenticates it (GCM's tag tells them apart)
    for (const key of ringKeys(ring)) {
      try {
        return aesOpen(key.key, iv, tag, body);
      } catch {}
    }
    throw new FieldCiphertextError('ciphertext altered or under no configured key');
  }
  throw new FieldCiphertextError('unknown ciphertext format');
}

/** The key id a field ciphertext names, and its profile; null for the format before key ids. */
export function fieldKeyOf(stored: string): { profile: CryptoProfileName; keyId: string | null } {
  if (stored.startsWith(GM_FIELD_PREFIX)) {
    const { keyId } = envelopeHeader(Buffer.from(stored.slice(GM_FIELD_PREFIX.length), 'base64url'));
    return { profile: 'gm', keyId };
  }
  const parts = stored.split(':');
  return { profile: 'intl', keyId: parts[0] === 'v2' ? (parts[1] ?? null) : null };
}

/** What a lookup hash is taken of: equal numbers typed with other spacing or case find the same row. */
export function lookupInput(plain: string): string {
  return plain.trim().toUpperCase();
}

const LOOKUP_TAG: Record<CryptoProfileName, string> = { intl: 'hs256', gm: 'hsm3' };

function fieldCipherOf(profile: CryptoProfileName, keys: FieldKeys): RekeyableFieldCipher {
  const hmac = profile === 'gm' ? hmacSm3 : hmacSha256;
  const tag = LOOKUP_TAG[profile];
  const lookupOf = (key: KeyringKey, input: string) =>
    `${tag}:${key.id}:${hmac(key.key, input).toString('hex')}`;
  return {
    encrypt: (plain) =>
      profile === 'gm'
        ? GM_FIELD_PREFIX + sm4Seal(Buffer.from(plain, 'utf8'), keys.data.current).toString('base64url')
        : aesSeal(plain, keys.data.current),
    decrypt: (stored) => openField(stored, keys.data),
    lookup: (plain) => lookupOf(keys.lookup.current, lookupInput(plain)),
    lookups(plain) {
      const input = lookupInput(plain);
      const all = new Set([lookupOf(keys.lookup.current, input)]);
      // while re-keying (or before it), a row may still hold a hash of another key, algorithm or format
      for (const key of ringKeys(keys.lookup)) {
        all.add(`hs256:${key.id}:${hmacSha256(key.key, input).toString('hex')}`);
        all.add(`hsm3:${key.id}:${hmacSm3(key.key, input).toString('hex')}`);
        all.add(hmacSha256(key.key, input).toString('hex'));
      }
      return [...all];
    },
    isCurrent(stored) {
      try {
        const found = fieldKeyOf(stored);
        return found.profile === profile && found.keyId === keys.data.current.id;
      } catch {
        return false;
      }
    },
    isCurrentLookup: (hash) => hash.startsWith(`${tag}:${keys.lookup.current.id}:`),
  };
}

// ---- signatures ----

/** Prefix of the text form of a gm field ciphertext: `gm:` + base64url(SM4 envelope), see gm.ts. */
const GM_FIELD_PREFIX = 'gm:';

/**
 * The key id of an Ed25519 public key: base64url of the first 8 bytes of SHA-256 over its raw 32 bytes (11
 * characters). Anyone holding the public key computes the same id.
 */
export function ed25519KeyId(publicKey: KeyObject): string {
  const raw = Buffer.from(String(publicKey.export({ format: 'jwk' }).x), 'base64url');
  return sha256(raw).subarray(0, 8).toString('base64url');
}

function isEd25519(key: KeyObject): boolean {
  return key.asymmetricKeyType === 'ed25519';
}

/** A verifier for a recorded public key (SPKI PEM) of either profile: Ed25519 or SM2. Throws on anything else. */
export function verifierOf(publicKeyPem: string): ProfileVerifier {
  const key = createPublicKey(publicKeyPem);
  if (isEd25519(key)) {
    return {
      keyId: ed25519KeyId(key),
      profile: 'intl',
      verify(message, signature) {
        try {
          return signature.length === 64 && verify(null, message, key, signature);
        } catch {
          return false;
        }
      },
    };
  }
  let sm2: ReturnType<typeof sm2PublicKey>;
  try {
    sm2 = sm2PublicKey(publicKeyPem);
  } catch {
    throw new Error(
      `certificate public key must be Ed25519 or SM2, got ${key.asymmetricKeyType ?? 'unknown'}`,
    );
  }
  return {
    keyId: sm2.keyId,
    profile: 'gm',
    verify: (message, signature) => sm2Verify(message, signature, sm2),
  };
}

export const intlProfile: CryptoProfile = {
  name: 'intl',
  digest: sha256,
  hmac: hmacSha256,
  fieldCipher: (keys) => fieldCipherOf('intl', keys),
  generateSigningKeyPem: () =>
    String(generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' })),
  signer(privateKeyPem) {
    const key = createPrivateKey(privateKeyPem);
    if (!isEd25519(key)) {
      throw new Error(
        `CERTIFICATE_SIGNING_KEY must be an Ed25519 key under CRYPTO_PROFILE=intl, got ${key.asymmetricKeyType ?? 'an SM2 or unknown key'}`,
      );
    }
    const publicKey = createPublicKey(key);
    return {
      keyId: ed25519KeyId(publicKey),
      publicKeyPem: String(publicKey.export({ type: 'spki', format: 'pem' })),
      profile: 'intl',
      sign: (message) => sign(null, message, key),
    };
  },
};

export const gmProfile: CryptoProfile = {
  name: 'gm',
  digest: sm3,
  hmac: hmacSm3,
  fieldCipher: (keys) => fieldCipherOf('gm', keys),
  generateSigningKeyPem: () => generateSm2KeyPair().privateKeyPem,
  signer(privateKeyPem) {
    let key: ReturnType<typeof sm2PrivateKey>;
    try {
      key = sm2PrivateKey(privateKeyPem);
    } catch {
      throw new Error(
        'CERTIFICATE_SIGNING_KEY must be an SM2 key under CRYPTO_PROFILE=gm (README, 国密: openssl genpkey -algorithm SM2)',
      );
    }
    return {
      keyId: key.publicKey.keyId,
      publicKeyPem: String(key.publicKey.keyObject.export({ type: 'spki', format: 'pem' })),
      profile: 'gm',
      sign: (message) => sm2Sign(message, key),
    };
  },
};

export const cryptoProfiles: Record<CryptoProfileName, CryptoProfile> = { intl: intlProfile, gm: gmProfile };

/** The profile named by CRYPTO_PROFILE (intl when unset): what tests and tools not given a config use. */
export function profileFromEnv(env: NodeJS.ProcessEnv = process.env): CryptoProfile {
  const name = env.CRYPTO_PROFILE ?? 'intl';
  if (name !== 'intl' && name !== 'gm') throw new Error(`CRYPTO_PROFILE must be intl or gm, not ${name}`);
  return cryptoProfiles[name];
}

export { GmEnvelopeError };
