// 统计分析 at a million applications (issue 13), on PostgreSQL (DATABASE_URL, else the local server).
// Creates a fresh database, starts the built server on it (migrations, demo accounts), seeds 100,000 applicants,
// 2,000 employers, 10 notices of 60 days and 1,000,000 applications with their 流程推送 nodes in plain SQL, builds
// the counts (statistics_rebuild, what the triggers keep from then on), then times:
//   - each figure's query on the counts and the whole GET /api/department/statistics under several filters,
//     median of N runs, against the ceilings of the same run: a `select 1` round trip, GET /api/health, and
//     counting the applications table (what any figure read from the rows themselves would at least cost);
//   - the same figures read from the rows with a covering index (the alternative the ADR weighs);
//   - what the triggers add to a write: 2,000 applications created and submitted, a transaction each, with and
//     without them.
// Drops the database when done, also on failure.
//   npm run build && node bench/statistics.mjs [--applications 1000000] [--runs 15]
import { parseArgs } from 'node:util';
import { Api, connect, freshDatabase, pad, startServer } from './support.mjs';

const { values } = parseArgs({
  options: { applications: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '15' } },
});
const APPLICATIONS = Number(values.applications);
const RUNS = Number(values.runs);
const NOTICES = 10;
const PER_NOTICE = Math.ceil(APPLICATIONS / NOTICES);
const APPLICANTS = PER_NOTICE;
const EMPLOYERS = 2000;
const WINDOW_DAYS = 60;
const WRITES = 2_000;
process.env.DATABASE_URL ||= 'postgres://postgres@127.0.0.1:5432/postgres';

const seconds = (t0) => ((performance.now() - t0) / 1000).toFixed(1);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function timed(fn, runs = RUNS) {
  await fn(); // warm: plans, caches
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  return { median: median(ms), max: Math.max(...ms) };
}

