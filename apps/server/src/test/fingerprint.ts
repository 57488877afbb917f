import { sql } from 'kysely';
import type { TestContext } from './harness.js';

/**
 * A fingerprint of what a refused request must leave as it was: every table of the application (and the job
 * engine's job table) as a row count and an md5 of its ordered rows, in one query, and the blob store's files.
 *
 * What a refused request may legitimately touch is left out, each for a reason:
 * - `audit_log` rows of attempts (REFUSAL_ACTIONS): refusals are audited (`access.denied`, `login.failed`,
 *   `integration.auth.failed`, …), and so is every call of an integration client whatever it answered (a lookup
 *   that finds nothing is a 404 and still a lookup someone made). Its other rows stay in, so a refused request
 *   that audits a change it did not make is caught. The sealer's
 *   columns (`seq`, `prev_hash`, `hash`) are filled in by a timer after the insert, so they are left out.
 * - `rate_limits`: every attempt counts against its window, refused or not; that is what the limits are for.
 * - `sessions.last_seen_at`: any request of a signed-in account, refused or not, shows the session in use.
 * - the job engine's schema (`pgboss`) except its `job` table: its bookkeeping (versions, queues, schedules)
 *   changes by itself; the `job` table stays in, because a refused request must not enqueue a side effect.
 */

/** Audit actions that record an attempt, refused or not: written by the refused request itself, on purpose. */
export const REFUSAL_ACTIONS = [
  'access.denied',
  'integration.auth.failed',
  'integration.rate_limited',
  'integration.call',
  'integration.certificate.lookup',
  'integration.certificate.search',
  'login.failed',
  'login.locked',
];

const IGNORED_TABLES = ['rate_limits'];
const IGNORED_COLUMNS: Record<string, string[]> = {
  sessions: ['last_seen_at'],
  audit_log: ['seq', 'prev_hash', 'hash'],
};
const ROW_FILTER: Record<string, string> = {
  audit_log: `where x.action not in (${REFUSAL_ACTIONS.map((a) => `'${a}'`).join(', ')})`,
};

export interface Fingerprint {
  tables: Record<string, string>;
  blobs: string[];
}

let query: string | null = null;

async function fingerprintQuery(ctx: TestContext): Promise<string> {
  if (query) return query;
  const tables = await sql<{ schema: string; name: string }>`
    select table_schema as schema, table_name as name from information_schema.tables
    where table_type = 'BASE TABLE'
      and (table_schema = 'public' or (table_schema = 'pgboss' and table_name = 'job'))
    order by table_schema, table_name`.execute(ctx.database.db);
  const parts = tables.rows
    .filter((t) => !IGNORED_TABLES.includes(t.name))
    .map(({ schema, name }) => {
      const drop = IGNORED_COLUMNS[name] ?? [];
      const row = drop.length
        ? `(to_jsonb(x) - array[${drop.map((c) => `'${c}'`).join(', ')}]::text[])::text`
        : 'to_jsonb(x)::text';
      return `select '${schema}.${name}' as t, count(*)::text || ':' || coalesce(md5(string_agg(r, '|' order by r)), '') as d
        from (select ${row} as r from "${schema}"."${name}" x ${ROW_FILTER[name] ?? ''}) s`;
    });
  query = parts.join('\nunion all\n');
  return query;
}

export async function fingerprint(ctx: TestContext): Promise<Fingerprint> {
  const [rows, blobs] = await Promise.all([
    sql<{ t: string; d: string }>`${sql.raw(await fingerprintQuery(ctx))}`.execute(ctx.database.db),
    ctx.storedBlobs(),
  ]);
  return { tables: Object.fromEntries(rows.rows.map((r) => [r.t, r.d])), blobs: blobs.sort() };
}

/** What changed between two fingerprints: the tables by name, and the files added or removed. */
export function changes(before: Fingerprint, after: Fingerprint): string[] {
  const out: string[] = [];
  for (const [table, digest] of Object.entries(after.tables))
    if (before.tables[table] !== digest) out.push(`table ${table}`);
  const added = after.blobs.filter((b) => !before.blobs.includes(b));
  const removed = before.blobs.filter((b) => !after.blobs.includes(b));
  if (added.length) out.push(`files added: ${added.length}`);
  if (removed.length) out.push(`files removed: ${removed.length}`);
  return out;
}
