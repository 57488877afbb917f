/**
 * The signed payload of a certificate's QR code: Ed25519 over the canonical JSON of a few claims, with nothing but
 * node:crypto. The token is `base64url(JSON) + '.' + base64url(signature)`, about 200 characters for a typical
 * certificate, so the QR code stays small enough to scan from a printed page.
 *
 * The claims say what the certificate said when it was issued; whether it is still 有效 (or 暂扣, 撤销, …) is not
 * in the token but looked up by its number at verification time, so a revoked certificate shows as revoked.
 */
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';

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
}

const KEYS = ['n', 'h', 'c', 'd', 'v'] as const;
const SIGNATURE_BYTES = 64;
/** Far more than any real certificate needs; keeps a hostile token from costing anything to reject. */
const MAX_TOKEN_LENGTH = 2048;
const MAX_TEXT_LENGTH = 200;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
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

function ed25519PrivateKey(pem: string): KeyObject {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new Error(`certificate signing key must be Ed25519, got ${key.asymmetricKeyType ?? 'unknown'}`);
  }
  return key;
}

export function createCertificateSigner(privateKeyPem: string): CertificateSigner {
  const privateKey = ed25519PrivateKey(privateKeyPem);
  const publicKey = createPublicKey(privateKey);
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();

  return {
    publicKeyPem,

    sign(claims) {
      if (!isClaims({ n: claims.n, h: claims.h, c: claims.c, d: claims.d, v: claims.v })) {
        throw new Error('certificate claims are incomplete or malformed');
      }
      const payload = Buffer.from(canonical(claims), 'utf8');
      const signature = sign(null, payload, privateKey);
      return `${payload.toString('base64url')}.${signature.toString('base64url')}`;
    },

    verify(token) {
      try {
        if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return null;
        const parts = token.split('.');
        if (parts.length !== 2) return null;
        const payload = decodeBase64url(parts[0]!);
        const signature = decodeBase64url(parts[1]!);
        if (!payload || !signature || signature.length !== SIGNATURE_BYTES) return null;
        if (!verify(null, payload, publicKey, signature)) return null;

        const text = new TextDecoder('utf-8', { fatal: true }).decode(payload);
        const claims: unknown = JSON.parse(text);
        // Signed by this key yet not canonical would mean a bug or a leaked key: refuse rather than guess.
        if (!isClaims(claims) || canonical(claims) !== text) return null;
        return { n: claims.n, h: claims.h, c: claims.c, d: claims.d, v: claims.v };
      } catch {
        return null;
      }
    },
  };
}

/** PKCS#8 PEM of a new Ed25519 private key, e.g. for `.env` or a secret store. */
export function generateSigningKeyPem(): string {
  const { privateKey } = generateKeyPairSync('ed25519');
  return privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}
