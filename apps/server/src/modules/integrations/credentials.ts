import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { BlockList, isIP, isIPv4 } from 'node:net';
import { INTEGRATION_CLIENT_ID } from '@rcpd/shared';
import { tokenHash } from '../../platform/crypto/token-hash.js';

/**
 * The credential of an integration client: `<clientId>.<secret>`, sent as `Authorization: Bearer …`.
 * The secret is 32 random bytes (base64url): with that much entropy a slow password hash adds nothing, so the
 * server keeps its SHA-256 and compares digests in constant time — one hash per call, not a 50 ms scrypt.
 */

const SECRET = /^[A-Za-z0-9_-]{43}$/;

export function newClientId(): string {
  return `ic_${randomBytes(8).toString('hex')}`;
}

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** The webhook signing secret, shown once as it is; its UTF-8 bytes are the HMAC key. */
export function newSigningSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

export const secretHash = tokenHash;

export function sameSecret(secret: string, storedHash: string): boolean {
  const a = Buffer.from(secretHash(secret), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

export type ParsedCredential = { clientId: string; secret: string };

/**
 * `Bearer <clientId>.<secret>` from the Authorization header: null when the header is absent or not a bearer
 * token at all, 'malformed' when it is a bearer token of another shape.
 */
export function parseCredential(header: string | undefined): ParsedCredential | 'malformed' | null {
  if (!header) return null;
  const match = /^Bearer[ ]+(\S+)$/i.exec(header.trim());
  if (!match?.[1]) return null;
  const token = match[1];
  const dot = token.indexOf('.');
  const clientId = token.slice(0, dot);
  const secret = token.slice(dot + 1);
  if (dot < 0 || !INTEGRATION_CLIENT_ID.test(clientId) || !SECRET.test(secret)) return 'malformed';
  return { clientId, secret };
}

/** Does the request carry an integration credential (of any shape) at all? The CSRF hook asks. */
export function carriesBearer(header: string | undefined): boolean {
  return header !== undefined && /^Bearer[ ]+\S/i.test(header.trim());
}

/** `sha256=<hex>` of `${timestamp}.${body}` under the client's signing secret. */
export function webhookSignature(signingSecret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', signingSecret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** `::ffff:10.0.0.1` → `10.0.0.1`: the form the allow-list and the audit log show. */
export function plainAddress(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  return mapped?.[1] ?? ip;
}

const lists = new Map<string, BlockList>();

/**
 * Is `ip` inside one of `entries` (addresses and CIDR ranges, checked when they were saved)? An empty list lets
 * nobody in. Lists are built once per distinct content (a handful of clients).
 */
export function allowedAddress(entries: string[], ip: string): boolean {
  if (entries.length === 0) return false;
  const key = entries.join(',');
  let list = lists.get(key);
  if (!list) {
    list = new BlockList();
    for (const entry of entries) {
      const [address = '', prefix] = entry.split('/');
      const family = isIPv4(address) ? 'ipv4' : 'ipv6';
      if (prefix === undefined) list.addAddress(address, family);
      else list.addSubnet(address, Number(prefix), family);
    }
    if (lists.size > 1000) lists.clear();
    lists.set(key, list);
  }
  const address = plainAddress(ip);
  // X-Forwarded-For behind a proxy is whatever the client wrote: not an address, not allowed
  if (isIP(address) === 0) return false;
  return list.check(address, isIPv4(address) ? 'ipv4' : 'ipv6');
}
