/**
 * The signed payload of a certificate's QR code: a signature of the crypto profile (Ed25519 under intl, SM2 with
 * SM3 under gm: platform/crypto/profile.ts) over the canonical JSON of a few claims. The token is `<key id>.<base64url(JSON)>.<base64url(signature)>`, about 210 characters for a
 * typical certificate, so the QR code stays small enough to scan from a printed page. The signature covers the
 * ASCII of `<key id>.<base64url(JSON)>`, so the key id cannot be swapped either.
 *
 * Keys rotate (docs/adr/0006-certificate-key-rotation.md): the key id names the key that signed, and the public
 * keys of retired keys are kept (modules/results/certificate-keys.ts) so a QR printed before a rotation still
 * verifies. Tokens issued before keys had ids are `<base64url(JSON)>.<base64url(signature)>`, the signature over
 * the JSON bytes alone; they were all signed by the first key and verify with it.
 *
 * The claims say what the certificate said when it was issued; whether it is still 有效 (or 暂扣, 撤销, …) is not
 * in the token but looked up by its number at verification time, so a revoked certificate shows as revoked.
 */
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import {
  type CryptoProfile,
  ed25519KeyId,
  gmProfile,
  intlProfile,
  type ProfileVerifier,
  verifierOf,
} from '../crypto/profile.js';

export interface CertificateClaims {
  /** certificate number */
  n: string;
  /** holder name */
  h: string;
  /** category code A–E */
  c: string;
  /** issue date YYYY-MM-DD */
  d: string;
  /** valid until YYYY-MM-DD, or null when open-ended */
  v: string | null;
}

export interface CertificateSigner {
  /** The compact token; throws when the claims are not of the shape that `verify` accepts. */
  sign(claims: CertificateClaims): string;
  /** The claims, or null when the token is malformed, altered or signed by another key. Never throws. */
  verify(token: string): CertificateClaims | null;
  /** SPKI PEM of the public key, for anyone who wants to verify tokens without the server. */
  publicKeyPem: string;
  /** the id its tokens carry: `certificateKeyId` of its public key */
  keyId: string;
  publicKey: KeyObject;
  /** checks this key's signatures */
  verifier: ProfileVerifier;
}

/** A token taken apart, its signature not yet checked. */
export interface CertificateToken {
  /** null: a token from before keys had ids, signed by the first key */
  keyId: string | null;
  /** the bytes the signature covers */
  message: Buffer;
  payload: Buffer;
  signature: Buffer;
}

const KEYS = ['n', 'h', 'c', 'd', 'v'] as const;
/** Ed25519: 64 bytes; SM2: DER, at most 72 */
const MAX_SIGNATURE_BYTES = 72;
/** Far more than any real certificate needs; keeps a hostile token from costing anything to reject. */
const MAX_TOKEN_LENGTH = 2048;
const MAX_TEXT_LENGTH = 200;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const KEY_ID = /^[A-Za-z0-9_-]{11}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && value.length <= MAX_TEXT_LENGTH;
}

function isClaims(value: unknown): value is CertificateClaims {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  if (keys.length !== KEYS.length || !KEYS.every((k) => keys.includes(k))) return false;
  const claims = value as Record<string, unknown>;
  return (
    isText(claims.n) &&
    isText(claims.h) &&
    typeof claims.c === 'string' &&
    /^[A-E]$/.test(claims.c) &&
    isDate(claims.d) &&
    (claims.v === null || isDate(claims.v))
  );
}

/** Always the same bytes for the same claims: fixed key order, no whitespace, extra properties dropped. */
function canonical(claims: CertificateClaims): string {
  return JSON.stringify({ n: claims.n, h: claims.h, c: claims.c, d: claims.d, v: claims.v });
}

/**
 * Strict base64url: Buffer.from is lenient (it skips foreign characters and ignores the unused bits of the last
 * character), so only a string that re-encodes to itself is accepted, and no two tokens mean the same thing.
 */
function decodeBase64url(part: string): Buffer | null {
  if (!BASE64URL.test(part)) return null;
  const bytes = Buffer.from(part, 'base64url');
  return bytes.toString('base64url') === part ? bytes : null;
}

/** The private key of a PKCS#8 PEM, checked to be Ed25519. */
export function ed25519PrivateKey(pem: string): KeyObject {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new Error(`certificate signing key must be Ed25519, got ${key.asymmetricKeyType ?? 'unknown'}`);
  }
  return key;
}

