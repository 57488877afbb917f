// The bare ceiling the product is measured against: Fastify with no plugins and no logger, and the same
// database driver and pool size as the product (pg with PG_POOL_MAX connections, or PGlite in a folder of its
// own). It does the least work each product request stands for:
//   GET  /api/read/:id   one indexed read of a row with a JSON document (the application detail, the session)
//   GET  /api/page       a keyset page of 20 rows by an index (the review queue)
//   PUT  /api/write/:id  one transaction: update the row's document and version, insert an audit row (a save)
//   GET  /api/lookup/:id the same read, then an audit row of who read what (an audited read: the integration API)
// Its tables live in a schema `ceiling` of DATABASE_URL's database, or in the PGlite folder CEILING_DIR.
//   node bench/ceiling-server.mjs    (PORT, DATABASE_URL or CEILING_DIR, PG_POOL_MAX, CEILING_ROWS)
import Fastify from 'fastify';

const ROWS = Number(process.env.CEILING_ROWS ?? 5000);
const DOC = {
  school: '吉林大学',
  major: '计算机科学与技术',
  level: '大学本科',
  degree: '学士',
  mode: '全日制',
  startDate: '2008-09-01',
  endDate: '2012-07-01',
};

async function open() {
  if (process.env.DATABASE_URL) {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({
      connectionString: process.env.DATABASE_URL,
      max: Number(process.env.PG_POOL_MAX ?? 10),
    });
    return {
      query: async (text, params) => (await pool.query(text, params)).rows,
      async transaction(fn) {
        const client = await pool.connect();
        try {
          await client.query('begin');
          const result = await fn(async (text, params) => (await client.query(text, params)).rows);
          await client.query('commit');
          return result;
        } catch (error) {
          await client.query('rollback');
          throw error;
        } finally {
          client.release();
        }
      },
    };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const db = new PGlite(process.env.CEILING_DIR);
  await db.waitReady;
  // PGlite is one connection: lend it to one caller at a time, as the product's dialect does
  let queue = Promise.resolve();
  const exclusive = (fn) => {
    const run = queue.then(fn);
    queue = run.catch(() => {});
    return run;
  };
  return {
    query: (text, params) => exclusive(async () => (await db.query(text, params)).rows),
    transaction: (fn) =>
      exclusive(() => db.transaction((tx) => fn(async (t, p) => (await tx.query(t, p)).rows))),
  };
}

const db = await open();
const schema = process.env.DATABASE_URL ? 'ceiling.' : '';
if (schema) await db.query('create schema if not exists ceiling');
await db.query(`create table if not exists ${schema}items (
  id uuid primary key, seq int not null, data jsonb not null, version int not null default 0,
  updated_at timestamptz not null default now())`);
await db.query(`create index if not exists items_seq on ${schema}items (seq desc, id desc)`);
await db.query(`create table if not exists ${schema}audit (
  id bigserial primary key, at timestamptz not null default now(), actor text not null, action text not null,
  target_id uuid, ip text, detail jsonb not null)`);
await db.query(
  `insert into ${schema}items (id, seq, data)
   select overlay(overlay(md5('ceiling' || g) placing '4' from 13) placing '8' from 17)::uuid, g, $1::jsonb from generate_series(0, $2 - 1) g on conflict do nothing`,
  [JSON.stringify(DOC), ROWS],
);
await db.query(`analyze ${schema}items`);

const app = Fastify({ logger: false });
app.get('/api/ids', async () => ({
  ids: (await db.query(`select id from ${schema}items order by seq`)).map((r) => r.id),
}));
app.get('/api/read/:id', async (request, reply) => {
  const rows = await db.query(`select id, data, version, updated_at from ${schema}items where id = $1`, [
    request.params.id,
  ]);
  if (rows.length === 0) return reply.status(404).send({ code: 'NOT_FOUND' });
  return rows[0];
});
app.get('/api/lookup/:id', async (request, reply) => {
  const rows = await db.query(`select id, data, version, updated_at from ${schema}items where id = $1`, [
    request.params.id,
  ]);
  await db.query(
    `insert into ${schema}audit (actor, action, target_id, ip, detail) values ($1, 'item.lookup', $2, $3, $4)`,
    ['接口客户端', request.params.id, request.ip, JSON.stringify({ found: rows.length })],
  );
  if (rows.length === 0) return reply.status(404).send({ code: 'NOT_FOUND' });
  return rows[0];
});
app.get('/api/page', async (request) => {
  const after = Number(request.query.after ?? ROWS);
  const items = await db.query(
    `select id, seq, data, version, updated_at from ${schema}items where seq < $1 order by seq desc, id desc limit 21`,
    [after],
  );
  return { items: items.slice(0, 20), next: items.length > 20 ? items[19].seq : null };
});
app.put('/api/write/:id', async (request, reply) => {
  const saved = await db.transaction(async (q) => {
    const rows = await q(
      `update ${schema}items set data = $2, version = version + 1, updated_at = now() where id = $1
       returning id, data, version, updated_at`,
      [request.params.id, JSON.stringify(request.body.values)],
    );
    if (rows.length === 0) return null;
    await q(
      `insert into ${schema}audit (actor, action, target_id, ip, detail) values ($1, 'item.save', $2, $3, $4)`,
      ['申报人', request.params.id, request.ip, JSON.stringify({ module: 'education' })],
    );
    return rows[0];
  });
  if (!saved) return reply.status(404).send({ code: 'NOT_FOUND' });
  return saved;
});
app.get('/api/health', async () => ({ status: 'ok' }));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
