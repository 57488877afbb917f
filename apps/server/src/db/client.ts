import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { CompiledQuery, Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { isStalePlan } from '../platform/db-errors.js';
import { PGliteDialect } from './pglite-dialect.js';
import type { DB } from './schema.js';

/** What a script run needs: a multi-statement `exec` and a parameterised `query`, in one transaction. */
export interface ScriptTx {
  exec(script: string): Promise<void>;
  query<R>(text: string, params?: unknown[]): Promise<R[]>;
}

/**
 * The database as the rest of the server sees it. This file is the only place that knows whether it is
 * talking to PGlite or to a PostgreSQL server.
 */
export interface Database {
  db: Kysely<DB>;
  kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction on one connection (migrations, which are multi-statement scripts). */
  scriptTransaction<T>(fn: (tx: ScriptTx) => Promise<T>): Promise<T>;
  /**
   * Raw SQL for the job engine (pg-boss): a text with parameters runs as the application's own statements do
   * (prepared once), a multi-statement script without them as a script. On PGlite it waits its turn on the one
   * connection like every other statement.
   */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  /** Periodic upkeep: PGlite runs without autovacuum, so it is vacuumed here; PostgreSQL does its own. */
  maintenance(): Promise<void>;
  /** Connections of the pool at this moment (metrics); PGlite is one connection. */
  poolStats(): PoolStats;
  close(): Promise<void>;
}

export interface PoolStats {
  max: number;
  total: number;
  idle: number;
  /** queries waiting for a connection */
  waiting: number;
}

/**
 * Per connection of a PostgreSQL pool, in ms (0 = no limit): a statement running longer is cancelled, and a
 * session left idle inside a transaction (holding its locks) is ended. PGlite has neither.
 */
export interface PostgresTimeouts {
  statementMs?: number;
  idleInTransactionMs?: number;
}

export type DatabaseOptions =
  | { url: string; poolMax?: number; timeouts?: PostgresTimeouts }
  | { dataDir: string }
  | { memory: true }
  | { pglite: PGlite };

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if ('url' in options) return openPostgres(options.url, options.poolMax ?? 10, options.timeouts ?? {});
  let instance: PGlite;
  if ('pglite' in options) instance = options.pglite;
  else if ('dataDir' in options) {
    mkdirSync(options.dataDir, { recursive: true });
    instance = new PGlite(options.dataDir);
  } else instance = new PGlite();
  await instance.waitReady;
  return openPGlite(instance);
}

function openPGlite(instance: PGlite): Database {
  const dialect = new PGliteDialect(instance);
  const db = new Kysely<DB>({ dialect });
  return {
    db,
    kind: 'pglite',
    // Goes through Kysely's connection queue so that nothing else runs between its statements.
    scriptTransaction: (fn) =>
      db.connection().execute(async () =>
        instance.transaction((tx) =>
          fn({
            exec: async (script) => {
              await tx.exec(script);
            },
            query: async <R>(text: string, params: unknown[] = []) => (await tx.query<R>(text, params)).rows,
          }),
        ),
      ),
    executeSql: (text, values = []) =>
      values.length > 0
        ? db.executeQuery(CompiledQuery.raw(text, values))
        : db.connection().execute(async () => {
            const results = await instance.exec(text);
            return { rows: results.at(-1)?.rows ?? [] };
          }),
    maintenance: async () => {
      await sql`vacuum analyze`.execute(db);
    },
    poolStats: () => {
      const { inUse, waiting } = dialect.stats();
      return { max: 1, total: 1, idle: inUse ? 0 : 1, waiting };
    },
    close: () => db.destroy(),
  };
}

/**
 * pg-pool listens for a connection's errors only while it is idle: the server ending a connection that is lent
 * out (idle in a transaction past idle_in_transaction_session_timeout, a restart) would otherwise be an
 * unhandled 'error' event that ends the process. The caller sees the failure as its next query's error, and the
 * pool drops the connection when it comes back.
 */
function ignoreWhileLent(): void {}

