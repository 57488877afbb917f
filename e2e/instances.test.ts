/**
 * Several instances, proven: two built servers on one PostgreSQL database and one S3 server (s3rver), with
 * an HTTP SMS gateway that honours idempotency keys. A whole journey alternates its requests between them
 * (sign in on one, upload on the other, submit, review, publish, download the certificate); then, with
 * 发布 of a few hundred results running and requests coming in, one instance is killed with SIGKILL: the
 * other keeps answering, runs the jobs the dead one held, and every result and SMS arrives once.
 * PostgreSQL only (PGlite is one process): runs when DATABASE_URL is set.
 */
/// <reference path="../apps/server/src/test/s3rver.d.ts" />
import { type ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedApplicants } from '../bench/support.mjs';
import { DEV_CAPTCHA } from './support/server.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const URL_ = process.env.DATABASE_URL;
const PASSWORD = 'Demo@2026';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

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

/** A cookie jar and CSRF token shared by requests that go to whichever instance `next()` picks. */
class Browser {
  private readonly jar = new Map<string, string>();
  private csrf = '';
  private turn = 0;
  constructor(private readonly instances: () => Instance[]) {}
  /** the instances in turn: each request goes to the next */
  private next() {
    const list = this.instances();
    const instance = list[this.turn++ % list.length] as Instance;
    return instance.base;
  }
  async request(method: string, url: string, body?: unknown): Promise<Response> {
    const isForm = body instanceof FormData;
    const response = await fetch(this.next() + url, {
      method,
      headers: {
        cookie: [...this.jar].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        ...(body !== undefined && !isForm ? { 'content-type': 'application/json' } : {}),
      },
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    });
    for (const c of response.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = (pair ?? '').indexOf('=');
      this.jar.set((pair ?? '').slice(0, i), (pair ?? '').slice(i + 1));
    }
    return response;
  }
  async json<T>(method: string, url: string, body?: unknown): Promise<T> {
    const response = await this.request(method, url, body);
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  }
  async login(portal: string, account: string) {
    this.csrf = (await this.json<{ csrfToken: string }>('GET', '/api/auth/session')).csrfToken;
    const { captchaId } = await this.json<{ captchaId: string }>('GET', '/api/auth/captcha');
    const signedIn = await this.json<{ csrfToken: string }>('POST', '/api/auth/login', {
      portal,
      account,
      password: PASSWORD,
      captchaId,
      captchaCode: DEV_CAPTCHA,
    });
    this.csrf = signedIn.csrfToken;
  }
  upload(url: string, name: string, bytes: Uint8Array<ArrayBuffer>) {
    const form = new FormData();
    form.append('file', new Blob([bytes]), name);
    return this.json<{ id: string }>('POST', url, form);
  }
}

