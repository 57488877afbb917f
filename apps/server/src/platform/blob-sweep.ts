import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.js';
import type { BlobStore, StoredBlob } from './blob-store.js';

/** A blob younger than this is never swept: its row may not have committed yet (an upload takes minutes at most). */
export const SWEEP_GRACE_MS = 60 * 60 * 1000;
/** keys looked up in the database at once */
const BATCH = 500;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

type Referenced = (db: Kysely<DB>, keys: string[]) => Promise<Set<string>>;

const byBlobKey =
  (table: 'application_attachments' | 'notice_attachments'): Referenced =>
  async (db, keys) =>
    new Set(
      (
        await db
          .selectFrom(table)
          .select('blob_key')
          .where(sql<boolean>`blob_key = any(${keys}::text[])`)
          .execute()
      ).map((r) => r.blob_key),
    );

/**
 * The prefixes the sweep looks under, each with what tells whether a row still names a key. Only these: a key
 * under any other prefix is never touched, whoever wrote it — `audit-checkpoints/` above all, whose blobs no row
 * names. A new kind of stored file is swept once its prefix and its lookup are added here.
 */
export const SWEPT: readonly { prefix: string; referenced: Referenced }[] = [
  // `applications/<application>/<attachment>`: application_attachments.blob_key (indexed; after 带入上次申报信息 several rows may name one key, and any one keeps it)
  { prefix: 'applications/', referenced: byBlobKey('application_attachments') },
  // `notices/<notice>/<attachment>`: notice_attachments.blob_key
  { prefix: 'notices/', referenced: byBlobKey('notice_attachments') },
  {
    // `exports/<export id>`: looked up by the export's id (blob_key has no index). An export still being made
    // (排队中, 生成中) owns its key before blob_key is set, however long the job runs; a 失败 one owns nothing.
    prefix: 'exports/',
    referenced: async (db, keys) => {
      const ids = keys.map((k) => k.slice('exports/'.length)).filter((id) => UUID.test(id));
      if (ids.length === 0) return new Set();
      const rows = await db
        .selectFrom('exports')
        .select('id')
        .where(sql<boolean>`id = any(${ids}::uuid[])`)
        .where('state', '<>', '失败')
        .execute();
      return new Set(rows.map((r) => `exports/${r.id}`));
    },
  },
];

export interface SweepResult {
  /** blobs no row named, removed */
  removed: number;
  /** unfinished writes (`.part` files, multipart uploads) removed */
  incomplete: number;
}

/**
 * Removes the files nobody references (SPEC §10: personal documents must not linger): under each swept prefix,
 * a blob older than `graceMs` that no row names, and what unfinished writes older than that left. Safe on
 * several instances at once and when run again: a blob removed meanwhile is not an error. `now` and `graceMs`
 * are parameters so that age can be tested without waiting.
 */
export async function sweepBlobs({
  db,
  blobs,
  now = new Date(),
  graceMs = SWEEP_GRACE_MS,
}: {
  db: Kysely<DB>;
  blobs: Pick<BlobStore, 'list' | 'delete' | 'removeIncomplete'>;
  now?: Date;
  graceMs?: number;
}): Promise<SweepResult> {
  const before = new Date(now.getTime() - graceMs);
  let removed = 0;
  let incomplete = 0;
  for (const { prefix, referenced } of SWEPT) {
    const sweep = async (batch: StoredBlob[]) => {
      const keep = await referenced(
        db,
        batch.map((b) => b.key),
      );
      for (const { key } of batch) {
        if (keep.has(key)) continue;
        await blobs.delete(key);
        removed++;
      }
    };
    let batch: StoredBlob[] = [];
    for await (const blob of blobs.list(prefix)) {
      // a younger blob may be an upload whose row has not committed yet
      if (blob.lastModified >= before) continue;
      batch.push(blob);
      if (batch.length >= BATCH) {
        await sweep(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await sweep(batch);
    incomplete += await blobs.removeIncomplete(prefix, before);
  }
  return { removed, incomplete };
}
