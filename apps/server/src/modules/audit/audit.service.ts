import { type AuditChainProblem, ROLE_LABELS, type Role } from '@rcpd/shared';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { CRYPTO_PROFILES, type CryptoProfileName, cryptoProfiles } from '../../platform/crypto/profile.js';

/**
 * Rows chained per transaction: small, because on PGlite a transaction holds the only connection (200 rows
 * take about 40 ms there) and requests wait behind it.
 */
const SEAL_BATCH = 200;

/** Only the sealer takes this lock: two instances never chain the same rows. Audited writes take none. */
const AUDIT_SEAL_LOCK = 2_026_112_702;
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The keys of the chain, both derived from AUDIT_CHAIN_KEY (which the database never sees): `link` keys each
 * row's HMAC, `checkpoint` signs the chain heads kept outside the database (audit-checkpoints.ts).
 *
 * The HMAC is the crypto profile's (HMAC-SHA-256 under intl, HMAC-SM3 under gm). The chain is never rewritten
 * when the profile changes: the sealer first seals a row `audit.chain_algorithm` (its detail names the
 * algorithm), itself hashed with the new one, and every row after it until the next such row is too. The
 * verifier starts with intl and changes algorithm at each such row: each part is checked with its own.
 */
export interface ChainKeys {
  /** the algorithm this instance seals (and signs checkpoints) with */
  algorithm: CryptoProfileName;
  link: Buffer;
  checkpoint: Buffer;
  /** the keys of each algorithm, to verify the parts of the chain sealed with it */
  parts: Record<CryptoProfileName, { link: Buffer; checkpoint: Buffer }>;
}

/** The action of the row that starts a part of the chain hashed with another algorithm. */
export const CHAIN_ALGORITHM_ACTION = 'audit.chain_algorithm';

export function chainKeys(auditChainKey: Buffer, algorithm: CryptoProfileName = 'intl'): ChainKeys {
  const keysOf = (name: CryptoProfileName) => {
    const derive = (purpose: string) => cryptoProfiles[name].hmac(auditChainKey, purpose);
    return { link: derive('rcpd audit chain link v1'), checkpoint: derive('rcpd audit checkpoint v1') };
  };
  const parts = { intl: keysOf('intl'), gm: keysOf('gm') };
  return { algorithm, ...parts[algorithm], parts };
}

/** The algorithm of the chain's part that holds `seq` (its last part when null): the last switch row's. */
async function partAlgorithm(db: Kysely<DB>, atOrBefore: string | null): Promise<CryptoProfileName> {
  const row = await db
    .selectFrom('audit_log')
    .select('detail')
    .where('action', '=', CHAIN_ALGORITHM_ACTION)
    .where('seq', 'is not', null)
    .$if(atOrBefore !== null, (q) => q.where(sql<boolean>`seq <= ${atOrBefore}::bigint`))
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return algorithmOf(row?.detail) ?? 'intl';
}

function algorithmOf(detail: unknown): CryptoProfileName | null {
  const value = typeof detail === 'string' ? JSON.parse(detail) : detail;
  const name = (value as { algorithm?: unknown } | null)?.algorithm;
  return CRYPTO_PROFILES.includes(name as CryptoProfileName) ? (name as CryptoProfileName) : null;
}

export interface Actor {
  accountId: string | null;
  label: string;
}

