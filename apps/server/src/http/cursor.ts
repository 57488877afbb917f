import { sql } from 'kysely';
import { AppError } from './errors.js';

/**
 * Keyset cursors: the last row's sort keys, opaque to the client (base64url of a JSON array). A cursor that does
 * not decode to the kinds a list expects is the client's 400, never a 500.
 */
type Kind = 'time' | 'uuid' | 'int' | 'text';
type Value<K extends Kind> = K extends 'int' ? number : string;

const VALID: Record<Kind, (v: unknown) => boolean> = {
  time: (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)),
  uuid: (v) =>
    typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(v),
  int: (v) => Number.isSafeInteger(v),
  text: (v) => typeof v === 'string' && v.length <= 100,
};

export function encodeCursor(parts: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

export function decodeCursor<const K extends readonly Kind[]>(
  cursor: string,
  kinds: K,
): { [I in keyof K]: Value<K[I]> } {
  try {
    const parts = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown;
    if (!Array.isArray(parts) || parts.length !== kinds.length || !kinds.every((k, i) => VALID[k](parts[i])))
      throw new Error('bad cursor');
    return parts as { [I in keyof K]: Value<K[I]> };
  } catch {
    throw new AppError('VALIDATION_FAILED', '分页参数无效，请从第一页重新查询', [
      { path: 'after', message: '分页参数无效' },
    ]);
  }
}

/**
 * A timestamptz column as a cursor keeps it: ISO 8601 to the microsecond. Through a JS Date it would lose the last
 * three digits, and the rows of the same millisecond after the page's last one would be skipped.
 */
export const exactTime = (column: string) =>
  sql<string>`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
