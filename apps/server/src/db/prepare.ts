import path from 'node:path';
import type { Config } from '../config.js';
import { createJobs } from '../platform/jobs.js';
import { type Database, openDatabase } from './client.js';
import { migrate } from './migrate.js';

const quiet = { info() {}, warn() {}, error() {} };

/**
 * Brings the database up to date as the role that owns the tables (DATABASE_OWNER_URL): the migrations, the
 * job engine's tables and queues, and, when the server runs as another role, that role's privileges. Each step
 * is idempotent: every instance runs it at start, the migrations under their lock.
 */
export async function prepareDatabase(owner: Database, runtimeRole: string | null): Promise<string[]> {
  const applied = await migrate(owner);
  // the job engine creates its schema and a table per queue on start: as the owner, so the server need not
  const jobs = createJobs(owner, quiet);
  await jobs.start({ workers: false });
  await jobs.stop();
  if (runtimeRole) await grantRuntimeRole(owner, runtimeRole);
  return applied;
}

/** Quotes a role name for SQL (it comes from the configuration, never from a request). */
function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * What the server's own role may do (README, Database roles): read and write the application's tables and the
 * job engine's, but never change the schema, never disable a trigger (only the owner may), and on the audit
 * log only insert a row (unsealed: the trigger refuses seq and hashes) and set its three chain columns once
 * (column privileges, and the trigger lets them change from null only). `audit_verifications` takes inserts
 * only, `schema_migrations` is read-only.
 */
export async function grantRuntimeRole(owner: Database, role: string): Promise<void> {
  const r = ident(role);
  await owner.scriptTransaction(async (tx) => {
    await tx.exec(`
      grant usage on schema public, pgboss to ${r};
      grant select, insert, update, delete on all tables in schema public, pgboss to ${r};
      grant usage, select on all sequences in schema public, pgboss to ${r};
      grant execute on all functions in schema pgboss to ${r};
      revoke insert, update, delete, truncate, references, trigger on audit_log from ${r};
      grant insert (at, actor_account_id, actor_label, action, target_type, target_id, ip, user_agent, detail)
        on audit_log to ${r};
      grant update (seq, prev_hash, hash) on audit_log to ${r};
      revoke update, delete, truncate, references, trigger on audit_verifications from ${r};
      revoke insert, update, delete, truncate, references, trigger on schema_migrations from ${r};
    `);
  });
}

/** The role a database connection runs as. */
export async function currentRole(database: Database): Promise<string> {
  const rows = await database.executeSql('select current_user as role', []);
  return (rows.rows[0] as { role: string }).role;
}

/**
 * The database `config` names (PostgreSQL at DATABASE_URL, or PGlite in DATA_DIR), brought up to date: by the
 * owner at DATABASE_OWNER_URL when one is set (granting DATABASE_URL's role its privileges), else by the one role.
 * The server and the command-line tools open it the same way.
 */
export async function openPreparedDatabase(
  config: Pick<Config, 'databaseUrl' | 'databaseOwnerUrl' | 'dataDir' | 'pgPoolMax' | 'pgTimeouts'>,
): Promise<Database> {
  const database = await openConfiguredDatabase(config);
  try {
    if (config.databaseUrl && config.databaseOwnerUrl) {
      const owner = await openDatabase({ url: config.databaseOwnerUrl, poolMax: 1 });
      try {
        await prepareDatabase(owner, await currentRole(database));
      } finally {
        await owner.close();
      }
    } else await migrate(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

/** The database `config` names, as it is (a tool that only reads: `npm run audit:verify`). */
export function openConfiguredDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'pgPoolMax' | 'pgTimeouts'>,
): Promise<Database> {
  return openDatabase(
    config.databaseUrl
      ? { url: config.databaseUrl, poolMax: config.pgPoolMax, timeouts: config.pgTimeouts }
      : { dataDir: path.join(config.dataDir, 'pglite') },
  );
}
