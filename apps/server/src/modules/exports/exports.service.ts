import { PassThrough, type Readable, type Writable } from 'node:stream';
import type { ExportItem } from '@rcpd/shared';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../http/errors.js';
import type { BlobStore } from '../../platform/blob-store.js';
import type { Jobs } from '../../platform/jobs.js';
import type { FieldCipher } from '../../platform/secrets.js';
import { writeXlsx, XLSX_CONTENT_TYPE, type XlsxSheet } from '../../platform/xlsx/workbook.js';

/** progress is written every this many rows */
const PROGRESS_EVERY = 1000;

/** What an export kind makes of its parameters: the sheet, its rows streamed. */
// biome-ignore lint/suspicious/noExplicitAny: each kind has its own row type; the registry only passes sheets on
export type ExportKind<P> = (params: P) => XlsxSheet<any>;

/**
 * A kind that writes a file of its own type (the 评审材料包's zip) into `out` and ends it, streamed, telling
 * how many of its rows (for the zip: applicants) are done.
 */
export interface FileExportKind<P> {
  contentType: string;
  write(params: P, out: Writable, progress: (rowsDone: number) => Promise<void>): Promise<void>;
}

type AnyKind = ExportKind<unknown> | FileExportKind<unknown>;

interface Logger {
  error(obj: object, msg: string): void;
}

type Row = {
  id: string;
  file_name: string;
  state: ExportItem['state'];
  rows_total: number;
  rows_done: number;
  size: string | number | null;
  error: string | null;
  created_at: Date;
  finished_at: Date | null;
  expires_at: Date;
};

const toItem = (r: Row): ExportItem => ({
  id: r.id,
  fileName: r.file_name,
  state: r.state,
  rowsTotal: r.rows_total,
  rowsDone: r.rows_done,
  size: r.size === null ? null : Number(r.size),
  error: r.error,
  createdAt: r.created_at.toISOString(),
  finishedAt: r.finished_at?.toISOString() ?? null,
  expiresAt: r.expires_at.toISOString(),
});

const COLUMNS = [
  'id',
  'file_name',
  'state',
  'rows_total',
  'rows_done',
  'size',
  'error',
  'created_at',
  'finished_at',
  'expires_at',
] as const;

/**
 * Exports made in the background: the request records what was asked (encrypted) with an `exports` job;
 * the job streams the workbook into the blob store (memory flat whatever the size), writing its progress;
 * only the account that asked reads the state and downloads the file, for 7 days.
 */
