// What the load scenarios share: a fresh database (a PostgreSQL database of its own, or a PGlite folder), the
// built server started on it, a signed-in API client, the seeding of many applicants by plain SQL, and the CPU
// time of a process and of the PostgreSQL backends serving it. Nothing here is used by the server itself.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';

export const PASSWORD = 'Demo@2026';
export const CAPTCHA = 'bench';
const CLOCK_TICK_MS = 10; // USER_HZ = 100 on Linux

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** padEnd by display width: a CJK character takes two columns. */
export const pad = (text, width) =>
  String(text) +
  ' '.repeat(
    Math.max(0, width - [...String(text)].reduce((w, ch) => w + (ch.codePointAt(0) > 0x2e80 ? 2 : 1), 0)),
  );

/** A fresh database: its own PostgreSQL database when DATABASE_URL is set, else a PGlite folder. */
export async function freshDatabase() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'rcpd-bench-'));
  if (!process.env.DATABASE_URL) {
    return {
      kind: 'pglite',
      dataDir,
      env: { DATA_DIR: dataDir },
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const adminUrl = process.env.DATABASE_URL;
  const name = `rcpd_bench_${randomBytes(4).toString('hex')}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return {
    kind: 'postgres',
    name,
    url: url.toString(),
    dataDir,
    env: { DATA_DIR: dataDir, DATABASE_URL: url.toString() },
    drop: async () => {
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A SQL connection to the fresh database from this process (the server must be stopped on PGlite). */
export async function connect(database) {
  if (database.kind === 'postgres') {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    return {
      query: async (text, params) => (await client.query(text, params)).rows,
      /** a named (prepared) statement, as the server sends its queries */
      named: async (name, text, params) => (await client.query({ name, text, values: params })).rows,
      exec: async (text) => void (await client.query(text)),
      close: () => client.end(),
    };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const db = new PGlite(path.join(database.dataDir, 'pglite'));
  await db.waitReady;
  return {
    query: async (text, params) => (await db.query(text, params)).rows,
    exec: async (text) => void (await db.exec(text)),
    close: () => db.close(),
  };
}

/** Starts `script` (the built server by default) and waits until /api/health answers. */
export async function startServer({ env = {}, script = 'apps/server/dist/main.js', args = [] } = {}) {
  const port = 3900 + Math.floor(Math.random() * 90);
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...args, script], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
      DEV_AIDS: '1',
      DEV_CAPTCHA_CODE: CAPTCHA,
      SEED_DEMO: '1',
      ...env,
    },
    // the server's request log is part of the cost measured, not of the output
    stdio: ['ignore', process.env.BENCH_SERVER_LOG ? 'pipe' : 'ignore', 'inherit'],
  });
  // BENCH_SERVER_LOG=file keeps the server's log (its request lines carry the response times)
  if (process.env.BENCH_SERVER_LOG) {
    const { createWriteStream } = await import('node:fs');
    child.stdout.pipe(createWriteStream(process.env.BENCH_SERVER_LOG, { flags: 'a' }));
  }
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${script} exited at start`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {}
    await sleep(100);
    if (i === 599) throw new Error(`${script} did not start`);
  }
  return {
    base,
    pid: child.pid,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

const cookiesOf = (response) => response.headers.getSetCookie().map((c) => c.split(';')[0]);

/**
 * A cookie jar and CSRF token, signing in as the login page does. `base` is the server's address, or a function
 * that names the address of each request (requests spread over several instances).
 */
export class Api {
  constructor(base) {
    this.base = base;
    this.jar = new Map();
    this.csrf = '';
  }
  get origin() {
    return typeof this.base === 'function' ? this.base() : this.base;
  }
  get cookie() {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  keep(response) {
    for (const c of cookiesOf(response)) {
      const i = c.indexOf('=');
      this.jar.set(c.slice(0, i), c.slice(i + 1));
    }
  }
  async request(method, url, body) {
    if (method !== 'GET' && !this.csrf)
      this.csrf = (await this.request('GET', '/api/auth/session')).csrfToken;
    const isForm = body instanceof FormData;
    const response = await fetch(this.origin + url, {
      method,
      headers: {
        cookie: this.cookie,
        ...(method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        ...(body && !isForm ? { 'content-type': 'application/json' } : {}),
      },
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    });
    this.keep(response);
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${text}`);
    return text ? JSON.parse(text) : null;
  }
  get(url) {
    return this.request('GET', url);
  }
  /** A GET answered as it is (a file), with its status. */
  async raw(url) {
    const response = await fetch(this.origin + url, { headers: { cookie: this.cookie } });
    this.keep(response);
    return response;
  }
  post(url, body) {
    return this.request('POST', url, body);
  }
  put(url, body) {
    return this.request('PUT', url, body);
  }
  async upload(url, name, bytes) {
    const form = new FormData();
    form.append('file', new Blob([bytes]), name);
    return this.request('POST', url, form);
  }
  static async login(base, portal, account, password = PASSWORD) {
    const api = new Api(base);
    const { captchaId } = await api.get('/api/auth/captcha');
    const { csrfToken } = await api.post('/api/auth/login', {
      portal,
      account,
      password,
      captchaId,
      captchaCode: CAPTCHA,
    });
    api.csrf = csrfToken;
    return api;
  }
}

const JPG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new Array(64).fill(7)]);
const PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** The values the rush saves; `n` makes each save of each applicant tell apart from the others. */
export const benchValues = {
  achievement: (n) => ({ text: `主持完成省级重点研发项目两项，第${n}次保存。` }),
  education: (n) => ({
    startDate: '2008-09-01',
    endDate: '2012-07-01',
    school: `吉林大学（${n}）`,
    major: '计算机科学与技术',
    level: '大学本科',
    degree: '学士',
    mode: '全日制',
  }),
  work: (n) => ({ startDate: '2012-07-15', employer: `吉林省示范科技有限公司（${n}）`, post: '软件研发' }),
};

/**
 * The demo applicant's complete draft through the API, as the 信息填报 page makes it: bound to the demo
 * employer, every required module saved, 个人照片, a 学习经历 file and 身份证正反面 uploaded; not submitted.
 * It is the template every seeded applicant's draft is copied from.
 */
export async function templateDraft(base) {
  const employer = await Api.login(base, 'employer', '91220101MA17A0001Q');
  const api = await Api.login(base, 'person', '220102199001011239');
  const { employerId } = await api.get('/api/person/employers?uscc=91220101MA17A0001Q');
  const binding = await api.post('/api/person/bindings', { employerId });
  await employer.post(`/api/employer/bindings/${binding.id}/decision`, { decision: '审核通过' });
  const { items } = await api.get('/api/person/notices');
  const app = await api.post('/api/person/applications', {
    noticeId: items[0].id,
    employerId,
    confirmations: [true, true, true, true],
  });
  const url = `/api/person/applications/${app.id}`;
  const catalogue = await api.get('/api/catalogue');
  const basis = catalogue.categories.find((c) => c.code === 'A').items[0].id;
  await api.put(`${url}/modules/basic`, {
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
      basis,
      talentType: '其他',
    },
  });
  await api.upload(`${url}/attachments?slot=photo`, '照片.jpg', JPG);
  const education = await api.post(`${url}/entries`, {
    module: 'education',
    values: benchValues.education(0),
  });
  await api.upload(`${url}/attachments?slot=entry&entryId=${education.id}`, '毕业证书.pdf', PDF);
  await api.post(`${url}/entries`, { module: 'work', values: benchValues.work(0) });
  await api.put(`${url}/modules/achievement`, { version: 0, values: benchValues.achievement(0) });
  await api.upload(`${url}/attachments?slot=idCard`, '身份证正反面.jpg', JPG);
  const { issues } = await api.get(`${url}/validation`);
  if (issues.length > 0) throw new Error(`the template draft is not complete: ${JSON.stringify(issues)}`);
  return app.id;
}

/**
 * `count` applicants copied from the demo applicant (same encrypted identity, so the same birth date and
 * gender), each bound to the demo employer, each with a copy of the template draft, each signed in with the
 * session token `bench-<prefix>-<i>` and CSRF token `csrf-<prefix>-<i>`. With `submitted`, the copies are
 * 已申报 at the 省人社厅审核 stage, for the reviewers' queue (they get a notice of their own). Plain SQL, in one
 * transaction; returns [{ token, csrf, applicationId, entries: { module: [entryId, version] } }].
 */
export async function seedApplicants(sql, { prefix, count, template, submitted = false }) {
  await sql.exec('begin');
  const noticeId = submitted
    ? (
        await sql.query(
          `insert into notices (title, body, start_at, end_at, service_types, status, published_at)
           select title || '（基准）', body, start_at, end_at, service_types, status, published_at
           from notices where id = (select notice_id from applications where id = $1) returning id`,
          [template],
        )
      )[0].id
    : (await sql.query('select notice_id from applications where id = $1', [template]))[0].notice_id;
  const p = `'${prefix}'`;
  await sql.query(
    `insert into accounts (portal, role, name, id_type, id_number_enc, id_number_hash, phone_enc, phone_hash, password_hash)
     select 'person', 'applicant', '申报人' || ${p} || lpad(g::text, 5, '0'), a.id_type, a.id_number_enc,
            'bench-id-' || ${p} || g, a.phone_enc, 'bench-phone-' || ${p} || g, a.password_hash
     from accounts a, generate_series(0, $2 - 1) g where a.id = (select applicant_id from applications where id = $1)`,
    [template, count],
  );
  await sql.exec(
    `create temp table b_people on commit drop as
       select substring(id_number_hash from length('bench-id-' || ${p}) + 1)::int as i, id, name, id_number_hash
       from accounts where id_number_hash like 'bench-id-' || ${p} || '%';`,
  );
  await sql.query(
    `insert into bindings (applicant_id, employer_id, status, decided_at)
     select b.id, a.employer_id, '材料终审通过', now() from b_people b, applications a where a.id = $1`,
    [template],
  );
  await sql.query(
    `insert into sessions (id, account_id, csrf_token, expires_at)
     select encode(sha256(convert_to('bench-' || ${p} || '-' || b.i, 'UTF8')), 'hex'), b.id,
            'csrf-' || ${p} || '-' || b.i, now() + interval '1 day'
     from b_people b`,
  );
  // ids derived from (person, template row), so the entries' attachments find their copied entry
  // (a version-4 shape: the API's uuid checks refuse other nibbles)
  const idOf = (col) =>
    `overlay(overlay(md5(b.i::text || ${p} || ${col}::text) placing '4' from 13) placing '8' from 17)::uuid`;
  await sql.query(
    `insert into applications (id, applicant_id, applicant_name, id_number_hash, notice_id, employer_id, status, stage,
                               stage_chain, category, service_type, confirmations, submitted_at, number)
     select ${idOf('a.id')}, b.id, b.name, b.id_number_hash, $2, a.employer_id,
            ${submitted ? `'已申报', 'province', '["employer","province"]'` : `a.status, a.stage, a.stage_chain`},
            a.category, a.service_type, a.confirmations,
            ${submitted ? `now() - (b.i || ' seconds')::interval, 'RCB' || ${p} || lpad(b.i::text, 7, '0')` : 'null, null'}
     from b_people b, applications a where a.id = $1`,
    [template, noticeId],
  );
  await sql.query(
    `insert into application_entries (id, application_id, module, data, version)
     select ${idOf('e.id')}, ${idOf('e.application_id')}, e.module, e.data, e.version
     from b_people b, application_entries e where e.application_id = $1`,
    [template],
  );
  await sql.query(
    `insert into application_attachments (id, application_id, entry_id, slot, file_name, content_type, size, blob_key)
     select ${idOf('t.id')}, ${idOf('t.application_id')}, case when t.entry_id is not null then ${idOf('t.entry_id')} end,
            t.slot, t.file_name, t.content_type, t.size, t.blob_key || '-' || ${p} || b.i
     from b_people b, application_attachments t where t.application_id = $1`,
    [template],
  );
  const rows = await sql.query(
    `select b.i, a.id, json_object_agg(e.module, json_build_array(e.id, e.version)) as entries
     from b_people b join applications a on a.applicant_id = b.id
     left join application_entries e on e.application_id = a.id
     where a.notice_id = $1 group by b.i, a.id order by b.i`,
    [noticeId],
  );
  await sql.exec('commit');
  await sql.exec('analyze');
  return rows.map((r) => ({
    token: `bench-${prefix}-${r.i}`,
    csrf: `csrf-${prefix}-${r.i}`,
    applicationId: r.id,
    entries: typeof r.entries === 'string' ? JSON.parse(r.entries) : r.entries,
  }));
}

/** A session for an existing account (by username or the demo employer's administrator), like seedApplicants'. */
export async function seedSession(sql, { token, where }) {
  const rows = await sql.query(
    `insert into sessions (id, account_id, csrf_token, expires_at)
     select encode(sha256(convert_to($1, 'UTF8')), 'hex'), id, 'csrf-' || $1, now() + interval '1 day'
     from accounts where ${where} returning account_id`,
    [token],
  );
  if (rows.length !== 1) throw new Error(`no account ${where}`);
  return { token, csrf: `csrf-${token}` };
}

/** utime + stime of a process so far, in milliseconds. */
export function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_MS;
  } catch {
    return 0;
  }
}

/**
 * The CPU of the PostgreSQL backends serving one database and application_name: a snapshot of every backend's time, so that the
 * difference of two snapshots is what they did in between (a backend that exits mid-run is lost).
 */
export async function backendCpu(monitor, dbName, applicationName) {
  if (!monitor) return new Map();
  const rows = await monitor.query(
    `select pid from pg_stat_activity
     where datname = $1 and application_name = $2 and backend_type = 'client backend' and pid <> pg_backend_pid()`,
    [dbName, applicationName],
  );
  return new Map(rows.rows.map((r) => [r.pid, cpuMs(r.pid)]));
}
export const backendDelta = (before, after) =>
  [...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0);

/** `url` with `application_name`, which tells its PostgreSQL backends apart from others (backendCpu). */
export const withName = (url, name) => {
  const u = new URL(url);
  u.searchParams.set('application_name', name);
  return u.toString();
};

/**
 * autocannon options by which the k-th connection sends `requestOf(k % count)` for the whole run (k goes on
 * counting over the runs of the same options). A slot kept in autocannon's per-connection context would not
 * hold: autocannon empties the context after each pass over the requests, that is after every request here.
 */
export function perConnection(count, requestOf) {
  let next = 0;
  return {
    // replaced before the connection sends anything
    requests: [{ method: 'GET', path: '/api/health' }],
    setupClient: (client) => client.setRequests([requestOf(next++ % count)]),
  };
}

/**
 * autocannon options: each connection saves its own seeded applicant's row (seedApplicants' `people`) again
 * and again, with the version its last save returned. `target(person)` gives [path, seeded version].
 */
export function applicantSaves(people, target, valuesOf) {
  const versions = new Map();
  let n = 0;
  return perConnection(people.length, (i) => {
    const [path, initial] = target(people[i]);
    return {
      method: 'PUT',
      path,
      headers: {
        cookie: `rcpd_sid=${people[i].token}`,
        'x-csrf-token': people[i].csrf,
        'content-type': 'application/json',
      },
      setupRequest: (req) => ({
        ...req,
        body: JSON.stringify({ version: versions.get(i) ?? initial, values: valuesOf(++n) }),
      }),
      onResponse: (status, body) => status === 200 && versions.set(i, JSON.parse(body).version),
    };
  });
}

/** autocannon options: the ceiling's save (`PUT /api/write/:id`), each connection on its own row of `ids`. */
export function ceilingSaves(ids, valuesOf) {
  return perConnection(ids.length, (i) => ({
    method: 'PUT',
    path: `/api/write/${ids[i]}`,
    headers: { 'content-type': 'application/json' },
    setupRequest: (req) => ({
      ...req,
      body: JSON.stringify({ values: valuesOf(Math.floor(Math.random() * 1000)) }),
    }),
  }));
}

/**
 * One autocannon run against `server` (see load), with the CPU milliseconds per request of its process and of
 * the PostgreSQL backends of `dbName` named `appName` (none without a `monitor` connection).
 */
export async function measure(server, { monitor, dbName, appName }, options) {
  const cpu0 = cpuMs(server.pid);
  const db0 = await backendCpu(monitor, dbName, appName);
  const r = await load({ url: server.base, ...options });
  const cpu = cpuMs(server.pid) - cpu0;
  const dbCpu = backendDelta(db0, await backendCpu(monitor, dbName, appName));
  return { ...r, cpu: cpu / r.total, dbCpu: dbCpu / r.total };
}

/** One autocannon run; figures per second, latency in ms. */
export function load(options) {
  return new Promise((resolve, reject) => {
    autocannon({ duration: 5, connections: 50, ...options }, (err, r) => {
      if (err) return reject(err);
      resolve({
        total: r.requests.total,
        rps: r.requests.average,
        p50: r.latency.p50,
        p99: r.latency.p99,
        bad: r.non2xx + r.errors + r.timeouts,
        codes: r.statusCodeStats,
      });
    });
  });
}
