// Audited writes at 50 concurrent clients, several builds in one run: every --checkout (a git worktree of an
// earlier commit, built with `npx tsc -b packages/shared apps/server`), this checkout, and the bare ceiling's
// save (bench/ceiling-server.mjs, PUT /api/write/:id: update a row and insert an audit row in one transaction),
// each on a fresh database of its own, in alternating rounds. The audited write is 保存 创新创业成果 of each
// client's own draft (one application row locked, the module row updated, one audit_log row). Prints writes/s,
// p50/p99, CPU ms per write (server + its PostgreSQL backends), the audit rows written, on PostgreSQL how many
// writes waited on the advisory lock (sampled every 100 ms), and for the sealing design how long after a row's
// write the sealer chained it (a bench-only trigger records when each seal batch ran); at the end each
// checkout's own verifyAuditChain walks its chain. On PostgreSQL when DATABASE_URL is set, else on PGlite.
//   node bench/audit-writes.mjs --checkout /tmp/audit-before [--seconds 10] [--rounds 2] [--connections 50]

import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import {
  applicantSaves,
  benchValues,
  ceilingSaves,
  connect,
  freshDatabase,
  load,
  measure,
  seedApplicants,
  sleep,
  startServer,
  templateDraft,
  withName,
} from './support.mjs';

const { values: args } = parseArgs({
  options: {
    checkout: { type: 'string', multiple: true, default: [] },
    seconds: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '2' },
    connections: { type: 'string', default: '50' },
  },
});
const SECONDS = Number(args.seconds);
const ROUNDS = Number(args.rounds);
const CONNECTIONS = Number(args.connections);
const here = path.resolve(import.meta.dirname, '..');

// When each seal batch ran, for the sealing design (audit_log.seq): the trigger fires once per sealing statement.
const SEAL_RECORDER = `
  create table bench_seals (sealed_at timestamptz not null, first_seq bigint not null, last_seq bigint not null);
  create function bench_seals_record() returns trigger language plpgsql as $$
  begin
    insert into bench_seals select clock_timestamp(), min(seq), max(seq) from sealed having count(seq) > 0;
    return null;
  end $$;
  create trigger bench_seals after update on audit_log referencing new table as sealed
    for each statement execute function bench_seals_record();`;

const targets = [...args.checkout.map((d) => path.resolve(d)), here].map((dir) => ({
  dir,
  label: `${execFileSync('git', ['-C', dir, 'log', '-1', '--format=%h'], { encoding: 'utf8' }).trim()}${dir === here ? ' (this checkout)' : ''}`,
  runs: [],
}));
const ceiling = { label: 'ceiling', runs: [] };
const all = [...targets, ceiling];

/** the key of the keyed chain (builds since 0012 read AUDIT_CHAIN_KEY; earlier ones ignore it) */
const AUDIT_CHAIN_KEY = randomBytes(32);

async function prepare(t) {
  t.database = await freshDatabase();
  const env = {
    ...(t.database.url
      ? { ...t.database.env, DATABASE_URL: withName(t.database.url, 'product') }
      : t.database.env),
    AUDIT_CHAIN_KEY: AUDIT_CHAIN_KEY.toString('base64'),
  };
  const script = path.join(t.dir, 'apps/server/dist/main.js');
  let server = await startServer({ env, script });
  const template = await templateDraft(server.base);
  await server.stop();
  const sql = await connect(t.database);
  // a fresh applicant for every connection of every round and the warm-up: a save cut off at a round's end
  // leaves its applicant's version unknown to the client
  const people = await seedApplicants(sql, { prefix: 'w', count: CONNECTIONS * (ROUNDS + 1), template });
  t.sealing =
    (
      await sql.query(
        `select count(*)::int as n from information_schema.columns where table_name = 'audit_log' and column_name = 'seq'`,
      )
    )[0].n > 0;
  if (t.sealing) await sql.exec(SEAL_RECORDER);
  await sql.close();
  t.server = server = await startServer({ env, script });
  t.appName = 'product';
  t.requests = applicantSaves(
    people,
    (d) => [`/api/person/applications/${d.applicationId}/modules/achievement`, d.entries.achievement[1]],
    benchValues.achievement,
  );
  t.auditTable = `audit_log where action = 'application.module.save' and`;
}

