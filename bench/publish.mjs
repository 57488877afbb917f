// 发布 of N 评审结果 (10,000 by default) in the background, with the SMS gateway stopped during it.
// Seeds N applications in 材料审核通过 with a recorded 认定通过 (plain SQL), starts the built server with job
// workers and an HTTP SMS gateway that is down, and then:
//   1. POST /api/department/results/publish with all N: how long the request takes (it only checks and
//      enqueues);
//   2. follows the batch's progress until it finishes: how long, results per second, server CPU per result;
//   3. brings the gateway up: how long until every SMS is 已发送, and that each was accepted exactly once;
//   4. the ceiling: the same rows written by plain SQL from this process, one transaction per result (the
//      result, the 历史认定记录, the certificate, the 站内消息, the SMS row), for N more results.
// On PostgreSQL when DATABASE_URL is set (a fresh database of its own), else on PGlite.
//   npm run build && node bench/publish.mjs [--results 10000]
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import {
  connect,
  cpuMs,
  freshDatabase,
  pad,
  seedApplicants,
  seedSession,
  sleep,
  startServer,
  templateDraft,
} from './support.mjs';

const { values: args } = parseArgs({ options: { results: { type: 'string', default: '10000' } } });
const COUNT = Number(args.results);

/** The operator's SMS gateway: down until `up()`, then accepts and counts by idempotency key. */
function gateway() {
  const accepted = new Map();
  let calls = 0;
  const server = createServer(async (request, response) => {
    for await (const _ of request);
    calls += 1;
    const key = String(request.headers['idempotency-key'] ?? '');
    accepted.set(key, (accepted.get(key) ?? 0) + 1);
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
  const port = 4100 + Math.floor(Math.random() * 400);
  return {
    url: `http://127.0.0.1:${port}/send`,
    accepted,
    get calls() {
      return calls;
    },
    up: () => new Promise((resolve) => server.listen(port, '127.0.0.1', resolve)),
    down: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** N applications in 材料审核通过 with a 认定通过 result each; returns the result ids. */
async function seedResults(sql, template, prefix) {
  const seeded = await seedApplicants(sql, { prefix, count: COUNT, template, submitted: true });
  const ids = seeded.map((s) => s.applicationId);
  await sql.query(
    `update applications set status = '材料审核通过', stage = null where id = any($1::uuid[])`,
    [ids],
  );
  const rows = await sql.query(
    `insert into review_results (application_id, outcome, category)
     select id, '认定通过', category from applications where id = any($1::uuid[]) returning id`,
    [ids],
  );
  return rows.map((r) => r.id);
}

const database = await freshDatabase();
const sms = gateway();
const env = { ...database.env, SMS_PROVIDER: 'http', SMS_HTTP_URL: sms.url, SMS_HTTP_TIMEOUT_MS: '2000' };
let server = await startServer({ env });
const template = await templateDraft(server.base);
await server.stop();

let sql = await connect(database);
const resultIds = await seedResults(sql, template, 'pub');
const ceilingIds = await seedResults(sql, template, 'cel');
const admin = await seedSession(sql, { token: 'bench-admin', where: `username = 'yewu'` });
await sql.close();

server = await startServer({ env });
const cpuBefore = cpuMs(server.pid);
const t0 = performance.now();
const response = await fetch(`${server.base}/api/department/results/publish`, {
  method: 'POST',
  headers: {
    cookie: `rcpd_sid=${admin.token}`,
    'x-csrf-token': admin.csrf,
    'content-type': 'application/json',
  },
  body: JSON.stringify({ resultIds }),
});
const requestMs = performance.now() - t0;
const batch = await response.json();
if (response.status !== 202) throw new Error(`publish answered ${response.status}: ${JSON.stringify(batch)}`);
console.log(
  `${database.kind}: 发布 of ${COUNT} results answered ${response.status} in ${requestMs.toFixed(0)} ms`,
);

let state = batch;
let lastPrint = 0;
while (!state.finishedAt) {
  await sleep(500);
  state = await (
    await fetch(`${server.base}/api/department/results/publish-batches/${batch.id}`, {
      headers: { cookie: `rcpd_sid=${admin.token}` },
    })
  ).json();
  if (performance.now() - lastPrint > 5000) {
    lastPrint = performance.now();
    console.log(
      `  ${((performance.now() - t0) / 1000).toFixed(0)} s: ${state.done} done, ${state.failed} failed`,
    );
  }
}
const publishMs = performance.now() - t0;
const publishCpu = cpuMs(server.pid) - cpuBefore;
console.log(
  `  finished in ${(publishMs / 1000).toFixed(1)} s: ${state.done} done, ${state.failed} failed, ` +
    `${(COUNT / (publishMs / 1000)).toFixed(0)} results/s, server CPU ${(publishCpu / COUNT).toFixed(2)} ms per result`,
);

// the gateway comes back: every SMS goes, once
await sms.up();
const t1 = performance.now();
let sent = 0;
const sql2 = database.kind === 'postgres' ? await connect(database) : null;
const countSent = async () => {
  if (sql2)
    return Number((await sql2.query(`select count(*) from sms_messages where state = '已发送'`))[0].count);
  return sms.accepted.size; // PGlite: the server holds the database; count what the gateway took
};
while (sent < COUNT) {
  await sleep(1000);
  sent = await countSent();
  if (performance.now() - t1 > 15 * 60_000) throw new Error(`only ${sent} of ${COUNT} SMS sent after 15 min`);
}
const deliveredMs = performance.now() - t1;
await server.stop();
await sql2?.close();
const twice = [...sms.accepted.values()].filter((n) => n > 1).length;
console.log(
  `  gateway back: all ${sms.accepted.size} SMS delivered ${(deliveredMs / 1000).toFixed(1)} s later ` +
    `(${sms.calls} calls, ${twice} sent twice)`,
);
await sms.down();

// the ceiling: the same rows, plain SQL, one transaction per result
sql = await connect(database);
const [{ id: adminId }] = await sql.query(`select id from accounts where username = 'yewu'`);
const t2 = performance.now();
for (const id of ceilingIds) {
  await sql.exec('begin');
  const [r] = await sql.query(
    `update review_results r set state = '已发布', published_at = now() from applications a
     where r.id = $1 and a.id = r.application_id returning r.id, a.id as app, a.applicant_id, a.applicant_name, r.category`,
    [id],
  );
  await sql.query(
    `insert into talent_results (applicant_id, outcome, category, decided_on, created_by) values ($1, '认定通过', $2, current_date, $3)`,
    [r.applicant_id, r.category, adminId],
  );
  await sql.query(
    `insert into certificates (number, application_id, result_id, holder_id, holder_name, category, issued_on, token)
     values ('C' || nextval('certificate_number_seq'), $1, $2, $3, $4, $5, current_date, 'token')`,
    [r.app, r.id, r.applicant_id, r.applicant_name, r.category],
  );
  await sql.query(
    `insert into notifications (account_id, title, body) values ($1, '评审结果已发布', '您的评审结果')`,
    [r.applicant_id],
  );
  await sql.query(
    `insert into sms_messages (idempotency_key, account_id, phone_enc, text)
     select 'ceiling:' || $1, id, phone_enc, '评审结果已发布' from accounts where id = $2`,
    [r.id, r.applicant_id],
  );
  await sql.exec('commit');
}
const ceilingMs = performance.now() - t2;
await sql.close();
await database.drop();

console.log('');
console.log(`${pad('', 34)}${pad('product', 12)}ceiling`);
console.log(
  `${pad(`publish ${COUNT} results, s`, 34)}${pad((publishMs / 1000).toFixed(1), 12)}${(ceilingMs / 1000).toFixed(1)}`,
);
console.log(
  `${pad('results per second', 34)}${pad((COUNT / (publishMs / 1000)).toFixed(0), 12)}${(COUNT / (ceilingMs / 1000)).toFixed(0)}`,
);
console.log(`ratio (ceiling time / product time): ${((ceilingMs / publishMs) * 100).toFixed(0)} %`);
