/// <reference path="../../apps/server/src/test/s3rver.d.ts" />
/**
 * Starts the built product (`apps/server/dist/main.js`, serving `apps/web/dist`) as a person would run it:
 * a fresh data folder, on PGlite, or on a new database of the PostgreSQL server in DATABASE_URL; with
 * TEST_BLOB_STORE=s3 its files go to a bucket of an S3 server (s3rver) started beside it. Its log (level
 * info: every request with its URL) goes to `.tmp/e2e-server.log`, where tests can check what was written.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import S3rver from 's3rver';

export const DEV_CAPTCHA = 'e2e1';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A port nobody listens on now. */
export async function freePort(): Promise<number> {
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

export const SERVER_LOG = path.join(ROOT, '.tmp/e2e-server.log');

export interface RunningServer {
  baseUrl: string;
  /** the server process (a test of the shutdown signals it) */
  process: ChildProcess;
  /** the file its log lines are written to */
  logFile: string;
  /** the environment it runs with (a command-line tool run beside it takes the same) */
  env: NodeJS.ProcessEnv;
  /**
   * Stops the server (SIGTERM) unless it has exited already, and removes its data folder, database and bucket;
   * with `keepData` they stay until `removeData()`.
   */
  stop(options?: { keepData?: boolean }): Promise<void>;
  removeData(): Promise<void>;
  /** The newest SMS code sent to `phone`, read from the development outbox. */
  smsCode(phone: string): Promise<string>;
}

export async function startServer(
  options: {
    /**
     * runs on the data of a server stopped with `keepData` (its folder, database and bucket), as after a
     * restart with another configuration; the data stays that server's to remove
     */
    dataOf?: RunningServer;
    logFile?: string;
    /** more environment of the server, e.g. REVIEW_CHAIN */
    env?: Record<string, string>;
    /** the port to listen on (one the test has told another party, e.g. an OIDC provider's redirect URI) */
    port?: number;
  } = {},
): Promise<RunningServer> {
  const logFile = options.logFile ?? SERVER_LOG;
  mkdirSync(path.dirname(logFile), { recursive: true });
  const port = options.port ?? (await freePort());
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'rcpd-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    // the same scrypt at a lower cost than production's 17
    PASSWORD_HASH_COST: '10',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    DEV_AIDS: '1',
    DEV_CAPTCHA_CODE: DEV_CAPTCHA,
    // a list of two rows is already exported in the background, so the journeys can follow a job
    EXPORT_DIRECT_MAX_ROWS: '1',
    ...options.env,
  };
  let dropDatabase = async () => {};
  const url = process.env.DATABASE_URL;
  const previous = options.dataOf?.env;
  if (previous) {
    rmSync(dataDir, { recursive: true, force: true });
    env.DATA_DIR = previous.DATA_DIR;
    for (const name of [
      'DATABASE_URL',
      'DATABASE_OWNER_URL',
      'SEED_DEMO',
      'BLOB_STORE',
      'S3_ENDPOINT',
      'S3_BUCKET',
      'S3_ACCESS_KEY_ID',
      'S3_SECRET_ACCESS_KEY',
      'S3_FORCE_PATH_STYLE',
    ])
      if (previous[name] !== undefined) env[name] = previous[name];
  } else if (url) {
    // a database of its own, owned by DATABASE_URL's role; the server runs as a login role of its own that
    // the owner grants what it may do (DATABASE_OWNER_URL), as in production
    const name = `rcpd_e2e_${randomBytes(5).toString('hex')}`;
    const role = `rcpd_rt_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.query(`create role ${role} login`);
    await admin.end();
    const owner = new URL(url);
    owner.pathname = `/${name}`;
    const runtime = new URL(owner);
    runtime.username = role;
    env.DATABASE_OWNER_URL = owner.toString();
    env.DATABASE_URL = runtime.toString();
    env.SEED_DEMO = '1';
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.query(`drop role if exists ${role}`);
      await c.end();
    };
  }
  const log = openSync(logFile, 'a');
  let stopS3 = async () => {};
  if (process.env.TEST_BLOB_STORE === 's3' && !previous) {
    const s3 = new S3rver({
      port: 0,
      address: '127.0.0.1',
      directory: path.join(dataDir, 's3rver'),
      silent: true,
      configureBuckets: [{ name: 'rcpd-e2e' }],
    });
    const { port: s3Port } = await s3.run();
    Object.assign(env, {
      BLOB_STORE: 's3',
      S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
      S3_BUCKET: 'rcpd-e2e',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: '1',
    });
    stopS3 = async () => {
      const closed = s3.close();
      s3.httpServer?.closeAllConnections();
      await closed;
    };
  }
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'apps/server/dist/main.js')], {
    env,
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const baseUrl = `http://127.0.0.1:${port}`;
  const removeData = async () => {
    if (previous) return;
    await stopS3();
    await dropDatabase();
    rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      const tail = readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n');
      throw new Error(`server exited with ${child.exitCode}; the end of ${logFile}:\n${tail}`);
    }
    try {
      const r = await fetch(`${baseUrl}/api/health`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('server did not start within 60 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    baseUrl,
    process: child,
    logFile,
    env,
    async stop({ keepData = false } = {}) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
      if (!keepData) await removeData();
    },
    removeData,
    async smsCode(phone) {
      const r = await fetch(`${baseUrl}/api/dev/sms-outbox`);
      const body = (await r.json()) as { items: { phone: string; code: string }[] };
      const found = body.items.find((m) => m.phone === phone);
      if (!found) throw new Error(`no SMS to ${phone} in the outbox`);
      return found.code;
    },
  };
}
