// The keyed audit chain in bulk: sealing N unsealed rows (HMAC-SHA-256 per row, batches of 200) and walking the
// whole chain to verify it (what the hourly `audit-verify` job and `npm run audit:verify` do), each against a
// bare ceiling in the same run on the same rows: the same update statements with constant hashes (no crypto,
// no canonical JSON), and the same paged read with no hashing. Also the per-row cost of the keyed hash against
// plain SHA-256 in this process. On PostgreSQL when DATABASE_URL is set, else on PGlite.
//   npx tsc -b packages/shared apps/server && node bench/audit-chain.mjs [--rows 50000]
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { openDatabase } from '../apps/server/dist/db/client.js';
import { migrate } from '../apps/server/dist/db/migrate.js';
import {
  canonicalJson,
  chainKeys,
  sealAuditChain,
  verifyAuditChain,
} from '../apps/server/dist/modules/audit/audit.service.js';
import { freshDatabase } from './support.mjs';

const { values: args } = parseArgs({ options: { rows: { type: 'string', default: '50000' } } });
const ROWS = Number(args.rows);
const keys = chainKeys(randomBytes(32));

const target = await freshDatabase();
const database = await openDatabase(
  target.url ? { url: target.url, poolMax: 2 } : { dataDir: `${target.dataDir}/pglite` },
);
await migrate(database);
const { db } = database;

/** N audit rows as a save writes them (a sign-in's detail, an IP, a browser), unsealed. */
async function insertRows(db, n, action) {
  await sql`insert into audit_log (at, actor_account_id, actor_label, action, target_type, target_id, ip, user_agent, detail)
    select now() - make_interval(secs => ${n}::int - g), null, '张三', ${action}, 'application', gen_random_uuid()::text,
      '10.0.' || (g % 250) || '.' || (g % 200), 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0',
      jsonb_build_object('module', 'achievement', 'version', g, 'fields', jsonb_build_array('name', 'year'))
    from generate_series(1, ${n}::int) g`.execute(db);
}

const time = async (fn) => {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const result = await fn();
  const cpu = process.cpuUsage(cpu0);
  return { ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000, result };
};

// the ceiling's seal: the same batches and statement, hashes that cost nothing
async function bareSeal() {
  let seq = 0n;
  for (;;) {
    const pending = await db
      .selectFrom('audit_log')
      .select(sql`id::text`.as('id'))
      .where('seq', 'is', null)
      .orderBy('id')
      .limit(200)
      .execute();
    if (pending.length === 0) return;
    const links = pending.map(({ id }) => {
      seq += 1n;
      return { id, seq: seq.toString(), prev: '0'.repeat(64), hash: 'f'.repeat(64) };
    });
    await sql`update audit_log as l set seq = v.seq::bigint, prev_hash = v.prev, hash = v.hash
      from jsonb_to_recordset(${JSON.stringify(links)}::jsonb) as v(id text, seq text, prev text, hash text)
      where l.id = v.id::bigint`.execute(db);
  }
}

// the ceiling's walk: the same pages of the same columns, nothing computed
async function bareWalk() {
  let after = '0';
  let n = 0;
  for (;;) {
    const page = await db
      .selectFrom('audit_log')
      .select([
        sql`seq::text`.as('seq'),
        'at',
        'actor_account_id',
        'actor_label',
        'action',
        'target_type',
        'target_id',
        'ip',
        'user_agent',
        'detail',
        'prev_hash',
        'hash',
      ])
      .where(sql`seq > ${after}::bigint`)
      .orderBy('audit_log.seq')
      .limit(1000)
      .execute();
    if (page.length === 0) return n;
    n += page.length;
    after = page[page.length - 1].seq;
  }
}

console.log(`${database.kind}: ${ROWS} audit rows`);
// the ceiling first on its own rows, then the keyed chain on as many more; then each walk over its own rows
await insertRows(db, ROWS, 'bench.bare');
const bare = await time(bareSeal);
// the bare rows take seq 1…N with hashes that would not verify: the keyed rows go into a database of their own
const target2 = await freshDatabase();
const database2 = await openDatabase(
  target2.url ? { url: target2.url, poolMax: 2 } : { dataDir: `${target2.dataDir}/pglite` },
);
await migrate(database2);
const keyedDb = database2.db;
await insertRows(keyedDb, ROWS, 'bench.keyed');
const keyed = await time(async () => {
  let n = 0;
  for (;;) {
    const sealed = await sealAuditChain(keyedDb, keys);
    n += sealed;
    if (sealed === 0) return n;
  }
});
const bareRead = await time(bareWalk);
const verify = await time(() => verifyAuditChain(keyedDb, keys));
if (!verify.result.ok || verify.result.rows !== ROWS)
  throw new Error(`chain did not verify: ${JSON.stringify(verify.result)}`);

// the hash alone, per row, in this process
const row = {
  at: new Date().toISOString(),
  actor_account_id: null,
  actor_label: '张三',
  action: 'application.module.save',
  target_type: 'application',
  target_id: 'b8c4a7a2-7d1e-4a57-9a6e-2f0e1c1d9f00',
  ip: '10.0.1.2',
  user_agent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0',
  detail: { module: 'achievement', version: 7, fields: ['name', 'year'] },
  prev: 'a'.repeat(64),
};
const perRow = (fn) => {
  const n = 100_000;
  for (let i = 0; i < 5000; i++) fn();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) fn();
  return ((performance.now() - t0) * 1000) / n;
};
const plainUs = perRow(() => createHash('sha256').update(canonicalJson(row)).digest('hex'));
const keyedUs = perRow(() => createHmac('sha256', keys.link).update(canonicalJson(row)).digest('hex'));
const jsonUs = perRow(() => canonicalJson(row));

const f = (x, d = 0) => x.toFixed(d);
const rate = (ms) => f((ROWS / ms) * 1000);
console.log('| what | keyed chain | bare ceiling | ratio |');
console.log('|---|---|---|---|');
console.log(
  `| seal ${ROWS} rows (batches of 200) | ${f(keyed.ms)} ms, ${rate(keyed.ms)} rows/s, CPU ${f((keyed.cpuMs * 1000) / ROWS, 1)} µs/row | ${f(bare.ms)} ms, ${rate(bare.ms)} rows/s, CPU ${f((bare.cpuMs * 1000) / ROWS, 1)} µs/row | ${f((keyed.ms / bare.ms) * 100)} % of the time |`,
);
console.log(
  `| verify the whole chain | ${f(verify.ms)} ms, ${rate(verify.ms)} rows/s, CPU ${f((verify.cpuMs * 1000) / ROWS, 1)} µs/row | ${f(bareRead.ms)} ms (paged read), CPU ${f((bareRead.cpuMs * 1000) / ROWS, 1)} µs/row | ${f((verify.ms / bareRead.ms) * 100)} % |`,
);
console.log(
  `| per row in this process | HMAC-SHA-256 ${f(keyedUs, 2)} µs | SHA-256 ${f(plainUs, 2)} µs (canonical JSON alone ${f(jsonUs, 2)} µs) | ${f((keyedUs / plainUs) * 100)} % |`,
);
await database.close();
await database2.close();
await target.drop();
await target2.drop();
