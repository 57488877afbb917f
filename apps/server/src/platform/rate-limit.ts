import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.js';

export interface RateLimitResult {
  allowed: boolean;
  count: number;
  resetAt: Date;
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
  const row = await sql<{ count: number; reset_at: Date }>`
    insert into rate_limits (key, count, reset_at)
    values (${key}, 1, now() + make_interval(secs => ${windowSeconds}))
    on conflict (key) do update set
      count = case when rate_limits.reset_at <= now() then 1 else rate_limits.count + 1 end,
      reset_at = case when rate_limits.reset_at <= now() then excluded.reset_at else rate_limits.reset_at end
    returning count, reset_at`
    .execute(db)
    .then((r) => r.rows[0]);
  if (!row) throw new Error('rate limit upsert returned no row');
  return { allowed: row.count <= limit, count: row.count, resetAt: row.reset_at };
}
