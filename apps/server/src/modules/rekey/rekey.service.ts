/**
 * `npm run crypto:rekey` (issue 15, README 国密): moves every stored ciphertext and lookup hash to the current
 * crypto profile and keys, in small batches, while the service runs. Each batch is one transaction and each row
 * is written only if it still holds what was read (a request that changed it meanwhile wrote the current form
 * already). Nothing is remembered between runs: a run killed halfway is run again, and the rows it had moved are
 * recognised as current (their ciphertext and hash name the profile and key) and only read. Until it has
 * finished, the old keys stay configured (DATA_OLD_KEYS, LOOKUP_OLD_KEYS): lookups query every hash a value may
 * be stored under, and ciphertexts name the key that opens them.
 */
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { EncryptedBlobStore } from '../../platform/blob-crypto.js';
import { BlobDamagedError } from '../../platform/blob-store.js';
import { SWEPT } from '../../platform/blob-sweep.js';
import type { RekeyableFieldCipher } from '../../platform/crypto/profile.js';
import { appendAudit } from '../audit/audit.service.js';
import { CHECKPOINT_PREFIX } from '../audit/audit-checkpoints.js';

/** Where stored files live: the swept prefixes (every kind a row names) and the audit checkpoints. */
const FILE_PREFIXES = [...SWEPT.map((s) => s.prefix), `${CHECKPOINT_PREFIX}/`];

/** Every encrypted column, with the lookup hash taken of the same value where there is one. */
export const ENCRYPTED_COLUMNS = [
  { table: 'accounts', enc: 'id_number_enc', hash: 'id_number_hash' },
  { table: 'accounts', enc: 'phone_enc', hash: 'phone_hash' },
  { table: 'sms_messages', enc: 'phone_enc', hash: null },
  { table: 'exports', enc: 'params_enc', hash: null },
  { table: 'integration_clients', enc: 'webhook_secret_enc', hash: null },
] as const;

export interface RekeyProgress {
  /** `table.column` */
  column: string;
  /** rows read so far in this column */
  scanned: number;
  /** rows written so far in this column */
  changed: number;
}

export interface RekeyReport {
  /** rows read */
  scanned: number;
  /** rows moved to the current profile and keys (0 in a check) */
  changed: number;
  /** rows not yet under the current profile and keys (a check: what a run would move) */
  stale: number;
  /** rows that no configured key opens: `table.column#id`, and files: `blob:<key>` */
  unreadable: string[];
  /** stored files read, rewritten (or, in a check, still to rewrite) */
  files: { scanned: number; moved: number; stale: number };
}

export interface RekeyOptions {
  db: Kysely<DB>;
  cipher: RekeyableFieldCipher;
  /** rows per transaction */
  batch?: number;
  /** the blob store: every file is rewritten in the profile's format under the current key too */
  blobs?: EncryptedBlobStore;
  /** only read and count: nothing is written */
  check?: boolean;
  onProgress?: (progress: RekeyProgress) => void | Promise<void>;
  /** recorded in the audit row of the run: the profile and key ids moved to */
  target?: Record<string, unknown>;
}

const ACTOR = { accountId: null, label: '运维命令（crypto:rekey）' };

