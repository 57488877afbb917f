// Certificate lookups through the integration API (an integration client's bearer credential, its allow-list,
// its rate limit, the lookup, the audit row of the call) against the bare ceiling in the same run, on PostgreSQL
// when DATABASE_URL is set (a fresh database of its own on that server), else on PGlite. Seeds N published
// certificates by SQL (copies of the demo applicant's draft, each holder with a 证件号码 of its own, found by the
// server's lookup hash), registers a client through the 管理端 API, then alternates ceiling and product rounds:
//   by number   GET  /api/integration/v1/certificates/:number     vs the ceiling's GET /api/read/:id, and its
//   by 证件号码 POST /api/integration/v1/certificates/search          audited read GET /api/lookup/:id
// and prints req/s, p50/p99, the ratio and the CPU milliseconds per request of the server process and of its
// PostgreSQL backends. Prints figures; never fails a test run.
//   npm run build && node bench/integration-lookup.mjs [--seconds 5] [--rounds 2] [--connections 50] [--certificates 2000]
//                                                      [--profile dir]
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import {
  Api,
  connect,
  freshDatabase,
  load,
  measure,
  pad,
  seedApplicants,
  startServer,
  templateDraft,
  withName,
} from './support.mjs';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '2' },
    connections: { type: 'string', default: '50' },
    certificates: { type: 'string', default: '2000' },
    // writes a CPU profile of the product server (the measured run, not the seeding) into this folder
    profile: { type: 'string' },
  },
});
const SECONDS = Number(args.seconds);
const CONNECTIONS = Number(args.connections);
const COUNT = Number(args.certificates);

/** The 证件号码 of the i-th seeded holder (18 digits; the API takes any letters and digits). */
const idNumberOf = (i) => `2201021990${String(i).padStart(8, '0')}`;

