// Load scenario for the review queue (申报审核列表) at a million applications.
// Creates a fresh database on the PostgreSQL server of DATABASE_URL (else the local one), starts the built server
// on it, seeds 10,000 applicants, 200 employers, 100 notices and 1,000,000 applications with plain SQL, signs in
// as the department reviewer and the demo employer, drives the queue's pages with autocannon and prints the query
// plans of the first and a deep keyset page. Drops the database when done, also on failure.
//   npm run build && node bench/review-queue.mjs [--seconds 5] [--connections 10] [--applications 1000000]
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
    applications: { type: 'string', default: '1000000' },
  },
});
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
const APPLICANTS = 10_000;
const EMPLOYERS = 200; // employer 0 is the demo employer
const NOTICES = 100; // the demo notice and 99 more
// one application per (applicant, notice): at most APPLICANTS × NOTICES
const APPLICATIONS = Math.min(Number(values.applications), APPLICANTS * NOTICES);
const BATCH = 100_000;
const DEEP = Math.floor(APPLICATIONS / 2);
const PASSWORD = 'Demo@2026';

const adminUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = `rcpd_bench_${randomBytes(4).toString('hex')}`;
const benchUrl = new URL(adminUrl);
benchUrl.pathname = `/${dbName}`;
const port = 3900 + Math.floor(Math.random() * 91);
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'rcpd-bench-'));
/** padEnd by display width: a CJK character takes two columns. */
const pad = (text, width) =>
  text +
  ' '.repeat(Math.max(0, width - [...text].reduce((w, ch) => w + (ch.codePointAt(0) > 0x2e80 ? 2 : 1), 0)));
const seconds = (t0) => ((performance.now() - t0) / 1000).toFixed(1);

/** The cursor the server hands out: base64url of JSON [submittedAtISO, id]. */
const encodeCursor = (at, id) => Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');

async function waitForServer(server) {
  for (let i = 0; i < 300; i++) {
    if (server.exitCode !== null || server.signalCode !== null)
      throw new Error('server exited before it answered');
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not start');
}

const cookiesOf = (response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');

async function signIn(portal, account) {
  const anon = await fetch(`${base}/api/auth/session`);
  const cookie = cookiesOf(anon);
  const { csrfToken } = await anon.json();
  const { captchaId } = await (await fetch(`${base}/api/auth/captcha`)).json();
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ portal, account, password: PASSWORD, captchaId, captchaCode: 'bench' }),
  });
  if (!login.ok) throw new Error(`login of ${account} failed: ${await login.text()}`);
  return cookiesOf(login);
}