/** The application's reads and writes; transaction control and upkeep go unnamed. */
const PREPARABLE = /^\s*(select|insert|update|delete|with)\b/i;
const MAX_NAMED = 1000;

/**
 * Names every statement after its text, so each connection parses it once and PostgreSQL keeps its plan
 * (pg prepares a named statement at its first use on a connection). The application's statements are a few
 * hundred texts; past MAX_NAMED (say, IN lists of many lengths) the rest go unnamed.
 */
function namedStatements(pool: pg.Pool) {
  const names = new Map<string, string>();
  let next = 0;
  const nameOf = (text: string) => {
    let name = names.get(text);
    if (name === undefined && names.size < MAX_NAMED) {
      name = `rcpd_${++next}`;
      names.set(text, name);
    }
    return name;
  };
  return {
    async connect() {
      const client = await pool.connect();
      client.on('error', ignoreWhileLent);
      let inTransaction = false;
      const run = async (text: string, values: unknown[] | undefined, retried: boolean): Promise<unknown> => {
        const name = nameOf(text);
        if (!name) return client.query(text, values);
        try {
          return await client.query({ name, text, values });
        } catch (error) {
          // A table the statement reads changed shape (a migration of a newer release while this one runs):
          // the text gets a new name, so every connection prepares it again. Outside a transaction the
          // statement is retried at once; inside one the transaction has failed and its caller sees why.
          if (!isStalePlan(error)) throw error;
          if (names.get(text) === name) names.set(text, `rcpd_${++next}`);
          if (inTransaction || retried) throw error;
          return run(text, values, true);
        }
      };
      return {
        // biome-ignore lint/suspicious/noExplicitAny: Kysely passes either SQL text and parameters or a cursor
        query(textOrCursor: any, values?: readonly unknown[]): any {
          if (typeof textOrCursor !== 'string') return client.query(textOrCursor);
          if (/^\s*begin\b/i.test(textOrCursor)) inTransaction = true;
          else if (/^\s*(commit|rollback)\b/i.test(textOrCursor)) inTransaction = false;
          if (PREPARABLE.test(textOrCursor)) return run(textOrCursor, values as unknown[], false);
          return client.query(textOrCursor, values as unknown[]);
        },
        release: (error?: Error | boolean) => {
          client.removeListener('error', ignoreWhileLent);
          client.release(error);
        },
      };
    },
    end: () => pool.end(),
  };
}

function openPostgres(url: string, poolMax: number, timeouts: PostgresTimeouts): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolMax,
    // sent at connection start; pg leaves a 0 or unset value out, which is PostgreSQL's "no limit"
    statement_timeout: timeouts.statementMs || false,
    ...(timeouts.idleInTransactionMs
      ? { idle_in_transaction_session_timeout: timeouts.idleInTransactionMs }
      : {}),
  });
  // An idle connection the server ends (a restart, a failover, a dropped database) is an 'error' event on the
  // pool, which without a listener would end the process; the pool replaces the connection by itself.
  pool.on('error', (error) => {
    console.warn(`PostgreSQL ended an idle connection: ${error.message}`);
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: namedStatements(pool) }) });
  return {
    db,
    kind: 'postgres',
    scriptTransaction: async (fn) => {
      const client = await pool.connect();
      client.on('error', ignoreWhileLent);
      try {
        await client.query('begin');
        // migrations may rewrite large tables, and wait for another instance's migrations (advisory lock)
        await client.query('set local statement_timeout = 0');
        const result = await fn({
          exec: async (script) => {
            await client.query(script);
          },
          query: async <R>(text: string, params: unknown[] = []) =>
            (await client.query(text, params)).rows as R[],
        });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback');
        throw error;
      } finally {
        client.removeListener('error', ignoreWhileLent);
        client.release();
      }
    },
    executeSql: (text, values = []) =>
      values.length > 0 ? db.executeQuery(CompiledQuery.raw(text, values)) : pool.query(text),
    maintenance: async () => {},
    poolStats: () => ({
      max: poolMax,
      total: pool.totalCount,
      idle: pool.idleCount,
      waiting: pool.waitingCount,
    }),
    close: () => db.destroy(),
  };
}
