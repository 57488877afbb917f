import type { PGlite } from '@electric-sql/pglite';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
} from 'kysely';
import { createPreparedStatements, timestampText } from './pglite-prepared.js';

/**
 * Kysely dialect over PGlite. PGlite is a single connection, so a connection is lent to one caller at a
 * time: a transaction holds it from BEGIN to COMMIT and every other query waits in line.
 */
export class PGliteDialect implements Dialect {
  private driver: PGliteDriver | null = null;
  constructor(private readonly pg: PGlite) {}
  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    this.driver = new PGliteDriver(this.pg);
    return this.driver;
  }
  /** The one connection: lent out or not, and how many callers wait for it (metrics). */
  stats(): { inUse: boolean; waiting: number } {
    return { inUse: this.driver?.inUse ?? false, waiting: this.driver?.waiting ?? 0 };
  }
  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
}

class PGliteDriver implements Driver {
  private queue: Promise<void> = Promise.resolve();
  private release: (() => void) | null = null;
  private readonly connection: PGliteConnection;
  /** callers in line for the connection, and whether it is lent out (metrics) */
  waiting = 0;
  inUse = false;

  constructor(private readonly pg: PGlite) {
    this.connection = new PGliteConnection(pg, createPreparedStatements(pg));
  }

  async init(): Promise<void> {
    await this.pg.waitReady;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const previous = this.queue;
    let release!: () => void;
    this.queue = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.waiting++;
    await previous;
    this.waiting--;
    this.inUse = true;
    this.release = release;
    return this.connection;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(): Promise<void> {
    const release = this.release;
    this.release = null;
    this.inUse = false;
    release?.();
  }

  async destroy(): Promise<void> {
    await this.queue;
    if (!this.pg.closed) await this.pg.close();
  }
}

/** Statements worth keeping prepared: the application's reads and writes, not transaction control or upkeep. */
const PREPARABLE = /^\s*(select|insert|update|delete|with)\b/i;

class PGliteConnection implements DatabaseConnection {
  constructor(
    private readonly pg: PGlite,
    private readonly prepared: ReturnType<typeof createPreparedStatements>,
  ) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    if (PREPARABLE.test(compiled.sql)) {
      const result = await this.prepared.query<R>(compiled.sql, compiled.parameters);
      return {
        rows: result.rows,
        numAffectedRows: result.affectedRows === undefined ? undefined : BigInt(result.affectedRows),
      };
    }
    const result = await this.pg.query<R>(
      compiled.sql,
      compiled.parameters.map((v) => (v instanceof Date ? timestampText(v) : v)),
    );
    return {
      rows: result.rows,
      numAffectedRows: result.affectedRows === undefined ? undefined : BigInt(result.affectedRows),
    };
  }

  // biome-ignore lint/correctness/useYield: streaming is not offered by PGlite
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('PGlite does not support streaming queries');
  }
}