/** Plain SQL seeding, in batches of generate_series; every choice is a hash of the row number, so reruns match. */
async function seed(db) {
  const t0 = performance.now();
  const now = new Date();
  await db.query('set synchronous_commit = off');
  const demo = await db.query(
    `select id_type, id_number_enc, phone_enc, password_hash from accounts where portal = 'person' limit 1`,
  );
  if (demo.rowCount !== 1) throw new Error('the demo applicant is missing (SEED_DEMO=1?)');
  const d = demo.rows[0];
  await db.query(
    `insert into accounts (portal, role, name, id_type, id_number_enc, id_number_hash, phone_enc, phone_hash, password_hash)
     select 'person', 'applicant', '申报人' || lpad(g::text, 5, '0'), $1, $2, 'bench-id-' || g, $3, 'bench-phone-' || g, $4
     from generate_series(0, $5 - 1) g`,
    [d.id_type, d.id_number_enc, d.phone_enc, d.password_hash, APPLICANTS],
  );
  await db.query(
    `insert into employers (name, uscc, first_login_at)
     select '基准测试单位' || lpad(g::text, 3, '0'), 'BENCH' || lpad(g::text, 13, '0'), $1
     from generate_series(1, $2 - 1) g`,
    [now, EMPLOYERS],
  );
  await db.query(
    `insert into notices (title, body, start_at, end_at, service_types, status, published_at, created_at)
     select '基准测试申报通知（第' || g || '批）', '基准测试', $1::timestamptz - interval '400 days',
            $1::timestamptz + interval '365 days', '["首次认定","晋升认定"]', '已发布', $1, $1::timestamptz - interval '400 days'
     from generate_series(1, $2 - 1) g`,
    [now, NOTICES],
  );
  // index → id maps for the application batches
  await db.query(
    `create temp table b_app as
       select substring(id_number_hash from 10)::int as idx, id, name, id_number_hash
       from accounts where portal = 'person' and id_number_hash like 'bench-id-%';
     alter table b_app add primary key (idx);
     create temp table b_emp as
       select 0 as idx, id from employers where uscc = '91220101MA17A0001Q'
       union all select substring(uscc from 6)::int, id from employers where uscc like 'BENCH%';
     alter table b_emp add primary key (idx);
     create temp table b_notice as
       select (row_number() over (order by created_at, id) - 1)::int as idx, id from notices;
     alter table b_notice add primary key (idx);`,
  );
  const counts = await db.query(
    'select (select count(*) from b_app) a, (select count(*) from b_emp) e, (select count(*) from b_notice) n',
  );
  const c = counts.rows[0];
  if (+c.a !== APPLICANTS || +c.e !== EMPLOYERS || +c.n !== NOTICES) {
    throw new Error(`seed maps are off: ${JSON.stringify(c)}`);
  }
  console.log(
    `seeded ${APPLICANTS} applicants, ${EMPLOYERS} employers, ${NOTICES} notices in ${seconds(t0)} s`,
  );

  // application g: applicant g % 10000 (who works for employer (g % 10000) % 200), notice g / 10000.
  // bucket (0–99): 0–19 已申报 at the employer, 20–39 已申报 at the province, 40–59 被退回,
  // 60–69 审核不通过终止审核, 70–94 材料审核通过, 95–99 未提交 (a draft: no submitted_at).
  const tApps = performance.now();
  for (let from = 0; from < APPLICATIONS; from += BATCH) {
    const to = Math.min(from + BATCH, APPLICATIONS) - 1;
    await db.query(
      `insert into applications (applicant_id, notice_id, employer_id, status, stage, stage_chain, category,
                                 service_type, confirmations, created_at, updated_at, submitted_at,
                                 applicant_name, id_number_hash)
       select ap.id, nt.id, em.id, x.status, x.stage, '["employer","province"]', x.category, x.service_type, '[]',
              x.at - interval '3 days', x.at, case when x.status <> '未提交' then x.at end,
              ap.name, ap.id_number_hash
       from (
         select g,
                case when b < 40 then '已申报' when b < 60 then '被退回' when b < 70 then '审核不通过终止审核'
                     when b < 95 then '材料审核通过' else '未提交' end as status,
                case when b < 20 then 'employer' when b < 40 then 'province' end as stage,
                chr(65 + ((hashint4(-g - 1)::bigint & 2147483647) % 5)::int) as category,
                case when (hashint4(g + 77777)::bigint & 1) = 0 then '首次认定' else '晋升认定' end as service_type,
                -- spread over the last year, at millisecond precision as the server writes it (new Date())
                date_trunc('milliseconds', $3::timestamptz
                  - ((hashint8(g::bigint) & 9223372036854775807) % 31536000000) * interval '1 millisecond') as at
         from (select g, (hashint4(g)::bigint & 2147483647) % 100 as b from generate_series($1::int, $2::int) g) s
       ) x
       join b_app ap on ap.idx = x.g % ${APPLICANTS}
       join b_notice nt on nt.idx = x.g / ${APPLICANTS}
       join b_emp em on em.idx = (x.g % ${APPLICANTS}) % ${EMPLOYERS}`,
      [from, to, now],
    );
    process.stdout.write(`\r  applications ${to + 1} / ${APPLICATIONS}  (${seconds(tApps)} s)`);
  }
  process.stdout.write('\n');
  const insertSeconds = seconds(tApps);
  const tAnalyze = performance.now();
  // VACUUM as well as ANALYZE: otherwise autovacuum wakes up for the million new rows in the middle of the runs
  await db.query('vacuum analyze applications');
  await db.query('analyze accounts; analyze employers; analyze notices');
  console.log(
    `seeded ${APPLICATIONS} applications in ${insertSeconds} s (batches of ${BATCH}), vacuum analyze ${seconds(tAnalyze)} s, total seeding ${seconds(t0)} s`,
  );
  const mix = await db.query(
    `select status, stage, count(*)::int n from applications group by 1, 2 order by 3 desc`,
  );
  console.log(
    `  mix: ${mix.rows.map((r) => `${r.status}${r.stage ? `/${r.stage}` : ''} ${r.n}`).join(', ')}`,
  );
  const size = await db.query(
    `select pg_size_pretty(pg_table_size('applications')) heap, pg_size_pretty(pg_indexes_size('applications')) idx`,
  );
  console.log(`  applications: heap ${size.rows[0].heap}, indexes ${size.rows[0].idx}`);
}

