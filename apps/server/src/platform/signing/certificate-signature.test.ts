import { createPrivateKey, sign as cryptoSign, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  type CertificateClaims,
  createCertificateSigner,
  generateSigningKeyPem,
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

  it('is a compact token, short enough for a QR code', () => {
    const token = signer.sign(CLAIMS);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(token.length).toBeLessThan(250);
    // the payload is readable by anyone; only the signature needs the key
    expect(JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8'))).toEqual(CLAIMS);
  });

  it('signs the same claims to the same token whatever the property order or extras', () => {
    const reordered = { v: CLAIMS.v, d: CLAIMS.d, c: CLAIMS.c, h: CLAIMS.h, n: CLAIMS.n };
    const extra = { ...CLAIMS, x: 'ignored' } as CertificateClaims;
    expect(signer.sign(reordered)).toBe(signer.sign(CLAIMS));
    expect(signer.sign(extra)).toBe(signer.sign(CLAIMS));
  });

  it('rejects any changed character of the payload or the signature', () => {
    const token = signer.sign(CLAIMS);
    const dot = token.indexOf('.');
    for (let i = 0; i < token.length; i++) {
      if (i === dot) continue;
      expect(signer.verify(flip(token, i)), `position ${i}`).toBeNull();
    }
  });

  it('rejects a payload re-signed with changed claims but the old signature', () => {
    const [, signature] = signer.sign(CLAIMS).split('.');
    const forged = b64(JSON.stringify({ ...CLAIMS, c: 'A' }));
    expect(signer.verify(`${forged}.${signature}`)).toBeNull();
    // swapping the signature of another genuine certificate does not help either
    const [payload] = signer.sign(CLAIMS).split('.');
    const [, otherSignature] = signer.sign({ ...CLAIMS, n: 'JLRC-2026-C-000124' }).split('.');
    expect(signer.verify(`${payload}.${otherSignature}`)).toBeNull();
  });

  it('rejects a token signed by another key', () => {
    expect(signer.verify(other.sign(CLAIMS))).toBeNull();
    expect(other.verify(other.sign(CLAIMS))).toEqual(CLAIMS);
    expect(other.publicKeyPem).not.toBe(signer.publicKeyPem);
    expect(signer.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
  });

  it('rejects garbage and empty parts without throwing', () => {
    const token = signer.sign(CLAIMS);
    const [payload, signature] = token.split('.') as [string, string];
    for (const bad of [
      '',
      '.',
      'abc',
      `${payload}.`,
      `.${signature}`,
      `${payload}`,
      `${token}.${signature}`,
      `${payload}.${signature}=`,
      `${payload}==.${signature}`,
      `${payload}.${signature.slice(0, -2)}`,
      `${payload}.${signature}AA`,
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
