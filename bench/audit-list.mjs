// The 审计日志 page at a long log: the list with each of its filters, a deep keyset page, and 导出Excel of a week,
// each against a bare ceiling in the same run: the same SQL sent straight to the database by this process.
// On PostgreSQL (DATABASE_URL) it seeds 1,000,000 rows by default, on PGlite 100,000; rows come in already
// sealed (with the append-only trigger off for the seeding), so no sealing runs while it measures.
//   npm run build && DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node bench/audit-list.mjs [--rows N] [--runs 15]
import { parseArgs } from 'node:util';
import { Api, connect, freshDatabase, pad, startServer } from './support.mjs';

const { values } = parseArgs({
  options: { rows: { type: 'string' }, runs: { type: 'string', default: '15' } },
});
const database = await freshDatabase();
const ROWS = Number(values.rows ?? (database.kind === 'postgres' ? 1_000_000 : 100_000));
const RUNS = Number(values.runs);
const DAY = 86_400_000;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** YYYY-MM-DD of the Beijing day `daysAgo` before now */
const beijingDate = (daysAgo) =>
  new Date(Date.now() + 8 * 3600_000 - daysAgo * DAY).toISOString().slice(0, 10);
const beijingMidnight = (d, plus = 0) => new Date(Date.parse(`${d}T00:00:00+08:00`) + plus * DAY);

const ACTIONS = [
  ['auth.login', 40],
  ['application.save', 25],
  ['application.attachment.view', 10],
  ['application.submit', 5],
  ['review.decide', 8],
  ['binding.decide', 5],
  ['export.download', 2],
  ['account.create', 1],
  ['result.record', 3],
  ['audit.verify', 1],
];
const actionCases = (() => {
  let at = 0;
  return ACTIONS.map(([name, weight]) => {
    const lo = at;
    at += weight;
    return `when b < ${at} and b >= ${lo} then '${name}'`;
  }).join(' ');
})();

