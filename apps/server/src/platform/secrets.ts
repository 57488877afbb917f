import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateSigningKeyPem } from './signing/certificate-signature.js';

/**
 * Personal data at rest (SPEC §10): 证件号码 and 手机号码 are stored as AES-256-GCM ciphertext and found through
 * an HMAC-SHA256 of the normalised value, so equal values are found without decrypting every row.
 */
export interface FieldCipher {
  encrypt(plain: string): string;
  decrypt(stored: string): string;
  /** keyed hash for lookups and unique constraints */
  lookup(plain: string): string;
}

/** What a lookup hash is taken of: equal numbers typed with other spacing or case find the same row. */
export function lookupInput(plain: string): string {
  return plain.trim().toUpperCase();
}

export function createFieldCipher(encryptionKey: Buffer, lookupKey: Buffer): FieldCipher {
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encryptionKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [
        'v1',
        iv.toString('base64'),
        cipher.getAuthTag().toString('base64'),
        body.toString('base64'),
      ].join(':');
    },
    decrypt(stored) {
      const [version, iv, tag, body] = stored.split(':');
      if (version !== 'v1' || !iv || !tag || !body) throw new Error('unknown ciphertext format');
      const decipher = createDecipheriv('aes-256-gcm', encryptionKey, Buffer.from(iv, 'base64'));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
    },
    lookup(plain) {
      return createHmac('sha256', lookupKey).update(lookupInput(plain)).digest('hex');
    },
  };
}

export interface Keys {
  encryptionKey: Buffer;
  lookupKey: Buffer;
  /** PKCS#8 PEM of the Ed25519 key that signs certificates */
  certificateSigningKey: string;
  /** keys the audit log's hash chain and signs its checkpoints: never stored in the database */
  auditChainKey: Buffer;
}

/**
 * Outside production, keys that are not configured are generated once into the data folder, so a local
 * database stays readable across restarts. Production must configure them (config.ts refuses otherwise).
 */
export function resolveKeys(dataDir: string, configured: Partial<Keys>): Keys {
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
      stored[name] = generateSigningKeyPem();
      changed = true;
    }
    return stored[name];
  };
  const keys = {
    encryptionKey: configured.encryptionKey ?? take('encryptionKey'),
    lookupKey: configured.lookupKey ?? take('lookupKey'),
    certificateSigningKey: configured.certificateSigningKey ?? takePem('certificateSigningKey'),
    auditChainKey: configured.auditChainKey ?? take('auditChainKey'),
  };
  if (changed) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 });
  }
  return keys;
}

/**
 * Outside production: makes `pem` the certificate signing key kept in the data folder (what resolveKeys
 * generated), the other keys there unchanged. `npm run rotate-certificate-key` uses it.
 */
export function storeCertificateSigningKey(dataDir: string, pem: string): string {
  const file = path.join(dataDir, 'secrets.json');
  const stored: Record<string, string> = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)
    : {};
  stored.certificateSigningKey = pem;
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
