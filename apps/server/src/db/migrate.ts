import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from './client.js';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

/** Any constant: every instance starting at once takes the same lock, so migrations run exactly once. */
const MIGRATION_LOCK = 2_026_112_701;

/**
 * Applies the pending `NNNN_name.sql` files in order, all in one transaction under an advisory lock, so
 * several instances may start together and a failed migration leaves nothing behind.
 */
export async function migrate(database: Database, dir: string = MIGRATIONS_DIR): Promise<string[]> {
  const files = readdirSync(dir)
    .filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f))
    .sort();
  return database.scriptTransaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(
      'create table if not exists schema_migrations (version text primary key, applied_at timestamptz not null default now())',
    );
    const applied = new Set(
      (await tx.query<{ version: string }>('select version from schema_migrations')).map((r) => r.version),
    );
    const pending = files.filter((f) => !applied.has(f));
    for (const file of pending) {
      await tx.exec(readFileSync(`${dir}/${file}`, 'utf8'));
      await tx.query('insert into schema_migrations (version) values ($1)', [file]);
    }
    return pending;
  });
}
