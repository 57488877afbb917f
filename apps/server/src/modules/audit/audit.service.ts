import { createHash } from 'node:crypto';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

/** Every audited transaction takes this lock, so rows join the hash chain one at a time, in id order. */
const AUDIT_CHAIN_LOCK = 2_026_112_702;
export const GENESIS_HASH = '0'.repeat(64);

export interface Actor {
  accountId: string | null;
  label: string;
}

export interface AuditEntry {
  actor: Actor;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  detail?: Record<string, unknown>;
  ip?: string | null;
  userAgent?: string | null;
}

/** JSON with keys sorted at every depth: jsonb does not keep key order, the hash must not depend on it. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

interface HashedFields {
  at: Date;
  actor_account_id: string | null;
  actor_label: string;
  action: string;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  user_agent: string | null;
  detail: unknown;
}

function rowHash(prevHash: string, row: HashedFields): string {
  const payload = canonicalJson({ ...row, at: row.at.toISOString(), prev: prevHash });
  return createHash('sha256').update(payload).digest('hex');
}

/**
 * Appends a row to the audit log inside the caller's transaction, so the row commits with the change it
 * describes or not at all.
 */
export async function appendAudit(trx: Transaction<DB>, entry: AuditEntry): Promise<void> {
  await sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`.execute(trx);
  const last = await trx
    .selectFrom('audit_log')
    .select('hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const prevHash = last?.hash ?? GENESIS_HASH;
  const row: HashedFields = {
    // whole milliseconds: what timestamptz gives back must hash the same
    at: new Date(Math.floor(Date.now())),
    actor_account_id: entry.actor.accountId,
    actor_label: entry.actor.label,
    action: entry.action,
    target_type: entry.targetType ?? null,
    target_id: entry.targetId ?? null,
    ip: entry.ip ?? null,
    user_agent: entry.userAgent?.slice(0, 300) ?? null,
    detail: entry.detail ?? {},
  };
  await trx
    .insertInto('audit_log')
    .values({ ...row, detail: JSON.stringify(row.detail), prev_hash: prevHash, hash: rowHash(prevHash, row) })
    .execute();
}

/** Records an event that changes nothing else (a failed login, a refused request) in its own transaction. */
export function recordAudit(db: Kysely<DB>, entry: AuditEntry): Promise<void> {
  return db.transaction().execute((trx) => appendAudit(trx, entry));
}

export interface ChainCheck {
  ok: boolean;
  rows: number;
  /** id of the first row whose hash or link does not match */
  brokenAt: string | null;
}

/** Walks the whole chain and recomputes every hash. */
export async function verifyAuditChain(db: Kysely<DB>): Promise<ChainCheck> {
  let prevHash = GENESIS_HASH;
  let after = '0';
  let rows = 0;
  for (;;) {
    const page = await db
      .selectFrom('audit_log')
      .select([
        sql<string>`id::text`.as('id'),
        'at',
        'actor_account_id',
        'actor_label',
        'action',
        'target_type',
        'target_id',
        'ip',
        'user_agent',
        'detail',
        'prev_hash',
        'hash',
      ])
      .where(sql<boolean>`id > ${after}::bigint`)
      // qualified: a bare `id` would sort by the text column of the same name above ('10' before '2')
      .orderBy('audit_log.id')
      .limit(1000)
      .execute();
    if (page.length === 0) return { ok: true, rows, brokenAt: null };
    for (const r of page) {
      const { id, prev_hash, hash, ...fields } = r;
      if (prev_hash !== prevHash || hash !== rowHash(prevHash, fields))
        return { ok: false, rows, brokenAt: id };
      prevHash = hash;
      after = id;
      rows++;
    }
  }
}
