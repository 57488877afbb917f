import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * scrypt in a PHC string: `$scrypt$ln=17,r=8,p=1$<salt>$<hash>`, at OWASP's parameters (N = 2^17, r = 8,
 * p = 1). N = 2^17 with r = 8 needs 128 MiB, above Node's 32 MiB default maxmem, so maxmem is raised. The
 * parameters travel with each hash: a stored hash made at lower ones still verifies, and is made again at the
 * current ones on its owner's next successful sign-in (`needsRehash`).
 */
export const DEFAULT_PASSWORD_HASH_COST = 17;
let LOG_N = DEFAULT_PASSWORD_HASH_COST;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, logN: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFKC'),
      salt,
      KEY_LENGTH,
      { N: 2 ** logN, r, p, maxmem: 256 * 2 ** logN * r + 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

/**
 * The cost of new hashes (log2 N), from PASSWORD_HASH_COST: at least 17 in production (config refuses less);
 * the tests run the same scrypt at a lower cost. Existing hashes keep the cost they were made with until
 * their owner signs in again.
 */
export function setPasswordHashCost(logN: number): void {
  LOG_N = logN;
}

const PHC = /^\$scrypt\$ln=(\d+),r=(\d+),p=(\d+)\$([^$]+)\$([^$]+)$/;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, LOG_N, R, P);
  return `$scrypt$ln=${LOG_N},r=${R},p=${P}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, phc: string): Promise<boolean> {
  const m = PHC.exec(phc);
  if (!m) return false;
  const expected = Buffer.from(m[5] ?? '', 'base64');
  const key = await derive(
    password,
    Buffer.from(m[4] ?? '', 'base64'),
    Number(m[1]),
    Number(m[2]),
    Number(m[3]),
  );
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** Whether a stored hash was made at weaker parameters than new hashes are (to be made again at sign-in). */
export function needsRehash(phc: string): boolean {
  const m = PHC.exec(phc);
  if (!m) return true;
  return Number(m[1]) < LOG_N || Number(m[2]) < R || Number(m[3]) < P;
}

const dummies = new Map<number, Promise<string>>();
/**
 * A hash to verify against when the account does not exist, at the current cost, so both paths take the same
 * time. Made on first use (not at import: every process that loads this module would pay 128 MiB and a
 * fraction of a second for it).
 */
export function dummyPasswordHash(): Promise<string> {
  let dummy = dummies.get(LOG_N);
  if (!dummy) {
    dummy = hashPassword(randomBytes(12).toString('base64'));
    dummies.set(LOG_N, dummy);
  }
  return dummy;
}
