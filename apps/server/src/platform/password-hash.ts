import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * scrypt in a PHC string: `$scrypt$ln=15,r=8,p=1$<salt>$<hash>`. N = 2^15 with r = 8 needs 32 MiB, above
 * Node's 32 MiB default maxmem, so maxmem is raised. The parameters travel with each hash, so they can be
 * raised later without breaking stored passwords.
 */
export const DEFAULT_PASSWORD_HASH_COST = 15;
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
 * The cost of new hashes (log2 N), from PASSWORD_HASH_COST: 15 in production (config refuses less); the tests
 * run the same scrypt at a lower cost. Existing hashes keep the cost they were made with.
 */
export function setPasswordHashCost(logN: number): void {
  LOG_N = logN;
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, LOG_N, R, P);
  return `$scrypt$ln=${LOG_N},r=${R},p=${P}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, phc: string): Promise<boolean> {
  const m = /^\$scrypt\$ln=(\d+),r=(\d+),p=(\d+)\$([^$]+)\$([^$]+)$/.exec(phc);
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

/** A hash to verify against when the account does not exist, so both paths take the same time. */
export const DUMMY_PASSWORD_HASH = await hashPassword(randomBytes(12).toString('base64'));