/** Published certificates for the seeded applications (`RCB<prefix>…`), one each, and their holders' hashes. */
async function seedCertificates(sql, lookupKey) {
  await sql.exec('begin');
  await sql.exec(
    `insert into review_results (application_id, outcome, category, state, published_at)
     select id, '认定通过', 'A', '已发布', now() from applications where number like 'RCBc%';
     insert into certificates (number, application_id, result_id, holder_id, holder_name, category, issued_on,
                               valid_until, token)
     select 'JLRCB' || substring(a.number from 5), a.id, r.id, a.applicant_id, a.applicant_name, 'A', current_date,
            current_date + 1825, 'bench'
       from applications a join review_results r on r.application_id = a.id where a.number like 'RCBc%';`,
  );
  const holders = await sql.query(
    `select applicant_id, substring(number from 5)::int as i from applications where number like 'RCBc%'`,
  );
  const hash = (i) => createHmac('sha256', lookupKey).update(idNumberOf(i)).digest('hex');
  await sql.query(
    `update accounts set id_number_hash = v.h
       from unnest($1::uuid[], $2::text[]) as v (id, h) where accounts.id = v.id`,
    [holders.map((h) => h.applicant_id), holders.map((h) => hash(h.i))],
  );
  await sql.exec('commit');
  await sql.exec('analyze');
  return holders.map((h) => ({ number: `JLRCB${String(h.i).padStart(7, '0')}`, idNumber: idNumberOf(h.i) }));
}

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
  // the server generated its keys into DATA_DIR: the lookup hash of a 证件号码 is an HMAC under one of them
  const keys = JSON.parse(readFileSync(path.join(database.dataDir, 'secrets.json'), 'utf8'));
  const sql = await connect(database);
  await seedApplicants(sql, { prefix: 'c', count: COUNT, template, submitted: true });
  const certificates = await seedCertificates(sql, Buffer.from(keys.lookupKey, 'base64'));
  await sql.close();
  console.log(
    `seeded ${certificates.length} certificates in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  product = await startServer({
    env: productEnv,
    args: args.profile ? ['--cpu-prof', `--cpu-prof-dir=${args.profile}`] : [],
  });
  // registered as the 系统管理员 does it: the answer holds the credential, this once
  const admin = await Api.login(product.base, 'department', 'admin');
  const register = async (name) =>
    (
      await admin.post('/api/department/integration-clients', {
        name,
        scopes: ['certificates:read'],
        allowedIps: ['127.0.0.1', '::1'],
        rateLimitPerMinute: 100_000,
      })
    ).credential;
  const byNumberClient = await register('基准：按证书编号');
  const searchClient = await register('基准：按证件号码');
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

  // a first call of each, checked: the answer is the certificate, the number masked
  const check = await fetch(`${product.base}/api/integration/v1/certificates/${certificates[0].number}`, {
    headers: { authorization: `Bearer ${byNumberClient}` },
  });
  const found = await fetch(`${product.base}/api/integration/v1/certificates/search`, {
    method: 'POST',
    headers: { authorization: `Bearer ${searchClient}`, 'content-type': 'application/json' },
    body: JSON.stringify({ idNumber: certificates[0].idNumber }),
  });
  const foundBody = await found.json();
  if (check.status !== 200 || found.status !== 200 || foundBody.items?.length !== 1) {
    throw new Error(`lookups do not answer: ${check.status} ${found.status} ${JSON.stringify(foundBody)}`);
  }

  const random = (n) => Math.floor(Math.random() * n);
  const ceilingPath = (route) => ({
    requests: [{ setupRequest: (req) => ({ ...req, path: `/api/${route}/${ids[random(COUNT)]}` }) }],
  });
  const cases = [
    { name: 'ceiling: read', server: ceiling, appName: 'ceiling', options: ceilingPath('read') },
    { name: 'ceiling: audited read', server: ceiling, appName: 'ceiling', options: ceilingPath('lookup') },
    {
      name: 'product: by number',
      server: product,
      appName: 'product',
      options: {
        requests: [
          {
            setupRequest: (req) => ({
              ...req,
              path: `/api/integration/v1/certificates/${certificates[random(COUNT)].number}`,
              headers: { authorization: `Bearer ${byNumberClient}` },
            }),
          },
        ],
      },
    },
    {
      name: 'product: by 证件号码',
      server: product,
      appName: 'product',
      options: {
        requests: [
          {
            setupRequest: (req) => ({
              ...req,
              method: 'POST',
              path: '/api/integration/v1/certificates/search',
              headers: { authorization: `Bearer ${searchClient}`, 'content-type': 'application/json' },
              body: JSON.stringify({ idNumber: certificates[random(COUNT)].idNumber }),
            }),
          },
        ],
      },
    },
  ];

  // an untimed warm-up of each (first plans, JIT), then rounds that alternate the four, so that a machine
  // busier at one moment weighs on all of them
  for (const c of cases)
    await load({ url: c.server.base, duration: 2, connections: CONNECTIONS, ...c.options });
  const runs = new Map(cases.map((c) => [c.name, []]));
  for (let round = 0; round < Number(args.rounds); round++) {
    for (const c of cases) {
      const r = await measure(
        c.server,
        { monitor, dbName: database.name, appName: c.appName },
        { duration: SECONDS, connections: CONNECTIONS, ...c.options },
      );
      runs.get(c.name).push(r);
      console.log(
        `round ${round + 1} ${pad(c.name, 24)} ${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, CPU ${(r.cpu + r.dbCpu).toFixed(2)} ms/req, non-2xx ${r.bad}`,
      );
    }
  }
  const figures = ['rps', 'p50', 'p99', 'cpu', 'dbCpu', 'bad'];
  const mean = (list) =>
    Object.fromEntries(figures.map((k) => [k, list.reduce((a, r) => a + r[k], 0) / list.length]));
  const m = new Map([...runs].map(([name, list]) => [name, mean(list)]));
  const read = m.get('ceiling: read');
  const audited = m.get('ceiling: audited read');

  console.log(
    `\n${database.kind}, ${CONNECTIONS} connections, ${args.rounds} × ${SECONDS} s alternating; CPU ms per request = server process + PostgreSQL backends; ratios against the ceiling's read / audited read`,
  );
  console.log(
    '| request | req/s | of read / of audited read | p50 / p99 ms | CPU ms/req (server + db) | non-2xx |',
  );
  console.log('|---|---|---|---|---|---|');
  for (const [name, r] of m) {
    const of = (c) => `${((r.rps / c.rps) * 100).toFixed(0)} %`;
    console.log(
      `| ${name} | ${r.rps.toFixed(0)} | ${of(read)} / ${of(audited)} | ${r.p50.toFixed(0)} / ${r.p99.toFixed(0)} | ${(r.cpu + r.dbCpu).toFixed(2)} (${r.cpu.toFixed(2)} + ${r.dbCpu.toFixed(2)}) | ${r.bad} |`,
    );
  }
} finally {
  await product?.stop();
  await ceiling?.stop();
  await monitor?.end();
  await database.drop();
  rmSync(ceilingDir, { recursive: true, force: true });
}
