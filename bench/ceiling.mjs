// The product's hot paths against a bare ceiling in the same run (see ceiling-server.mjs), on PostgreSQL when
// DATABASE_URL is set (a fresh database of its own on that server), else on PGlite. Seeds a few thousand
// applicants by SQL (copies of a complete draft made through the API), then alternates ceiling and product
// rounds of each scenario and prints req/s, p50/p99, the ratio, and the CPU milliseconds per request of the
// server process and of its PostgreSQL backends. Prints figures; never fails a test run.
//   npm run build && node bench/ceiling.mjs [--seconds 5] [--rounds 2] [--connections 50] [--applicants 2000]
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import {
  applicantSaves,
  benchValues,
  ceilingSaves,
  connect,
  freshDatabase,
  measure,
  pad,
  seedApplicants,
  seedSession,
  startServer,
  templateDraft,
  withName,
} from './support.mjs';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '2' },
    connections: { type: 'string', default: '50' },
    applicants: { type: 'string', default: '2000' },
    only: { type: 'string' },
    // writes a CPU profile of the product server (the measured run, not the seeding) into this folder
    profile: { type: 'string' },
  },
});
const SECONDS = Number(args.seconds);
const CONNECTIONS = Number(args.connections);
const COUNT = Number(args.applicants);

const database = await freshDatabase();
const productEnv = database.url
  ? { ...database.env, DATABASE_URL: withName(database.url, 'product') }
  : database.env;
