/**
 * Test harness: a real app on a fresh database per test file — PGlite in memory, or, when DATABASE_URL is
 * set, a new database created on that PostgreSQL server and dropped afterwards.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { residentIdCheckChar, usccCheckChar } from '@rcpd/shared';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { type AppDeps, buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { type Database, openDatabase } from '../db/client.js';
import { migrate } from '../db/migrate.js';
import { prepareDatabase } from '../db/prepare.js';
import { type ChainKeys, chainKeys } from '../modules/audit/audit.service.js';
import type { BlobStore } from '../platform/blob-store.js';
import { createBlobStore } from '../platform/blobs.js';
import { cryptoProfiles } from '../platform/crypto/profile.js';
import { createJobs, type Jobs } from '../platform/jobs.js';
import { type FieldCipher, fieldKeyrings } from '../platform/secrets.js';
import {
  type CertificateSigner,
  createCertificateSigner,
} from '../platform/signing/certificate-signature.js';
import type { SmsSender } from '../platform/sms.js';
import { blobFiles } from './files.js';
import { bucketKeys, createBucket, emptyBucket, S3RVER_CREDENTIALS } from './s3.js';

export const TEST_CAPTCHA = 'tc42';
export const PASSWORD = 'Passw0rd!x';

export interface TestContext {
  app: FastifyInstance;
  /** the app's database: on PostgreSQL as a role of its own that does not own the tables (README, Database roles) */
  database: Database;
  /** the same database as the tables' owner (on PGlite the one role): a test that plays the DBA or the attacker */
  ownerDatabase: Database;
  /** the keys of this app's audit chain */
  auditKeys: ChainKeys;
  cipher: FieldCipher;
  signer: CertificateSigner;
  /** the local blob store's folder of this app */
  blobDir: string;
  /** the app's blob store (encrypted, as the app uses it): the local folder or the test's bucket */
  blobs: BlobStore;
  /**
   * The app's job engine. Tests run without workers: what a change enqueued runs when the test says so
   * (`jobs.runPending()`), as a worker would after the commit.
   */
  jobs: Jobs;
  /** the names (last key segment) of the files the app's blob store holds, local folder or bucket */
  storedBlobs(): Promise<string[]>;
  /** removes every stored file, as if the store had lost them */
  loseBlobs(): Promise<void>;
  /**
   * Another instance of the app on the same database, blob store and keys but its own signing key, as after an
   * operator set a new CERTIFICATE_SIGNING_KEY and restarted: closed with the context.
   */
  anotherInstance(signer: CertificateSigner): Promise<{ app: FastifyInstance; jobs: Jobs }>;
  close(): Promise<void>;
}

