/**
 * One interface for the algorithms the server signs, hashes and encrypts with (issue 15), so that the next
 * step can choose them by `CRYPTO_PROFILE=intl|gm` and no caller names an algorithm. Today's callers do not use
 * it yet: `intl` here only wraps what they do (secrets.ts, certificate-signature.ts, the audit chain's HMAC).
 * docs/adr/0008-gm-crypto-profile.md says what is left.
 */
import { type BinaryLike, createHash, createHmac, createPublicKey, sign, verify } from 'node:crypto';
import { createFieldCipher, type FieldCipher, lookupInput } from '../secrets.js';
import {
  certificateKeyId,
  ed25519PrivateKey,
  ed25519PublicKey,
  generateSigningKeyPem,
} from '../signing/certificate-signature.js';
import {
  GmEnvelopeError,
  generateSm2KeyPair,
  hmacSm3,
  type Keyring,
  sm2PrivateKey,
  sm2PublicKey,
  sm2Sign,
  sm2Verify,
  sm3,
  sm4Open,
  sm4Seal,
} from './gm.js';

export type CryptoProfileName = 'intl' | 'gm';

export interface ProfileSigner {
  /** the id recorded with each signature, derived from the public key */
  keyId: string;
  /** SPKI PEM */
  publicKeyPem: string;
  sign(message: Buffer): Buffer;
}

export interface ProfileVerifier {
  keyId: string;
  /** never throws */
  verify(message: Buffer, signature: Buffer): boolean;
}

export interface CryptoProfile {
  readonly name: CryptoProfileName;
  /** SHA-256 | SM3 */
  digest(data: BinaryLike): Buffer;
  /** HMAC-SHA-256 | HMAC-SM3: lookup hashes, the audit chain, key derivation */
  hmac(key: BinaryLike, data: BinaryLike): Buffer;
  /** 证件号码 and 手机号码 at rest: AES-256-GCM | SM4-CTR + HMAC-SM3, and their lookup hashes */
  fieldCipher(keys: { encryption: Keyring; lookupKey: Buffer }): FieldCipher;
  /** PKCS#8 PEM of a new signing key: Ed25519 | SM2 */
  generateSigningKeyPem(): string;
  signer(privateKeyPem: string): ProfileSigner;
  verifier(publicKeyPem: string): ProfileVerifier;
}

/** Today's algorithms. Its field cipher has no key ids yet: it uses the keyring's current key only. */
export const intlProfile: CryptoProfile = {
  name: 'intl',
  digest: (data) => createHash('sha256').update(data).digest(),
  hmac: (key, data) => createHmac('sha256', key).update(data).digest(),
  fieldCipher: ({ encryption, lookupKey }) => createFieldCipher(encryption.current.key, lookupKey),
  generateSigningKeyPem,
  signer(privateKeyPem) {
    const key = ed25519PrivateKey(privateKeyPem);
    const publicKey = createPublicKey(key);
    return {
      keyId: certificateKeyId(publicKey),
      publicKeyPem: String(publicKey.export({ type: 'spki', format: 'pem' })),
      sign: (message) => sign(null, message, key),
    };
  },
  verifier(publicKeyPem) {
    const key = ed25519PublicKey(publicKeyPem);
    return {
      keyId: certificateKeyId(key),
      verify(message, signature) {
        try {
          return verify(null, message, key, signature);
        } catch {
          return false;
        }
      },
    };
  },
};

/** Prefix of the text form of a gm field ciphertext: `gm:` + base64url(SM4 envelope), see gm.ts. */
const GM_FIELD_PREFIX = 'gm:';

export const gmProfile: CryptoProfile = {
  name: 'gm',
  digest: sm3,
  hmac: hmacSm3,
  fieldCipher: ({ encryption, lookupKey }) => ({
    encrypt: (plain) =>
      GM_FIELD_PREFIX + sm4Seal(Buffer.from(plain, 'utf8'), encryption.current).toString('base64url'),
    decrypt(stored) {
      if (!stored.startsWith(GM_FIELD_PREFIX)) throw new GmEnvelopeError('unknown ciphertext format');
      return sm4Open(Buffer.from(stored.slice(GM_FIELD_PREFIX.length), 'base64url'), encryption).toString(
        'utf8',
      );
    },
    lookup: (plain) => hmacSm3(lookupKey, lookupInput(plain)).toString('hex'),
  }),
  generateSigningKeyPem: () => generateSm2KeyPair().privateKeyPem,
  signer(privateKeyPem) {
    const key = sm2PrivateKey(privateKeyPem);
    return {
      keyId: key.publicKey.keyId,
      publicKeyPem: String(key.publicKey.keyObject.export({ type: 'spki', format: 'pem' })),
      sign: (message) => sm2Sign(message, key),
    };
  },
  verifier(publicKeyPem) {
    const key = sm2PublicKey(publicKeyPem);
    return { keyId: key.keyId, verify: (message, signature) => sm2Verify(message, signature, key) };
  },
};

export const cryptoProfiles: Record<CryptoProfileName, CryptoProfile> = { intl: intlProfile, gm: gmProfile };
