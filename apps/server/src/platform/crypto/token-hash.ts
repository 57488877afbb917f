/**
 * The stored form of a random token the server hands out (a session id's cookie value, a QR code's id, an OIDC
 * state, an integration secret, the desktop browser's binding cookie): its SHA-256 in hex, under either crypto
 * profile. The token carries 128 bits or more of entropy, so its digest is an index key, not data at rest;
 * ADR 0008 says why it stays SHA-256 under `gm` (a switch would sign everyone out and void every issued secret).
 */
import { createHash } from 'node:crypto';

export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');
