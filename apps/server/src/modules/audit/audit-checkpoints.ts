import { timingSafeEqual } from 'node:crypto';
import { Readable } from 'node:stream';
import { AUDIT_CHAIN_PROBLEMS, type AuditChainProblem } from '@rcpd/shared';
import { type Kysely, sql } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.js';
import { BlobDamagedError, type BlobStore } from '../../platform/blob-store.js';
import { cryptoProfiles } from '../../platform/crypto/profile.js';
import {
  type ChainAnchor,
  type ChainCheck,
  type ChainKeys,
  canonicalJson,
  verifyAuditChain,
} from './audit.service.js';

/**
 * Signed checkpoints of the audit chain's head, kept outside the database: in the blob store (the newest under
 * `audit-checkpoints/head`, each one also under its seq) and in the log. The chain's HMAC already stops a row
 * from being rewritten without the key; a checkpoint also catches rows removed from the chain's end, which
 * leave no broken link behind. The blob sweep never touches this prefix (it has no row).
 */
export const CHECKPOINT_PREFIX = 'audit-checkpoints';
const HEAD_KEY = `${CHECKPOINT_PREFIX}/head`;
const historyKey = (seq: string) => `${CHECKPOINT_PREFIX}/seq-${seq.padStart(20, '0')}`;