/** A fresh, empty database for one test file: PGlite from the migrated template, or a new PostgreSQL database. */
export async function freshDatabase(): Promise<{ database: Database; drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const template = inject('pgliteTemplate');
    const pglite = template ? new PGlite({ loadDataDir: new Blob([readFileSync(template)]) }) : new PGlite();
    return { database: await openDatabase({ pglite }), drop: async () => {} };
  }
  const name = `rcpd_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const own = new URL(url);
  own.pathname = `/${name}`;
  const database = await openDatabase({ url: own.toString(), poolMax: 5 });
  return {
    database,
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      // The pool's end() does not wait for its connections to close; forcing the drop while they are still
      // closing makes them fail with 57P01 (terminating connection) after the test file has finished.
      for (let i = 0; i < 50; i++) {
        const open = await c.query<{ n: number }>(
          'select count(*)::int as n from pg_stat_activity where datname = $1',
          [name],
        );
        if (open.rows[0]?.n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** Job engine logs in tests: failures a test provokes on purpose are not noise. */
const quietLog = { info() {}, warn() {}, error() {} };

export async function createTestApp(
  env: Record<string, string> = {},
  /** `logStream` with LOG_LEVEL in `env` captures the log lines; `signer` signs certificates (default a new key) */
  options: { sms?: SmsSender; signer?: CertificateSigner } & Pick<
    AppDeps,
    'metrics' | 'health' | 'logStream'
  > = {},
): Promise<TestContext> {
  const { database: ownerDatabase, drop } = await freshDatabase();
  const { database, dropRole } = await asRuntimeRole(ownerDatabase);
  const blobDir = mkdtempSync(path.join(os.tmpdir(), 'rcpd-test-blobs-'));
  // TEST_BLOB_STORE=s3 (CI's PostgreSQL pass): every app keeps its files in a bucket of its own on s3rver
  const s3 = process.env.TEST_BLOB_STORE === 's3' ? await testBucket() : undefined;
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DEV_CAPTCHA_CODE: TEST_CAPTCHA,
    DATA_DIR: path.join(os.tmpdir(), 'rcpd-test-unused'),
    WEB_DIST: path.join(os.tmpdir(), 'rcpd-test-no-web'),
    BLOB_DIR: blobDir,
    JOB_WORKERS: '0',
    // the same scrypt at a lower cost than production's 17: the suite hashes thousands of passwords
    PASSWORD_HASH_COST: '10',
    BLOB_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    ...(process.env.CRYPTO_PROFILE ? { CRYPTO_PROFILE: process.env.CRYPTO_PROFILE } : {}),
    ...(s3
      ? {
          BLOB_STORE: 's3',
          S3_ENDPOINT: s3.endpoint,
          S3_BUCKET: s3.bucket,
          S3_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
          S3_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
          S3_FORCE_PATH_STYLE: '1',
        }
      : {}),
    ...env,
  });
  // CRYPTO_PROFILE=gm runs the suite with the 国密 algorithms (the default: intl)
  const profile = cryptoProfiles[config.cryptoProfile];
  const cipher = profile.fieldCipher(
    fieldKeyrings({ encryptionKey: randomBytes(32), lookupKey: randomBytes(32) }, config.fieldKeys),
  );
  const { signer = createCertificateSigner(profile.generateSigningKeyPem(), profile), ...appOptions } =
    options;
  const auditKeys = chainKeys(randomBytes(32), profile.name);
  const jobs = createJobs(database, quietLog);
  const blobs = createBlobStore(config);
  const app = await buildApp({
    config,
    database,
    cipher,
    signer,
    auditKeys,
    blobs,
    jobs,
    ...appOptions,
  });
  await app.ready();
  const others: FastifyInstance[] = [];
  return {
    app,
    database,
    ownerDatabase,
    auditKeys,
    cipher,
    signer,
    blobDir,
    blobs,
    jobs,
    async storedBlobs() {
      if (config.blobStore === 'local') return blobFiles(config.blobDir);
      const { endpoint = '', bucket = '' } = config.s3 ?? {};
      return (await bucketKeys(endpoint, bucket)).map((key) => key.split('/').pop() ?? key);
    },
    async loseBlobs() {
      if (config.blobStore === 'local') rmSync(config.blobDir, { recursive: true, force: true });
      else await emptyBucket(config.s3?.endpoint ?? '', config.s3?.bucket ?? '');
    },
    async anotherInstance(otherSigner) {
      const otherJobs = createJobs(database, quietLog);
      const other = await buildApp({
        config,
        database,
        cipher,
        signer: otherSigner,
        auditKeys,
        blobs,
        jobs: otherJobs,
      });
      await other.ready();
      others.push(other);
      return { app: other, jobs: otherJobs };
    },
    async close() {
      for (const other of others) await other.close();
      await app.close();
      await database.close();
      if (ownerDatabase !== database) await ownerDatabase.close();
      await drop();
      await dropRole();
      rmSync(blobDir, { recursive: true, force: true });
    },
  };
}

/**
 * The fresh database brought up to date, and how the app opens it: on PostgreSQL as a login role of its own
 * that the owner grants what the server may do, as in production; on PGlite (one role) as it is.
 */
async function asRuntimeRole(
  owner: Database,
): Promise<{ database: Database; dropRole: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url || owner.kind !== 'postgres') {
    await migrate(owner);
    return { database: owner, dropRole: async () => {} };
  }
  const role = `rcpd_rt_${randomBytes(6).toString('hex')}`;
  await owner.executeSql(`create role ${role} login`);
  await prepareDatabase(owner, role);
  const rows = await owner.executeSql('select current_database() as name');
  const own = new URL(url);
  own.username = role;
  own.pathname = `/${(rows.rows[0] as { name: string }).name}`;
  return {
    database: await openDatabase({ url: own.toString(), poolMax: 5 }),
    // after the database is dropped: the role then holds no privilege anywhere
    dropRole: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop role if exists ${role}`);
      await c.end();
    },
  };
}

/** A bucket of its own on the tests' s3rver (s3-setup.ts). */
async function testBucket(): Promise<{ endpoint: string; bucket: string }> {
  const endpoint = inject('s3Endpoint');
  const bucket = `rcpd-test-${randomBytes(6).toString('hex')}`;
  await createBucket(endpoint, bucket);
  return { endpoint, bucket };
}

/** A browser-like client: keeps cookies and sends the CSRF token as the web app does. */
export class Client {
  readonly cookies = new Map<string, string>();
  csrfToken: string | null = null;
  /** each client looks like its own browser on its own address, so per-address rate limits stay apart */
  readonly ip = `10.${randomInt(0, 255)}.${randomInt(0, 255)}.${randomInt(1, 254)}`;

  constructor(private readonly app: FastifyInstance) {}