/** An account as the audit log names it: 张三（申报人）. */
export function accountActor(account: { id: string; name: string; role: Role }): Actor {
  return { accountId: account.id, label: `${account.name}（${ROLE_LABELS[account.role]}）` };
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

/** The profile's HMAC of the row and the link before it: without the key no one can make a row's hash match. */
function rowHash(algorithm: CryptoProfileName, key: Buffer, prevHash: string, row: HashedFields): string {
  const payload = canonicalJson({ ...row, at: row.at.toISOString(), prev: prevHash });
  return cryptoProfiles[algorithm].hmac(key, payload).toString('hex');
}

/**
 * Appends a row to the audit log inside the caller's transaction, so the row commits with the change it
 * describes or not at all. It is one insert with no lock: the sealer chains it once it has committed.
 */
export async function appendAudit(trx: Transaction<DB>, entry: AuditEntry): Promise<void> {
  await trx.insertInto('audit_log').values(auditValues(entry)).execute();
}

/** The row `appendAudit` inserts, for a statement that inserts it together with the change. */
export function auditValues(entry: AuditEntry) {
  return {
    // whole milliseconds: what timestamptz gives back must hash the same
    at: new Date(Math.floor(Date.now())),
    actor_account_id: entry.actor.accountId,
    actor_label: entry.actor.label,
    action: entry.action,
    target_type: entry.targetType ?? null,
    target_id: entry.targetId ?? null,
    ip: entry.ip ?? null,
    user_agent: entry.userAgent?.slice(0, 300) ?? null,
    detail: JSON.stringify(entry.detail ?? {}),
  };
}

const HASHED = [
  'at',
  'actor_account_id',
  'actor_label',
  'action',
  'target_type',
  'target_id',
  'ip',
  'user_agent',
  'detail',
] as const;

/**
 * Links the committed, unsealed rows into the hash chain, oldest id first, `batch` at a time, each after the
 * chain's last row: its seq, the hash before it and its own. Rows of a transaction that commits late are
 * sealed in a later round, after rows with higher ids: the chain's order is the order of sealing. Returns how
 * many of the waiting rows it sealed (not counting an `audit.chain_algorithm` row it added); 0 when another
 * instance is sealing.
 */
export async function sealAuditChain(db: Kysely<DB>, keys: ChainKeys, batch = SEAL_BATCH): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<{
      locked: boolean;
    }>`select pg_try_advisory_xact_lock(${AUDIT_SEAL_LOCK}) as locked`.execute(trx);
    if (!rows[0]?.locked) return 0;
    const last = await trx
      .selectFrom('audit_log')
      .select([sql<string>`seq::text`.as('seq'), 'hash'])
      .where('seq', 'is not', null)
      // qualified: a bare `seq` would sort by the text column of the same name above ('99' after '100')
      .orderBy('audit_log.seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    const pending = await trx
      .selectFrom('audit_log')
      .select([sql<string>`id::text`.as('id'), ...HASHED])
      .where('seq', 'is', null)
      .orderBy('id')
      .limit(batch)
      .execute();
    if (pending.length === 0) return 0;
    // another algorithm than the chain's last part: the switch is a row of its own, sealed first
    const previous = await partAlgorithm(trx, null);
    if (previous !== keys.algorithm) {
      const switchRow = await trx
        .insertInto('audit_log')
        .values(
          auditValues({
            actor: { accountId: null, label: '系统（审计日志哈希链算法切换）' },
            action: CHAIN_ALGORITHM_ACTION,
            detail: { algorithm: keys.algorithm, previous },
          }),
        )
        .returning([sql<string>`id::text`.as('id'), ...HASHED])
        .executeTakeFirstOrThrow();
      pending.unshift(switchRow);
    }
    let seq = BigInt(last?.seq ?? 0);
    let prev = last?.hash ?? GENESIS_HASH;
    const links = pending.map(({ id, ...fields }) => {
      seq += 1n;
      const hash = rowHash(keys.algorithm, keys.link, prev, fields);
      const link = { id, seq: seq.toString(), prev, hash };
      prev = hash;
      return link;
    });
    await sql`update audit_log as l set seq = v.seq::bigint, prev_hash = v.prev, hash = v.hash
      from jsonb_to_recordset(${JSON.stringify(links)}::jsonb) as v(id text, seq text, prev text, hash text)
      where l.id = v.id::bigint`.execute(trx);
    return links.length - (previous === keys.algorithm ? 0 : 1);
  });
}

/** Records an event that changes nothing else (a failed login, a refused request): one insert. */
export async function recordAudit(db: Kysely<DB>, entry: AuditEntry): Promise<void> {
  await db.insertInto('audit_log').values(auditValues(entry)).execute();
}

/**
 * Seals the chain every `everyMs` (each instance runs one; the lock lets one seal at a time), so a row stays
 * unchained for about that long. Returns the function that stops it.
 */
