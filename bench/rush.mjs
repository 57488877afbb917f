// The deadline rush: N applicants (500 by default) at once, each opening their draft, saving four times
// (创新创业成果, a 学习经历, a 工作经历, 创新创业成果 again), reading 数据验证信息 and pressing 提交: with --think 0 as
// fast as the server answers (500 requests always in flight), with --think N pausing about N ms between steps
// as a person does. Prints p50/p99/max per step and overall, the errors, the CPU of the server and its
// PostgreSQL backends, then checks in the database that every save is there and every application submitted.
// On PostgreSQL when DATABASE_URL is set (a fresh database of its own), else on PGlite.
//   npm run build && node bench/rush.mjs [--applicants 500] [--think 0] [--no-statistics]
import { parseArgs } from 'node:util';
import pg from 'pg';
import {
  backendCpu,
  backendDelta,
  benchValues,
  connect,
  cpuMs,
  freshDatabase,
  seedApplicants,
  startServer,
  templateDraft,
} from './support.mjs';

const { values: args } = parseArgs({
  options: {
    applicants: { type: 'string', default: '500' },
    // a person's pause between two steps, ms (uniform from half to one and a half times it); 0: none at all
    think: { type: 'string', default: '0' },
    // writes a CPU profile of the server during the rush into this folder
    profile: { type: 'string' },
    // the rush without the triggers that keep 统计分析's counts (migration 0016), to measure what they cost
    'no-statistics': { type: 'boolean', default: false },
  },
});
const COUNT = Number(args.applicants);
const THINK = Number(args.think);
const pause = () => (THINK > 0 ? new Promise((r) => setTimeout(r, THINK * (0.5 + Math.random()))) : null);

const database = await freshDatabase();
const appName = 'product';
const env = database.url
  ? { ...database.env, DATABASE_URL: `${database.url}?application_name=${appName}` }
  : database.env;
