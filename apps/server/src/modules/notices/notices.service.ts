import { randomUUID } from 'node:crypto';
import {
  allowedActions,
  NOTICE_ATTACHMENT_MAX_BYTES,
  NOTICE_ATTACHMENT_MAX_COUNT,
  NOTICE_ATTACHMENT_TYPES,
  NOTICE_BUTTONS,
  type NoticeAttachment,
  type NoticeBody,
  type NoticeItem,
  type NoticeListAnswer,
  type NoticeQuery,
  type NoticeStatus,
  noticePolicy,
  noticeWindow,
  type PublishedNotice,
  type ServiceType,
} from '@rcpd/shared';
import type { FastifyBaseLogger } from 'fastify';
import { type Kysely, sql, type Transaction } from 'kysely';
import { escapeLike } from '../../db/like.js';
import type { DB, NoticeAttachmentRow, NoticeRow } from '../../db/schema.js';
import { actorOf } from '../../http/auth.js';
import { decodeCursor, encodeCursor, exactTime } from '../../http/cursor.js';
import { AppError, fieldError } from '../../http/errors.js';
import { assertCan, policyActor } from '../../http/policy.js';
import type { BlobStore } from '../../platform/blob-store.js';
import { fileTypeOf, storeUpload, type UploadedFile } from '../../platform/uploads.js';
import { appendAudit } from '../audit/audit.service.js';
import type { AuthContext, RequestMeta } from '../identity/sessions.js';

export interface NoticesDeps {
  db: Kysely<DB>;
  blobs: BlobStore;
  log: Pick<FastifyBaseLogger, 'error'>;
}

/** Where 发布 and 关闭 take a notice; from which status they may is the notice policy's (noticePolicy). */
const NOTICE_TRANSITIONS = {
  发布: { to: '已发布', audit: 'notice.publish', at: 'published_at' },
  关闭: { to: '已关闭', audit: 'notice.close', at: 'closed_at' },
} as const satisfies Record<string, { to: NoticeStatus; audit: string; at: string }>;

const NOT_FOUND = '申报通知不存在';
export const MAX_SIZE_MESSAGE = `附件大小不能超过${NOTICE_ATTACHMENT_MAX_BYTES / 1024 / 1024}MB`;
const MAX_COUNT_MESSAGE = `每个通知最多上传${NOTICE_ATTACHMENT_MAX_COUNT}个附件`;

const toAttachment = (a: NoticeAttachmentRow): NoticeAttachment => ({
  id: a.id,
  fileName: a.file_name,
  contentType: a.content_type,
  size: a.size,
});

function toItem(n: NoticeRow, attachments: NoticeAttachmentRow[], auth: AuthContext): NoticeItem {
  return {
    id: n.id,
    title: n.title,
    body: n.body,
    startAt: n.start_at.toISOString(),
    endAt: n.end_at.toISOString(),
    serviceTypes: n.service_types as ServiceType[],
    status: n.status,
    window: noticeWindow(n.start_at, n.end_at),
    publishedAt: n.published_at?.toISOString() ?? null,
    closedAt: n.closed_at?.toISOString() ?? null,
    updatedAt: n.updated_at.toISOString(),
    version: n.version,
    attachments: attachments.map(toAttachment),
    allowedActions: allowedActions(noticePolicy, policyActor(auth), { status: n.status }, NOTICE_BUTTONS),
  };
}