// What review.service.ts runs (Kysely's compiled SQL): the queue's join, newest submission first, limit + 1.
const QUEUE_SELECT = `select "a"."id", "a"."applicant_name", "p"."id_number_enc", "e"."name" as "employer_name",
  "n"."title" as "notice_title", "a"."category", "a"."service_type", "a"."status", "a"."stage", "a"."submitted_at"
  from "applications" as "a"
  inner join "notices" as "n" on "n"."id" = "a"."notice_id"
  inner join "employers" as "e" on "e"."id" = "a"."employer_id"
  inner join "accounts" as "p" on "p"."id" = "a"."applicant_id"`;
const ORDER = `order by "a"."submitted_at" desc, "a"."id" desc limit 21`;

async function explain(db, title, where, params, sqlText = `${QUEUE_SELECT} where ${where} ${ORDER}`) {
  const { rows } = await db.query(`explain (analyze, buffers) ${sqlText}`, params);
  const text = rows.map((r) => r['QUERY PLAN']);
  console.log(`\n-- ${title}\n${text.map((l) => `   ${l}`).join('\n')}`);
  const plan = text.join('\n');
  return {
    index: plan.match(/Index (?:Only )?Scan (?:Backward )?using (\w+) on applications/)?.[1] ?? '-',
    sort: /\bSort\b/.test(plan),
    seqScan: /Seq Scan on applications/.test(plan),
    ms: plan.match(/Execution Time: ([\d.]+) ms/)?.[1] ?? '?',
  };
}

/**
 * Waits (30 s at most) until the server's queries of the previous run have finished: autocannon stops sending
 * after its duration, but slow queries already in the pool still run and would land in the next run's figures.
 */