async function prepareCeiling(t) {
  t.database = await freshDatabase();
  t.server = await startServer({
    script: path.join(here, 'bench/ceiling-server.mjs'),
    env: t.database.url
      ? { DATABASE_URL: withName(t.database.url, 'ceiling'), CEILING_ROWS: String(CONNECTIONS) }
      : {
          DATABASE_URL: '',
          CEILING_DIR: path.join(t.database.dataDir, 'pglite'),
          CEILING_ROWS: String(CONNECTIONS),
        },
  });
  t.appName = 'ceiling';
  t.requests = ceilingSaves(
    (await (await fetch(`${t.server.base}/api/ids`)).json()).ids,
    benchValues.achievement,
  );
  t.auditTable = `${t.database.url ? 'ceiling.' : ''}audit where`;
}

/** Until `done()`: every 100 ms, the connections waiting on an advisory lock and those in a statement. */
async function sampleLocks(t, done) {
  const samples = [];
  while (!done()) {
    const { rows } = await t.monitor.query(
      `select (select count(*) from pg_locks l join pg_stat_activity a using (pid)
               where a.datname = $1 and l.locktype = 'advisory' and not l.granted)::int as waiting,
              (select count(*) from pg_stat_activity where datname = $1 and application_name = $2
               and state <> 'idle')::int as busy`,
      [t.database.name, t.appName],
    );
    samples.push(rows[0]);
    await sleep(100);
  }
  const mean = (k) => samples.reduce((a, s) => a + s[k], 0) / Math.max(1, samples.length);
  return {
    waiting: mean('waiting'),
    waitingMax: Math.max(0, ...samples.map((s) => s.waiting)),
    busy: mean('busy'),
  };
}

/** After a round: on PostgreSQL until the sealer has chained every row (10 s at most), then a second; on PGlite 3 s. */
async function settle(t) {
  if (!t.monitor) return sleep(3000);
  for (let i = 0; t.sealing && i < 500; i++) {
    const { rows } = await t.monitor.query('select count(*)::int as n from audit_log where seq is null');
    if (rows[0].n === 0) break;
    await sleep(20);
  }
  await sleep(1000);
}