  async request(options: InjectOptions & { method: string; url: string }): Promise<LightMyRequestResponse> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await this.app.inject({
      ...options,
      remoteAddress: this.ip,
      headers: { ...(cookie ? { cookie } : {}), ...options.headers },
    });
    for (const c of response.cookies) {
      const expired = c.expires !== undefined && new Date(c.expires).getTime() < Date.now();
      if (!c.value || expired || c.maxAge === 0) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return response;
  }

  get(url: string) {
    return this.request({ method: 'GET', url });
  }

  /** Reads the CSRF token for the current state (anonymous or signed in), as the web app does. */
  async session() {
    const response = await this.get('/api/auth/session');
    const body = response.json<{ account: Record<string, unknown> | null; csrfToken: string }>();
    this.csrfToken = body.csrfToken;
    return body;
  }

  async send(method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown) {
    if (!this.csrfToken) await this.session();
    return this.request({
      method,
      url,
      headers: { 'x-csrf-token': this.csrfToken ?? '' },
      ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
    });
  }

  post(url: string, payload?: unknown) {
    return this.send('POST', url, payload);
  }

  async captcha(): Promise<string> {
    return this.get('/api/auth/captcha').then((r) => r.json<{ captchaId: string }>().captchaId);
  }

  /** Asks for an SMS code and reads it from the development outbox, as a person reads their phone. */
  async smsCode(body: {
    purpose: 'register' | 'reset';
    portal: 'person' | 'employer';
    phone: string;
    account?: string;
  }) {
    const response = await this.post('/api/auth/sms-code', {
      ...body,
      captchaId: await this.captcha(),
      captchaCode: TEST_CAPTCHA,
    });
    if (response.statusCode !== 200) throw new Error(`sms-code failed: ${response.body}`);
    const outbox = await this.get('/api/dev/sms-outbox').then((r) =>
      r.json<{ items: { phone: string; code: string }[] }>(),
    );
    const latest = outbox.items.find((m) => m.phone === body.phone);
    if (!latest) throw new Error('no SMS in the outbox');
    return latest.code;
  }

  async login(portal: 'person' | 'employer' | 'department', account: string, password = PASSWORD) {
    const response = await this.post('/api/auth/login', {
      portal,
      account,
      password,
      captchaId: await this.captcha(),
      captchaCode: TEST_CAPTCHA,
    });
    if (response.statusCode === 200) this.csrfToken = response.json<{ csrfToken: string }>().csrfToken;
    return response;
  }
}

/** A random real birth date between 1960 and 2005, as YYYYMMDD. */
function randomBirth(): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${randomInt(1960, 2006)}${pad(randomInt(1, 13))}${pad(randomInt(1, 29))}`;
}

/**
 * A valid 居民身份证 number (real birth date, right check digit) that no other test uses: the birth date is
 * random too, or a fixed date would leave only 500 numbers to draw from.
 */
export function residentId(birth = randomBirth(), gender: '男' | '女' = '男'): string {
  const seq = randomInt(0, 50) * 2 + (gender === '男' ? 1 : 0);
  const first17 = `220102${birth}${String(randomInt(0, 10))}${String(seq).padStart(2, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

export function mobile(): string {
  return `13${randomInt(0, 10)}${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export function uscc(): string {
  let body = '912201';
  while (body.length < 17) body += USCC_CHARS[randomInt(0, USCC_CHARS.length)];
  return body + usccCheckChar(body);
}

export interface Person {
  idNumber: string;
  phone: string;
  name: string;
  password: string;
}

export async function registerPerson(client: Client, overrides: Partial<Person> = {}): Promise<Person> {
  const person = { idNumber: residentId(), phone: mobile(), name: '李四', password: PASSWORD, ...overrides };
  const smsCode = await client.smsCode({ purpose: 'register', portal: 'person', phone: person.phone });
  const response = await client.post('/api/auth/register/person', {
    idType: '居民身份证',
    idNumber: person.idNumber,
    name: person.name,
    phone: person.phone,
    smsCode,
    password: person.password,
    passwordConfirm: person.password,
  });
  if (response.statusCode !== 201) throw new Error(`register failed: ${response.body}`);
  return person;
}

export interface Employer {
  uscc: string;
  employerName: string;
  operatorName: string;
  phone: string;
  password: string;
}

export async function registerEmployer(client: Client, overrides: Partial<Employer> = {}): Promise<Employer> {
  const employer = {
    uscc: uscc(),
    employerName: `长春测试科技有限公司${randomInt(0, 10_000)}`,
    operatorName: '赵经办',
    phone: mobile(),
    password: PASSWORD,
    ...overrides,
  };
  const smsCode = await client.smsCode({ purpose: 'register', portal: 'employer', phone: employer.phone });
  const response = await client.post('/api/auth/register/employer', {
    ...employer,
    smsCode,
    passwordConfirm: employer.password,
  });
  if (response.statusCode !== 201) throw new Error(`employer register failed: ${response.body}`);
  return employer;
}