/** Plain SQL; every choice is a hash of the row number, so reruns give the same data. */
async function seed(db) {
  const t0 = performance.now();
  await db.exec('set synchronous_commit = off');
  const [d] = await db.query(
    `select id_type, id_number_enc, phone_enc, password_hash from accounts where portal = 'person' limit 1`,
  );
  await db.query(
    `insert into accounts (portal, role, name, id_type, id_number_enc, id_number_hash, phone_enc, phone_hash, password_hash)
     select 'person', 'applicant', '申报人' || lpad(g::text, 6, '0'), $1, $2, 'bench-id-' || g, $3, 'bench-phone-' || g, $4
     from generate_series(0, $5 - 1) g`,
    [d.id_type, d.id_number_enc, d.phone_enc, d.password_hash, APPLICANTS],
  );
  await db.query(
    `insert into employers (name, uscc) select '基准测试单位' || lpad(g::text, 4, '0'), 'BENCH' || lpad(g::text, 13, '0')
     from generate_series(0, $1 - 1) g`,
    [EMPLOYERS],
  );
  // notice i ran 60 days, the last one ending today
  await db.query(
    `insert into notices (title, body, start_at, end_at, service_types, status, published_at, created_at)
     select '基准测试申报通知（第' || g || '批）', '基准测试', now() - (($1 - g + 1) * $2) * interval '1 day',
            now() - (($1 - g) * $2) * interval '1 day', '["首次认定","晋升认定"]', '已关闭',
            now() - (($1 - g + 1) * $2) * interval '1 day', now() - (($1 - g + 1) * $2) * interval '1 day'
     from generate_series(1, $1) g`,
    [NOTICES, WINDOW_DAYS],
  );
  await db.exec(
    `create temp table b_app as select substring(id_number_hash from 10)::int as idx, id, name, id_number_hash
       from accounts where id_number_hash like 'bench-id-%';
     alter table b_app add primary key (idx);
     create temp table b_emp as select substring(uscc from 6)::int as idx, id from employers where uscc like 'BENCH%';
     alter table b_emp add primary key (idx);
     create temp table b_notice as select (row_number() over (order by created_at) - 1)::int as idx, id, start_at
       from notices where title like '基准测试%';
     alter table b_notice add primary key (idx);`,
  );
  console.log(
    `seeded ${APPLICANTS} applicants, ${EMPLOYERS} employers, ${NOTICES} notices in ${seconds(t0)} s`,
  );

  // application g: notice g / PER_NOTICE, applicant g % PER_NOTICE; employers skewed (a few large ones), five
  // categories skewed to D and E; bucket b (0–99): 0–9 已申报 at the employer, 10–19 at the province, 20–34 被退回,
  // 35–44 审核不通过终止审核, 45–94 材料审核通过, 95–99 未提交
  const tApps = performance.now();
  // the rows go in without the triggers; statistics_rebuild() then counts them in one pass
  await db.exec(
    'alter table applications disable trigger user; alter table review_results disable trigger user; alter table certificates disable trigger user',
  );
  const BATCH = 100_000;
  for (let from = 0; from < APPLICATIONS; from += BATCH) {
    const to = Math.min(from + BATCH, APPLICATIONS) - 1;
    await db.query(
      `insert into applications (applicant_id, notice_id, employer_id, status, stage, stage_chain, category,
                                 service_type, confirmations, created_at, updated_at, submitted_at, stage_since,
                                 applicant_name, id_number_hash, number)
       select ap.id, nt.id, em.id, x.status, x.stage, '["employer","province"]', x.category, '首次认定', '[]',
              x.at, x.at, case when x.status <> '未提交' then x.at end, case when x.stage is not null then x.at end,
              ap.name, ap.id_number_hash, case when x.status <> '未提交' then 'RC' || lpad(x.g::text, 11, '0') end
       from (
         select g, b,
                case when b < 20 then '已申报' when b < 35 then '被退回' when b < 45 then '审核不通过终止审核'
                     when b < 95 then '材料审核通过' else '未提交' end as status,
                case when b < 10 then 'employer' when b < 20 then 'province' end as stage,
                (array['A','B','C','D','D','D','E','E','E','E'])[1 + (hashint4(-g - 1)::bigint & 2147483647) % 10] as category,
                ((hashint4(g + 5)::bigint & 2147483647) % ${EMPLOYERS * EMPLOYERS})::float8 as e2,
                (hashint8(g::bigint) & 9223372036854775807) % (${WINDOW_DAYS} * 86400000::bigint) as offset_ms
         from (select g, (hashint4(g)::bigint & 2147483647) % 100 as b from generate_series($1::int, $2::int) g) s
       ) x0
       cross join lateral (select x0.*, n.start_at + x0.offset_ms * interval '1 millisecond' as at
                           from b_notice n where n.idx = x0.g / ${PER_NOTICE}) x
       join b_app ap on ap.idx = x.g % ${PER_NOTICE}
       join b_notice nt on nt.idx = x.g / ${PER_NOTICE}
       join b_emp em on em.idx = floor(sqrt(x.e2))::int`,
      [from, to],
    );
    process.stdout.write(`\r  applications ${to + 1} / ${APPLICATIONS}  (${seconds(tApps)} s)`);
  }
  process.stdout.write('\n');
  // 流程推送: the submission, then the employer's decision 1–240 hours later, then the province's 1–480 hours later
  const tEvents = performance.now();
  const hours = (seedExpr, max) =>
    `((hashint4(${seedExpr})::bigint & 2147483647) % ${max * 60} + 60) * interval '1 minute'`;
  await db.exec(
    `insert into application_events (application_id, stage, handler, action, actor_id, created_at)
       select id, '个人申报', applicant_name, '提交', applicant_id, submitted_at from applications
       where status <> '未提交' and notice_id in (select id from b_notice);
     insert into application_events (application_id, stage, stage_key, handler, action, created_at)
       select id, '推荐单位审核', 'employer', '基准测试单位',
              case when status = '审核不通过终止审核' then '审核不通过终止审核' else '审核通过' end,
              submitted_at + ${hours('hashtext(id::text)', 240)}
       from applications where (status in ('被退回', '审核不通过终止审核', '材料审核通过') or stage = 'province')
         and notice_id in (select id from b_notice);
     insert into application_events (application_id, stage, stage_key, handler, action, created_at)
       select id, '省人社厅审核', 'province', '吉林省人力资源和社会保障厅',
              case when status = '被退回' then '退回' else '审核通过' end,
              submitted_at + ${hours('hashtext(id::text)', 240)} + ${hours('hashtext(id::text) + 1', 480)}
       from applications where status in ('被退回', '材料审核通过') and notice_id in (select id from b_notice);`,
  );
  console.log(`  流程推送 nodes in ${seconds(tEvents)} s`);
  // results for the 材料审核通过 (70% 认定通过, 15% 调整类别认定, 15% 不予认定), certificates for the first two
  const tResults = performance.now();
  await db.exec(
    `insert into review_results (application_id, outcome, category, state, published_at)
       select id, o, case when o = '不予认定' then null when o = '调整类别认定' then 'E' else category end, '已发布', now()
       from (select id, category, case when h < 70 or category = 'E' and h < 85 then '认定通过'
                                        when h < 85 then '调整类别认定' else '不予认定' end as o
             from (select id, category, (hashint4(hashtext(id::text))::bigint & 2147483647) % 100 as h
                   from applications where status = '材料审核通过' and notice_id in (select id from b_notice)) a) r;
     insert into certificates (number, application_id, result_id, holder_id, holder_name, category, issued_on,
                               status, token)
       select 'JLRC' || lpad(row_number() over ()::text, 10, '0'), a.id, r.id, a.applicant_id, a.applicant_name,
              r.category, current_date,
              (array['有效','有效','有效','有效','有效','有效','有效','暂扣','撤销','注销'])[1 + (hashint4(hashtext(a.id::text) + 3)::bigint & 2147483647) % 10],
              'bench'
       from review_results r join applications a on a.id = r.application_id
       where r.outcome <> '不予认定' and a.notice_id in (select id from b_notice);`,
  );
  console.log(`  results and certificates in ${seconds(tResults)} s`);
  await db.exec(
    'alter table applications enable trigger user; alter table review_results enable trigger user; alter table certificates enable trigger user',
  );
  const tRebuild = performance.now();
  await db.exec('select statistics_rebuild()');
  console.log(`  statistics_rebuild() (the counts of everything, from scratch) in ${seconds(tRebuild)} s`);
  for (const table of [
    'applications',
    'statistics_counts',
    'application_events',
    'review_results',
    'certificates',
  ]) {
    await db.exec(`vacuum analyze ${table}`);
  }
  const rows = await db.query(
    `select figure, count(*)::int rows, sum(n)::int total from statistics_counts group by 1 order by 1`,
  );
  console.log(`  counts: ${rows.map((r) => `${r.figure} ${r.rows} rows (Σ ${r.total})`).join(', ')}`);
  const mix = await db.query(`select status, count(*)::int n from applications group by 1 order by 2 desc`);
  console.log(`  mix: ${mix.map((r) => `${r.status} ${r.n}`).join(', ')}; seeding ${seconds(t0)} s`);
}