const checkpointSchema = z.object({
  seq: z.string().regex(/^\d{1,20}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  signedAt: z.string(),
  /** the seq of the checkpoint before this one: the history can be walked back from the head */
  previous: z.string().nullable(),
  mac: z.string().regex(/^[0-9a-f]{64}$/),
  /** the profile whose HMAC made `mac` (absent: intl, checkpoints from before profiles) */
  algorithm: z.enum(['intl', 'gm']).optional(),
});
export type Checkpoint = z.infer<typeof checkpointSchema>;

function macOf(keys: ChainKeys, body: Omit<Checkpoint, 'mac'>): string {
  const algorithm = body.algorithm ?? 'intl';
  return cryptoProfiles[algorithm]
    .hmac(keys.parts[algorithm].checkpoint, canonicalJson(body))
    .toString('hex');
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The newest checkpoint; `forged` when one is there but not signed with the key (or not readable at all). */
export async function readHeadCheckpoint(
  blobs: BlobStore,
  keys: ChainKeys,
): Promise<{ checkpoint: Checkpoint | null; forged: boolean }> {
  let text: string;
  try {
    const stream = await blobs.get(HEAD_KEY);
    if (!stream) return { checkpoint: null, forged: false };
    text = (await readAll(stream)).toString('utf8');
  } catch (error) {
    // an encrypted blob that fails its authentication was altered; the store being down is the caller's 503
    if (error instanceof BlobDamagedError) return { checkpoint: null, forged: true };
    throw error;
  }
  let parsed: Checkpoint;
  try {
    parsed = checkpointSchema.parse(JSON.parse(text));
  } catch {
    return { checkpoint: null, forged: true };
  }
  const { mac, ...body } = parsed;
  const expected = Buffer.from(macOf(keys, body), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(mac, 'hex'))) return { checkpoint: null, forged: true };
  return { checkpoint: parsed, forged: false };
}

/** Signs `at` (a link just verified) as the new head, unless the head is already there. */
export async function writeCheckpoint(
  blobs: BlobStore,
  keys: ChainKeys,
  at: ChainAnchor,
  previous: Checkpoint | null,
): Promise<Checkpoint | null> {
  if (previous?.seq === at.seq) return null;
  const body = {
    seq: at.seq,
    hash: at.hash,
    signedAt: new Date().toISOString(),
    previous: previous?.seq ?? null,
    ...(keys.algorithm === 'intl' ? {} : { algorithm: keys.algorithm }),
  };
  const checkpoint = { ...body, mac: macOf(keys, body) };
  const bytes = Buffer.from(JSON.stringify(checkpoint));
  await blobs.put(historyKey(at.seq), Readable.from([bytes]));
  await blobs.put(HEAD_KEY, Readable.from([bytes]));
  return checkpoint;
}

export type CheckKind = 'full' | 'checkpoint';

export interface AuditCheck extends ChainCheck {
  kind: CheckKind;
  /** the head checkpoint the chain was held against (null: none yet) */
  checkpoint: Checkpoint | null;
  /** the checkpoint this check signed (kind `checkpoint`, chain intact and grown) */
  signed: Checkpoint | null;
}

interface Deps {
  db: Kysely<DB>;
  blobs: BlobStore;
  keys: ChainKeys;
}

/**
 * One check of the chain against the head checkpoint. `full` walks every row from the first and must meet the
 * checkpoint's row; `checkpoint` walks only the rows after the head checkpoint and, when they hold, signs the
 * last of them as the new head (every few minutes: rows removed from the end are caught once a checkpoint
 * has covered them). Nothing is signed over a broken chain.
 */
export async function checkAuditChain(
  { db, blobs, keys }: Deps,
  kind: CheckKind,
  options: { sign?: boolean } = {},
): Promise<AuditCheck> {
  const head = await readHeadCheckpoint(blobs, keys);
  if (head.forged)
    return {
      kind,
      ok: false,
      rows: 0,
      brokenAt: null,
      problem: 'checkpoint-forged',
      unsealed: 0,
      last: null,
      checkpoint: null,
      signed: null,
    };
  const anchor = head.checkpoint ? { seq: head.checkpoint.seq, hash: head.checkpoint.hash } : undefined;
  const check = await verifyAuditChain(db, keys, kind === 'full' ? { mustReach: anchor } : { from: anchor });
  const sign = options.sign ?? kind === 'checkpoint';
  const signed =
    sign && check.ok && check.last ? await writeCheckpoint(blobs, keys, check.last, head.checkpoint) : null;
  return { ...check, kind, checkpoint: head.checkpoint, signed };
}

/** The problem in words, for the log, the alert and `npm run audit:verify`. */
export function describeProblem(check: Pick<ChainCheck, 'problem' | 'brokenAt'>): string {
  if (!check.problem) return '';
  return `${AUDIT_CHAIN_PROBLEMS[check.problem]}${check.brokenAt ? `（审计日志 id ${check.brokenAt}）` : ''}`;
}

export interface Logger {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/**
 * The scheduled job: checks, records what it found in `audit_verifications` (read by /metrics on every
 * instance), and on a broken chain logs an error carrying `alert: 'audit-chain-broken'`. Each signed checkpoint
 * is logged too: the log, shipped off the host, is the second place a checkpoint lives.
 */
export async function runAuditCheck(deps: Deps, kind: CheckKind, log: Logger): Promise<AuditCheck> {
  const check = await checkAuditChain(deps, kind);
  await deps.db
    .insertInto('audit_verifications')
    .values({
      kind,
      ok: check.ok,
      rows_checked: String(check.rows),
      broken_at: check.brokenAt,
      problem: check.problem,
    })
    .execute();
  if (!check.ok)
    log.error(
      { alert: 'audit-chain-broken', kind, problem: check.problem, brokenAt: check.brokenAt },
      `审计日志校验失败 (audit chain broken): ${describeProblem(check)}`,
    );
  else if (check.signed) log.info({ auditCheckpoint: check.signed }, 'audit chain checkpoint signed');
  return check;
}

/** The newest check of one kind, or null: one row read back from the primary key. */
export interface LatestCheck {
  kind: CheckKind;
  ok: boolean;
  at: Date;
  rows: number;
  brokenAt: string | null;
  problem: AuditChainProblem | null;
}

/** The newest check of each kind: for /metrics on every instance and for the 审计日志 page. */
export async function latestAuditChecks(
  db: Kysely<DB>,
): Promise<{ full: LatestCheck | null; checkpoint: LatestCheck | null }> {
  const latest = async (kind: CheckKind): Promise<LatestCheck | null> => {
    const r = await db
      .selectFrom('audit_verifications')
      .select(['ok', 'at', 'rows_checked', sql<string | null>`broken_at::text`.as('broken_at'), 'problem'])
      .where('kind', '=', kind)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return r
      ? {
          kind,
          ok: r.ok,
          at: r.at,
          rows: Number(r.rows_checked),
          brokenAt: r.broken_at,
          problem: r.problem as AuditChainProblem | null,
        }
      : null;
  };
  const [full, checkpoint] = await Promise.all([latest('full'), latest('checkpoint')]);
  return { full, checkpoint };
}
