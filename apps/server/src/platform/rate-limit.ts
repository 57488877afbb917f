import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { DB } from '../db/schema.js';

export interface RateLimitResult {
  allowed: boolean;
  count: number;
  resetAt: Date;
}

/**
 * The counting upsert of a fixed window, over the keys `keys` selects (one column): a window that has passed
 * starts again at 1. Returns `count, reset_at` per key; also usable as a CTE of a larger statement (the
 * integration guard reads its client and counts its call in one round trip).
 */
export function rateLimitUpsert(
  keys: RawBuilder<unknown>,
  windowSeconds: number,
): RawBuilder<{ count: number; reset_at: Date }> {
  return sql<{ count: number; reset_at: Date }>`
    insert into rate_limits (key, count, reset_at)
    select k.key, 1, now() + make_interval(secs => ${windowSeconds}) from (${keys}) as k (key)
    on conflict (key) do update set
      count = case when rate_limits.reset_at <= now() then 1 else rate_limits.count + 1 end,
      reset_at = case when rate_limits.reset_at <= now() then excluded.reset_at else rate_limits.reset_at end
    returning count, reset_at`;
}

/**
 * A fixed-window counter in PostgreSQL: one atomic upsert per hit, so every instance behind the load
 * balancer sees the same count (SPEC §10: no state in one instance's memory).
 */
export async function hitRateLimit(
  db: Kysely<DB>,
  key: string,
  limit: number,
  windowSeconds: number,
): Promise<RateLimitResult> {
  const row = await rateLimitUpsert(sql`select ${key}::text`, windowSeconds)
    .execute(db)
    .then((r) => r.rows[0]);
  if (!row) throw new Error('rate limit upsert returned no row');
  return { allowed: row.count <= limit, count: row.count, resetAt: row.reset_at };
}
