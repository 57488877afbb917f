import { afterEach, describe, expect, it } from 'vitest';
import {
  dummyPasswordHash,
  hashPassword,
  needsRehash,
  setPasswordHashCost,
  verifyPassword,
} from './password-hash.js';

afterEach(() => setPasswordHashCost(10));

describe('password hashes', () => {
  it('are scrypt in a PHC string that carries its parameters, and verify only the right password', async () => {
    setPasswordHashCost(10);
    const hash = await hashPassword('Lisi@2026');
    expect(hash).toMatch(/^\$scrypt\$ln=10,r=8,p=1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(await verifyPassword('Lisi@2026', hash)).toBe(true);
    expect(await verifyPassword('Lisi@2027', hash)).toBe(false);
    expect(await verifyPassword('Lisi@2026', 'not a hash')).toBe(false);
    // two hashes of one password differ by their salt
    expect(await hashPassword('Lisi@2026')).not.toBe(hash);
  });

  it('made at weaker parameters than today’s still verify, and ask to be made again', async () => {
    setPasswordHashCost(10);
    const old = await hashPassword('Lisi@2026');
    expect(needsRehash(old)).toBe(false);
    setPasswordHashCost(11);
    expect(needsRehash(old)).toBe(true);
    expect(await verifyPassword('Lisi@2026', old)).toBe(true);
    expect(needsRehash(await hashPassword('Lisi@2026'))).toBe(false);
    expect(needsRehash(old.replace('r=8', 'r=4'))).toBe(true);
    expect(needsRehash('garbage')).toBe(true);
  });

  it('for an unknown account are made at the current cost, once per cost', async () => {
    setPasswordHashCost(10);
    const first = await dummyPasswordHash();
    expect(first).toContain('ln=10,');
    expect(await dummyPasswordHash()).toBe(first);
    setPasswordHashCost(11);
    expect(await dummyPasswordHash()).toContain('ln=11,');
  });
});
