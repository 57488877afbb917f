import { randomUUID } from 'node:crypto';
import {
  APPLICATION_SLOTS,
  type ApplicationSlot,
  type AttachmentItem,
  type AttachmentRule,
  type AttachmentSlot,
  type ModuleKey,
  moduleDef,
  type ReturnableSection,
  SLOT_RULES,
} from '@rcpd/shared';
import type { FastifyBaseLogger } from 'fastify';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { actorOf } from '../../http/auth.js';
import { AppError, fieldError } from '../../http/errors.js';
import type { BlobStore } from '../../platform/blob-store.js';
import { fileTypeOf, storeUpload, type UploadedFile } from '../../platform/uploads.js';
import { appendAudit } from '../audit/audit.service.js';
import type { AuthContext, RequestMeta } from '../identity/sessions.js';
import { toAttachment } from './application-detail.js';
import { assertEditable, lockOwned, ownedWithNotice, touch } from './applications.service.js';
import { unreferenced } from './carry-over.js';

export interface ApplicationFilesDeps {
  db: Kysely<DB>;
  blobs: BlobStore;
  log: Pick<FastifyBaseLogger, 'error'>;
}

/** Where an upload goes: the rule it follows and, for an entry, which one. */
export interface UploadTarget {
  slot: AttachmentSlot;
  entryId?: string | undefined;
}

const toItem = toAttachment;

const sizeMessage = (rule: AttachmentRule) => `单个附件大小不能超过${rule.maxBytes / 1024 / 1024}MB`;

/**
 * The rule of the slot or entry, checked under the application's lock: the entry must belong to the
 * application, its module must take attachments and the module must be editable.
 */
async function ruleOf(
  trx: Kysely<DB>,
  applicationId: string,
  target: UploadTarget,
): Promise<{ rule: AttachmentRule; label: string; section: ReturnableSection }> {
  if (target.slot !== 'entry') {
    const rule = SLOT_RULES[target.slot];
    return { rule, label: rule.label, section: target.slot === 'photo' ? 'basic' : 'attachments' };
  }
  const entry = target.entryId
    ? await trx
        .selectFrom('application_entries')
        .select('module')
        .where('id', '=', target.entryId)
        .where('application_id', '=', applicationId)
        .executeTakeFirst()
    : undefined;
  if (!entry || entry.module === 'basic' || entry.module === 'achievement') {
    throw new AppError('NOT_FOUND', '该条记录不存在或已删除，请刷新后重试');
  }
  const def = moduleDef(entry.module as ModuleKey);
  if (!def.attachments) throw fieldError('file', `${def.label}无需上传附件`);
  return { rule: def.attachments, label: `每条${def.label}`, section: def.key };
}

async function countOf(trx: Kysely<DB>, applicationId: string, target: UploadTarget): Promise<number> {
  let q = trx
    .selectFrom('application_attachments')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('application_id', '=', applicationId)
    .where('slot', '=', target.slot);
  if (target.slot === 'entry' && target.entryId) q = q.where('entry_id', '=', target.entryId);
  return (await q.executeTakeFirstOrThrow()).n;
}

/** Checks made before any byte is stored, and again under the lock once the file is in. */
async function checkTarget(trx: Transaction<DB>, auth: AuthContext, id: string, target: UploadTarget) {
  const app = await lockOwned(trx, auth, id);
  const { rule, label, section } = await ruleOf(trx, id, target);
  assertEditable(app, section);
  if ((await countOf(trx, id, target)) >= rule.max) {
    throw fieldError('file', `${label}最多上传${rule.max}个附件，请先删除不需要的附件`);
  }
  return { rule, section };
}

/** The module whose 已带入（请核对） mark a change of files in `section` clears (材料附件信息 has none). */
const moduleOf = (section: ReturnableSection | undefined) =>
  section === 'attachments' ? undefined : section;