const JPG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new Array(64).fill(7)]);
const PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

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
    const admin = new pg.Client({ connectionString: URL_ });
    await admin.connect();
    await admin.query(`create database ${dbName}`);
    await admin.end();
    const own = new URL(URL_ as string);
    own.pathname = `/${dbName}`;
    dbUrl = own.toString();
    const key = () => randomBytes(32).toString('base64');
    const signing = generateKeyPairSync('ed25519')
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
    // what every instance of one installation shares: the database, the store, the keys
    Object.assign(env, {
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      DEV_CAPTCHA_CODE: DEV_CAPTCHA,
      DATABASE_URL: dbUrl,
      SEED_DEMO: '1',
      DATA_ENCRYPTION_KEY: key(),
      LOOKUP_HASH_KEY: key(),
      BLOB_ENCRYPTION_KEY: key(),
      CERTIFICATE_SIGNING_KEY: Buffer.from(signing).toString('base64'),
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
    await admin.end();
    rmSync(dataRoot, { recursive: true, force: true });
  });

  let template = '';

  it('serves one journey whose requests alternate between the two', async () => {
    const live = () => instances.filter((i) => i.child.exitCode === null && i.child.signalCode === null);
    const person = new Browser(live);
    const employer = new Browser(live);
    const province = new Browser(live);
    const admin = new Browser(live);
    await person.login('person', '220102199001011239');
    await employer.login('employer', '91220101MA17A0001Q');
    await province.login('department', 'shenhe');
    await admin.login('department', 'admin');

    const { employerId } = await person.json<{ employerId: string }>(
      'GET',
      '/api/person/employers?uscc=91220101MA17A0001Q',
    );
    const binding = await person.json<{ id: string }>('POST', '/api/person/bindings', { employerId });
    await employer.json('POST', `/api/employer/bindings/${binding.id}/decision`, { decision: '审核通过' });
    const { items: notices } = await person.json<{ items: { id: string }[] }>('GET', '/api/person/notices');
    const app = await person.json<{ id: string; identity: { gender: string; birthDate: string } }>(
      'POST',
      '/api/person/applications',
      { noticeId: notices[0]?.id, employerId, confirmations: [true, true, true, true] },
    );
    const url = `/api/person/applications/${app.id}`;
    const catalogue = await person.json<{ categories: { code: string; items: { id: string }[] }[] }>(
      'GET',
      '/api/catalogue',
    );
    await person.json('PUT', `${url}/modules/basic`, {
      version: 0,
      values: {
        gender: app.identity.gender,
        birthDate: app.identity.birthDate,
        ethnicity: '汉族',
        politicalStatus: '群众',
        phone: '13900000001',
        email: 'applicant@example.cn',
        position: '软件研发',
        education: '大学本科',
        degree: '学士',
        talentSource: '省内人才',
        serviceType: '首次认定',
        longContract: '是',
        employmentForm: '全职',
        category: 'A',
        basis: catalogue.categories.find((c) => c.code === 'A')?.items[0]?.id,
        talentType: '其他',
      },
    });
    const photo = await person.upload(`${url}/attachments?slot=photo`, '照片.jpg', JPG);
    const education = await person.json<{ id: string }>('POST', `${url}/entries`, {
      module: 'education',
      values: {
        startDate: '2008-09-01',
        endDate: '2012-07-01',
        school: '吉林大学',
        major: '计算机科学与技术',
        level: '大学本科',
        degree: '学士',
        mode: '全日制',
      },
    });
    await person.upload(`${url}/attachments?slot=entry&entryId=${education.id}`, '毕业证书.pdf', PDF);
    await person.json('POST', `${url}/entries`, {
      module: 'work',
      values: { startDate: '2012-07-15', employer: '吉林省示范科技有限公司', post: '软件研发' },
    });
    await person.json('PUT', `${url}/modules/achievement`, {
      version: 0,
      values: { text: '主持完成省级重点研发项目两项。' },
    });
    await person.upload(`${url}/attachments?slot=idCard`, '身份证正反面.jpg', JPG);
    // a file uploaded through one instance is served by both (one store)
    for (let i = 0; i < 2; i++) {
      const served = await person.request('GET', `${url}/attachments/${photo.id}`);
      expect(served.status).toBe(200);
      expect(new Uint8Array(await served.arrayBuffer())).toEqual(JPG);
    }
    expect((await person.json<{ issues: unknown[] }>('GET', `${url}/validation`)).issues).toEqual([]);
    await person.json('POST', `${url}/submit`, { commitment: true });
    template = app.id;

    for (const reviewer of [employer, province]) {
      const { version } = await reviewer.json<{ version: number }>(
        'GET',
        `/api/review/applications/${app.id}`,
      );
      await reviewer.json('POST', `/api/review/applications/${app.id}/decision`, {
        action: '审核通过',
        version,
      });
    }
    await admin.json('POST', '/api/department/results', { applicationId: app.id, outcome: '认定通过' });
    const { items } = await admin.json<{ items: { applicationId: string; result: { id: string } | null }[] }>(
      'GET',
      '/api/department/results',
    );
    const resultId = items.find((i) => i.applicationId === app.id)?.result?.id;
    const batch = await admin.json<{ id: string }>('POST', '/api/department/results/publish', {
      resultIds: [resultId],
    });
    await until('the publish batch', async () => {
      const b = await admin.json<{ done: number }>(
        'GET',
        `/api/department/results/publish-batches/${batch.id}`,
      );
      return b.done === 1;
    });
    const { items: certificates } = await person.json<{ items: { id: string }[] }>(
      'GET',
      '/api/person/certificates',
    );
    expect(certificates).toHaveLength(1);
    for (let i = 0; i < 2; i++) {
      const pdf = await person.request('GET', `/api/person/certificates/${certificates[0]?.id}/pdf`);
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
    const admin = new Browser(() => [a]);
    await admin.login('department', 'admin');
    const batch = await admin.json<{ id: string }>('POST', '/api/department/results/publish', {
      resultIds: results,
    });

    // people keep coming to the survivor all along
    const survivor = new Browser(() => [b]);
    await survivor.login('department', 'shenhe');
    let answered = 0;
    const failures: string[] = [];
    let loading = true;
    const load = (async () => {
      while (loading) {
        const r = await survivor.request('GET', '/api/review/queue?scope=all&limit=20');
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
});