export async function rekey({
  db,
  cipher,
  batch = 500,
  check = false,
  onProgress,
  target = {},
  blobs,
}: RekeyOptions): Promise<RekeyReport> {
  const report: RekeyReport = {
    scanned: 0,
    changed: 0,
    stale: 0,
    unreadable: [],
    files: { scanned: 0, moved: 0, stale: 0 },
  };
  for (const { table, enc, hash } of ENCRYPTED_COLUMNS) {
    const progress: RekeyProgress = { column: `${table}.${enc}`, scanned: 0, changed: 0 };
    let after: string | null = null;
    for (;;) {
      const moved = await db.transaction().execute(async (trx) => {
        const { rows } = await sql<{ id: string; enc: string; hash: string | null }>`
          select id::text as id, ${sql.ref(enc)} as enc, ${hash ? sql.ref(hash) : sql`null`} as hash
          from ${sql.table(table)}
          where ${sql.ref(enc)} is not null ${after === null ? sql`` : sql`and id > ${after}`}
          order by id limit ${batch}`.execute(trx);
        let changed = 0;
        for (const row of rows) {
          let plain: string;
          try {
            plain = cipher.decrypt(row.enc);
          } catch {
            report.unreadable.push(`${table}.${enc}#${row.id}`);
            continue;
          }
          const encCurrent = cipher.isCurrent(row.enc);
          const newHash = hash ? cipher.lookup(plain) : null;
          if (encCurrent && row.hash === newHash) continue;
          report.stale++;
          if (check) continue;
          const result = await sql`
            update ${sql.table(table)}
            set ${sql.ref(enc)} = ${encCurrent ? row.enc : cipher.encrypt(plain)}
              ${hash ? sql`, ${sql.ref(hash)} = ${newHash}` : sql``}
            where id = ${row.id} and ${sql.ref(enc)} = ${row.enc}`.execute(trx);
          if (result.numAffectedRows === 1n) changed++;
        }
        return { rows: rows.length, last: rows.at(-1)?.id ?? null, changed };
      });
      progress.scanned += moved.rows;
      progress.changed += moved.changed;
      report.scanned += moved.rows;
      report.changed += moved.changed;
      if (moved.rows > 0) await onProgress?.({ ...progress });
      if (moved.rows < batch || moved.last === null) break;
      after = moved.last;
    }
  }
  // an application keeps a copy of its applicant's 证件号码 hash (审核 searches by it)
  for (;;) {
    const copies = check
      ? await db
          .selectFrom('applications as a')
          .innerJoin('accounts as ac', 'ac.id', 'a.applicant_id')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where(sql<boolean>`a.id_number_hash is distinct from ac.id_number_hash`)
          .executeTakeFirstOrThrow()
          .then((r) => Number(r.n))
      : Number(
          (
            await sql`update applications a set id_number_hash = ac.id_number_hash
              from accounts ac
              where ac.id = a.applicant_id and a.id in (
                select a2.id from applications a2 join accounts ac2 on ac2.id = a2.applicant_id
                where a2.id_number_hash is distinct from ac2.id_number_hash limit ${batch})`.execute(db)
          ).numAffectedRows ?? 0n,
        );
    if (check) report.stale += copies;
    else report.changed += copies;
    if (copies > 0)
      await onProgress?.({ column: 'applications.id_number_hash', scanned: copies, changed: copies });
    if (check || copies < batch) break;
  }
  if (blobs) {
    // a file deleted while it is rewritten may come back as an orphan: the blob sweep removes those
    for await (const { key } of (async function* () {
      for (const prefix of FILE_PREFIXES) yield* blobs.list(prefix);
    })()) {
      report.files.scanned++;
      try {
        const result = await blobs.rekey(key, { check });
        if (result === 'moved') report.files.moved++;
        if (result === 'stale') report.files.stale++;
      } catch (error) {
        if (!(error instanceof BlobDamagedError)) throw error;
        report.unreadable.push(`blob:${key}`);
      }
      if (report.files.scanned % batch === 0) {
        await onProgress?.({ column: 'files', scanned: report.files.scanned, changed: report.files.moved });
      }
    }
    if (report.files.scanned % batch !== 0)
      await onProgress?.({ column: 'files', scanned: report.files.scanned, changed: report.files.moved });
    report.stale += report.files.stale;
  }
  if (!check) {
    await db.transaction().execute((trx) =>
      appendAudit(trx, {
        actor: ACTOR,
        action: 'crypto.rekey',
        detail: {
          ...target,
          changed: report.changed,
          scanned: report.scanned,
          unreadable: report.unreadable.length,
        },
      }),
    );
  }
  return report;
}