async function settle(db) {
  const t = performance.now();
  for (let i = 0; i < 300; i++) {
    const { rows } = await db.query(
      `select count(*)::int n from pg_stat_activity
       where datname = current_database() and state = 'active' and pid <> pg_backend_pid()
         and backend_type = 'client backend'`,
    );
    if (rows[0].n === 0) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const waited = performance.now() - t;
  if (waited > 500)
    console.log(`  (waited ${(waited / 1000).toFixed(1)} s for the previous run's queries to finish)`);
}

function load(title, url, cookie) {
  return new Promise((resolve, reject) => {
    autocannon({ url, headers: { cookie }, duration: SECONDS, connections: CONNECTIONS }, (err, r) => {
      if (err) return reject(err);
      resolve({
        title,
        rps: Math.round(r.requests.average),
        p50: r.latency.p50,
        p975: r.latency.p97_5,
        p99: r.latency.p99,
        bad: r.non2xx + r.errors + r.timeouts,
      });
    });
  });
}

let server;
let admin;
let db;
let created = false;
try {
  admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  created = true;
  const version = (await admin.query('show server_version')).rows[0].server_version;
  server = spawn(process.execPath, ['apps/server/dist/main.js'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: benchUrl.toString(),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DEV_AIDS: '1',
      DEV_CAPTCHA_CODE: 'bench',
      SEED_DEMO: '1',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitForServer(server);
  console.log(`PostgreSQL ${version}, database ${dbName}, server on ${base}`);

  db = new pg.Client({ connectionString: benchUrl.toString() });
  await db.connect();
  await seed(db);

  // 主管部门: ten share the employers (20 each); an eleventh supervises one employer alone
  await db.query(
    `insert into supervisors (name) select '主管部门' || lpad(g::text, 2, '0') from generate_series(0, 10) g`,
  );
  await db.query(
    `with s as (select id, row_number() over (order by name) - 1 k from supervisors),
          e as (select id, row_number() over (order by id) - 1 r from employers)
     update employers set supervisor_id = s.id from e, s
     where employers.id = e.id and s.k = case when e.r = 0 then 10 else e.r % 10 end`,
  );
  const reviewerHash = (await db.query(`select password_hash from accounts where username = 'shenhe'`))
    .rows[0].password_hash;
  const supervisorOf = async (name) =>
    (await db.query('select id from supervisors where name = $1', [name])).rows[0].id;
  const wide = await supervisorOf('主管部门01');
  const small = await supervisorOf('主管部门10');
  for (const [username, supervisorId] of [
    ['zhuguan', wide],
    ['zhuguan_small', small],
  ]) {
    await db.query(
      `insert into accounts (portal, role, name, username, department_name, password_hash, review_stage, supervisor_id)
       values ('department', 'dept_reviewer', '主管审核', $1, '主管部门', $2, 'supervisor', $3)`,
      [username, reviewerHash, supervisorId],
    );
  }

  const dept = await signIn('department', 'shenhe');
  const emp = await signIn('employer', '91220101MA17A0001Q');
  const sup = await signIn('department', 'zhuguan');
  const supSmall = await signIn('department', 'zhuguan_small');

  const deepRows = await db.query(
    `select submitted_at, id from applications where status <> '未提交'
     order by submitted_at desc, id desc offset $1 limit 2`,
    [DEEP],
  );
  const [deepAt, deepNext] = deepRows.rows;
  const cursor = encodeCursor(deepAt.submitted_at, deepAt.id);
  const demoEmployer = (await db.query(`select id from employers where uscc = '91220101MA17A0001Q'`)).rows[0]
    .id;

  const q = `${base}/api/review/queue`;
  const scenarios = [
    ['baseline: GET /api/auth/session', `${base}/api/auth/session`, dept],
    ['dept waiting (province), page 1', `${q}?scope=waiting`, dept],
    ['dept all, page 1', `${q}?scope=all`, dept],
    [`dept all, after row ${DEEP}`, `${q}?scope=all&after=${cursor}`, dept],
    ['dept q=申报人00042', `${q}?scope=all&q=${encodeURIComponent('申报人00042')}`, dept],
    [
      'dept category=C&status=被退回',
      `${q}?scope=all&category=C&status=${encodeURIComponent('被退回')}`,
      dept,
    ],
    ['employer 0 all, page 1', `${q}?scope=all`, emp],
    ['主管部门 (20 employers) all, page 1', `${q}?scope=all`, sup],
    ['主管部门 (1 employer) all, page 1', `${q}?scope=all`, supSmall],
  ];

  // one request of each first: the first time after seeding, and a check that the page is what we expect
  const cold = new Map();
  for (const [title, url, cookie] of scenarios) {
    const t = performance.now();
    const response = await fetch(url, { headers: { cookie } });
    const body = await response.json();
    const ms = performance.now() - t;
    if (!response.ok) throw new Error(`${title}: ${response.status} ${JSON.stringify(body)}`);
    cold.set(title, { ms, items: body.items?.length ?? '-' });
    if (url.includes('after=') && body.items[0]?.id !== deepNext.id) {
      console.log(`  ! the deep page starts at ${body.items[0]?.id}, expected ${deepNext.id}`);
    }
  }

  console.log(`\nautocannon: ${CONNECTIONS} connections, ${SECONDS} s each`);
  const results = [];
  for (const [title, url, cookie] of scenarios) {
    await settle(db);
    const r = await load(title, url, cookie);
    results.push(r);
    console.log(
      `  ${pad(title, 34)} ${String(r.rps).padStart(6)} req/s  p50 ${r.p50} ms  p97.5 ${r.p975} ms  p99 ${r.p99} ms  non-2xx/errors ${r.bad}`,
    );
  }

  console.log('\nquery plans (EXPLAIN (ANALYZE, BUFFERS) of the SQL review.service.ts runs):');
  const notDraft = `"a"."status" <> '未提交'`;
  const keyset = `("a"."submitted_at", "a"."id") < ($1, $2)`;
  const plans = new Map([
    ['dept all, page 1', await explain(db, 'scope=all, first page', notDraft, [])],
    [
      `dept all, after row ${DEEP}`,
      await explain(db, `scope=all, after row ${DEEP}`, `${notDraft} and ${keyset}`, [
        deepAt.submitted_at,
        deepAt.id,
      ]),
    ],
    [
      'dept waiting (province), page 1',
      await explain(
        db,
        'scope=waiting, province, first page',
        `${notDraft} and "a"."status" = '已申报' and "a"."stage" = 'province'`,
        [],
      ),
    ],
    [
      'dept q=申报人00042',
      await explain(
        db,
        'q=申报人00042 (applicant_name like prefix)',
        `${notDraft} and "a"."applicant_name" like $1`,
        ['申报人00042%'],
      ),
    ],
    [
      'dept category=C&status=被退回',
      await explain(
        db,
        'category=C&status=被退回',
        `${notDraft} and "a"."status" = '被退回' and "a"."category" = 'C'`,
        [],
      ),
    ],
    [
      'employer 0 all, page 1',
      await explain(db, 'employer 0, scope=all, first page', `${notDraft} and "a"."employer_id" = $1`, [
        demoEmployer,
      ]),
    ],
    ...[
      ['主管部门 (20 employers) all, page 1', wide],
      ['主管部门 (1 employer) all, page 1', small],
    ].map(([title, supervisorId]) => [
      title,
      // reviewerScope (scopeWhere): the employers the 主管部门 supervises now, as an array computed once
      explain(
        db,
        `${title} (scope: employer_id in the 主管部门's employers)`,
        `${notDraft} and "a"."employer_id" = any(array(select "scope_e"."id" from "employers" as "scope_e" where "scope_e"."supervisor_id" = $1))`,
        [supervisorId],
      ),
    ]),
  ]);
  for (const [title, plan] of plans) plans.set(title, await plan);
  // the other shapes of the 主管部门 scope, for comparison
  const shapes = {
    'in (subquery)': `${QUEUE_SELECT} where ${notDraft} and "a"."employer_id" in (select id from employers where supervisor_id = $1) ${ORDER}`,
    'any(array(subquery))': `${QUEUE_SELECT} where ${notDraft} and "a"."employer_id" = any(array(select id from employers where supervisor_id = $1)) ${ORDER}`,
    'lateral top-21 per employer': QUEUE_SELECT.replace(
      'from "applications" as "a"',
      `from "employers" as "scope_e" cross join lateral (select * from "applications" as "a0" where "a0"."employer_id" = "scope_e"."id" and "a0"."status" <> '未提交' order by "a0"."submitted_at" desc, "a0"."id" desc limit 21) as "a"`,
    ).concat(` where "scope_e"."supervisor_id" = $1 ${ORDER}`),
  };
  for (const [shape, text] of Object.entries(shapes)) {
    for (const [size, id] of [
      ['20 employers', wide],
      ['1 employer', small],
    ]) {
      const p = await explain(db, `主管部门 (${size}) as ${shape}`, '', [id], text);
      console.log(`  => ${shape}, ${size}: ${p.index}${p.sort ? ' + Sort' : ''}, ${p.ms} ms`);
    }
  }

  console.log(
    `\n${'scenario'.padEnd(34)} ${'cold ms'.padStart(8)} ${'req/s'.padStart(6)} ${'p50'.padStart(5)} ${'p97.5'.padStart(6)} ${'p99'.padStart(5)}  rows  plan (index, sort?, SQL ms)`,
  );
  for (const r of results) {
    const c = cold.get(r.title);
    const p = plans.get(r.title) ?? { index: '(no queue query)', sort: false, seqScan: false, ms: '-' };
    console.log(
      `${pad(r.title, 34)} ${c.ms.toFixed(1).padStart(8)} ${String(r.rps).padStart(6)} ${String(r.p50).padStart(5)} ${String(r.p975).padStart(6)} ${String(r.p99).padStart(5)}  ${String(c.items).padStart(4)}  ${p.index}${p.sort ? ' + Sort' : ''}${p.seqScan ? ' + Seq Scan' : ''}, ${p.ms} ms${r.bad ? `  (${r.bad} non-2xx/errors)` : ''}`,
    );
  }
} finally {
  if (server && server.exitCode === null && server.signalCode === null) {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  }
  await db?.end().catch(() => {});
  if (created) {
    await admin
      .query(`drop database if exists ${dbName} with (force)`)
      .catch((e) => console.error(`could not drop ${dbName}: ${e.message}`));
  }
  await admin?.end().catch(() => {});
  rmSync(dataDir, { recursive: true, force: true });
}
