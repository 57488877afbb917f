import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from './schema.js';

/**
 * Runs `fn` in a transaction whose statements PostgreSQL plans for their parameters' values every time.
 *
 * The server names its statements (`db/client.ts`), so each connection parses one once; after five runs
 * PostgreSQL may keep a generic plan, made without the values. For a search whose filters match from a handful
 * of rows to most of the table, one plan cannot fit every value: at a million 审计日志 rows, a year filtered by
 * a rare 操作 took 300 ms on the generic plan of the same statement's week-long searches, and 0.5 ms planned for
 * its values; a prefix LIKE only reads its index range when the pattern is known (bench/audit-list.mjs). Planning
 * costs a fraction of a millisecond: for the back office's searches, not for the portals' hot paths.
 */
export function withCustomPlans<T>(db: Kysely<DB>, fn: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  return db
    .transaction()
    .setAccessMode('read only')
    .execute(async (trx) => {
      await sql`set local plan_cache_mode = force_custom_plan`.execute(trx);
      return fn(trx);
    });
}
