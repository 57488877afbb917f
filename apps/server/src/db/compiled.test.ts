import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUniqueViolation } from '../platform/db-errors.js';
import { freshDatabase } from '../test/harness.js';
import type { Database } from './client.js';
import { compileOnce } from './compiled.js';
import { migrate } from './migrate.js';

/**
 * The database layer the hot paths stand on: statements prepared once (PGlite through its wire protocol, the
 * server by name) must give what unprepared ones gave, and a query compiled once must run with each call's
 * own parameters. On PGlite, and on PostgreSQL when DATABASE_URL is set.
 */
let database: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ database, drop } = await freshDatabase());
  await migrate(database);
});
afterAll(async () => {
  await database.close();
  await drop();
});

describe('prepared statements', () => {
  it('read dates, JSON, numbers, booleans and nulls as the database gave them, every time', async () => {
    for (let i = 0; i < 8; i++) {
      const { rows } = await sql<{
        t: Date;
        j: { a: number; b: string[] };
        n: number;
        b: boolean;
        x: string | null;
        p: string;
      }>`select ${new Date('2026-01-02T03:04:05.678Z')}::timestamptz as t, ${JSON.stringify({ a: i, b: ['吉'] })}::jsonb as j,
        ${i}::int as n, ${i % 2 === 0}::boolean as b, null::text as x, ${`第${i}次`}::text as p`.execute(
        database.db,
      );
      expect(rows[0]).toEqual({
        t: new Date('2026-01-02T03:04:05.678Z'),
        j: { a: i, b: ['吉'] },
        n: i,
        b: i % 2 === 0,
        x: null,
        p: `第${i}次`,
      });
    }
  });

  it('report affected rows and keep the error code of a failed statement, then go on', async () => {
    const db = database.db;
    await db.insertInto('employers').values({ name: '测试单位', uscc: 'PREP-1' }).execute();
    const failed = await db
      .insertInto('employers')
      .values({ name: '再一次', uscc: 'PREP-1' })
      .execute()
      .catch((error: unknown) => error);
    expect(isUniqueViolation(failed)).toBe(true);
    const updated = await db
      .updateTable('employers')
      .set({ name: '改' })
      .where('uscc', '=', 'PREP-1')
      .executeTakeFirst();
    expect(updated.numUpdatedRows).toBe(1n);
    const deleted = await db.deleteFrom('employers').where('uscc', '=', 'PREP-1').executeTakeFirst();
    expect(deleted.numDeletedRows).toBe(1n);
  });

  it('prepare again when a table changed shape under a statement', async () => {
    const db = database.db;
    await sql`create table shape_test (id int primary key, a text)`.execute(db);
    await sql`insert into shape_test values (1, 'x')`.execute(db);
    const read = () =>
      db
        .selectFrom('shape_test' as never)
        .selectAll()
        .execute();
    expect(await read()).toEqual([{ id: 1, a: 'x' }]);
    await sql`alter table shape_test add column b text default 'y'`.execute(db);
    expect(await read()).toEqual([{ id: 1, a: 'x', b: 'y' }]);
  });
});

describe('dates as parameters', () => {
  it('compare a day before year 1 or after 9999 as PostgreSQL does, prepared or not (PGlite wrote toISOString)', async () => {
    const db = database.db;
    for (const iso of ['0000-01-01T00:00:00+08:00', '-001000-06-01T00:00:00Z', '+010000-01-01T00:00:00Z']) {
      const at = new Date(iso);
      // prepared (a select) and unprepared (a statement PGlite runs as it is, here a bare VALUES) alike
      const prepared = await sql<{ text: string }>`select ${at}::timestamptz::text as text`.execute(db);
      const unprepared = await sql<{ column1: string }>`values (${at}::timestamptz::text)`.execute(db);
      const after = await db.selectFrom('audit_log').select('id').where('at', '>=', at).execute();
      expect(after, iso).toEqual([]);
      const expected = at.getUTCFullYear() < 1 ? / BC$/ : /^10000-/;
      expect(prepared.rows[0]?.text, iso).toMatch(expected);
      expect(unprepared.rows[0]?.column1, iso).toBe(prepared.rows[0]?.text);
    }
  });
});

describe('compileOnce', () => {
  it('runs the query compiled at its first call with each call’s own parameters', async () => {
    const db = database.db;
    await db
      .insertInto('employers')
      .values([
        { name: '甲单位', uscc: 'ONCE-A' },
        { name: '乙单位', uscc: 'ONCE-B' },
      ])
      .execute();
    const byUscc = compileOnce(
      (p: { uscc: string }) => db.selectFrom('employers').select(['uscc', 'name']).where('uscc', '=', p.uscc),
      ['uscc'],
    );
    expect((await byUscc(db, { uscc: 'ONCE-A' })).rows).toEqual([{ uscc: 'ONCE-A', name: '甲单位' }]);
    expect((await byUscc(db, { uscc: 'ONCE-B' })).rows).toEqual([{ uscc: 'ONCE-B', name: '乙单位' }]);
    expect((await byUscc(db, { uscc: 'ONCE-C' })).rows).toEqual([]);
  });

  it('refuses a query in which a parameter does not appear, rather than running its placeholder', async () => {
    const db = database.db;
    const broken = compileOnce(
      (_p: { code: string; unused: string }) => db.selectFrom('employers').select('uscc'),
      ['code', 'unused'],
    );
    await expect(broken(db, { code: 'A', unused: 'x' })).rejects.toThrow(/no parameter for code, unused/);
  });
});