const f = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '—');
let kind;
try {
  for (const t of all) {
    const t0 = performance.now();
    await (t === ceiling ? prepareCeiling(t) : prepare(t));
    kind = t.database.kind;
    if (t.database.url) {
      t.monitor = new pg.Client({ connectionString: t.database.url });
      await t.monitor.connect();
    }
    console.log(
      `${t.label}: ${t.dir ?? 'bench/ceiling-server.mjs'}, ${t.sealing ? 'sealer' : t === ceiling ? 'no chain' : 'lock and chain per write'}, ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
  }
  // warm-up, not counted: the first seconds of a server run its code cold and prepare its statements
  for (const t of all) {
    await load({ url: t.server.base, duration: 2, connections: CONNECTIONS, ...t.requests });
    await settle(t);
  }
  console.log(`\n${kind}: ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s, alternating`);
  for (let round = 0; round < ROUNDS; round++) {
    for (const t of all) {
      let done = false;
      const locks = t.monitor && sampleLocks(t, () => done);
      const start = Date.now();
      const r = await measure(
        t.server,
        { monitor: t.monitor, dbName: t.database.name, appName: t.appName },
        { duration: SECONDS, connections: CONNECTIONS, ...t.requests },
      );
      done = true;
      const run = { ...r, start, end: Date.now(), locks: await locks };
      t.runs.push(run);
      console.log(
        `${t.label} round ${round + 1}: ${f(r.rps)} writes/s, p50 ${r.p50} / p99 ${r.p99} ms, CPU ${f(r.cpu + r.dbCpu, 2)} ms/write (${f(r.cpu, 2)} + ${f(r.dbCpu, 2)}), non-2xx ${r.bad}${r.bad ? ` ${JSON.stringify(r.codes)}` : ''}` +
          (run.locks
            ? `; advisory-lock waiters mean ${f(run.locks.waiting, 1)}, max ${run.locks.waitingMax}; busy connections ${f(run.locks.busy, 1)}`
            : ''),
      );
      await settle(t);
    }
  }

  // the servers stop (PGlite's folder has one user at a time), then each database is read and verified
  for (const t of all) {
    await t.server.stop();
    await t.monitor?.end();
    t.monitor = undefined;
    const sql = await connect(t.database);
    for (const [i, run] of t.runs.entries()) {
      const until = t.runs[i + 1]?.start ?? Date.now() + 60_000;
      const window = [new Date(run.start), new Date(until)];
      run.rows = (
        await sql.query(`select count(*)::int as n from ${t.auditTable} at >= $1 and at < $2`, window)
      )[0].n;
      if (!t.sealing) continue;
      // a row's wait: from its write to the end of the seal batch that chained it
      const [lag] = await sql.query(
        `select extract(epoch from max(s.sealed_at) - max(a.at)) * 1000 as after_last,
                percentile_cont(0.5) within group (order by extract(epoch from s.sealed_at - a.at)) * 1000 as p50,
                max(extract(epoch from s.sealed_at - a.at)) * 1000 as max
         from audit_log a join bench_seals s on a.seq between s.first_seq and s.last_seq
         where a.at >= $1 and a.at < $2`,
        window,
      );
      run.lag = Object.fromEntries(Object.entries(lag).map(([k, v]) => [k, v === null ? NaN : Number(v)]));
    }
    await sql.close();
    if (t === ceiling) continue;
    const dist = (file) => import(pathToFileURL(path.join(t.dir, 'apps/server/dist', file)));
    const { openDatabase } = await dist('db/client.js');
    const { verifyAuditChain, chainKeys } = await dist('modules/audit/audit.service.js');
    const db = await openDatabase(
      t.database.url ? { url: t.database.url } : { dataDir: path.join(t.database.dataDir, 'pglite') },
    );
    const v0 = performance.now();
    // a keyed chain (chainKeys exported) is verified with its key; an earlier build's with none
    const check = await verifyAuditChain(db.db, chainKeys?.(AUDIT_CHAIN_KEY));
    t.check = { ...check, ms: performance.now() - v0 };
    await db.close();
  }

  const avg = (list) => list.reduce((a, x) => a + x, 0) / list.length;
  const mean = (t, k) => avg(t.runs.map((r) => r[k]));
  console.log(
    `\n${kind}, ${CONNECTIONS} connections, ${ROUNDS} × ${SECONDS} s alternating; CPU ms per write = server process + PostgreSQL backends`,
  );
  console.log(
    '| build | writes/s | of ceiling | p50 / p99 ms | CPU ms/write (server + db) | audit rows written (2xx) | lock waiters mean / max | sealed after the last write | a row unsealed p50 / max | chain |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const t of all) {
    const rows = t.runs.map((r) => r.rows).join(' + ');
    const responses = t.runs.map((r) => r.total - r.bad).join(' + ');
    const locks = t.runs[0].locks
      ? `${f(avg(t.runs.map((r) => r.locks.waiting)), 1)} / ${Math.max(...t.runs.map((r) => r.locks.waitingMax))}`
      : '—';
    const lags = t.runs.map((r) => r.lag).filter(Boolean);
    const sealed = lags.length ? lags.map((l) => `${f(l.after_last)} ms`).join(', ') : '—';
    const waits = lags.length ? lags.map((l) => `${f(l.p50)} / ${f(l.max)} ms`).join(', ') : '—';
    const chain = !t.check
      ? '—'
      : `${t.check.ok ? 'verifies' : `BROKEN at ${t.check.brokenAt}`}: ${t.check.rows} rows${t.check.unsealed ? `, ${t.check.unsealed} unsealed` : ''} in ${f(t.check.ms)} ms`;
    console.log(
      `| ${t.label} | ${f(mean(t, 'rps'))} | ${f((mean(t, 'rps') / mean(ceiling, 'rps')) * 100)} % | ${f(mean(t, 'p50'))} / ${f(mean(t, 'p99'))} | ${f(mean(t, 'cpu') + mean(t, 'dbCpu'), 2)} (${f(mean(t, 'cpu'), 2)} + ${f(mean(t, 'dbCpu'), 2)}) | ${rows} (${responses}) | ${locks} | ${sealed} | ${waits} | ${chain} |`,
    );
  }
} finally {
  for (const t of all) {
    await t.server?.stop();
    await t.monitor?.end();
    await t.database?.drop();
  }
}