/** Fails an upload whose stream the multipart parser cut at the size limit. */
/** 申报通知 in the 管理端 (SPEC §4), their policy files, and what applicants see of them. */
export function createNoticesService({ db, blobs, log }: NoticesDeps) {
  async function attachmentsOf(executor: Kysely<DB>, ids: string[]) {
    if (ids.length === 0) return new Map<string, NoticeAttachmentRow[]>();
    const rows = await executor
      .selectFrom('notice_attachments')
      .selectAll()
      .where('notice_id', 'in', ids)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    const byNotice = new Map<string, NoticeAttachmentRow[]>();
    for (const row of rows) byNotice.set(row.notice_id, [...(byNotice.get(row.notice_id) ?? []), row]);
    return byNotice;
  }

  async function present(executor: Kysely<DB>, row: NoticeRow, auth: AuthContext): Promise<NoticeItem> {
    return toItem(row, (await attachmentsOf(executor, [row.id])).get(row.id) ?? [], auth);
  }

  /** The notice, locked for the rest of the transaction, or 404. */
  async function locked(trx: Transaction<DB>, id: string): Promise<NoticeRow> {
    const row = await trx
      .selectFrom('notices')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', NOT_FOUND);
    return row;
  }

  /** Removes blobs after their rows are gone; a leftover file is harmless, a lost one is not. */
  async function dropBlobs(keys: string[]) {
    for (const key of keys) {
      await blobs.delete(key).catch((error: unknown) => log.error({ err: error, key }, 'blob delete failed'));
    }
  }

  async function transition(
    auth: AuthContext,
    id: string,
    action: keyof typeof NOTICE_TRANSITIONS,
    meta: RequestMeta,
  ) {
    const t = NOTICE_TRANSITIONS[action];
    return db.transaction().execute(async (trx) => {
      const current = await locked(trx, id);
      assertCan(auth, noticePolicy, action, { status: current.status });
      const row = await trx
        .updateTable('notices')
        .set({
          status: t.to,
          [t.at]: sql`now()`,
          updated_at: sql`now()`,
          updated_by: auth.account.id,
          version: sql`version + 1`,
        })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await appendAudit(trx, {
        actor: actorOf(auth),
        action: t.audit,
        targetType: 'notice',
        targetId: id,
        detail: { title: row.title },
        ...meta,
      });
      return present(trx, row, auth);
    });
  }

  return {
    /** One page, newest first (keyset), searched by title and filtered by 状态 and the year 申报 opens. */
    async list({ auth, query }: { auth: AuthContext; query: NoticeQuery }): Promise<NoticeListAnswer> {
      let q = db.selectFrom('notices');
      if (query.q) q = q.where('title', 'like', `%${escapeLike(query.q)}%`);
      if (query.status) q = q.where('status', '=', query.status);
      if (query.year) {
        // the year in Beijing
        q = q
          .where('start_at', '>=', new Date(`${query.year}-01-01T00:00:00+08:00`))
          .where('start_at', '<', new Date(`${query.year + 1}-01-01T00:00:00+08:00`));
      }
      const total = Number(
        (await q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n,
      );
      let page = q.selectAll().select(exactTime('created_at').as('created'));
      if (query.after) {
        const [at, id] = decodeCursor(query.after, ['time', 'uuid']);
        page = page.where(sql<boolean>`(created_at, id) < (${at}::timestamptz, ${id}::uuid)`);
      }
      const rows = await page
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(query.limit + 1)
        .execute();
      const more = rows.length > query.limit;
      if (more) rows.pop();
      const last = rows.at(-1);
      const attachments = await attachmentsOf(
        db,
        rows.map((r) => r.id),
      );
      return {
        items: rows.map((r) => toItem(r, attachments.get(r.id) ?? [], auth)),
        next: more && last ? encodeCursor([last.created, last.id]) : null,
        total,
      };
    },

    /** One notice, as the list shows it (its 编辑 page). */
    async get({ auth, id }: { auth: AuthContext; id: string }): Promise<NoticeItem> {
      const row = await db.selectFrom('notices').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) throw new AppError('NOT_FOUND', NOT_FOUND);
      return present(db, row, auth);
    },

    async create({ auth, body, meta }: { auth: AuthContext; body: NoticeBody; meta: RequestMeta }) {
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('notices')
          .values({
            title: body.title,
            body: body.body,
            start_at: new Date(body.startAt),
            end_at: new Date(body.endAt),
            service_types: JSON.stringify(body.serviceTypes),
            created_by: auth.account.id,
            updated_by: auth.account.id,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await appendAudit(trx, {
          actor: actorOf(auth),
          action: 'notice.create',
          targetType: 'notice',
          targetId: row.id,
          detail: { title: row.title },
          ...meta,
        });
        return toItem(row, [], auth);
      });
    },

    async update({
      auth,
      id,
      body,
      meta,
    }: {
      auth: AuthContext;
      id: string;
      body: NoticeBody;
      meta: RequestMeta;
    }) {
      if (body.version === undefined) throw fieldError('version', '缺少版本号，请刷新页面后重新编辑');
      return db.transaction().execute(async (trx) => {
        const current = await locked(trx, id);
        assertCan(auth, noticePolicy, '编辑', { status: current.status });
        if (current.version !== body.version) {
          throw new AppError('CONFLICT', '该通知已被他人修改，请刷新后重新编辑');
        }
        const row = await trx
          .updateTable('notices')
          .set({
            title: body.title,
            body: body.body,
            start_at: new Date(body.startAt),
            end_at: new Date(body.endAt),
            service_types: JSON.stringify(body.serviceTypes),
            updated_at: sql`now()`,
            updated_by: auth.account.id,
            version: sql`version + 1`,
          })
          .where('id', '=', id)
          .where('version', '=', body.version)
          .returningAll()
          .executeTakeFirstOrThrow();
        await appendAudit(trx, {
          actor: actorOf(auth),
          action: 'notice.update',
          targetType: 'notice',
          targetId: id,
          detail: { title: row.title, version: row.version },
          ...meta,
        });
        return present(trx, row, auth);
      });
    },

    publish: ({ auth, id, meta }: { auth: AuthContext; id: string; meta: RequestMeta }) =>
      transition(auth, id, '发布', meta),
    close: ({ auth, id, meta }: { auth: AuthContext; id: string; meta: RequestMeta }) =>
      transition(auth, id, '关闭', meta),

    async remove({ auth, id, meta }: { auth: AuthContext; id: string; meta: RequestMeta }) {
      const keys = await db.transaction().execute(async (trx) => {
        const current = await locked(trx, id);
        assertCan(auth, noticePolicy, '删除', { status: current.status });
        const files = await trx
          .selectFrom('notice_attachments')
          .select('blob_key')
          .where('notice_id', '=', id)
          .execute();
        await trx.deleteFrom('notices').where('id', '=', id).execute();
        await appendAudit(trx, {
          actor: actorOf(auth),
          action: 'notice.delete',
          targetType: 'notice',
          targetId: id,
          detail: { title: current.title },
          ...meta,
        });
        return files.map((f) => f.blob_key);
      });
      await dropBlobs(keys);
    },

    /**
     * Streams one uploaded file into the blob store, checking its bytes on the way, then records it. A
     * refused or failed upload leaves neither a row nor a file.
     */
    async addAttachment({
      auth,
      id,
      file,
      meta,
    }: {
      auth: AuthContext;
      id: string;
      file: UploadedFile;
      meta: RequestMeta;
    }): Promise<NoticeAttachment> {
      const notice = await db
        .selectFrom('notices')
        .select([
          'status',
          sql<number>`(select count(*)::int from notice_attachments a where a.notice_id = notices.id)`.as(
            'count',
          ),
        ])
        .where('id', '=', id)
        .executeTakeFirst();
      if (!notice) throw new AppError('NOT_FOUND', NOT_FOUND);
      assertCan(auth, noticePolicy, '编辑', { status: notice.status });
      if (notice.count >= NOTICE_ATTACHMENT_MAX_COUNT) throw fieldError('file', MAX_COUNT_MESSAGE);
      const type = fileTypeOf(file.filename, NOTICE_ATTACHMENT_TYPES);
      const attachmentId = randomUUID();
      const key = `notices/${id}/${attachmentId}`;
      const { size } = await storeUpload({ blobs, key, file, type, tooLargeMessage: MAX_SIZE_MESSAGE });

      try {
        return await db.transaction().execute(async (trx) => {
          const current = await locked(trx, id);
          assertCan(auth, noticePolicy, '编辑', { status: current.status });
          const { n } = await trx
            .selectFrom('notice_attachments')
            .select(sql<number>`count(*)::int`.as('n'))
            .where('notice_id', '=', id)
            .executeTakeFirstOrThrow();
          if (n >= NOTICE_ATTACHMENT_MAX_COUNT) throw fieldError('file', MAX_COUNT_MESSAGE);
          const row = await trx
            .insertInto('notice_attachments')
            .values({
              id: attachmentId,
              notice_id: id,
              file_name: type.fileName,
              content_type: type.contentType,
              size,
              blob_key: key,
              created_by: auth.account.id,
            })
            .returningAll()
            .executeTakeFirstOrThrow();
          await appendAudit(trx, {
            actor: actorOf(auth),
            action: 'notice.attachment.add',
            targetType: 'notice',
            targetId: id,
            detail: { attachmentId, fileName: type.fileName, size },
            ...meta,
          });
          return toAttachment(row);
        });
      } catch (error) {
        await dropBlobs([key]);
        throw error;
      }
    },

    async removeAttachment({
      auth,
      id,
      attachmentId,
      meta,
    }: {
      auth: AuthContext;
      id: string;
      attachmentId: string;
      meta: RequestMeta;
    }) {
      const key = await db.transaction().execute(async (trx) => {
        const current = await locked(trx, id);
        assertCan(auth, noticePolicy, '编辑', { status: current.status });
        const row = await trx
          .deleteFrom('notice_attachments')
          .where('id', '=', attachmentId)
          .where('notice_id', '=', id)
          .returningAll()
          .executeTakeFirst();
        if (!row) throw new AppError('NOT_FOUND', '附件不存在');
        await appendAudit(trx, {
          actor: actorOf(auth),
          action: 'notice.attachment.delete',
          targetType: 'notice',
          targetId: id,
          detail: { attachmentId, fileName: row.file_name },
          ...meta,
        });
        return row.blob_key;
      });
      await dropBlobs([key]);
    },

    /** A policy file to download: of a draft only for the administrator, of other notices for anyone signed in. */
    async openAttachment({
      auth,
      id,
      attachmentId,
    }: {
      auth: AuthContext;
      id: string;
      attachmentId: string;
    }) {
      const row = await db
        .selectFrom('notice_attachments as a')
        .innerJoin('notices as n', 'n.id', 'a.notice_id')
        .selectAll('a')
        .select('n.status')
        .where('a.id', '=', attachmentId)
        .where('a.notice_id', '=', id)
        .executeTakeFirst();
      if (!row) throw new AppError('NOT_FOUND', '附件不存在');
      assertCan(auth, noticePolicy, 'read', { status: row.status }, '附件不存在');
      const stream = await blobs.get(row.blob_key);
      if (!stream) throw new AppError('NOT_FOUND', '附件文件已不存在，请联系管理员重新上传');
      return { attachment: toAttachment(row), stream };
    },

    /** What the 个人网厅 offers: published notices whose window holds now. */
    async openNotices(): Promise<{ items: PublishedNotice[] }> {
      const rows = await db
        .selectFrom('notices')
        .selectAll()
        .where('status', '=', '已发布')
        .where('start_at', '<=', sql<Date>`now()`)
        .where('end_at', '>', sql<Date>`now()`)
        .orderBy('start_at', 'desc')
        .execute();
      const attachments = await attachmentsOf(
        db,
        rows.map((r) => r.id),
      );
      return {
        items: rows.map((n) => {
          const window = noticeWindow(n.start_at, n.end_at);
          return {
            id: n.id,
            title: n.title,
            body: n.body,
            startAt: n.start_at.toISOString(),
            endAt: n.end_at.toISOString(),
            serviceTypes: n.service_types as ServiceType[],
            window,
            attachments: (attachments.get(n.id) ?? []).map(toAttachment),
            canApply: window === '申报中',
          };
        }),
      };
    },
  };
}
export type NoticesService = ReturnType<typeof createNoticesService>;