/** The service's queries (statistics.service.ts), with the filters as the page sends them. */
function figureQueries(f) {
  const where = (figure) => {
    const params = [figure];
    let w = 'figure = $1';
    if (f.noticeId) w += ` and notice_id = $${params.push(f.noticeId)}`;
    if (f.category) w += ` and category = $${params.push(f.category)}`;
    if (f.from) w += ` and day >= $${params.push(f.from)}`;
    if (f.to) w += ` and day <= $${params.push(f.to)}`;
    return { w, params };
  };
  const q = (figure, select, group, tail = '') => {
    const { w, params } = where(figure);
    return {
      text: `select ${select}, coalesce(sum(n), 0)::int4 as n from statistics_counts where ${w} group by ${group} ${tail}`,
      params,
    };
  };
  // the employer figure: without dates the counts without the day; with dates the whole months from the month
  // rows and the days at the ends from the day rows (statistics.service.ts, employerCounts)
  const employerQuery = () => {
    if (!f.from && !f.to) return q('employers', 'k1', 'k1', 'having sum(n) > 0 order by n desc, k1 limit 20');
    const day = (t) => new Date(t).toISOString().slice(0, 10);
    const from = f.from ?? '0001-01-01';
    const to = f.to ?? '9999-12-31';
    const [y, m] = from.split('-').map(Number);
    const m1 = from.endsWith('-01') ? from : day(Date.UTC(y, m, 1));
    const afterTo = day(Date.parse(`${to}T00:00:00Z`) + 86_400_000);
    const m2 = afterTo.endsWith('-01') ? afterTo : `${to.slice(0, 8)}01`;
    if (m1 >= m2) return q('employer', 'k1', 'k1', 'having sum(n) > 0 order by n desc, k1 limit 20');
    const params = [m1, m2, from, to];
    let w = `((figure = 'employer_month' and day >= $1 and day < $2)
      or (figure = 'employer' and ((day >= $3 and day < $1) or (day >= $2 and day <= $4))))`;
    if (f.noticeId) w += ` and notice_id = $${params.push(f.noticeId)}`;
    if (f.category) w += ` and category = $${params.push(f.category)}`;
    return {
      text: `select k1, coalesce(sum(n), 0)::int4 as n from statistics_counts where ${w} group by k1 having sum(n) > 0 order by n desc, k1 limit 20`,
      params,
    };
  };
  return {
    按业务状态: q('status', 'k1', 'k1'),
    按申报人才类别: q('status', 'category', 'category'),
    '按推荐单位（前20）': employerQuery(),
    按申报通知: q('status', 'notice_id', 'notice_id'),
    每日提交: q('status', "to_char(day, 'YYYY-MM-DD') as d", 'day', 'order by day'),
    '审核环节（待审核）': q('status', 'k2', 'k2'),
    '审核环节（决定）': q('stage', 'k1, k2', 'k1, k2'),
    ...(f.from || f.to ? {} : { '审核环节（用时）': q('stage_time', 'k1, k3', 'k1, k3') }),
    评审结果: q('result', 'category, k1', 'category, k1'),
    证书状态: q('certificate', 'k1', 'k1'),
  };
}