export function startAuditSealer(
  db: Kysely<DB>,
  keys: ChainKeys,
  log: { error(obj: object, msg: string): void },
  everyMs = 1000,
): () => void {
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      // between batches the requests queued behind the sealer get the connection first
      while ((await sealAuditChain(db, keys)) === SEAL_BATCH) await new Promise((r) => setImmediate(r));
    } catch (err) {
      log.error({ err }, 'audit sealing failed');
    } finally {
      running = false;
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** Why a chain does not verify: the keys of AUDIT_CHAIN_PROBLEMS (README, "The audit log proves itself"). */
export type ChainProblem = AuditChainProblem;

export interface ChainCheck {
  ok: boolean;
  /** rows checked: the sealed ones (from `from` on when given) */
  rows: number;
  /** id of the first row whose hash or link does not match (a link or gap problem) */
  brokenAt: string | null;
  problem: ChainProblem | null;
  /** rows written but not yet chained by the sealer */
  unsealed: number;
  /** the last link verified (where a new checkpoint may be signed); null when none was walked */
  last: ChainAnchor | null;
}

/** A sealed link the walk may start from or must meet: a checkpoint's seq and hash. */
export interface ChainAnchor {
  seq: string;
  hash: string;
}

/**
 * Walks the chain in seq order and recomputes every hash with the key: from the start, or from `from` (a
 * checkpoint already verified: the walk first checks that its row still has its hash). When `mustReach` is
 * given (the last checkpoint), the chain must still hold that row with that hash.
 */
export async function verifyAuditChain(
  db: Kysely<DB>,
  keys: ChainKeys,
  options: { from?: ChainAnchor; mustReach?: ChainAnchor } = {},
): Promise<ChainCheck> {
  const { from, mustReach } = options;
  let prevHash = from?.hash ?? GENESIS_HASH;
  let after = from?.seq ?? '0';
  let expected = BigInt(after) + 1n;
  let rows = 0;
  let reached = false;
  const unsealed = async () =>
    (
      await db
        .selectFrom('audit_log')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('seq', 'is', null)
        .executeTakeFirstOrThrow()
    ).n;
  const fail = async (problem: ChainProblem, brokenAt: string | null = null): Promise<ChainCheck> => ({
    ok: false,
    rows,
    brokenAt,
    problem,
    unsealed: await unsealed(),
    last: null,
  });
  const hashAt = async (seq: string) =>
    (
      await db
        .selectFrom('audit_log')
        .select('hash')
        .where(sql<boolean>`seq = ${seq}::bigint`)
        .executeTakeFirst()
    )?.hash;
  if (from) {
    const atFrom = await hashAt(from.seq);
    if (atFrom !== from.hash) return fail(atFrom === undefined ? 'truncated' : 'checkpoint-mismatch');
  }
  let algorithm = await partAlgorithm(db, from ? from.seq : '0');
  for (;;) {
    const page = await db
      .selectFrom('audit_log')
      .select([
        sql<string>`id::text`.as('id'),
        sql<string>`seq::text`.as('seq'),
        ...HASHED,
        'prev_hash',
        'hash',
      ])
      .where(sql<boolean>`seq > ${after}::bigint`)
      .orderBy('audit_log.seq')
      .limit(1000)
      .execute();
    if (page.length === 0) break;
    for (const r of page) {
      const { id, seq, prev_hash, hash, ...fields } = r;
      // a row missing from the chain (deleted) shows as a gap in seq
      if (BigInt(seq) !== expected) return fail('gap', id);
      if (fields.action === CHAIN_ALGORITHM_ACTION) {
        const next = algorithmOf(fields.detail);
        if (!next) return fail('link', id);
        algorithm = next;
      }
      const link = keys.parts[algorithm].link;
      if (prev_hash !== prevHash || hash !== rowHash(algorithm, link, prevHash, fields))
        return fail('link', id);
      if (mustReach && seq === mustReach.seq) {
        if (hash !== mustReach.hash) return fail('checkpoint-mismatch', id);
        reached = true;
      }
      prevHash = hash as string;
      after = seq;
      expected += 1n;
      rows++;
    }
  }
  if (mustReach && !reached && BigInt(mustReach.seq) > BigInt(from?.seq ?? 0)) return fail('truncated');
  const last = rows > 0 || from ? { seq: after, hash: prevHash } : null;
  return { ok: true, rows, brokenAt: null, problem: null, unsealed: await unsealed(), last };
}
