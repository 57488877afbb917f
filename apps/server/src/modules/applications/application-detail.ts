import {
  APPLICANT_BUTTONS,
  type ApplicationAction,
  type ApplicationDetail,
  type ApplicationStatus,
  type AttachmentItem,
  applicationPolicy,
  type EntryItem,
  MODULE_KEYS,
  type ModuleKey,
  maskIdNumber,
  noticeWindow,
  type PolicyActor,
  type PublishedResult,
  allowedActions as policyAllowed,
  RETURNABLE_SECTIONS,
  type ReturnableSection,
  type SavedModule,
  type TalentCategory,
} from '@rcpd/shared';
import type { Kysely } from 'kysely';
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import { compileOncePerDatabase } from '../../db/compiled.js';
import type { ApplicationAttachmentRow, ApplicationEntryRow, DB } from '../../db/schema.js';
import type { FieldCipher } from '../../platform/secrets.js';
import { identityFrom } from './application-context.js';

/** An application as its pages draw it: the applicant's 信息填报 and the reviewers' detail view. */

/**
 * What the applicant may change now: everything of a draft while the notice is open; of a returned
 * application (被退回) only what the reviewer ticked, whatever the date (the department asked for it).
 */
export function editableSections(
  app: { status: ApplicationStatus; returned_sections: string[] },
  windowOpen: boolean,
): ReturnableSection[] {
  if (app.status === '未提交') return windowOpen ? [...RETURNABLE_SECTIONS] : [];
  if (app.status === '被退回') return RETURNABLE_SECTIONS.filter((s) => app.returned_sections.includes(s));
  return [];
}

/** Only the applicant's own routes ask (their role and ownership are checked before): the applicant's role. */
const APPLICANT_ACTOR: PolicyActor = {
  role: 'applicant',
  accountId: '',
  employerId: null,
  reviewStage: null,
};

/** The applicant's buttons on its own application: the application policy's, for the applicant. */
export function allowedActions(status: ApplicationStatus, windowOpen: boolean): ApplicationAction[] {
  return policyAllowed(
    applicationPolicy,
    APPLICANT_ACTOR,
    { status, windowOpen, stage: null },
    APPLICANT_BUTTONS,
  );
}

export const toAttachment = (a: ApplicationAttachmentRow): AttachmentItem => ({
  id: a.id,
  slot: a.slot,
  entryId: a.entry_id,
  fileName: a.file_name,
  contentType: a.content_type,
  size: a.size,
  createdAt: a.created_at.toISOString(),
});

export const toSaved = (e: ApplicationEntryRow): SavedModule => ({
  values: e.data,
  version: e.version,
  updatedAt: e.updated_at.toISOString(),
});

