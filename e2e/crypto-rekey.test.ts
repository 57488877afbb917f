/**
 * Issue 15: a database filled under CRYPTO_PROFILE=intl is re-keyed to gm (new data and lookup keys, an SM2
 * signing key) by the built `crypto:rekey` tool, which is killed (SIGKILL) after its first batch and run again.
 * On PostgreSQL the gm server runs and answers sign-ins all along; on PGlite (one process's database) the tool
 * runs with the server stopped. Afterwards a server holding ONLY the new keys reads every row, finds every
 * applicant by 证件号码 and 手机号码, verifies the certificates signed with the old Ed25519 key (also in the
 * browser), and the audit chain, intl part then gm part, verifies with `audit:verify`.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Applicant, apiLogin, apiUpload, registerApplicant } from './support/api.js';
import { launchBrowser, newContext } from './support/browser.js';
import { type RunningServer, startServer } from './support/server.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LOG = path.join(ROOT, '.tmp/e2e-crypto-rekey.log');
const key = () => randomBytes(32).toString('base64');
const b64 = (pem: string) => Buffer.from(pem).toString('base64');

const ed25519 = String(generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }));
const sm2 = String(
  generateKeyPairSync('ec', { namedCurve: 'SM2' }).privateKey.export({ type: 'pkcs8', format: 'pem' }),
);
const [data1, lookup1, data2, lookup2] = [key(), key(), key(), key()];
const shared = { AUDIT_CHAIN_KEY: key(), BLOB_ENCRYPTION_KEY: key() };
const INTL = {
  ...shared,
  // whatever profile the suite runs under (CI's PostgreSQL pass: gm), this database is filled under intl
  CRYPTO_PROFILE: 'intl',
  DATA_ENCRYPTION_KEY: data1,
  LOOKUP_HASH_KEY: lookup1,
  CERTIFICATE_SIGNING_KEY: b64(ed25519),
};
/** gm with new keys only: what runs once the re-key is done and the old keys are dropped */
const GM_NEW = {
  ...shared,
  CRYPTO_PROFILE: 'gm',
  DATA_ENCRYPTION_KEY: data2,
  DATA_KEY_ID: 'gm-data-2',
  LOOKUP_HASH_KEY: lookup2,
  LOOKUP_KEY_ID: 'gm-lookup-2',
  CERTIFICATE_SIGNING_KEY: b64(sm2),
};
/** gm while re-keying: the intl keys still read (given without ids: the ids they had) */
const GM = { ...GM_NEW, DATA_OLD_KEYS: data1, LOOKUP_OLD_KEYS: lookup1 };

let filled: RunningServer;
/** servers started on the filled data: stopped after the test whatever happens */
const running: RunningServer[] = [];
async function started(env: Record<string, string>): Promise<RunningServer> {
  const server = await startServer({ logFile: LOG, env, dataOf: filled });
  running.push(server);
  return server;
}
let applicants: Applicant[] = [];
let tokens: string[] = [];
/** a published notice's attachment, stored under intl (blob format 1) */
let noticeFile = '';
const PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

type Row = Record<string, unknown>;
/** The database as its owner sees it (on PGlite with no server running). */
async function query(text: string): Promise<Row[]> {
  if (filled.env.DATABASE_OWNER_URL) {
    const client = new pg.Client({ connectionString: filled.env.DATABASE_OWNER_URL });
    await client.connect();
    try {
      return (await client.query(text)).rows;
    } finally {
      await client.end();
    }
  }
  const db = new PGlite(path.join(filled.env.DATA_DIR as string, 'pglite'));
  try {
    return (await db.query<Row>(text)).rows;
  } finally {
    await db.close();
  }
}

/** The environment of a tool run on the filled server's data with another configuration. */
function envWith(config: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...filled.env };
  for (const name of ['CRYPTO_PROFILE', 'DATA_OLD_KEYS', 'LOOKUP_OLD_KEYS', 'DATA_KEY_ID', 'LOOKUP_KEY_ID'])
    delete env[name];
  return { ...env, ...config };
}

function tool(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(ROOT, `apps/server/dist/cli/${name}.js`), ...args],
      { env, encoding: 'utf8', timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({ status: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr }),
    );
  });
}