export function createExportsService({
  db,
  jobs,
  blobs,
  cipher,
  log,
}: {
  db: Kysely<DB>;
  jobs: Jobs;
  blobs: BlobStore;
  cipher: Pick<FieldCipher, 'encrypt' | 'decrypt'>;
  log: Logger;
}) {
  const kinds = new Map<string, AnyKind>();
  const contentTypeOf = (kind: string) => {
    const k = kinds.get(kind);
    return k && typeof k !== 'function' ? k.contentType : XLSX_CONTENT_TYPE;
  };
  const progress = (id: string) => async (n: number) => {
    await db.updateTable('exports').set({ rows_done: n }).where('id', '=', id).execute();
  };

  /** Counts the rows as they go to the sheet, writing the progress now and then. */
  async function* counted(id: string, rows: AsyncIterable<unknown> | Iterable<unknown>) {
    let n = 0;
    for await (const row of rows) {
      yield row;
      n += 1;
      if (n % PROGRESS_EVERY === 0) {
        await db.updateTable('exports').set({ rows_done: n }).where('id', '=', id).execute();
      }
    }
    await db.updateTable('exports').set({ rows_done: n }).where('id', '=', id).execute();
  }

  jobs.handle<{ exportId: string }>('exports', async ({ data: { exportId }, lastTry }) => {
    const row = await db
      .updateTable('exports')
      .set({ state: '生成中', rows_done: 0 })
      .where('id', '=', exportId)
      .where('state', 'in', ['排队中', '生成中'])
      .returning(['kind', 'params_enc'])
      .executeTakeFirst();
    if (!row) return;
    const kind = kinds.get(row.kind);
    if (!kind) throw new Error(`unknown export kind ${row.kind}`);
    const key = `exports/${exportId}`;
    try {
      const params: unknown = JSON.parse(cipher.decrypt(row.params_enc));
      const out = new PassThrough();
      const written =
        typeof kind === 'function'
          ? (() => {
              const sheet = kind(params);
              return writeXlsx({ ...sheet, rows: counted(exportId, sheet.rows) }, out);
            })()
          : kind.write(params, out, progress(exportId));
      const [{ size }] = await Promise.all([
        blobs.put(key, out),
        // a failed writer leaves nothing half-stored: the store's put fails with it
        written.catch((error: unknown) => {
          out.destroy(error as Error);
          throw error;
        }),
      ]);
      await db
        .updateTable('exports')
        .set({ state: '已完成', blob_key: key, size, finished_at: new Date() })
        .where('id', '=', exportId)
        .execute();
    } catch (error) {
      await blobs.delete(key).catch(() => {});
      if (lastTry) {
        log.error({ err: error, exportId }, 'export failed');
        await db
          .updateTable('exports')
          .set({ state: '失败', error: '导出失败，请稍后重新导出', finished_at: new Date() })
          .where('id', '=', exportId)
          .execute();
      }
      throw error;
    }
  });

  async function owned(accountId: string, id: string) {
    const row = await db
      .selectFrom('exports')
      .select([...COLUMNS, 'blob_key', 'kind'])
      .where('id', '=', id)
      .where('account_id', '=', accountId)
      .executeTakeFirst();
    // another account's export answers exactly as a missing one
    if (!row) throw new AppError('NOT_FOUND', '导出文件不存在或已过期');
    return row;
  }

  return {
    /**
     * Registers how an export kind makes its file from its parameters (at start, by the module that owns it):
     * a sheet (an Excel file), or a file kind with its own content type.
     */
    register<P>(name: string, kind: ExportKind<P> | FileExportKind<P>) {
      kinds.set(name, kind as AnyKind);
    },

    /** Records an export of `rowsTotal` rows with its job; the job makes the file. */
    async start<P>({
      accountId,
      kind,
      fileName,
      params,
      rowsTotal,
    }: {
      accountId: string;
      kind: string;
      fileName: string;
      params: P;
      rowsTotal: number;
    }): Promise<ExportItem> {
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('exports')
          .values({
            account_id: accountId,
            kind,
            file_name: fileName,
            params_enc: cipher.encrypt(JSON.stringify(params)),
            rows_total: rowsTotal,
          })
          .returning(COLUMNS)
          .executeTakeFirstOrThrow();
        await jobs.send(trx, 'exports', { exportId: row.id });
        return toItem(row);
      });
    },

    async get(accountId: string, id: string): Promise<ExportItem> {
      return toItem(await owned(accountId, id));
    },

    /** The finished file, for its owner. */
    async file(
      accountId: string,
      id: string,
    ): Promise<{ fileName: string; contentType: string; stream: Readable }> {
      const row = await owned(accountId, id);
      if (row.state !== '已完成' || !row.blob_key) {
        throw new AppError('CONFLICT', `导出文件尚未生成（${row.state}），请稍后再下载`);
      }
      const stream = await blobs.get(row.blob_key);
      if (!stream) throw new AppError('NOT_FOUND', '导出文件不存在或已过期');
      return { fileName: row.file_name, contentType: contentTypeOf(row.kind), stream };
    },

    /** Deletes expired exports and their files (housekeeping). */
    async removeExpired(): Promise<number> {
      const expired = await db
        .deleteFrom('exports')
        .where('expires_at', '<=', sql<Date>`now()`)
        .returning('blob_key')
        .execute();
      for (const { blob_key } of expired) {
        if (blob_key)
          await blobs.delete(blob_key).catch((err: unknown) => log.error({ err }, 'blob delete failed'));
      }
      return expired.length;
    },
  };
}

export type ExportsService = ReturnType<typeof createExportsService>;
