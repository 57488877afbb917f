/**
 * The field cipher of both profiles (issue 15): what is written names its algorithm and key; everything either
 * profile wrote, under the current key or an old one, and in the format from before key ids, is read and found.
 */
import { createCipheriv, createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type FieldKeys, fieldKeyOf, gmProfile, intlProfile } from './profile.js';

const k = (id: string) => ({ id, key: randomBytes(32) });
const oldData = k('data-old');
const oldLookup = k('lookup-old');
const keys: FieldKeys = { data: { current: k('data-new') }, lookup: { current: k('lookup-new') } };
const rekeying: FieldKeys = {
  data: { ...keys.data, old: [oldData] },
  lookup: { ...keys.lookup, old: [oldLookup] },
};
const ID = '22010219900307123X';

/** what secrets.ts wrote before key ids: `v1:iv:tag:body`, AES-256-GCM */
function legacyEncrypt(plain: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join(
    ':',
  );
}

describe.each([intlProfile, gmProfile])('the $name field cipher', (profile) => {
  const cipher = profile.fieldCipher(rekeying);

  it('writes its own format under the current key, and says so', () => {
    const stored = cipher.encrypt(ID);
    expect(fieldKeyOf(stored)).toEqual({ profile: profile.name, keyId: 'data-new' });
    expect(cipher.isCurrent(stored)).toBe(true);
    expect(cipher.decrypt(stored)).toBe(ID);
    expect(cipher.lookup(` ${ID.toLowerCase()} `)).toBe(cipher.lookup(ID));
    expect(cipher.lookup(ID)).toMatch(
      new RegExp(`^${profile.name === 'gm' ? 'hsm3' : 'hs256'}:lookup-new:[0-9a-f]{64}$`),
    );
    expect(cipher.isCurrentLookup(cipher.lookup(ID))).toBe(true);
  });

  it('reads the other profile, old keys and the format before key ids, none of them current', () => {
    const other = (profile.name === 'gm' ? intlProfile : gmProfile).fieldCipher(rekeying);
    const old = profile.fieldCipher({ data: { current: oldData }, lookup: { current: oldLookup } });
    for (const stored of [other.encrypt(ID), old.encrypt(ID), legacyEncrypt(ID, oldData.key)]) {
      expect(cipher.decrypt(stored)).toBe(ID);
      expect(cipher.isCurrent(stored)).toBe(false);
    }
    const found = cipher.lookups(ID);
    expect(found[0]).toBe(cipher.lookup(ID));
    expect(found).toContain(other.lookup(ID));
    expect(found).toContain(old.lookup(ID));
    // the bare HMAC-SHA-256 of before key ids
    expect(found).toContain(createHmac('sha256', oldLookup.key).update(ID).digest('hex'));
    expect(cipher.isCurrentLookup(old.lookup(ID))).toBe(false);
    // once the old keys are dropped, what they wrote is neither read nor found
    const after = profile.fieldCipher(keys);
    expect(() => after.decrypt(old.encrypt(ID))).toThrow();
    expect(() => after.decrypt(legacyEncrypt(ID, oldData.key))).toThrow(/no configured key/);
    expect(after.lookups(ID)).not.toContain(old.lookup(ID));
  });

  it('refuses a changed byte, a swapped key id and an unknown format', () => {
    const stored = cipher.encrypt(ID);
    if (profile.name === 'intl') {
      // the key id is authenticated: naming another configured key fails, even one that exists
      expect(() => cipher.decrypt(stored.replace('v2:data-new:', 'v2:data-old:'))).toThrow();
      const parts = stored.split(':');
      const bytes = Buffer.from(parts[4] ?? '', 'base64');
      bytes[0] = (bytes[0] ?? 0) ^ 1;
      parts[4] = bytes.toString('base64');
      expect(() => cipher.decrypt(parts.join(':'))).toThrow();
    } else {
      const envelope = Buffer.from(stored.slice(3), 'base64url');
      for (const at of [3, 20, envelope.length - 40, envelope.length - 1]) {
        const changed = Buffer.from(envelope);
        changed[at] = (changed[at] ?? 0) ^ 1;
        expect(() => cipher.decrypt(`gm:${changed.toString('base64url')}`), `byte ${at}`).toThrow();
      }
    }
    expect(() => cipher.decrypt('v3:x:y:z')).toThrow(/unknown ciphertext format/);
  });
});