/**
 * The key id of an Ed25519 public key: base64url of the first 8 bytes of SHA-256 over its raw 32 bytes (11
 * characters). Anyone holding the public key computes the same id.
 */
export function certificateKeyId(publicKey: KeyObject): string {
  return ed25519KeyId(publicKey);
}

/** The public key of an SPKI PEM, checked to be Ed25519. */
export function ed25519PublicKey(pem: string): KeyObject {
  const key = createPublicKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new Error(`certificate public key must be Ed25519, got ${key.asymmetricKeyType ?? 'unknown'}`);
  }
  return key;
}

/** The parts of a token of either form, or null when it is malformed. Never throws. */
export function parseCertificateToken(token: string): CertificateToken | null {
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return null;
  const parts = token.split('.');
  if (parts.length !== 2 && parts.length !== 3) return null;
  const keyed = parts.length === 3;
  const keyId = keyed ? parts[0]! : null;
  if (keyId !== null && !KEY_ID.test(keyId)) return null;
  const payloadPart = parts[keyed ? 1 : 0]!;
  const payload = decodeBase64url(payloadPart);
  const signature = decodeBase64url(parts[keyed ? 2 : 1]!);
  if (!payload || !signature || signature.length < 8 || signature.length > MAX_SIGNATURE_BYTES) return null;
  const message = keyed ? Buffer.from(`${keyId}.${payloadPart}`, 'ascii') : payload;
  return { keyId, message, payload, signature };
}

/** The claims of a parsed token if the verifier's key signed it, else null. Never throws. */
export function verifyCertificateToken(
  token: CertificateToken,
  verifier: Pick<ProfileVerifier, 'verify'>,
): CertificateClaims | null {
  try {
    if (!verifier.verify(token.message, token.signature)) return null;
    const text = new TextDecoder('utf-8', { fatal: true }).decode(token.payload);
    const claims: unknown = JSON.parse(text);
    // Signed by this key yet not canonical would mean a bug or a leaked key: refuse rather than guess.
    if (!isClaims(claims) || canonical(claims) !== text) return null;
    return { n: claims.n, h: claims.h, c: claims.c, d: claims.d, v: claims.v };
  } catch {
    return null;
  }
}

/**
 * The signer of a PKCS#8 PEM under `profile`, which refuses a key of the other profile's type; without one, the
 * key's type chooses (Ed25519: intl, SM2: gm).
 */
export function createCertificateSigner(privateKeyPem: string, profile?: CryptoProfile): CertificateSigner {
  let signer: ReturnType<CryptoProfile['signer']>;
  if (profile) signer = profile.signer(privateKeyPem);
  else {
    const type = createPrivateKey(privateKeyPem).asymmetricKeyType;
    try {
      signer = (type === 'ed25519' ? intlProfile : gmProfile).signer(privateKeyPem);
    } catch {
      throw new Error(`certificate signing key must be Ed25519 (intl) or SM2 (gm), got ${type ?? 'unknown'}`);
    }
  }
  const { publicKeyPem, keyId } = signer;
  const publicKey = createPublicKey(publicKeyPem);
  const verifier = verifierOf(publicKeyPem);

  return {
    publicKeyPem,
    keyId,
    publicKey,
    verifier,

    sign(claims) {
      if (!isClaims({ n: claims.n, h: claims.h, c: claims.c, d: claims.d, v: claims.v })) {
        throw new Error('certificate claims are incomplete or malformed');
      }
      const head = `${keyId}.${Buffer.from(canonical(claims), 'utf8').toString('base64url')}`;
      const signature = signer.sign(Buffer.from(head, 'ascii'));
      return `${head}.${signature.toString('base64url')}`;
    },

    /** Its own tokens, and a token without a key id as if this were the first key. */
    verify(token) {
      const parsed = parseCertificateToken(token);
      if (!parsed || (parsed.keyId !== null && parsed.keyId !== keyId)) return null;
      return verifyCertificateToken(parsed, verifier);
    },
  };
}

/** PKCS#8 PEM of a new signing key of the profile (Ed25519 by default), e.g. for `.env` or a secret store. */
export function generateSigningKeyPem(profile: CryptoProfile = intlProfile): string {
  return profile.generateSigningKeyPem();
}
