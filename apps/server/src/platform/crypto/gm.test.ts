import { spawnSync } from 'node:child_process';
import { createCipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  envelopeHeader,
  GmEnvelopeError,
  generateSm2KeyPair,
  hmacSm3,
  SM2_USER_ID,
  sm2PrivateKey,
  sm2PrivateKeyFromHex,
  sm2PublicKey,
  sm2Sign,
  sm2Verify,
  sm3,
  sm4Open,
  sm4Seal,
} from './gm.js';
import { gmProfile, intlProfile, verifierOf } from './profile.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'rcpd-gm-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string) => path.join(dir, name);

/** The openssl binary (OpenSSL 3) as an independent implementation; a missing binary fails the test. */
function run(args: string[]): { status: number | null; output: string } {
  const result = spawnSync('openssl', args, { encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status, output: result.stdout + result.stderr };
}

/** stdout of an openssl command that must succeed */
function openssl(...args: string[]): string {
  const { status, output } = run(args);
  if (status !== 0) throw new Error(`openssl ${args.join(' ')}: ${output}`);
  return output;
}

describe('SM3 and HMAC-SM3', () => {
  it('gives the GB/T 32905 vectors', () => {
    expect(sm3('abc').toString('hex')).toBe(
      '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0',
    );
    expect(sm3('abcd'.repeat(16)).toString('hex')).toBe(
      'debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732',
    );
  });

  it('gives the HMAC that OpenSSL computes', () => {
    const key = randomBytes(32);
    const message = Buffer.from('220102199003071234 and more', 'utf8');
    writeFileSync(file('hmac-msg'), message);
    const out = openssl(
      'dgst',
      '-sm3',
      '-mac',
      'HMAC',
      '-macopt',
      `hexkey:${key.toString('hex')}`,
      file('hmac-msg'),
    );
    expect(out.trim().split('= ')[1]).toBe(hmacSm3(key, message).toString('hex'));
  });
});

describe('SM4', () => {
  it('gives the GB/T 32907 block vector', () => {
    const key = Buffer.from('0123456789abcdeffedcba9876543210', 'hex');
    const cipher = createCipheriv('sm4-ecb', key, null).setAutoPadding(false);
    const block = Buffer.concat([cipher.update(key), cipher.final()]);
    expect(block.toString('hex')).toBe('681edf34d206965e86b3e94f536e4246');
  });
});

describe('SM4-CTR + HMAC-SM3 envelope', () => {
  const keyA = { id: 'gm-2026', key: randomBytes(32) };
  const keyB = { id: 'gm-2027', key: randomBytes(32) };

  it('round-trips empty, short and 1 MB plaintexts and records the key id', () => {
    for (const plain of [Buffer.alloc(0), Buffer.from('220102199003071234'), randomBytes(1 << 20)]) {
      const sealed = sm4Seal(plain, keyA);
      expect(envelopeHeader(sealed).keyId).toBe('gm-2026');
      if (plain.length > 0) expect(sealed.includes(plain.subarray(0, 16))).toBe(false);
      expect(sm4Open(sealed, { current: keyA }).equals(plain)).toBe(true);
    }
  });

  it('opens what an older key sealed when that key is kept, and not otherwise', () => {
    const sealed = sm4Seal(Buffer.from('13800138000'), keyA);
    expect(sm4Open(sealed, { current: keyB, old: [keyA] }).toString()).toBe('13800138000');
    expect(() => sm4Open(sealed, { current: keyB })).toThrow(/no key with id gm-2026/);
  });

  it('refuses a wrong key under the right id', () => {
    const sealed = sm4Seal(Buffer.from('220102199003071234'), keyA);
    expect(() => sm4Open(sealed, { current: { id: 'gm-2026', key: randomBytes(32) } })).toThrow(
      GmEnvelopeError,
    );
  });

  it('refuses a changed byte anywhere: header, key id, IV, ciphertext, tag', () => {
    const plain = Buffer.from('220102199003071234');
    const sealed = sm4Seal(plain, keyA);
    const idEnd = 3 + 'gm-2026'.length;
    const parts = {
      version: 0,
      algorithm: 1,
      'key id length': 2,
      'key id': 4,
      iv: idEnd + 3,
      ciphertext: idEnd + 16 + 5,
      tag: sealed.length - 1,
    };
    for (const [part, at] of Object.entries(parts)) {
      const changed = Buffer.from(sealed);
      changed[at] = (changed[at] as number) ^ 0x01;
      expect(
        () => sm4Open(changed, { current: keyA, old: [{ id: 'gm-2027', key: keyA.key }] }),
        part,
      ).toThrow(GmEnvelopeError);
    }
    // every single byte, for good measure
    for (let at = 0; at < sealed.length; at++) {
      const changed = Buffer.from(sealed);
      changed[at] = (changed[at] as number) ^ 0x80;
      expect(() => sm4Open(changed, { current: keyA })).toThrow(GmEnvelopeError);
    }
  });

  it('refuses a cut envelope', () => {
    const sealed = sm4Seal(Buffer.from('220102199003071234'), keyA);
    for (const length of [0, 2, 10, sealed.length - 33, sealed.length - 1]) {
      expect(() => sm4Open(sealed.subarray(0, length), { current: keyA })).toThrow(GmEnvelopeError);
    }
  });

  it('serves as the gm field cipher, with HMAC-SM3 lookups of the normalised value naming their key', () => {
    const keys = { data: { current: keyA }, lookup: { current: keyB } };
    const cipher = gmProfile.fieldCipher(keys);
    const stored = cipher.encrypt('22010219900307123x');
    expect(stored.startsWith('gm:')).toBe(true);
    expect(stored).not.toBe(cipher.encrypt('22010219900307123x'));
    expect(cipher.decrypt(stored)).toBe('22010219900307123x');
    expect(cipher.lookup(' 22010219900307123x ')).toBe(
      `hsm3:${keyB.id}:${hmacSm3(keyB.key, '22010219900307123X').toString('hex')}`,
    );
    // what intl wrote under the same keys stays readable and found; each names its own algorithm
    const intl = intlProfile.fieldCipher(keys);
    expect(cipher.decrypt(intl.encrypt('22010219900307123x'))).toBe('22010219900307123x');
    expect(cipher.lookups('22010219900307123X')).toContain(intl.lookup('22010219900307123x'));
    expect(cipher.isCurrent(stored)).toBe(true);
    expect(cipher.isCurrent(intl.encrypt('x'))).toBe(false);
    expect(() => cipher.decrypt('v3:abc')).toThrow(/unknown ciphertext format/);
  });
});

describe('SM2 with SM3 and the user id 1234567812345678', () => {
  const message = Buffer.from('{"n":"JL-2026-000123","h":"张三","c":"B"}', 'utf8');
  const distid = `distid:${SM2_USER_ID}`;

  it('signs what OpenSSL verifies, and OpenSSL refuses it for a changed message', () => {
    const pair = generateSm2KeyPair();
    writeFileSync(file('p-pub.pem'), pair.publicKeyPem);
    writeFileSync(file('p-msg'), message);
    writeFileSync(file('p-other'), Buffer.concat([message, Buffer.from(' ')]));
    writeFileSync(file('p-sig'), sm2Sign(message, sm2PrivateKey(pair.privateKeyPem)));
    const verify = (msg: string) =>
      run([
        ...'pkeyutl -verify -pubin -rawin -digest sm3 -pkeyopt'.split(' '),
        distid,
        ...['-inkey', file('p-pub.pem'), '-in', file(msg), '-sigfile', file('p-sig')],
      ]);
    expect(verify('p-msg')).toEqual({ status: 0, output: 'Signature Verified Successfully\n' });
    const changed = verify('p-other');
    expect(changed.status).toBe(1);
    expect(changed.output).toMatch(/Signature Verification Failure/);
  });

  it('verifies what OpenSSL signed, with keys OpenSSL made, and refuses a changed message', () => {
    openssl('genpkey', '-algorithm', 'SM2', '-out', file('o-key.pem'));
    openssl('pkey', '-in', file('o-key.pem'), '-pubout', '-out', file('o-pub.pem'));
    writeFileSync(file('o-msg'), message);
    openssl(
      'pkeyutl',
      '-sign',
      '-inkey',
      file('o-key.pem'),
      '-rawin',
      '-digest',
      'sm3',
      '-in',
      file('o-msg'),
      '-out',
      file('o-sig'),
      '-pkeyopt',
      distid,
    );
    const signature = readFileSync(file('o-sig'));
    const publicKey = sm2PublicKey(readFileSync(file('o-pub.pem'), 'utf8'));
    expect(sm2Verify(message, signature, publicKey)).toBe(true);
    expect(sm2Verify(Buffer.concat([message, Buffer.from(' ')]), signature, publicKey)).toBe(false);
    // the private key OpenSSL wrote is read too, and names the same public key
    expect(sm2PrivateKey(readFileSync(file('o-key.pem'), 'utf8')).publicKey.keyId).toBe(publicKey.keyId);
  });

  it('refuses another key, a changed signature and non-DER forms of it', () => {
    const key = sm2PrivateKey(generateSm2KeyPair().privateKeyPem);
    const other = sm2PrivateKey(generateSm2KeyPair().privateKeyPem);
    const signature = sm2Sign(message, key);
    expect(sm2Verify(message, signature, key.publicKey)).toBe(true);
    expect(sm2Verify(message, signature, other.publicKey)).toBe(false);
    for (let at = 0; at < signature.length; at++) {
      const changed = Buffer.from(signature);
      changed[at] = (changed[at] as number) ^ 0x01;
      expect(sm2Verify(message, changed, key.publicKey)).toBe(false);
    }
    expect(sm2Verify(message, Buffer.concat([signature, Buffer.from([0])]), key.publicKey)).toBe(false);
    expect(sm2Verify(message, Buffer.alloc(64), key.publicKey)).toBe(false);
  });

  it('imports a raw hex private key into the PEM OpenSSL reads', () => {
    const key = sm2PrivateKey(generateSm2KeyPair().privateKeyPem);
    const again = sm2PrivateKeyFromHex(key.hex);
    expect(again.publicKey.hex).toBe(key.publicKey.hex);
    writeFileSync(file('h-key.pem'), String(again.keyObject.export({ type: 'pkcs8', format: 'pem' })));
    expect(openssl('pkey', '-in', file('h-key.pem'), '-pubout')).toBe(
      String(key.publicKey.keyObject.export({ type: 'spki', format: 'pem' })),
    );
  });

  it('is behind the profile interface like Ed25519', () => {
    for (const profile of [gmProfile, intlProfile]) {
      const signer = profile.signer(profile.generateSigningKeyPem());
      const verifier = verifierOf(signer.publicKeyPem);
      expect(verifier.profile).toBe(profile.name);
      expect(verifier.keyId).toBe(signer.keyId);
      expect(verifier.verify(message, signer.sign(message))).toBe(true);
      expect(verifier.verify(Buffer.from('other'), signer.sign(message))).toBe(false);
      expect(verifier.verify(message, Buffer.alloc(3))).toBe(false);
    }
  });
});
