/**
 * PG_STATEMENT_TIMEOUT_MS and PG_IDLE_IN_TRANSACTION_TIMEOUT_MS on a PostgreSQL pool (PGlite has neither:
 * one connection in this process, nothing to time out).
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../test/harness.js';
import { type Database, openDatabase } from './client.js';

const url = process.env.DATABASE_URL;

describe.skipIf(!url)('PostgreSQL pool timeouts', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({
      url: url as string,
      poolMax: 2,
      timeouts: { statementMs: 300, idleInTransactionMs: 400 },
    });
  });
  afterAll(() => database?.close());

  it('gives every pool connection the configured limits', async () => {
    const shown = async (name: string) =>
      (await sql<Record<string, string>>`show ${sql.raw(name)}`.execute(database.db)).rows[0]?.[name];
    expect(await shown('statement_timeout')).toBe('300ms');
    expect(await shown('idle_in_transaction_session_timeout')).toBe('400ms');
  });

  it('cancels a statement that runs past the statement timeout, and the pool goes on serving', async () => {
    const started = Date.now();
    await expect(sql`select pg_sleep(5)`.execute(database.db)).rejects.toMatchObject({ code: '57014' });
    expect(Date.now() - started).toBeLessThan(3000);
    const { rows } = await sql<{ one: number }>`select 1 as one`.execute(database.db);
    expect(rows).toEqual([{ one: 1 }]);
  });

  it('ends a transaction left idle past the limit: its next statement fails, the process and the pool carry on', async () => {
    await expect(
      database.db.transaction().execute(async (trx) => {
        await sql`select 1`.execute(trx);
        await new Promise((resolve) => setTimeout(resolve, 1000));
        await sql`select 1`.execute(trx);
      }),
    ).rejects.toThrow();
    const { rows } = await sql<{ one: number }>`select 1 as one`.execute(database.db);
    expect(rows).toEqual([{ one: 1 }]);
    expect(database.poolStats()).toMatchObject({ max: 2, waiting: 0 });
  });

  it('lifts the statement timeout for migrations, which may take long', async () => {
    const inside = await database.scriptTransaction((tx) =>
      tx.query<{ statement_timeout: string }>('show statement_timeout'),
    );
    expect(inside[0]?.statement_timeout).toBe('0');
  });
});

describe('the pool as metrics see it', () => {
  it('is the pool of PostgreSQL, or the one connection of PGlite', async () => {
    const { database, drop } = await freshDatabase();
    try {
      expect(database.poolStats()).toEqual(
        database.kind === 'pglite'
          ? { max: 1, total: 1, idle: 1, waiting: 0 }
          : { max: 5, total: expect.any(Number), idle: expect.any(Number), waiting: 0 },
      );
    } finally {
      await database.close();
      await drop();
    }
  });
});