/** N rows over the last year, oldest first, 20,000 actors, 5,000 addresses; sealed with placeholder hashes. */
async function seed(sql) {
  const t0 = performance.now();
  await sql.exec('alter table audit_log disable trigger user');
  const [{ seq }] = await sql.query('select coalesce(max(seq), 0)::bigint as seq from audit_log');
  const BATCH = 100_000;
  for (let from = 0; from < ROWS; from += BATCH) {
    const to = Math.min(from + BATCH, ROWS) - 1;
    await sql.query(
      `insert into audit_log (at, actor_label, action, target_type, target_id, ip, detail, seq, prev_hash, hash)
       select now() - interval '365 days' + (g::float8 / $3) * interval '365 days',
              '申报人' || lpad((a % 20000)::text, 5, '0') || '（个人）',
              case ${actionCases} end,
              'application', md5(((a % 50000))::text)::uuid::text,
              '10.' || (a % 20) || '.' || ((a / 20) % 250) || '.' || ((a / 5000) % 10 + 1),
              '{}'::jsonb, $4::bigint + g + 1, repeat('0', 64), repeat('0', 64)
       from (select g, (hashint4(g)::bigint & 2147483647) % 100 as b,
                    (hashint4(g + 7)::bigint & 2147483647) as a
             from generate_series($1::int, $2::int) g) s`,
      [from, to, ROWS, seq],
    );
    process.stdout.write(`\r  audit rows ${to + 1} / ${ROWS}`);
  }
  await sql.exec('alter table audit_log enable trigger user');
  await sql.exec('vacuum analyze audit_log');
  console.log(`\n  seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

// What audit.routes.ts runs for the list (Kysely's compiled SQL), with the filter's conditions.
const LIST = `select id::text as id, at, actor_label, action, target_type, target_id, ip, detail from audit_log`;
function listSql(filter, before, limit = 50) {
  const where = [];
  const params = [];
  const p = (v) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (filter.from) where.push(`at >= ${p(beijingMidnight(filter.from))}`);
  if (filter.to) where.push(`at < ${p(beijingMidnight(filter.to, 1))}`);
  if (filter.actor) where.push(`actor_label like ${p(`${filter.actor}%`)}`);
  if (filter.action) where.push(`action = ${p(filter.action)}`);
  if (filter.targetType) where.push(`target_type = ${p(filter.targetType)}`);
  if (filter.targetId) where.push(`target_id = ${p(filter.targetId)}`);
  if (filter.ip) where.push(`ip = ${p(filter.ip)}`);
  if (before) where.push(`id < ${p(before)}::bigint`);
  const text = `${LIST}${where.length ? ` where ${where.join(' and ')}` : ''} order by audit_log.id desc limit ${limit + 1}`;
  return { text, params };
}

let statements = 0;
async function timed(fn) {
  const times = [];
  let last;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    last = await fn();
    times.push(performance.now() - t);
  }
  return { ms: median(times), last };
}

// the server makes the schema and the demo accounts
const server = await startServer({ env: database.env });
let sql;
let running = server;
try {
  // PGlite is one process: seed with the server stopped, then start it again
  if (database.kind === 'pglite') await server.stop();
  sql = await connect(database);
  await seed(sql);
  if (database.kind === 'pglite') {
    await sql.close();
    sql = null;
    running = await startServer({ env: database.env });
  }
  const auditor = await Api.login(running.base, 'department', 'shenji');
  const week = { from: beijingDate(6), to: beijingDate(0) };
  const year = { from: beijingDate(365), to: beijingDate(0) };
  const [{ target_id: someTarget }] =
    database.kind === 'postgres'
      ? await sql.query(`select target_id from audit_log where id = (select max(id) / 2 from audit_log)`)
      : [{ target_id: (await auditor.get('/api/department/audit?limit=1')).items[0].targetId }];
  const scenarios = [
    ['最近7天，不筛选', week],
    ['最近7天，操作 = 提交申报', { ...week, action: 'application.submit' }],
    ['一年，操作 = 验证完整性 (1 %)', { ...year, action: 'audit.verify' }],
    ['一年，操作人 = 申报人01234…', { ...year, actor: '申报人01234' }],
    ['最近7天，操作人 = 申报人01234…', { ...week, actor: '申报人01234' }],
    ['一年，对象 = 一份申报', { ...year, targetType: 'application', targetId: someTarget }],
    ['一年，IP = 10.3.7.2', { ...year, ip: '10.3.7.2' }],
    ['不限时间，第 10,000 页之后', {}],
  ];
  console.log(
    `\n${database.kind}, ${ROWS.toLocaleString('en')} rows, median of ${RUNS} requests one after another\n`,
  );
  console.log(
    `${pad('scenario', 36)}${pad('rows', 6)}${pad('server ms', 12)}${pad('named SQL ms', 14)}${pad('bare SQL ms', 13)}ratio`,
  );
  for (const [name, filter] of scenarios) {
    let before;
    if (name.startsWith('不限时间')) {
      const [{ id }] =
        database.kind === 'postgres'
          ? await sql.query('select max(id) - 500000 as id from audit_log')
          : [{ id: null }];
      before = id ? String(id) : String(Math.floor(ROWS / 2));
    }
    const qs = new URLSearchParams({ ...filter, ...(before ? { before } : {}) });
    const viaServer = await timed(() => auditor.get(`/api/department/audit?${qs}`));
    let bare = { ms: Number.NaN };
    let prepared = { ms: Number.NaN };
    if (database.kind === 'postgres') {
      const { text, params } = listSql(filter, before);
      bare = await timed(() => sql.query(text, params));
      // as the server sends it: a named statement, whose plan PostgreSQL may make generic after five runs
      const name = `s${++statements}`;
      prepared = await timed(() => sql.named(name, text, params));
    }
    console.log(
      `${pad(name, 36)}${pad(viaServer.last.items.length, 6)}${pad(viaServer.ms.toFixed(1), 12)}${pad(prepared.ms.toFixed(1), 14)}${pad(Number.isNaN(bare.ms) ? '–' : bare.ms.toFixed(1), 13)}${Number.isNaN(bare.ms) ? '' : `${(viaServer.ms / bare.ms).toFixed(1)}×`}`,
    );
  }
  // 导出Excel of a week: the file streamed, against the bare read of the same rows
  const exportQs = new URLSearchParams(week);
  const exportRun = await timed(async () => {
    const response = await auditor.raw(`/api/department/audit.xlsx?${exportQs}`);
    if (!response.ok) throw new Error(`export: ${response.status} ${await response.text()}`);
    return (await response.arrayBuffer()).byteLength;
  });
  const [{ n }] =
    database.kind === 'postgres'
      ? await sql.query('select count(*)::int as n from audit_log where at >= $1 and at < $2', [
          beijingMidnight(week.from),
          beijingMidnight(week.to, 1),
        ])
      : [{ n: Number.NaN }];
  let bareExport = { ms: Number.NaN };
  if (database.kind === 'postgres') {
    bareExport = await timed(() =>
      sql.query(`${LIST} where at >= $1 and at < $2 order by id`, [
        beijingMidnight(week.from),
        beijingMidnight(week.to, 1),
      ]),
    );
  }
  console.log(
    `\n导出Excel of a week: ${n} rows, ${(exportRun.last / 1024).toFixed(0)} KB in ${exportRun.ms.toFixed(0)} ms` +
      (Number.isNaN(bareExport.ms)
        ? ''
        : ` (${Math.round((n / exportRun.ms) * 1000).toLocaleString('en')} rows/s); bare read of the rows ${bareExport.ms.toFixed(0)} ms, ${(exportRun.ms / bareExport.ms).toFixed(1)}×`),
  );
  if (database.kind === 'postgres') {
    const { text, params } = listSql({ ...year, actor: '申报人01234' });
    const plan = await sql.query(`explain (analyze, buffers) ${text}`, params);
    console.log(
      `\nplan of 一年，操作人 = 申报人01234…:\n${plan.map((r) => `  ${r['QUERY PLAN']}`).join('\n')}`,
    );
  }
} finally {
  await running.stop();
  await server.stop();
  await sql?.close();
  await database.drop();
}
