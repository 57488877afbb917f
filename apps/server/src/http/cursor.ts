import { AppError } from './errors.js';

/**
 * Keyset cursors: the last row's sort keys, opaque to the client (base64url of a JSON array). A cursor that does
 * not decode to the kinds a list expects is the client's 400, never a 500.
 */
type Kind = 'time' | 'uuid' | 'int';
type Value<K extends Kind> = K extends 'int' ? number : string;

const VALID: Record<Kind, (v: unknown) => boolean> = {
  time: (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)),
  uuid: (v) =>
    typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(v),
  int: (v) => Number.isSafeInteger(v),
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
