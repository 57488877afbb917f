import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
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
  /** Periodic upkeep: PGlite runs without autovacuum, so it is vacuumed here; PostgreSQL does its own. */
  maintenance(): Promise<void>;
  close(): Promise<void>;
}

export type DatabaseOptions =
  | { url: string; poolMax?: number }
  | { dataDir: string }
  | { memory: true }
  | { pglite: PGlite };

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if ('url' in options) return openPostgres(options.url, options.poolMax ?? 10);
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
  const db = new Kysely<DB>({ dialect: new PGliteDialect(instance) });
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
    maintenance: async () => {
      await sql`vacuum analyze`.execute(db);
    },
    close: () => db.destroy(),
  };
}

function openPostgres(url: string, poolMax: number): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolMax });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'postgres',
    scriptTransaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
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
        client.release();
      }
    },
    maintenance: async () => {},
    close: () => db.destroy(),
  };
}