const lastJson = (stdout: string) => JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');

/** Starts the re-key and SIGKILLs it as soon as it reports a batch that moved rows. */
async function rekeyKilledAfterFirstBatch(env: NodeJS.ProcessEnv): Promise<string> {
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(ROOT, 'apps/server/dist/cli/crypto-rekey.js')],
    {
      env: { ...env, REKEY_BATCH: '4', REKEY_PAUSE_MS: '400' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.once('exit', (_code, signal) => resolve(signal)),
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (/"changed":[1-9]/.test(out)) {
        child.kill('SIGKILL');
        resolve();
      }
    });
    child.once('exit', () => reject(new Error(`re-key ended before a batch was reported: ${out}`)));
  });
  expect(await exited).toBe('SIGKILL');
  return out;
}

beforeAll(async () => {
  filled = await startServer({ logFile: LOG, env: INTL });
  // the demo data (accounts, 统计分析's certificates) and applicants registered under intl
  applicants = [
    await registerApplicant(filled, '甲一'),
    await registerApplicant(filled, '乙二'),
    await registerApplicant(filled, '丙三'),
  ];
  await apiLogin(filled, 'person', '220102199001011239');
  const business = await apiLogin(filled, 'department', 'yewu');
  const notice = await business.post<{ id: string }>('/api/department/notices', {
    title: '重新加密测试通知',
    body: '附件在切换前上传',
    startAt: new Date(Date.now() - 86_400_000).toISOString(),
    endAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    serviceTypes: ['首次认定'],
  });
  await apiUpload(business, `/api/department/notices/${notice.id}/attachments`, '通知附件.pdf', PDF);
  await business.post(`/api/department/notices/${notice.id}/publish`, {});
  const { attachments } = await business.get<{ attachments: { id: string }[] }>(
    `/api/department/notices/${notice.id}`,
  );
  noticeFile = `/api/notices/${notice.id}/attachments/${attachments[0]?.id}`;
  expect((await business.bytes(noticeFile)).equals(Buffer.from(PDF))).toBe(true);
  await new Promise((r) => setTimeout(r, 2500));
  await filled.stop({ keepData: true });
  tokens = (
    await query(
      `select token from certificates where status = '有效' and (valid_until is null or valid_until >= current_date) order by number limit 3`,
    )
  ).map((r) => String(r.token));
});

afterAll(async () => {
  for (const server of running) await server.stop();
  await filled?.removeData();
});