/** 附件上传, 展开 → 预览/下载/删除 of the applicant's own application. */
export function createApplicationFilesService({ db, blobs, log }: ApplicationFilesDeps) {
  return {
    /**
     * Streams the file into the blob store (its bytes checked against its type, its size against the rule),
     * then records it under the application's lock with the count checked again. A refused or failed upload
     * leaves neither a row nor a file.
     */
    async upload({
      auth,
      id,
      target,
      file: openFile,
      meta,
    }: {
      auth: AuthContext;
      id: string;
      target: UploadTarget;
      /** opens the request's file with the rule's size limit, once the target is known to accept one */
      file: (maxBytes: number) => Promise<UploadedFile>;
      meta: RequestMeta;
    }): Promise<AttachmentItem> {
      const { rule } = await db.transaction().execute((trx) => checkTarget(trx, auth, id, target));
      const file = await openFile(rule.maxBytes);
      const type = fileTypeOf(file.filename, rule.types);
      const attachmentId = randomUUID();
      const key = `applications/${id}/${attachmentId}`;
      const { size } = await storeUpload({ blobs, key, file, type, tooLargeMessage: sizeMessage(rule) });
      try {
        return await db.transaction().execute(async (trx) => {
          const { section } = await checkTarget(trx, auth, id, target);
          const row = await trx
            .insertInto('application_attachments')
            .values({
              id: attachmentId,
              application_id: id,
              slot: target.slot,
              entry_id: target.slot === 'entry' ? (target.entryId ?? null) : null,
              file_name: type.fileName,
              content_type: type.contentType,
              size,
              blob_key: key,
            })
            .returningAll()
            .executeTakeFirstOrThrow();
          await touch(trx, id, {}, moduleOf(section));
          await appendAudit(trx, {
            actor: actorOf(auth),
            action: 'application.attachment.add',
            targetType: 'application',
            targetId: id,
            detail: {
              attachmentId,
              slot: target.slot,
              entryId: target.entryId ?? null,
              fileName: type.fileName,
              size,
            },
            ...meta,
          });
          return toItem(row);
        });
      } catch (error) {
        await blobs.delete(key).catch((e: unknown) => log.error({ err: e, key }, 'blob delete failed'));
        throw error;
      }
    },

    async remove({
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
        const app = await lockOwned(trx, auth, id);
        const row = await trx
          .selectFrom('application_attachments')
          .selectAll()
          .where('id', '=', attachmentId)
          .where('application_id', '=', id)
          .executeTakeFirst();
        if (!row) throw new AppError('NOT_FOUND', '附件不存在或已删除');
        const section: ReturnableSection | undefined =
          row.slot === 'photo'
            ? 'basic'
            : row.slot === 'entry'
              ? await moduleOfEntry(trx, row.entry_id)
              : 'attachments';
        assertEditable(app, section);
        await trx.deleteFrom('application_attachments').where('id', '=', attachmentId).execute();
        await touch(trx, id, {}, moduleOf(section));
        await appendAudit(trx, {
          actor: actorOf(auth),
          action: 'application.attachment.delete',
          targetType: 'application',
          targetId: id,
          detail: { attachmentId, slot: row.slot, fileName: row.file_name },
          ...meta,
        });
        return row.blob_key;
      });
      // a file another application carried (带入上次申报信息) stays for it
      for (const k of await unreferenced(db, [key])) {
        await blobs.delete(k).catch((e: unknown) => log.error({ err: e, key: k }, 'blob delete failed'));
      }
    },

    /** 预览 and 下载: the applicant's own files only. */
    async open({ auth, id, attachmentId }: { auth: AuthContext; id: string; attachmentId: string }) {
      await ownedWithNotice(db, auth, id);
      return openAny({ id, attachmentId });
    },

    /** A file of an application whose visibility the caller has checked (the reviewers' routes). */
    openAny,
  };

  async function openAny({ id, attachmentId }: { id: string; attachmentId: string }) {
    const row = await db
      .selectFrom('application_attachments')
      .selectAll()
      .where('id', '=', attachmentId)
      .where('application_id', '=', id)
      .executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', '附件不存在或已删除');
    const stream = await blobs.get(row.blob_key);
    if (!stream) throw new AppError('NOT_FOUND', '附件文件已不存在，请删除后重新上传');
    return { attachment: toItem(row), stream };
  }
}

async function moduleOfEntry(trx: Kysely<DB>, entryId: string | null): Promise<ModuleKey | undefined> {
  if (!entryId) return undefined;
  const row = await trx
    .selectFrom('application_entries')
    .select('module')
    .where('id', '=', entryId)
    .executeTakeFirst();
  return row?.module as ModuleKey | undefined;
}

export function isSlot(value: string): value is ApplicationSlot | 'entry' {
  return value === 'entry' || (APPLICATION_SLOTS as readonly string[]).includes(value);
}

export type ApplicationFilesService = ReturnType<typeof createApplicationFilesService>;