let server;
let monitor;
try {
  server = await startServer({ env });
  const template = await templateDraft(server.base);
  await server.stop();
  let sql = await connect(database);
  const people = await seedApplicants(sql, { prefix: 'r', count: COUNT, template });
  if (args['no-statistics'])
    await sql.exec('alter table applications disable trigger applications_statistics');
  await sql.close();
  server = await startServer({
    env,
    args: args.profile ? ['--cpu-prof', `--cpu-prof-dir=${args.profile}`] : [],
  });
  if (database.url) {
    monitor = new pg.Client({ connectionString: database.url });
    await monitor.connect();
  }

  const steps = ['详情', '保存成果', '保存学习经历', '保存工作经历', '再存成果', '数据验证', '提交'];
  const latency = Object.fromEntries(steps.map((s) => [s, []]));
  const errors = [];
  async function call(person, step, method, path, body) {
    await pause();
    const t = performance.now();
    const response = await fetch(server.base + path, {
      method,
      headers: {
        cookie: `rcpd_sid=${person.token}`,
        ...(method === 'GET' ? {} : { 'x-csrf-token': person.csrf, 'content-type': 'application/json' }),
      },
      body: body && JSON.stringify(body),
    });
    const text = await response.text();
    latency[step].push(performance.now() - t);
    if (!response.ok) {
      errors.push(`${step} ${response.status} ${text.slice(0, 200)}`);
      throw new Error(step);
    }
    return JSON.parse(text);
  }

  async function applicant(person, i) {
    const url = `/api/person/applications/${person.applicationId}`;
    const detail = await call(person, '详情', 'GET', url);
    const education = detail.entries.find((e) => e.module === 'education');
    const work = detail.entries.find((e) => e.module === 'work');
    const first = await call(person, '保存成果', 'PUT', `${url}/modules/achievement`, {
      version: detail.modules.achievement.version,
      values: benchValues.achievement(`${i}-1`),
    });
    await call(person, '保存学习经历', 'PUT', `${url}/entries/${education.id}`, {
      version: education.version,
      values: benchValues.education(i),
    });
    await call(person, '保存工作经历', 'PUT', `${url}/entries/${work.id}`, {
      version: work.version,
      values: benchValues.work(i),
    });
    await call(person, '再存成果', 'PUT', `${url}/modules/achievement`, {
      version: first.version,
      values: benchValues.achievement(`${i}-2`),
    });
    const { issues } = await call(person, '数据验证', 'GET', `${url}/validation`);
    if (issues.length > 0) errors.push(`数据验证 ${JSON.stringify(issues)}`);
    await call(person, '提交', 'POST', `${url}/submit`, { commitment: true });
  }

  // Every applicant has the page open already: their browser holds a connection. Open them first (untimed),
  // so what is measured is the server answering, not 500 TCP handshakes queued behind a busy event loop.
  const tc = performance.now();
  await Promise.all(people.map(() => fetch(`${server.base}/api/health`).then((r) => r.text())));
  console.log(
    `opened ${COUNT} connections in ${((performance.now() - tc) / 1000).toFixed(1)} s (not counted)`,
  );

  const cpu0 = cpuMs(server.pid);
  const db0 = await backendCpu(monitor, database.name, appName);
  const t0 = performance.now();
  const outcomes = await Promise.allSettled(people.map((p, i) => applicant(p, i)));
  const wall = (performance.now() - t0) / 1000;
  const cpu = cpuMs(server.pid) - cpu0;
  const dbCpu = backendDelta(db0, await backendCpu(monitor, database.name, appName));
  const all = Object.values(latency).flat();

  const pct = (list, p) => {
    const sorted = [...list].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  };
  const goal = database.kind === 'postgres' ? 250 : 1000;
  console.log(
    `\n${database.kind}: ${COUNT} applicants at once, ${THINK ? `pausing about ${THINK} ms between steps` : 'no pause between steps'}, ${all.length} requests in ${wall.toFixed(1)} s (${(all.length / wall).toFixed(0)} req/s)`,
  );
  console.log('| step | requests | p50 ms | p99 ms | max ms |\n|---|---|---|---|---|');
  for (const s of steps) {
    const l = latency[s];
    console.log(
      `| ${s} | ${l.length} | ${pct(l, 50).toFixed(0)} | ${pct(l, 99).toFixed(0)} | ${pct(l, 100).toFixed(0)} |`,
    );
  }
  console.log(
    `| all | ${all.length} | ${pct(all, 50).toFixed(0)} | ${pct(all, 99).toFixed(0)} | ${pct(all, 100).toFixed(0)} |`,
  );
  console.log(
    `p99 ${pct(all, 99).toFixed(0)} ms (goal < ${goal} ms: ${pct(all, 99) < goal ? 'met' : 'NOT met'}); errors ${errors.length}; ` +
      `CPU ${((cpu + dbCpu) / all.length).toFixed(2)} ms per request (server ${(cpu / all.length).toFixed(2)} + PostgreSQL ${(dbCpu / all.length).toFixed(2)})`,
  );
  for (const e of errors.slice(0, 5)) console.log(`  error: ${e}`);

  // every save is there and every application submitted
  await server.stop();
  sql = await connect(database);
  const ids = people.map((p) => p.applicationId);
  const rows = await sql.query(
    `select a.id, a.status, a.number,
            (select data->>'text' from application_entries where application_id = a.id and module = 'achievement') as achievement,
            (select data->>'school' from application_entries where application_id = a.id and module = 'education') as school,
            (select data->>'employer' from application_entries where application_id = a.id and module = 'work') as employer,
            (select count(*)::int from application_versions where application_id = a.id) as versions
     from applications a where a.id = any($1::uuid[])`,
    [ids],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  let lost = 0;
  let notSubmitted = 0;
  people.forEach((p, i) => {
    const r = byId.get(p.applicationId);
    if (r?.status !== '已申报' || !r.number || r.versions !== 1) notSubmitted++;
    if (
      !r ||
      r.achievement !== benchValues.achievement(`${i}-2`).text ||
      r.school !== benchValues.education(i).school ||
      r.employer !== benchValues.work(i).employer
    )
      lost++;
  });
  await sql.close();
  const rejected = outcomes.filter((o) => o.status === 'rejected').length;
  console.log(
    `checked in the database: ${COUNT - notSubmitted} of ${COUNT} submitted (已申报, 申报编号, one frozen version); ${lost} lost saves; ${rejected} applicants stopped by an error`,
  );
} finally {
  await server?.stop();
  await monitor?.end();
  await database.drop();
}