describe('crypto:rekey from intl to gm', () => {
  it('survives a SIGKILL halfway, leaves every row readable and found with only the new keys, old certificates verifying and the audit chain intact', async () => {
    expect(tokens.length).toBeGreaterThan(0);
    const before = await query(`select id_number_enc, phone_hash from accounts where portal = 'person'`);
    expect(before.length).toBeGreaterThan(applicants.length);
    expect(before.every((r) => String(r.id_number_enc).startsWith('v2:'))).toBe(true);
    expect(before.every((r) => String(r.phone_hash).startsWith('hs256:'))).toBe(true);

    const gmEnv = envWith(GM);
    // on PostgreSQL the gm server (old keys still configured) serves sign-ins during the whole re-key
    const live = filled.env.DATABASE_OWNER_URL ? await started(GM) : null;
    let signIns = 0;
    let stopSignIns = false;
    // one sign-in a second (the per-address limit is 50 in 15 minutes), each found by its 证件号码 under
    // whichever key its row holds at that moment; a failure is kept and fails the test below
    const signingIn = (async () => {
      while (live && !stopSignIns && signIns < 25) {
        const a = applicants[signIns % applicants.length] as Applicant;
        await apiLogin(live, 'person', a.idNumber, a.password);
        signIns++;
        await new Promise((r) => setTimeout(r, 1000));
      }
    })().then(
      () => null,
      (error: unknown) => error,
    );

    await rekeyKilledAfterFirstBatch(gmEnv);
    // halfway: some rows moved, others still intl
    const half = await tool('crypto-rekey', ['--check'], gmEnv);
    expect(half.status).toBe(1);
    const halfReport = lastJson(
      half.stdout
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .join('\n'),
    );
    expect(halfReport.stale).toBeGreaterThan(0);
    expect(halfReport.unreadable).toEqual([]);
    const moved = await query(`select count(*)::int as n from accounts where id_number_enc like 'gm:%'`);
    expect(Number(moved[0]?.n)).toBeGreaterThan(0);

    // run again: it finishes what the killed run left
    const rerun = await tool('crypto-rekey', [], { ...gmEnv, REKEY_BATCH: '4' });
    // (stderr may hold a library's warning about the Node version, nothing of the tool's)
    expect(rerun.stderr).not.toMatch(/无法|Error/);
    expect(rerun.status).toBe(0);
    stopSignIns = true;
    expect(await signingIn).toBeNull();
    if (live) {
      expect(signIns).toBeGreaterThan(0);
      await live.stop();
    }

    // with the old keys gone, every row is readable and current
    const check = await tool('crypto-rekey', ['--check'], envWith(GM_NEW));
    expect(check.status).toBe(0);
    const report = JSON.parse(check.stdout.split('\n').find((l) => l.startsWith('{"profile"')) ?? '{}');
    expect(report).toMatchObject({ profile: 'gm', stale: 0, unreadable: [], files: { stale: 0 } });
    expect(report.files.scanned).toBeGreaterThanOrEqual(1);
    const moved2 = JSON.parse(rerun.stdout.split('\n').find((l) => l.startsWith('{"profile"')) ?? '{}');
    expect(moved2.files.moved).toBeGreaterThanOrEqual(1);
    const after = await query(
      `select id_number_enc, id_number_hash, phone_enc, phone_hash from accounts where portal = 'person'`,
    );
    expect(after.every((r) => String(r.id_number_enc).startsWith('gm:'))).toBe(true);
    expect(after.every((r) => String(r.phone_hash).startsWith('hsm3:gm-lookup-2:'))).toBe(true);
    expect(after.every((r) => String(r.id_number_hash).startsWith('hsm3:gm-lookup-2:'))).toBe(true);
    const copies = await query(
      `select count(*)::int as n from applications where id_number_hash like 'hs256:%'`,
    );
    expect(Number(copies[0]?.n)).toBe(0);

    // a server with only the new keys: sign-in by 证件号码 and by 手机号码 finds everyone
    const server = await started(GM_NEW);
    try {
      for (const a of applicants) {
        await apiLogin(server, 'person', a.idNumber, a.password);
        await apiLogin(server, 'person', a.phone, a.password);
      }
      await apiLogin(server, 'person', '220102199001011239');
      await apiLogin(server, 'employer', '13900000002');
      // the notice's file, rewritten in blob format 2, reads back the same
      const business = await apiLogin(server, 'department', 'yewu');
      expect((await business.bytes(noticeFile)).equals(Buffer.from(PDF))).toBe(true);
      // certificates signed with the Ed25519 key before the switch still verify
      for (const token of tokens) {
        const response = await fetch(
          `${server.baseUrl}/api/public/certificates/verify?t=${encodeURIComponent(token)}`,
        );
        expect(((await response.json()) as { valid: boolean }).valid).toBe(true);
      }
      const browser = await launchBrowser();
      try {
        const page = await (await newContext(browser, server.baseUrl)).newPage();
        await page.goto(`/verify?t=${encodeURIComponent(tokens[0] ?? '')}`);
        await expect.poll(() => page.getByText('证书有效').count()).toBeGreaterThan(0);
      } finally {
        await browser.close();
      }
      // the gm server's sealer chains what was written since, starting a gm part of the chain
      await new Promise((r) => setTimeout(r, 2500));
    } finally {
      await server.stop({ keepData: true });
    }

    const parts = await query(
      `select detail from audit_log where action = 'audit.chain_algorithm' and seq is not null order by seq`,
    );
    expect(parts.map((r) => (r.detail as { algorithm: string }).algorithm)).toEqual(['gm']);
    const rekeyRuns = await query(`select count(*)::int as n from audit_log where action = 'crypto.rekey'`);
    expect(Number(rekeyRuns[0]?.n)).toBeGreaterThanOrEqual(1);
    const verified = await tool('audit-verify', ['--json'], envWith(GM_NEW));
    expect(verified.status).toBe(0);
    expect(JSON.parse(verified.stdout)).toMatchObject({ ok: true, unsealed: 0 });
  });
});