/** The same figures read from the rows (the alternative: a covering index, index-only scans). */
function rowQueries(f) {
  const params = [];
  let w = 'true';
  if (f.noticeId) w += ` and notice_id = $${params.push(f.noticeId)}`;
  if (f.category) w += ` and category = $${params.push(f.category)}`;
  if (f.from)
    w += ` and submitted_at >= ($${params.push(f.from)}::date)::timestamp at time zone 'Asia/Shanghai'`;
  if (f.to)
    w += ` and submitted_at < ($${params.push(f.to)}::date + 1)::timestamp at time zone 'Asia/Shanghai'`;
  return {
    按业务状态: { text: `select status, count(*) from applications where ${w} group by status`, params },
    '按推荐单位（前20）': {
      text: `select employer_id, count(*) n from applications where ${w} group by employer_id order by n desc limit 20`,
      params,
    },
  };
}

const database = await freshDatabase();
let server;
let db;
try {
  server = await startServer({ env: database.env });
  db = await connect(database);
  await seed(db);
  const notices = await db.query(`select id from notices where title like '基准测试%' order by created_at`);
  const last = notices.at(-1).id;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const daysAgo = (n) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
      new Date(Date.now() - n * 86_400_000),
    );
  const filters = [
    ['无筛选', {}],
    ['申报通知', { noticeId: last }],
    ['人才类别 D', { category: 'D' }],
    ['近30天', { from: daysAgo(29), to: today }],
    ['全部日期（600天）', { from: daysAgo(NOTICES * WINDOW_DAYS + 1), to: today }],
    ['通知 + 类别 + 30天', { noticeId: last, category: 'D', from: daysAgo(29), to: today }],
  ];

  // ceilings of this run
  const ceiling = {
    'select 1': await timed(() => db.query('select 1')),
    'select count(*) from applications': await timed(() => db.query('select count(*) from applications'), 5),
  };
  const api = await Api.login(server.base, 'department', 'yewu');
  ceiling['GET /api/health'] = await timed(() => fetch(`${server.base}/api/health`).then((r) => r.text()));

  console.log('\nEach figure on the counts (median / max of', RUNS, 'runs, ms):');
  console.log(`${pad('figure', 26)}${filters.map(([name]) => pad(name, 22)).join('')}`);
  const figureNames = Object.keys(figureQueries({}));
  const worst = {};
  for (const name of figureNames) {
    const cells = [];
    for (const [fname, f] of filters) {
      const query = figureQueries(f)[name];
      if (!query) {
        cells.push(pad('—', 22));
        continue;
      }
      const { text, params } = query;
      const t = await timed(() => db.query(text, params));
      worst[fname] = Math.max(worst[fname] ?? 0, t.median);
      cells.push(pad(`${t.median.toFixed(2)} / ${t.max.toFixed(2)}`, 22));
    }
    console.log(`${pad(name, 26)}${cells.join('')}`);
  }
  console.log('\nThe whole page, GET /api/department/statistics (every figure, HTTP, session, JSON; ms):');
  for (const [fname, f] of filters) {
    const qs = new URLSearchParams(f).toString();
    const t = await timed(() => api.get(`/api/department/statistics?${qs}`));
    console.log(`  ${pad(fname, 24)} ${t.median.toFixed(1)} median, ${t.max.toFixed(1)} max`);
  }
  const xlsx = await timed(() => api.raw('/api/department/statistics.xlsx').then((r) => r.arrayBuffer()), 5);
  console.log(
    `  ${pad('导出Excel（无筛选）', 24)} ${xlsx.median.toFixed(1)} median, ${xlsx.max.toFixed(1)} max`,
  );
  console.log('\nCeilings of this run (ms):');
  for (const [name, t] of Object.entries(ceiling)) {
    console.log(`  ${pad(name, 40)} ${t.median.toFixed(2)} median, ${t.max.toFixed(2)} max`);
  }

  console.log('\nThe alternative: the same figures from the rows, with a covering index (ms, median):');
  const tIndex = performance.now();
  await db.exec(
    'create index bench_statistics_covering on applications (notice_id, category, submitted_at) include (status, employer_id)',
  );
  await db.exec('vacuum analyze applications');
  console.log(`  (index built in ${seconds(tIndex)} s)`);
  for (const name of Object.keys(rowQueries({}))) {
    const cells = [];
    for (const [, f] of filters) {
      const { text, params } = rowQueries(f)[name];
      cells.push(pad((await timed(() => db.query(text, params), 5)).median.toFixed(1), 22));
    }
    console.log(`${pad(name, 26)}${cells.join('')}`);
  }
  await db.exec('drop index bench_statistics_covering');

  const plan = figureQueries({});
  for (const name of ['按业务状态', '审核环节（用时）']) {
    const rowsPlan = await db.query(`explain (analyze, buffers) ${plan[name].text}`, plan[name].params);
    console.log(`\nEXPLAIN (ANALYZE, BUFFERS) ${name}, no filter:`);
    for (const r of rowsPlan) console.log(`  ${r['QUERY PLAN']}`);
  }

  // what the triggers cost a write: one application created, then submitted, each in its own transaction as the
  // server does it, one after another, without and with the triggers
  console.log(
    `\nWhat the triggers add to writes (${WRITES} applications, one transaction each; µs per transaction):`,
  );
  const [{ id: extra }] = await db.query(
    `insert into notices (title, body, start_at, end_at, service_types, status)
     values ('基准测试写入', '基准测试', now(), now() + interval '30 days', '["首次认定"]', '已发布') returning id`,
  );
  const people = await db.query(
    `select ap.id, ap.name, em.id as employer from b_app ap join b_emp em on em.idx = ap.idx % ${EMPLOYERS}
     where ap.idx < $1 order by ap.idx`,
    [2 * WRITES],
  );
  for (const [round, withTriggers] of [false, true].entries()) {
    if (!withTriggers) await db.exec('alter table applications disable trigger user');
    let insertMs = 0;
    let submitMs = 0;
    for (const p of people.slice(round * WRITES, (round + 1) * WRITES)) {
      const t0 = performance.now();
      const [{ id }] = await db.query(
        `insert into applications (applicant_id, notice_id, employer_id, category, confirmations, applicant_name)
         values ($1, $2, $3, 'D', '[]', $4) returning id`,
        [p.id, extra, p.employer, p.name],
      );
      const t1 = performance.now();
      await db.query(
        `update applications set status = '已申报', stage = 'employer', submitted_at = now() where id = $1`,
        [id],
      );
      submitMs += performance.now() - t1;
      insertMs += t1 - t0;
    }
    if (!withTriggers) await db.exec('alter table applications enable trigger user');
    console.log(
      `  ${pad(withTriggers ? 'with the triggers' : 'without', 20)} insert ${((insertMs * 1000) / WRITES).toFixed(0)}, submit ${((submitMs * 1000) / WRITES).toFixed(0)}`,
    );
  }
  const over = Object.entries(worst).filter(([, ms]) => ms >= 200);
  console.log(
    over.length ? `\nOVER 200 ms: ${over.map(([f]) => f).join(', ')}` : '\nevery figure under 200 ms',
  );
} finally {
  await db?.close();
  await server?.stop();
  await database.drop();
}
