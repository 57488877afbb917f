import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { keyIdOf } from './blob-crypto.js';
import type { Keyring } from './crypto/gm.js';
import { type CryptoProfile, intlProfile, lookupInput } from './crypto/profile.js';

export { lookupInput };

/**
 * Personal data at rest (SPEC §10): 证件号码 and 手机号码 are stored encrypted and found through a keyed hash of
 * the normalised value, so equal values are found without decrypting every row. The algorithms are the crypto
 * profile's (platform/crypto/profile.ts); each ciphertext and hash names its key.
 */
export interface FieldCipher {
  encrypt(plain: string): string;
  /** a ciphertext of any profile, under any configured key */
  decrypt(stored: string): string;
  /** the keyed hash written for lookups and unique constraints (current profile and key) */
  lookup(plain: string): string;
  /**
   * every hash a row holding `plain` may carry (the current one first): while old keys are configured (before
   * and during `npm run crypto:rekey`) lookups must find rows under them too: `where x_hash in (...)`.
   */
  lookups(plain: string): string[];
}

/** intl field encryption with one key each (key ids derived from the keys): benches and older tests. */
export function createFieldCipher(encryptionKey: Buffer, lookupKey: Buffer): FieldCipher {
  return intlProfile.fieldCipher(fieldKeyrings({ encryptionKey, lookupKey }));
}

/** The keyrings of field encryption: the current keys (ids configured or derived) and the old ones still read. */
export function fieldKeyrings(
  keys: Pick<Keys, 'encryptionKey' | 'lookupKey'>,
  configured: {
    dataKeyId?: string | undefined;
    dataOldKeys?: Keyring['old'];
    lookupKeyId?: string | undefined;
    lookupOldKeys?: Keyring['old'];
  } = {},
): { data: Keyring; lookup: Keyring } {
  return {
    data: {
      current: { id: configured.dataKeyId ?? keyIdOf(keys.encryptionKey, 'data'), key: keys.encryptionKey },
      old: configured.dataOldKeys ?? [],
    },
    lookup: {
      current: { id: configured.lookupKeyId ?? keyIdOf(keys.lookupKey, 'lookup'), key: keys.lookupKey },
      old: configured.lookupOldKeys ?? [],
    },
  };
}

export interface Keys {
  encryptionKey: Buffer;
  lookupKey: Buffer;
  /** PKCS#8 PEM of the key that signs certificates: Ed25519 (intl) or SM2 (gm) */
  certificateSigningKey: string;
  /** keys the audit log's hash chain and signs its checkpoints: never stored in the database */
  auditChainKey: Buffer;
}

/**
 * Outside production, keys that are not configured are generated once into the data folder, so a local
 * database stays readable across restarts. Production must configure them (config.ts refuses otherwise).
 */
export function resolveKeys(
  dataDir: string,
  configured: Partial<Keys>,
  profile: Pick<CryptoProfile, 'name' | 'generateSigningKeyPem'> = intlProfile,
): Keys {
  if (
    configured.encryptionKey &&
    configured.lookupKey &&
    configured.certificateSigningKey &&
    configured.auditChainKey
  ) {
    return {
      encryptionKey: configured.encryptionKey,
      lookupKey: configured.lookupKey,
      certificateSigningKey: configured.certificateSigningKey,
      auditChainKey: configured.auditChainKey,
    };
  }
  const file = path.join(dataDir, 'secrets.json');
  let stored: Record<string, string> = {};
  if (existsSync(file)) stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  let changed = false;
  const take = (name: string): Buffer => {
    if (!stored[name]) {
      stored[name] = randomBytes(32).toString('base64');
      changed = true;
    }
    return Buffer.from(stored[name], 'base64');
  };
  const takePem = (name: string): string => {
    if (!stored[name]) {
      stored[name] = profile.generateSigningKeyPem();
      changed = true;
    }
    return stored[name];
  };
  const keys = {
    encryptionKey: configured.encryptionKey ?? take('encryptionKey'),
    lookupKey: configured.lookupKey ?? take('lookupKey'),
    certificateSigningKey: configured.certificateSigningKey ?? takePem(signingKeyName(profile.name)),
    auditChainKey: configured.auditChainKey ?? take('auditChainKey'),
  };
  if (changed) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 });
  }
  return keys;
}

/** where secrets.json keeps each profile's signing key: switching profile keeps the other (its tokens verify) */
const signingKeyName = (profile: CryptoProfile['name']) =>
  profile === 'gm' ? 'certificateSigningKeySm2' : 'certificateSigningKey';

/**
 * Outside production: makes `pem` the certificate signing key kept in the data folder (what resolveKeys
 * generated), the other keys there unchanged. `npm run rotate-certificate-key` uses it.
 */
export function storeCertificateSigningKey(
  dataDir: string,
  pem: string,
  profile: Pick<CryptoProfile, 'name'> = intlProfile,
): string {
  const file = path.join(dataDir, 'secrets.json');
  const stored: Record<string, string> = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)
    : {};
  stored[signingKeyName(profile.name)] = pem;
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 });
  return file;
}

/**
 * `mask(decrypt(stored))`, remembered for the last `size` ciphertexts: lists and the session check show the
 * same people's masked numbers again and again, and each decryption costs more than the rest of a row. Only
 * the masked form is kept in memory, never the clear value.
 */
export function maskedFrom(
  cipher: Pick<FieldCipher, 'decrypt'>,
  mask: (plain: string) => string,
  size = 10_000,
): (stored: string | null) => string | null {
  const cache = new Map<string, string>();
  return (stored) => {
    if (!stored) return null;
    let masked = cache.get(stored);
    if (masked === undefined) {
      masked = mask(cipher.decrypt(stored));
      if (cache.size >= size) cache.delete(cache.keys().next().value as string);
      cache.set(stored, masked);
    }
    return masked;
  };
}