/** 评审结果 as the applicant sees it: nothing until the department published it (manual 3.4). */
export async function publishedResults(
  db: Kysely<DB>,
  applicationIds: string[],
): Promise<Map<string, PublishedResult>> {
  if (applicationIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('review_results as r')
    .leftJoin('talent_categories as t', 't.code', 'r.category')
    .leftJoin('certificates as c', 'c.result_id', 'r.id')
    .select([
      'r.application_id',
      'r.outcome',
      'r.category',
      't.name as category_name',
      'r.published_at',
      'c.id as certificate_id',
    ])
    .where('r.application_id', 'in', applicationIds)
    .where('r.state', '=', '已发布')
    .execute();
  const results = new Map<string, PublishedResult>();
  for (const row of rows) {
    if (!row.published_at) continue;
    results.set(row.application_id, {
      outcome: row.outcome,
      category: row.category as TalentCategory | null,
      categoryName: row.category_name,
      publishedAt: row.published_at.toISOString(),
      certificateId: row.certificate_id,
    });
  }
  return results;
}

/** JSON has no dates: the timestamps of the aggregated rows come back as text and are read here. */
const at = (value: Date | string) => (value instanceof Date ? value : new Date(value));

/**
 * The application with its notice, employer and applicant, and its entries, attachments, 流程推送 nodes and
 * published result aggregated as JSON: one statement, one round trip (this is the most read page).
 */
function applicationQuery(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('applications as a')
    .innerJoin('notices as n', 'n.id', 'a.notice_id')
    .innerJoin('employers as e', 'e.id', 'a.employer_id')
    .innerJoin('accounts as p', 'p.id', 'a.applicant_id')
    .selectAll('a')
    .select((eb) => [
      'n.title as notice_title',
      'n.start_at',
      'n.end_at',
      'n.service_types',
      'n.status as notice_status',
      'e.name as employer_name',
      'e.uscc',
      'p.name as identity_name',
      'p.id_type as identity_type',
      'p.id_number_enc as identity_enc',
      jsonArrayFrom(
        eb
          .selectFrom('application_entries as x')
          .selectAll('x')
          .whereRef('x.application_id', '=', 'a.id')
          .orderBy('x.created_at')
          .orderBy('x.id'),
      ).as('entries'),
      jsonArrayFrom(
        eb
          .selectFrom('application_attachments as f')
          .selectAll('f')
          .whereRef('f.application_id', '=', 'a.id')
          .orderBy('f.created_at')
          .orderBy('f.id'),
      ).as('attachments'),
      jsonArrayFrom(
        eb
          .selectFrom('application_events as v')
          .selectAll('v')
          .whereRef('v.application_id', '=', 'a.id')
          .orderBy('v.created_at')
          .orderBy('v.id'),
      ).as('events'),
      jsonArrayFrom(
        eb
          .selectFrom('application_carried_modules as k')
          .select(['k.module', 'k.notes'])
          .whereRef('k.application_id', '=', 'a.id'),
      ).as('carried'),
      jsonObjectFrom(
        eb
          .selectFrom('review_results as r')
          .leftJoin('talent_categories as t', 't.code', 'r.category')
          .leftJoin('certificates as c', 'c.result_id', 'r.id')
          .select([
            'r.outcome',
            'r.category',
            't.name as category_name',
            'r.published_at',
            'c.id as certificate_id',
          ])
          .whereRef('r.application_id', '=', 'a.id')
          .where('r.state', '=', '已发布'),
      ).as('result'),
    ])
    .where('a.id', '=', id);
}

type ApplicationRow = Awaited<ReturnType<ReturnType<typeof applicationQuery>['executeTakeFirstOrThrow']>>;
const applicationRows = compileOncePerDatabase(
  (db: Kysely<DB>, p: { id: string }) => applicationQuery(db, p.id),
  ['id'],
);

/** The row of `applicationQuery`, compiled once per database. */
async function applicationRow(db: Kysely<DB>, id: string): Promise<ApplicationRow | undefined> {
  return (await applicationRows(db, db, { id })).rows[0];
}

export async function loadApplication(
  db: Kysely<DB>,
  cipher: Pick<FieldCipher, 'decrypt'>,
  id: string,
): Promise<{
  detail: ApplicationDetail;
  row: ApplicationRow;
} | null> {
  const app = await applicationRow(db, id);
  if (!app) return null;
  const identity = identityFrom(cipher, {
    name: app.identity_name,
    id_type: app.identity_type,
    id_number_enc: app.identity_enc,
  });
  const entries = app.entries.map((e) => ({
    ...e,
    created_at: at(e.created_at),
    updated_at: at(e.updated_at),
  }));
  const attachments = app.attachments.map((f) => ({ ...f, created_at: at(f.created_at) }));
  const events = app.events.map((v) => ({ ...v, created_at: at(v.created_at) }));
  const published = app.result?.published_at ? app.result : null;
  const result: PublishedResult | null = published
    ? {
        outcome: published.outcome,
        category: published.category as TalentCategory | null,
        categoryName: published.category_name,
        publishedAt: at(published.published_at as Date | string).toISOString(),
        certificateId: published.certificate_id,
      }
    : null;
  const window = noticeWindow(app.start_at, app.end_at);
  const editable = editableSections(app, window === '申报中' && app.notice_status === '已发布');
  const lastReturn =
    app.status === '被退回' ? [...events].reverse().find((ev) => ev.action === '退回') : undefined;
  const modules: ApplicationDetail['modules'] = {};
  const list: EntryItem[] = [];
  for (const e of entries) {
    if (e.module === 'basic' || e.module === 'achievement') modules[e.module] = toSaved(e);
    else {
      list.push({
        id: e.id,
        module: e.module as ModuleKey,
        ...toSaved(e),
        attachments: attachments.filter((a) => a.entry_id === e.id).map(toAttachment),
      });
    }
  }
  const detail: ApplicationDetail = {
    id: app.id,
    status: app.status,
    notice: {
      id: app.notice_id,
      title: app.notice_title,
      startAt: app.start_at.toISOString(),
      endAt: app.end_at.toISOString(),
      window,
      serviceTypes: app.service_types as string[],
    },
    employer: { id: app.employer_id, name: app.employer_name, uscc: app.uscc },
    identity: {
      name: identity.name,
      idType: identity.idType,
      maskedIdNumber: maskIdNumber(identity.idNumber),
      birthDate: identity.info?.birthDate ?? null,
      gender: identity.info?.gender ?? null,
    },
    modules,
    entries: list,
    attachments: attachments.filter((a) => a.slot !== 'entry').map(toAttachment),
    submittedAt: app.submitted_at?.toISOString() ?? null,
    editableModules: MODULE_KEYS.filter((m) => editable.includes(m)),
    attachmentsEditable: editable.includes('attachments'),
    returned: lastReturn
      ? {
          opinion: lastReturn.opinion ?? '',
          sections: (lastReturn.sections ?? []) as ReturnableSection[],
          stageName: lastReturn.stage,
          handler: lastReturn.handler,
          at: lastReturn.created_at.toISOString(),
        }
      : null,
    allowedActions: allowedActions(app.status, window === '申报中'),
    result,
    // in the order of the page
    carried: MODULE_KEYS.flatMap((key) => {
      const mark = app.carried.find((k) => k.module === key);
      return mark ? [{ module: key, notes: mark.notes }] : [];
    }),
    flow: events.map((ev) => ({
      id: ev.id,
      stage: ev.stage,
      handler: ev.handler,
      action: ev.action,
      opinion: ev.opinion,
      at: ev.created_at.toISOString(),
    })),
  };
  return { detail, row: app };
}
