/**
 * Several instances, proven: two built servers on one PostgreSQL database and one S3 server (s3rver), with
 * an HTTP SMS gateway that honours idempotency keys. A whole journey alternates its requests between them
 * (sign in on one, upload on the other, submit, review, publish, download the certificate); then, with
 * 发布 of a few hundred results running and requests coming in, one instance is killed with SIGKILL: the
 * other keeps answering, runs the jobs the dead one held, and every result and SMS arrives once.
 * PostgreSQL only (PGlite is one process): runs when DATABASE_URL is set.
 */
/// <reference path="../apps/server/src/test/s3rver.d.ts" />
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, CAPTCHA, seedApplicants, templateDraft } from '../bench/support.mjs';
import { freePort } from './support/server.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const execFileAsync = promisify(execFile);
const URL_ = process.env.DATABASE_URL;

/** The operator's SMS gateway: delivers a message once per idempotency key, as a real one that honours it. */
class Gateway {
  readonly delivered = new Map<string, { phone: string; text: string }>();
  repeats = 0;
  private server: Server | null = null;
  url = '';
  async start() {
    this.server = createHttpServer(async (request, response) => {
      let body = '';
      for await (const chunk of request) body += chunk;
      // a gateway takes a moment: jobs are in flight when an instance dies
      await new Promise((r) => setTimeout(r, 5));
      const key = String(request.headers['idempotency-key'] ?? randomBytes(8).toString('hex'));
      if (this.delivered.has(key)) this.repeats += 1;
      else this.delivered.set(key, JSON.parse(body) as { phone: string; text: string });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
    const port = await freePort();
    await new Promise<void>((resolve) => this.server?.listen(port, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${port}/send`;
  }
  async stop() {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

interface Instance {
  name: string;
  base: string;
  child: ChildProcess;
  exited: Promise<unknown>;
}

const until = async (what: string, check: () => Promise<boolean>, ms = 90_000) => {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
};

describe.skipIf(!URL_)('two instances on one PostgreSQL and one S3 server', () => {
  const gateway = new Gateway();
  let s3: S3rver;
  let dataRoot: string;
  let dbName: string;
  let dbUrl: string;
  let role: string;
  let sql: pg.Client;
  const instances: Instance[] = [];
  const env: NodeJS.ProcessEnv = {};

  async function start(name: string): Promise<Instance> {
    const port = await freePort();
    const dataDir = path.join(dataRoot, name);
    mkdirSync(dataDir, { recursive: true });
    const logFile = path.join(ROOT, `.tmp/e2e-instance-${name}.log`);
    mkdirSync(path.dirname(logFile), { recursive: true });
    const log = openSync(logFile, 'w');
    const child = spawn(process.execPath, [path.join(ROOT, 'apps/server/dist/main.js')], {
      env: { ...process.env, ...env, PORT: String(port), DATA_DIR: dataDir },
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const base = `http://127.0.0.1:${port}`;
    await until(`${name} to start`, async () => {
      if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}: see ${logFile}`);
      return fetch(`${base}/api/health/ready`)
        .then((r) => r.ok)
        .catch(() => false);
    });
    const instance = { name, base, child, exited };
    instances.push(instance);
    return instance;
  }

  beforeAll(async () => {
    dataRoot = mkdtempSync(path.join(os.tmpdir(), 'rcpd-instances-'));
    await gateway.start();
    s3 = new S3rver({
      port: 0,
      address: '127.0.0.1',
      directory: path.join(dataRoot, 's3rver'),
      silent: true,
      configureBuckets: [{ name: 'rcpd' }],
    });
    const { port: s3Port } = await s3.run();
    dbName = `rcpd_instances_${randomBytes(5).toString('hex')}`;
    // the instances run as a role that does not own the tables, as in production
    role = `rcpd_rt_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: URL_ });
    await admin.connect();
    await admin.query(`create database ${dbName}`);
    await admin.query(`create role ${role} login`);
    await admin.end();
    const own = new URL(URL_ as string);
    own.pathname = `/${dbName}`;
    dbUrl = own.toString();
    const runtime = new URL(own);
    runtime.username = role;
    const key = () => randomBytes(32).toString('base64');
    // the signing key of the profile the suite runs with (CRYPTO_PROFILE=gm: SM2)
    const signing = (
      process.env.CRYPTO_PROFILE === 'gm'
        ? generateKeyPairSync('ec', { namedCurve: 'SM2' })
        : generateKeyPairSync('ed25519')
    ).privateKey
      .export({ type: 'pkcs8', format: 'pem' })
      .toString();
    // what every instance of one installation shares: the database, the store, the keys
    Object.assign(env, {
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      // the demo accounts and the development captcha the journeys sign in with
      DEV_AIDS: '1',
      DEV_CAPTCHA_CODE: CAPTCHA,
      DATABASE_URL: runtime.toString(),
      DATABASE_OWNER_URL: dbUrl,
      SEED_DEMO: '1',
      DATA_ENCRYPTION_KEY: key(),
      LOOKUP_HASH_KEY: key(),
      BLOB_ENCRYPTION_KEY: key(),
      CERTIFICATE_SIGNING_KEY: Buffer.from(signing).toString('base64'),
      AUDIT_CHAIN_KEY: key(),
      BLOB_STORE: 's3',
      S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
      S3_BUCKET: 'rcpd',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: '1',
      SMS_PROVIDER: 'http',
      SMS_HTTP_URL: gateway.url,
      // a dead instance's jobs are taken up within seconds, not minutes
      JOB_MAINTENANCE_SECONDS: '1',
      JOB_EXPIRE_SECONDS: '15',
    });
    // one after the other: the first migrates and seeds the demo, the second finds both done
    await start('a');
    await start('b');
    sql = new pg.Client({ connectionString: dbUrl });
    await sql.connect();
  });

  afterAll(async () => {
    await sql?.end();
    for (const i of instances) {
      if (i.child.exitCode === null && i.child.signalCode === null) i.child.kill('SIGTERM');
      await i.exited;
    }
    await gateway.stop();
    const closed = s3?.close();
    s3?.httpServer?.closeAllConnections();
    await closed;
    const admin = new pg.Client({ connectionString: URL_ });
    await admin.connect();
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.query(`drop role if exists ${role}`);
    await admin.end();
    rmSync(dataRoot, { recursive: true, force: true });
  });

  let template = '';

  it('serves one journey whose requests alternate between the two', async () => {
    const live = () => instances.filter((i) => i.child.exitCode === null && i.child.signalCode === null);
    let turn = 0;
    /** each request goes to the next instance */
    const alternate = () => (live()[turn++ % live().length] as Instance).base;
    // the applicant binds to the employer, starts an application, saves every module and uploads its files
    const appId = await templateDraft(alternate);
    const person = await Api.login(alternate, 'person', '220102199001011239');
    const employer = await Api.login(alternate, 'employer', '91220101MA17A0001Q');
    const province = await Api.login(alternate, 'department', 'shenhe');
    const admin = await Api.login(alternate, 'department', 'yewu');
    const url = `/api/person/applications/${appId}`;
    const { attachments } = await person.get<{ attachments: { id: string; slot: string; size: number }[] }>(
      url,
    );
    const photo = attachments.find((a) => a.slot === 'photo');
    // a file uploaded through one instance is served by both (one store)
    for (let i = 0; i < 2; i++) {
      const served = await person.raw(`${url}/attachments/${photo?.id}`);
      expect(served.status).toBe(200);
      const bytes = Buffer.from(await served.arrayBuffer());
      expect(bytes.length).toBe(photo?.size);
      expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    }
    await person.post(`${url}/submit`, { commitment: true });
    template = appId;

    for (const reviewer of [employer, province]) {
      const { version } = await reviewer.get<{ version: number }>(`/api/review/applications/${appId}`);
      await reviewer.post(`/api/review/applications/${appId}/decision`, { action: '审核通过', version });
    }
    await admin.post('/api/department/results', { applicationId: appId, outcome: '认定通过' });
    const { items } = await admin.get<{ items: { applicationId: string; result: { id: string } | null }[] }>(
      '/api/department/results',
    );
    const resultId = items.find((i) => i.applicationId === appId)?.result?.id;
    const batch = await admin.post<{ id: string }>('/api/department/results/publish', {
      resultIds: [resultId],
    });
    await until('the publish batch', async () => {
      const b = await admin.get<{ done: number }>(`/api/department/results/publish-batches/${batch.id}`);
      return b.done === 1;
    });
    const { items: certificates } = await person.get<{ items: { id: string }[] }>('/api/person/certificates');
    expect(certificates).toHaveLength(1);
    for (let i = 0; i < 2; i++) {
      const pdf = await person.raw(`/api/person/certificates/${certificates[0]?.id}/pdf`);
      expect(pdf.status).toBe(200);
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    }
    // the status SMS of the journey (binding, 提交, two approvals, 发布), each delivered once
    await until('the journey’s SMS', async () => {
      const [row] = (await sql.query(`select count(*)::int as n from sms_messages where state = '已发送'`))
        .rows;
      return row.n === 5;
    });
    expect(gateway.delivered.size).toBe(5);
    // both instances answered requests of the journey
    expect(instances.map((i) => i.name)).toEqual(['a', 'b']);
  });

  it('keeps answering when one instance is killed mid-publish; the survivor finishes its jobs, nothing twice', async () => {
    expect(template).not.toBe('');
    const COUNT = 300;
    const seeded = await seedApplicants(
      {
        query: async (text, params) => (await sql.query(text, params)).rows,
        exec: async (text) => void (await sql.query(text)),
        close: async () => {},
      },
      { prefix: 'kill', count: COUNT, template, submitted: true },
    );
    const ids = seeded.map((s) => s.applicationId);
    await sql.query(
      `update applications set status = '材料审核通过', stage = null where id = any($1::uuid[])`,
      [ids],
    );
    const results = (
      await sql.query(
        `insert into review_results (application_id, outcome, category)
         select id, '认定通过', category from applications where id = any($1::uuid[]) returning id`,
        [ids],
      )
    ).rows.map((r) => r.id as string);

    const [a, b] = instances as [Instance, Instance];
    const admin = await Api.login(a.base, 'department', 'yewu');
    const batch = await admin.post<{ id: string }>('/api/department/results/publish', { resultIds: results });

    // people keep coming to the survivor all along
    const survivor = await Api.login(b.base, 'department', 'shenhe');
    let answered = 0;
    const failures: string[] = [];
    let loading = true;
    const load = (async () => {
      while (loading) {
        const r = await survivor.raw('/api/review/queue?scope=all&limit=20');
        if (r.status === 200) answered += 1;
        else failures.push(`${r.status} ${await r.text()}`);
        await r.body?.cancel().catch(() => {});
      }
    })();

    // kill -9 the instance while it holds jobs
    await until('jobs in flight', async () => {
      const [row] = (await sql.query(`select count(*)::int as n from pgboss.job where state = 'active'`))
        .rows;
      return row.n > 0;
    });
    const held = (await sql.query(`select id from pgboss.job where state = 'active'`)).rows.map((r) => r.id);
    a.child.kill('SIGKILL');
    await a.exited;

    await until(
      'the survivor to finish the batch',
      async () => {
        const [row] = (
          await sql.query('select done, failed, total from publish_batches where id = $1', [batch.id])
        ).rows;
        return row.done + row.failed === row.total;
      },
      120_000,
    );
    await until('every SMS of the batch', async () => {
      const [row] = (
        await sql.query(
          `select count(*) filter (where state = '已发送')::int as sent, count(*)::int as n
             from sms_messages where idempotency_key like 'result:%'`,
        )
      ).rows;
      return row.n === COUNT + 1 && row.sent === row.n;
    });
    loading = false;
    await load;

    expect(failures).toEqual([]);
    expect(answered).toBeGreaterThan(0);
    const [batchRow] = (await sql.query('select done, failed from publish_batches where id = $1', [batch.id]))
      .rows;
    expect(batchRow).toEqual({ done: COUNT, failed: 0 });
    const [certs] = (
      await sql.query(`select count(*)::int as n from certificates where result_id = any($1::uuid[])`, [
        results,
      ])
    ).rows;
    expect(certs.n).toBe(COUNT);
    // the jobs the dead instance held were run by the survivor
    const open = (
      await sql.query(
        `select count(*)::int as n from pgboss.job where id = any($1::uuid[]) and state <> 'completed'`,
        [held],
      )
    ).rows[0];
    expect(open.n).toBe(0);
    // every person got one SMS about their result (the gateway drops a repeat of a key it already delivered)
    const resultSms = [...gateway.delivered.values()].filter((m) => m.text.includes('评审结果已发布'));
    expect(resultSms).toHaveLength(COUNT + 1);
  });

  it('leaves one intact audit chain, sealed by both instances under the shared key', async () => {
    // the survivor's sealer chains what is left within a second; `npm run audit:verify` then finds it whole
    let result: { ok: boolean; unsealed: number; rows: number } | undefined;
    await until('the audit log to be sealed and verified', async () => {
      // not spawnSync: the S3 server holding the checkpoints runs in this process
      const { stdout } = await execFileAsync(
        process.execPath,
        [path.join(ROOT, 'apps/server/dist/cli/audit-verify.js'), '--json'],
        { env: { ...process.env, ...env, DATA_DIR: path.join(dataRoot, 'cli') }, encoding: 'utf8' },
      );
      result = JSON.parse(stdout);
      return result?.unsealed === 0;
    });
    expect(result).toMatchObject({ ok: true, problem: null });
    const [count] = (await sql.query('select count(*)::int as n from audit_log')).rows;
    expect(result?.rows).toBe(count.n);
  });
});
