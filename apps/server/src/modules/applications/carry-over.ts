import { randomUUID } from 'node:crypto';
import {
  type CarryOverOffer,
  carryBasicValues,
  carryOverSource,
  type HeldCertificate,
  type ModuleKey,
  type ModuleValues,
  type ServiceType,
  type TalentCategory,
} from '@rcpd/shared';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../http/errors.js';
import { enabledCatalogue } from './application-context.js';

/** 带入上次申报信息 (issue 14, item 3): what the server copies, from where, and which files stay. */

export const CARRY_MESSAGES = {
  noSource: '上次申报信息不存在，无法带入',
} as const;

/** The applicant's own applications that were submitted: the only ones a carry-over may read. */
async function ownSubmitted(db: Kysely<DB>, applicantId: string) {
  const rows = await db
    .selectFrom('applications as a')
    .innerJoin('notices as n', 'n.id', 'a.notice_id')
    .select(['a.id', 'a.status', 'a.submitted_at', 'n.title as notice_title'])
    .where('a.applicant_id', '=', applicantId)
    .where('a.submitted_at', 'is not', null)
    .execute();
  return rows.map((r) => ({ ...r, submittedAt: r.submitted_at }));
}

/** The latest 有效 certificate the applicant holds: 已在吉认定人才类别 and 认定日期 of a 晋升认定. */
async function heldCertificate(db: Kysely<DB>, applicantId: string) {
  return db
    .selectFrom('certificates')
    .select(['number', 'category', sql<string>`to_char(issued_on, 'YYYY-MM-DD')`.as('issued_on')])
    .where('holder_id', '=', applicantId)
    .where('status', '=', '有效')
    .orderBy('issued_on', 'desc')
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

/** `GET /api/person/carry-over`: the application 确认并开始申报 would carry from, and the certificate held. */
export async function carryOverOffer(db: Kysely<DB>, applicantId: string): Promise<CarryOverOffer> {
  const [own, certificate] = await Promise.all([
    ownSubmitted(db, applicantId),
    heldCertificate(db, applicantId),
  ]);
  const source = carryOverSource(own);
  return {
    source: source
      ? {
          id: source.id,
          noticeTitle: source.notice_title,
          status: source.status,
          submittedAt: (source.submitted_at as Date).toISOString(),
        }
      : null,
    certificate: certificate
      ? {
          number: certificate.number,
          category: certificate.category as TalentCategory,
          issuedOn: certificate.issued_on,
        }
      : null,
  };
}

/**
 * Copies, inside the transaction that created `toId`, every module of the applicant's application `fromId`
 * into it: its entries as new rows (基本信息 through `carryBasicValues`), its attachments as new rows naming the
 * same stored files, and a 已带入 mark per module copied. `fromId` must be the applicant's own submitted
 * application — the latest one, the one `carryOverOffer` named — or nothing happens and NOT_FOUND is thrown
 * (the caller's transaction, with the new application, rolls back). The source row is locked FOR SHARE so a
 * file cannot lose its last other reference while it is being copied.
 */
export async function carryOver(
  trx: Transaction<DB>,
  p: { applicantId: string; toId: string; fromId: string; serviceTypes: readonly ServiceType[] },
): Promise<{ modules: ModuleKey[]; attachments: number }> {
  const source = carryOverSource(await ownSubmitted(trx, p.applicantId));
  // another person's application, a draft, an older one or none: refused alike, nothing copied
  if (!source || source.id !== p.fromId) throw new AppError('NOT_FOUND', CARRY_MESSAGES.noSource);
  await trx.selectFrom('applications').select('id').where('id', '=', p.fromId).forShare().execute();

  const [entries, files, catalogue, certificate] = await Promise.all([
    trx
      .selectFrom('application_entries')
      .selectAll()
      .where('application_id', '=', p.fromId)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    trx
      .selectFrom('application_attachments')
      .selectAll()
      .where('application_id', '=', p.fromId)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    enabledCatalogue(trx),
    heldCertificate(trx, p.applicantId),
  ]);
  const held: HeldCertificate | null = certificate
    ? { category: certificate.category as TalentCategory, issuedOn: certificate.issued_on }
    : null;

  // the copies keep the order of the originals: created_at is what the page orders by
  const base = Date.now();
  let tick = 0;
  const stamp = () => new Date(base + tick++);
  // every copy in one statement per table: the new entries' ids are made here, so the files can name them
  const newIds = new Map<string, string>();
  const notes = new Map<ModuleKey, string[]>();
  let category: string | null = null;
  let serviceType: string | null = null;
  const entryRows = entries.map((e) => {
    const module = e.module as ModuleKey;
    let data: ModuleValues = e.data as ModuleValues;
    if (module === 'basic') {
      const carried = carryBasicValues(data, {
        serviceTypes: p.serviceTypes,
        catalogue,
        certificate: held,
      });
      data = carried.values;
      notes.set(module, carried.notes);
      category = typeof data.category === 'string' ? data.category : null;
      serviceType = typeof data.serviceType === 'string' ? data.serviceType : null;
    } else if (!notes.has(module)) notes.set(module, []);
    const id = randomUUID();
    newIds.set(e.id, id);
    const at = stamp();
    return {
      id,
      application_id: p.toId,
      module,
      schema_version: e.schema_version,
      data: JSON.stringify(data),
      created_at: at,
      updated_at: at,
    };
  });
  if (entryRows.length > 0) await trx.insertInto('application_entries').values(entryRows).execute();
  const fileRows = files
    .filter((f) => !f.entry_id || newIds.has(f.entry_id))
    .map((f) => ({
      application_id: p.toId,
      slot: f.slot,
      entry_id: f.entry_id ? (newIds.get(f.entry_id) ?? null) : null,
      file_name: f.file_name,
      content_type: f.content_type,
      size: f.size,
      blob_key: f.blob_key,
      created_at: stamp(),
    }));
  if (fileRows.length > 0) await trx.insertInto('application_attachments').values(fileRows).execute();
  const modules = [...notes.keys()];
  if (modules.length > 0) {
    await trx
      .insertInto('application_carried_modules')
      .values(
        modules.map((module) => ({
          application_id: p.toId,
          module,
          from_application_id: p.fromId,
          notes: JSON.stringify(notes.get(module) ?? []),
        })),
      )
      .execute();
  }
  if (category || serviceType) {
    await trx
      .updateTable('applications')
      .set({ category, service_type: serviceType })
      .where('id', '=', p.toId)
      .execute();
  }
  return { modules, attachments: fileRows.length };
}

/** A save of a module (or of an entry of it) is the applicant's look at it: its 已带入 mark goes. */
export async function clearCarried(
  trx: Transaction<DB>,
  applicationId: string,
  module: string,
): Promise<void> {
  await trx
    .deleteFrom('application_carried_modules')
    .where('application_id', '=', applicationId)
    .where('module', '=', module)
    .execute();
}

/**
 * Of the stored files whose rows were just deleted (and committed), those no row names any more: only these
 * may leave the store. A file another application carried keeps its place.
 */
export async function unreferenced(db: Kysely<DB>, keys: readonly string[]): Promise<string[]> {
  if (keys.length === 0) return [];
  const named = await db
    .selectFrom('application_attachments')
    .select('blob_key')
    .where(sql<boolean>`blob_key = any(${[...keys]}::text[])`)
    .execute();
  const kept = new Set(named.map((r) => r.blob_key));
  return keys.filter((k) => !kept.has(k));
}
