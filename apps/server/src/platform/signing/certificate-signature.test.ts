import { createHash, createPrivateKey, sign as cryptoSign, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  type CertificateClaims,
  certificateKeyId,
  createCertificateSigner,
  generateSigningKeyPem,
  parseCertificateToken,
  verifyCertificateToken,
} from './certificate-signature.js';

const signer = createCertificateSigner(generateSigningKeyPem());
const other = createCertificateSigner(generateSigningKeyPem());

const CLAIMS: CertificateClaims = {
  n: 'JLRC-2026-C-000123',
  h: '欧阳建国',
  c: 'C',
  d: '2026-03-15',
  v: '2031-03-14',
};

/** Signs arbitrary bytes with the key behind a signer: stands in for any payload the server never issues. */
function signWith(pem: string, bytes: Buffer): Buffer {
  return cryptoSign(null, bytes, createPrivateKey(pem));
}

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
/** Another base64url character in place of the one at `i`. */
function flip(token: string, i: number): string {
  const replacement = token[i] === 'A' ? 'B' : 'A';
  return token.slice(0, i) + replacement + token.slice(i + 1);
}

describe('certificate signature', () => {
  it('round-trips the claims, Chinese names included', () => {
    const token = signer.sign(CLAIMS);
    expect(signer.verify(token)).toEqual(CLAIMS);

    const openEnded = { ...CLAIMS, h: '张三', c: 'A', v: null };
    expect(signer.verify(signer.sign(openEnded))).toEqual(openEnded);

    const long = { ...CLAIMS, h: '阿卜杜热合曼·艾买提江·买买提明' };
    expect(signer.verify(signer.sign(long))).toEqual(long);
  });

  it('is a compact token naming its key, short enough for a QR code', () => {
    const token = signer.sign(CLAIMS);
    expect(token).toMatch(/^[A-Za-z0-9_-]{11}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(token.length).toBeLessThan(260);
    const [keyId, payload] = token.split('.') as [string, string];
    expect(keyId).toBe(signer.keyId);
    // the payload is readable by anyone; only the signature needs the key
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))).toEqual(CLAIMS);
  });

  it('names a key by the first 8 bytes of SHA-256 over its raw public key', () => {
    const spki = signer.publicKey.export({ type: 'spki', format: 'der' });
    // an Ed25519 SPKI ends with the 32 raw bytes of the key
    const raw = spki.subarray(spki.length - 32);
    expect(signer.keyId).toBe(createHash('sha256').update(raw).digest().subarray(0, 8).toString('base64url'));
    expect(certificateKeyId(signer.publicKey)).toBe(signer.keyId);
    expect(createCertificateSigner(generateSigningKeyPem()).keyId).not.toBe(signer.keyId);
  });

  it('verifies a token from before keys had ids (payload and signature over the payload) with its key', () => {
    const pem = generateSigningKeyPem();
    const first = createCertificateSigner(pem);
    const json = Buffer.from(JSON.stringify(CLAIMS));
    const legacy = `${json.toString('base64url')}.${signWith(pem, json).toString('base64url')}`;
    expect(first.verify(legacy)).toEqual(CLAIMS);
    expect(parseCertificateToken(legacy)?.keyId).toBeNull();
    expect(signer.verify(legacy)).toBeNull();
    // its key id put in front does not make it a keyed token: the signature covers the key id too
    expect(first.verify(`${first.keyId}.${legacy}`)).toBeNull();
  });

  it('refuses a token whose key id was swapped, even for the key that signed it', () => {
    const [, payload, signature] = signer.sign(CLAIMS).split('.') as [string, string, string];
    expect(signer.verify(`${other.keyId}.${payload}.${signature}`)).toBeNull();
    const parsed = parseCertificateToken(`${other.keyId}.${payload}.${signature}`);
    expect(parsed).not.toBeNull();
    expect(verifyCertificateToken(parsed!, signer.verifier)).toBeNull();
    expect(verifyCertificateToken(parsed!, other.verifier)).toBeNull();
    // without the key id: the signature was over the key id and the payload, not the payload alone
    expect(signer.verify(`${payload}.${signature}`)).toBeNull();
  });

  it('signs the same claims to the same token whatever the property order or extras', () => {
    const reordered = { v: CLAIMS.v, d: CLAIMS.d, c: CLAIMS.c, h: CLAIMS.h, n: CLAIMS.n };
    const extra = { ...CLAIMS, x: 'ignored' } as CertificateClaims;
    expect(signer.sign(reordered)).toBe(signer.sign(CLAIMS));
    expect(signer.sign(extra)).toBe(signer.sign(CLAIMS));
  });

  it('rejects any changed character of the key id, the payload or the signature', () => {
    const token = signer.sign(CLAIMS);
    for (let i = 0; i < token.length; i++) {
      if (token[i] === '.') continue;
      expect(signer.verify(flip(token, i)), `position ${i}`).toBeNull();
    }
  });

  it('rejects a payload re-signed with changed claims but the old signature', () => {
    const [keyId, , signature] = signer.sign(CLAIMS).split('.');
    const forged = b64(JSON.stringify({ ...CLAIMS, c: 'A' }));
    expect(signer.verify(`${keyId}.${forged}.${signature}`)).toBeNull();
    // swapping the signature of another genuine certificate does not help either
    const [, payload] = signer.sign(CLAIMS).split('.');
    const [, , otherSignature] = signer.sign({ ...CLAIMS, n: 'JLRC-2026-C-000124' }).split('.');
    expect(signer.verify(`${keyId}.${payload}.${otherSignature}`)).toBeNull();
  });

  it('rejects a token signed by another key', () => {
    expect(signer.verify(other.sign(CLAIMS))).toBeNull();
    expect(other.verify(other.sign(CLAIMS))).toEqual(CLAIMS);
    expect(other.publicKeyPem).not.toBe(signer.publicKeyPem);
    expect(other.keyId).not.toBe(signer.keyId);
    expect(signer.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
  });

  it('rejects garbage and empty parts without throwing', () => {
    const token = signer.sign(CLAIMS);
    const [keyId, payload, signature] = token.split('.') as [string, string, string];
    for (const bad of [
      '',
      '.',
      '..',
      'abc',
      `${keyId}.${payload}.`,
      `${keyId}..${signature}`,
      `.${payload}.${signature}`,
      `${keyId}.${payload}`,
      `${token}.${signature}`,
      `${keyId}.${payload}.${signature}=`,
      `${keyId}.${payload}==.${signature}`,
      `${keyId}.${payload}.${signature.slice(0, -2)}`,
      `${keyId}.${payload}.${signature}AA`,
      `${keyId}A.${payload}.${signature}`,
      `${keyId.slice(1)}.${payload}.${signature}`,
      `${keyId.slice(0, -1)}=.${payload}.${signature}`,
      ` ${token}`,
      `${token}\n`,
      token.replace('.', '..'),
      '💥.💥',
      'x'.repeat(100_000),
      // not strings at all, as an untyped caller might pass
      null as unknown as string,
      undefined as unknown as string,
      42 as unknown as string,
    ]) {
      expect(() => signer.verify(bad)).not.toThrow();
      expect(signer.verify(bad)).toBeNull();
    }
  });

  it('rejects a validly signed payload that is not the claims shape', () => {
    const pem = generateSigningKeyPem();
    const raw = createCertificateSigner(pem);
    const signBytes = (bytes: Buffer) => signWith(pem, bytes);
    const shapes: unknown[] = [
      null,
      [],
      'text',
      42,
      { ...CLAIMS, v: undefined },
      { n: CLAIMS.n, h: CLAIMS.h, c: CLAIMS.c, d: CLAIMS.d },
      { ...CLAIMS, extra: 1 },
      { ...CLAIMS, c: 'F' },
      { ...CLAIMS, c: 'c' },
      { ...CLAIMS, n: '' },
      { ...CLAIMS, h: '  ' },
      { ...CLAIMS, h: 7 },
      { ...CLAIMS, d: '2026-02-30' },
      { ...CLAIMS, d: '2026/03/15' },
      { ...CLAIMS, v: '' },
      { ...CLAIMS, v: 20310314 },
    ];
    for (const shape of shapes) {
      const json = Buffer.from(JSON.stringify(shape) ?? 'undefined', 'utf8');
      const token = `${json.toString('base64url')}.${signBytes(json).toString('base64url')}`;
      expect(raw.verify(token), JSON.stringify(shape)).toBeNull();
    }
    // not JSON, not UTF-8, and JSON that is not canonical (whitespace, other key order)
    for (const bytes of [
      Buffer.from('{not json'),
      Buffer.from([0xff, 0xfe, 0x7b]),
      Buffer.from(JSON.stringify(CLAIMS, null, 1)),
      Buffer.from(JSON.stringify({ h: CLAIMS.h, n: CLAIMS.n, c: CLAIMS.c, d: CLAIMS.d, v: CLAIMS.v })),
    ]) {
      const token = `${bytes.toString('base64url')}.${signBytes(bytes).toString('base64url')}`;
      expect(raw.verify(token)).toBeNull();
    }
    // the same route with the canonical bytes is accepted, so the rejections above are about the shape
    const good = Buffer.from(JSON.stringify(CLAIMS));
    expect(raw.verify(`${good.toString('base64url')}.${signBytes(good).toString('base64url')}`)).toEqual(
      CLAIMS,
    );
  });

  it('refuses to sign claims it would not verify', () => {
    expect(() => signer.sign({ ...CLAIMS, c: 'Z' })).toThrow();
    expect(() => signer.sign({ ...CLAIMS, d: '15.03.2026' })).toThrow();
    expect(() => signer.sign({ ...CLAIMS, h: '' })).toThrow();
  });

  it('accepts only an Ed25519 private key', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    expect(() =>
      createCertificateSigner(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()),
    ).toThrow(/Ed25519/);
    expect(() => createCertificateSigner('not a key')).toThrow();
    expect(generateSigningKeyPem()).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
  });
});
