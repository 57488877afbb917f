/**
 * `npm run audit:verify` against the attacker the keyed chain is for: someone who holds the database (its
 * owner), switches the append-only trigger off, writes a false IP into a row and recomputes the plain SHA-256
 * chain after it, as the unkeyed chain of before would have let them. The built server writes the log, the
 * built command-line tool checks it, on PGlite (the server's own folder) and on PostgreSQL.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiLogin } from './support/api.js';
import { type RunningServer, startServer } from './support/server.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

let server: RunningServer;

/**
 * The CLI with the server's configuration: its exit code and what it printed. Not spawnSync: the S3 server the
 * checkpoints are in runs in this process and must answer meanwhile.
 */
function auditVerify(...args: string[]): Promise<{ status: number | null; out: string; stdout: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(ROOT, 'apps/server/dist/cli/audit-verify.js'), ...args],
      { env: server.env, encoding: 'utf8', timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({
          status: error ? ((error as { code?: number }).code ?? null) : 0,
          out: stdout + stderr,
          stdout,
        }),
    );
  });
}

/** The database as its owner sees it, with the server stopped (PGlite is one process's). */
type Row = Record<string, unknown>;
async function asOwner<T>(fn: (query: (text: string, params?: unknown[]) => Promise<Row[]>) => Promise<T>) {
  if (server.env.DATABASE_OWNER_URL) {
    const client = new pg.Client({ connectionString: server.env.DATABASE_OWNER_URL });
    await client.connect();
    try {
      return await fn(async (text, params) => (await client.query(text, params)).rows);
    } finally {
      await client.end();
    }
  }
  const db = new PGlite(path.join(server.env.DATA_DIR as string, 'pglite'));
  try {
    return await fn(async (text, params) => (await db.query<Row>(text, params)).rows);
  } finally {
    await db.close();
  }
}

/** JSON with sorted keys: how the chain of before serialized a row (any serialization would do here). */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  return `{${Object.keys(value)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
    .join(',')}}`;
}

beforeAll(async () => {
  server = await startServer({ logFile: path.join(ROOT, '.tmp/e2e-audit-verify.log') });
  // audited events: sign-ins of three portals
  await apiLogin(server, 'department', 'admin');
  await apiLogin(server, 'person', '220102199001011239');
  await apiLogin(server, 'employer', '91220101MA17A0001Q');
  // the server's sealer chains new rows every second; then it stops, keeping its data for the tool
  await new Promise((r) => setTimeout(r, 2500));
  await server.stop({ keepData: true });
});
afterAll(() => server?.removeData());

describe('npm run audit:verify', () => {
  it('finds the log the server wrote intact', async () => {
    const { status, out } = await auditVerify();
    expect(out).toMatch(/审计日志完整：已校验 \d+ 行/);
    expect(status).toBe(0);
  });

  it('catches a row rewritten behind the disabled trigger with the plain SHA-256 chain recomputed after it', async () => {
    const victimId = await asOwner(async (query) => {
      const rows = await query(
        `select id::text as id, seq::text as seq, at, actor_account_id, actor_label, action, target_type,
           target_id, ip, user_agent, detail, prev_hash, hash
         from audit_log where seq is not null order by seq`,
      );
      const victim = rows.findIndex((r) => r.action === 'login');
      expect(victim).toBeGreaterThan(0);
      await query('alter table audit_log disable trigger audit_log_no_change');
      let prev = rows[victim - 1]?.hash as string;
      for (const row of rows.slice(victim)) {
        if (row === rows[victim]) row.ip = '10.9.9.9'; // a false address for the sign-in
        const { id, seq: _, prev_hash: __, hash: ___, ...fields } = row;
        const hash = createHash('sha256')
          .update(canonical({ ...fields, at: new Date(row.at as string).toISOString(), prev }))
          .digest('hex');
        await query('update audit_log set ip = $1, prev_hash = $2, hash = $3 where id = $4::bigint', [
          row.ip,
          prev,
          hash,
          id,
        ]);
        prev = hash;
      }
      await query('alter table audit_log enable trigger audit_log_no_change');
      return rows[victim]?.id as string;
    });
    const { status, out } = await auditVerify();
    expect(out).toContain('审计日志已被篡改');
    expect(out).toContain(`审计日志 id ${victimId}`);
    expect(status).toBe(1);
    const json = JSON.parse((await auditVerify('--json')).stdout);
    expect(json).toMatchObject({ ok: false, problem: 'link', brokenAt: victimId });
  });
});