const ceilingDir = mkdtempSync(path.join(os.tmpdir(), 'rcpd-ceiling-'));
let product;
let ceiling;
let monitor;
try {
  console.log(
    `database: ${database.kind}; ${CONNECTIONS} connections, ${SECONDS} s a round, ${args.rounds} rounds each`,
  );
  const t0 = performance.now();
  product = await startServer({ env: productEnv });
  const template = await templateDraft(product.base);
  await product.stop();
  const sql = await connect(database);
  const drafts = await seedApplicants(sql, { prefix: 'd', count: COUNT, template });
  await seedApplicants(sql, { prefix: 'q', count: COUNT, template, submitted: true });
  const reviewer = await seedSession(sql, { token: 'bench-reviewer', where: `username = 'shenhe'` });
  await sql.close();
  console.log(
    `seeded ${COUNT} drafts and ${COUNT} submitted applications in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  product = await startServer({
    env: productEnv,
    args: args.profile ? ['--cpu-prof', `--cpu-prof-dir=${args.profile}`] : [],
  });
  ceiling = await startServer({
    script: 'bench/ceiling-server.mjs',
    env: database.url
      ? { DATABASE_URL: withName(database.url, 'ceiling'), CEILING_ROWS: String(COUNT) }
      : { DATABASE_URL: '', CEILING_DIR: ceilingDir, CEILING_ROWS: String(COUNT) },
  });
  const ids = (await (await fetch(`${ceiling.base}/api/ids`)).json()).ids;
  if (database.url) {
    monitor = new pg.Client({ connectionString: database.url });
    await monitor.connect();
  }

  const random = (n) => Math.floor(Math.random() * n);
  const cookie = (token) => `rcpd_sid=${token}`;

  const scenarios = [
    {
      name: 'session check',
      goal: 0.5,
      product: {
        requests: [
          {
            setupRequest: (req) => ({
              ...req,
              path: '/api/auth/session',
              headers: { cookie: cookie(drafts[random(COUNT)].token) },
            }),
          },
        ],
      },
      ceiling: {
        requests: [{ setupRequest: (req) => ({ ...req, path: `/api/read/${ids[random(COUNT)]}` }) }],
      },
    },
    {
      name: 'application detail',
      goal: 0.5,
      product: {
        requests: [
          {
            setupRequest: (req) => {
              const d = drafts[random(COUNT)];
              return {
                ...req,
                path: `/api/person/applications/${d.applicationId}`,
                headers: { cookie: cookie(d.token) },
              };
            },
          },
        ],
      },
      ceiling: {
        requests: [{ setupRequest: (req) => ({ ...req, path: `/api/read/${ids[random(COUNT)]}` }) }],
      },
    },
    {
      name: 'review-queue page',
      goal: 0.5,
      product: {
        requests: [
          {
            setupRequest: (req) => ({
              ...req,
              path: '/api/review/queue?scope=waiting',
              headers: { cookie: cookie(reviewer.token) },
            }),
          },
        ],
      },
      ceiling: {
        requests: [
          { setupRequest: (req) => ({ ...req, path: `/api/page?after=${COUNT - random(COUNT / 2)}` }) },
        ],
      },
    },
    {
      name: 'module save',
      goal: 0.4,
      product: applicantSaves(
        drafts,
        (d) => [`/api/person/applications/${d.applicationId}/modules/achievement`, d.entries.achievement[1]],
        benchValues.achievement,
      ),
      ceiling: ceilingSaves(ids, benchValues.achievement),
    },
    {
      name: 'entry save',
      goal: 0.4,
      product: applicantSaves(
        drafts,
        (d) => [
          `/api/person/applications/${d.applicationId}/entries/${d.entries.education[0]}`,
          d.entries.education[1],
        ],
        benchValues.education,
      ),
      ceiling: ceilingSaves(ids, benchValues.education),
    },
  ].filter((s) => !args.only || s.name.includes(args.only));

  const run = (server, appName, options) =>
    measure(
      server,
      { monitor, dbName: database.name, appName },
      { duration: SECONDS, connections: CONNECTIONS, ...options },
    );

  const table = [];
  for (const s of scenarios) {
    const runs = { ceiling: [], product: [] };
    for (let round = 0; round < Number(args.rounds); round++) {
      runs.ceiling.push(await run(ceiling, 'ceiling', s.ceiling));
      runs.product.push(await run(product, 'product', s.product));
    }
    const mean = (list, k) => list.reduce((a, r) => a + r[k], 0) / list.length;
    const c = Object.fromEntries(
      ['rps', 'p50', 'p99', 'cpu', 'dbCpu', 'bad'].map((k) => [k, mean(runs.ceiling, k)]),
    );
    const p = Object.fromEntries(
      ['rps', 'p50', 'p99', 'cpu', 'dbCpu', 'bad'].map((k) => [k, mean(runs.product, k)]),
    );
    const row = {
      name: s.name,
      goal: s.goal,
      c,
      p,
      ratio: p.rps / c.rps,
      cpuRatio: (c.cpu + c.dbCpu) / (p.cpu + p.dbCpu),
    };
    table.push(row);
    console.log(
      `${pad(s.name, 20)} ceiling ${c.rps.toFixed(0)} req/s, product ${p.rps.toFixed(0)} req/s: ${(row.ratio * 100).toFixed(0)} % (non-2xx ${p.bad}: ${JSON.stringify(runs.product.map((r) => r.codes))})`,
    );
  }

  console.log(
    `\n${database.kind}, ${CONNECTIONS} connections, ${args.rounds} × ${SECONDS} s alternating; CPU ms per request = server process + PostgreSQL backends`,
  );
  console.log(
    `| scenario | ceiling req/s | product req/s | ratio | goal | product p50 / p99 ms | ceiling p50 / p99 ms | CPU ms/req product (server + db) | CPU ms/req ceiling | CPU ratio |`,
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of table) {
    console.log(
      `| ${r.name} | ${r.c.rps.toFixed(0)} | ${r.p.rps.toFixed(0)} | ${(r.ratio * 100).toFixed(0)} % | ≥ ${r.goal * 100} % ${r.ratio >= r.goal ? 'met' : 'NOT met'} | ${r.p.p50.toFixed(0)} / ${r.p.p99.toFixed(0)} | ${r.c.p50.toFixed(0)} / ${r.c.p99.toFixed(0)} | ${(r.p.cpu + r.p.dbCpu).toFixed(2)} (${r.p.cpu.toFixed(2)} + ${r.p.dbCpu.toFixed(2)}) | ${(r.c.cpu + r.c.dbCpu).toFixed(2)} (${r.c.cpu.toFixed(2)} + ${r.c.dbCpu.toFixed(2)}) | ${(r.cpuRatio * 100).toFixed(0)} % |`,
    );
  }
} finally {
  await product?.stop();
  await ceiling?.stop();
  await monitor?.end();
  await database.drop();
  rmSync(ceilingDir, { recursive: true, force: true });
}
