import {
  type ApplicationDetail,
  type ApplicationSummary,
  checkModuleValues,
  type EntryItem,
  eligibilityChecks,
  isModuleKey,
  type ModuleKey,
  moduleDef,
  noticeWindow,
  type ReturnableSection,
  type SavedModule,
  SELF_CHECK_CONFIRMATIONS,
  type SelfCheck,
  type ServiceType,
  type StageKey,
  type StartApplicationBody,
  stageName,
  type TalentCategory,
  transition,
  type ValidationIssue,
  validateApplication,
} from '@rcpd/shared';
import type { FastifyBaseLogger } from 'fastify';
import { type Kysely, sql, type Transaction } from 'kysely';
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import { compileOnce } from '../../db/compiled.js';
import type { ApplicationEntryRow, DB } from '../../db/schema.js';
import { actorOf } from '../../http/auth.js';
import { AppError, fieldError } from '../../http/errors.js';
import type { BlobStore } from '../../platform/blob-store.js';
import { isUniqueViolation } from '../../platform/db-errors.js';
import type { Jobs } from '../../platform/jobs.js';
import type { FieldCipher } from '../../platform/secrets.js';
import { type AuditEntry, appendAudit, auditValues, recordAudit } from '../audit/audit.service.js';
import type { AuthContext, RequestMeta } from '../identity/sessions.js';
import { notify } from '../notifications/notifications.service.js';
import { queueSms } from '../notifications/sms-messages.js';
import { notifyStageReviewers } from '../review/review-notify.js';
import { eligibilityRecords, identityOf, moduleContext, validationInput } from './application-context.js';
import {
  allowedActions,
  editableSections,
  loadApplication,
  publishedResults,
  toAttachment,
  toSaved,
} from './application-detail.js';
import { CARRY_MESSAGES, carryOver, carryOverOffer, clearCarried, unreferenced } from './carry-over.js';
import { recordMove } from './workflow-move.js';

export interface ApplicationsDeps {
  db: Kysely<DB>;
  cipher: FieldCipher;
  blobs: BlobStore;
  /** status SMS are recorded with the change and sent by jobs */
  jobs: Jobs;
  log: Pick<FastifyBaseLogger, 'error'>;
  /** the review stages of a new submission (configuration REVIEW_CHAIN) */
  stageChain: readonly StageKey[];
}

export const MESSAGES = {
  notFound: '申报信息不存在',
  noticeNotOpen: '该申报通知不在申报时间范围内，不能申报',
  notBound: '请选择已审核通过的推荐单位',
  duplicate: '您已申报过该通知，请在申报历史信息中继续填报',
  stale: '该模块已在其他页面或设备上保存过，请刷新后再修改，以免覆盖已保存的内容',
  entryNotFound: '该条记录不存在或已删除，请刷新后重试',
} as const;

/** The application row locked for this transaction, with its notice; only its applicant gets it. */
export async function lockOwned(trx: Transaction<DB>, auth: AuthContext, id: string) {
  const row = await trx
    .selectFrom('applications as a')
    .innerJoin('notices as n', 'n.id', 'a.notice_id')
    .selectAll('a')
    .select(['n.start_at', 'n.end_at', 'n.service_types', 'n.status as notice_status'])
    .where('a.id', '=', id)
    .forUpdate('a')
    .executeTakeFirst();
  // another applicant's application answers exactly as a missing one: its existence is not disclosed
  if (!row || row.applicant_id !== auth.account.id) throw new AppError('NOT_FOUND', MESSAGES.notFound);
  return row;
}

type LockedApplication = Awaited<ReturnType<typeof lockOwned>>;

/** JSON has no dates: an aggregated row's timestamps come back as text. */
function entryFromJson(e: ApplicationEntryRow | null): ApplicationEntryRow | null {
  return e && { ...e, created_at: new Date(e.created_at), updated_at: new Date(e.updated_at) };
}

/**
 * `lockOwned`'s row and, in the same statement, the row a save changes: the saved module (`module`) or the
 * entry (`entryId`) with its files. A save so costs one read before its write.
 */
function lockForSaveQuery(db: Kysely<DB>, id: string, target: { module: string } | { entryId: string }) {
  return db
    .selectFrom('applications as a')
    .innerJoin('notices as n', 'n.id', 'a.notice_id')
    .selectAll('a')
    .select((eb) => [
      'n.start_at',
      'n.end_at',
      'n.service_types',
      'n.status as notice_status',
      jsonObjectFrom(
        eb
          .selectFrom('application_entries as x')
          .selectAll('x')
          .whereRef('x.application_id', '=', 'a.id')
          .where((w) =>
            'module' in target ? w('x.module', '=', target.module) : w('x.id', '=', target.entryId),
          ),
      ).as('current'),
      jsonArrayFrom(
        eb
          .selectFrom('application_attachments as f')
          .selectAll('f')
          .whereRef('f.application_id', '=', 'a.id')
          .where('f.entry_id', '=', 'entryId' in target ? target.entryId : null)
          .orderBy('f.created_at'),
      ).as('files'),
    ])
    .where('a.id', '=', id)
    .forUpdate('a');
}

/** What a save writes: its row, the application's version (as `touch`) and its audit row. */
interface SaveWrite {
  id: string;
  /** the module saved: its 已带入（请核对） mark goes with the save */
  module: string;
  rowId: string;
  data: string;
  version: number;
  updatedAt: Date;
  /** 基本信息 sets the application's category and service type; other saves pass null and keep them */
  category: string | null;
  serviceType: string | null;
  at: Date;
  actorId: string | null;
  actorLabel: string;
  action: string;
  detail: string;
  ip: string | null;
  userAgent: string | null;
}
const SAVE_WRITE_PARAMS = [
  'id',
  'module',
  'rowId',
  'data',
  'version',
  'updatedAt',
  'category',
  'serviceType',
  'at',
  'actorId',
  'actorLabel',
  'action',
  'detail',
  'ip',
  'userAgent',
] as const satisfies readonly (keyof SaveWrite)[];

/** The version and the audit row ride along as data-modifying CTEs of the save's own statement. */
function withTouchAndAudit(db: Kysely<DB>, p: Omit<SaveWrite, 'rowId' | 'data' | 'version' | 'updatedAt'>) {
  return db
    .with('touched', (qb) =>
      qb
        .updateTable('applications')
        .set((eb) => ({
          category: eb.fn.coalesce(eb.val(p.category), eb.ref('category')),
          service_type: eb.fn.coalesce(eb.val(p.serviceType), eb.ref('service_type')),
          version: eb('version', '+', 1),
          updated_at: sql<Date>`now()`,
        }))
        .where('id', '=', p.id),
    )
    .with('uncarried', (qb) =>
      qb
        .deleteFrom('application_carried_modules')
        .where('application_id', '=', p.id)
        .where('module', '=', p.module),
    )
    .with('audited', (qb) =>
      qb.insertInto('audit_log').values({
        at: p.at,
        actor_account_id: p.actorId,
        actor_label: p.actorLabel,
        action: p.action,
        target_type: 'application',
        target_id: p.id,
        ip: p.ip,
        user_agent: p.userAgent,
        detail: p.detail,
      }),
    );
}

function saveWriteQuery(db: Kysely<DB>, p: SaveWrite) {
  return withTouchAndAudit(db, p)
    .updateTable('application_entries')
    .set({ data: p.data, version: p.version, updated_at: p.updatedAt })
    .where('id', '=', p.rowId)
    .returningAll();
}

/** The statements of the saves, built and compiled once for a database (they run at every 保存). */
function saveStatements(db: Kysely<DB>) {
  const lockModule = compileOnce(
    (p: { id: string; module: string }) => lockForSaveQuery(db, p.id, { module: p.module }),
    ['id', 'module'],
  );
  const lockEntry = compileOnce(
    (p: { id: string; entryId: string }) => lockForSaveQuery(db, p.id, { entryId: p.entryId }),
    ['id', 'entryId'],
  );
  const write = compileOnce((p: SaveWrite) => saveWriteQuery(db, p), SAVE_WRITE_PARAMS);
  return {
    async lock(
      trx: Transaction<DB>,
      auth: AuthContext,
      id: string,
      target: { module: string } | { entryId: string },
    ) {
      const { rows } =
        'module' in target
          ? await lockModule(trx, { id, module: target.module })
          : await lockEntry(trx, { id, entryId: target.entryId });
      const row = rows[0];
      if (!row || row.applicant_id !== auth.account.id) throw new AppError('NOT_FOUND', MESSAGES.notFound);
      const { current, files, ...app } = row;
      return {
        app,
        current: entryFromJson(current as ApplicationEntryRow | null),
        files: files.map((f) => ({ ...f, created_at: new Date(f.created_at) })),
      };
    },
    /** Updates a saved row, raises the version, appends the audit row: one statement. */
    async write(
      trx: Transaction<DB>,
      row: { id: string; module: string; rowId: string; data: string; version: number },
      set: { category: string | null; serviceType: string | null },
      audit: AuditEntry,
    ) {
      const a = auditValues(audit);
      const { rows } = await write(trx, {
        ...row,
        ...set,
        updatedAt: new Date(),
        at: a.at,
        actorId: a.actor_account_id,
        actorLabel: a.actor_label,
        action: a.action,
        detail: a.detail,
        ip: a.ip,
        userAgent: a.user_agent,
      });
      const saved = rows[0];
      if (!saved) throw new Error('saved row vanished under its lock');
      return saved;
    },
    /** The first save of a module: the same with an insert. */
    insert(
      trx: Transaction<DB>,
      row: { id: string; module: string; data: string },
      set: { category: string | null; serviceType: string | null },
      audit: AuditEntry,
    ) {
      const a = auditValues(audit);
      return withTouchAndAudit(trx, {
        id: row.id,
        module: row.module,
        ...set,
        at: a.at,
        actorId: a.actor_account_id,
        actorLabel: a.actor_label,
        action: a.action,
        detail: a.detail,
        ip: a.ip,
        userAgent: a.user_agent,
      })
        .insertInto('application_entries')
        .values({ application_id: row.id, module: row.module, data: row.data })
        .returningAll()
        .executeTakeFirstOrThrow();
    },
  };
}

const windowOpen = (app: { start_at: Date; end_at: Date; notice_status: string }) =>
  app.notice_status === '已发布' && noticeWindow(app.start_at, app.end_at) === '申报中';

/**
 * Nothing of a draft is created, saved or submitted outside the notice's window; a returned application
 * changes only in the sections its 退回 opened (the server refuses the others, whatever the page shows).
 */
export function assertEditable(app: LockedApplication, section?: ReturnableSection): void {
  if (app.status === '未提交' && !windowOpen(app)) throw new AppError('WINDOW_CLOSED');
  const editable = editableSections(app, windowOpen(app));
  if (editable.length === 0 && app.status !== '被退回') throw new AppError('NOT_EDITABLE');
  if (section && !editable.includes(section)) {
    throw new AppError(
      'NOT_EDITABLE',
      app.status === '被退回'
        ? '该模块未被退回修改，不能修改；如需修改，请联系审核人退回时勾选该模块'
        : undefined,
    );
  }
}

/** Every change raises the application's version: a reviewer's decision (issue 5) checks it. */
export async function touch(
  trx: Transaction<DB>,
  id: string,
  set: { category?: string; service_type?: string } = {},
  /** a change in this module is the applicant's look at it: its 已带入（请核对） mark goes */
  module?: string,
) {
  if (module) await clearCarried(trx, id, module);
  await trx
    .updateTable('applications')
    .set((eb) => ({ ...set, version: eb('version', '+', 1), updated_at: sql<Date>`now()` }))
    .where('id', '=', id)
    .execute();
}

function valuesError(issues: { field: string; message: string }[]): AppError {
  return new AppError(
    'VALIDATION_FAILED',
    issues[0]?.message,
    issues.map((i) => ({ path: `values.${i.field}`, message: i.message })),
  );
}

/** 条件自检, 信息填报 and 提交 of the 个人网厅 (manual 3.2). */
export function createApplicationsService({ db, cipher, blobs, jobs, log, stageChain }: ApplicationsDeps) {
  const saves = saveStatements(db);
  /** The files of deleted rows that no other row (another application's 带入) still names. */
  async function dropBlobs(keys: string[]) {
    for (const key of await unreferenced(db, keys)) {
      await blobs.delete(key).catch((error: unknown) => log.error({ err: error, key }, 'blob delete failed'));
    }
  }

  async function selfCheck({ auth }: { auth: AuthContext }): Promise<SelfCheck> {
    const [identity, records] = await Promise.all([
      identityOf(db, cipher, auth.account.id),
      eligibilityRecords(db, auth.account.id),
    ]);
    const checks = eligibilityChecks({
      today: new Date(),
      birthDate: identity.info?.birthDate ?? null,
      ...records,
    });
    return { checks, confirmations: SELF_CHECK_CONFIRMATIONS };
  }

  async function detail({ auth, id }: { auth: AuthContext; id: string }): Promise<ApplicationDetail> {
    const loaded = await loadApplication(db, cipher, id);
    // another applicant's application answers exactly as a missing one
    if (!loaded || loaded.row.applicant_id !== auth.account.id)
      throw new AppError('NOT_FOUND', MESSAGES.notFound);
    return loaded.detail;
  }

  return {
    selfCheck,
    detail,

    /** 带入上次申报信息: what 确认并开始申报 can bring in for this applicant. */
    carryOverOffer: ({ auth }: { auth: AuthContext }) => carryOverOffer(db, auth.account.id),

    /** 核对无误 of a module carried from the last application: its 已带入（请核对） mark goes. */
    async confirmCarried({
      auth,
      id,
      module,
      meta,
    }: {
      auth: AuthContext;
      id: string;
      module: string;
      meta: RequestMeta;
    }): Promise<void> {
      if (!isModuleKey(module)) throw new AppError('NOT_FOUND', '申报模块不存在');
      await db.transaction().execute(async (trx) => {
        const app = await lockOwned(trx, auth, id);
        assertEditable(app, module);
        const gone = await trx
          .deleteFrom('application_carried_modules')
          .where('application_id', '=', id)
          .where('module', '=', module)
          .returning('module')
          .executeTakeFirst();
        if (!gone) throw new AppError('NOT_FOUND', '该模块没有待核对的带入信息，请刷新页面');
        await touch(trx, id);
        await appendAudit(trx, {
          actor: actorOf(auth),
          action: 'application.carried.confirm',
          targetType: 'application',
          targetId: id,
          detail: { module },
          ...meta,
        });
      });
    },

    async list({ auth }: { auth: AuthContext }): Promise<{ items: ApplicationSummary[] }> {
      const rows = await db
        .selectFrom('applications as a')
        .innerJoin('notices as n', 'n.id', 'a.notice_id')
        .innerJoin('employers as e', 'e.id', 'a.employer_id')
        .selectAll('a')
        .select(['n.title as notice_title', 'n.start_at', 'n.end_at', 'e.name as employer_name'])
        .where('a.applicant_id', '=', auth.account.id)
        .orderBy('a.created_at', 'desc')
        .execute();
      const results = await publishedResults(
        db,
        rows.filter((r) => r.status === '材料审核通过').map((r) => r.id),
      );
      return {
        items: rows.map((r) => ({
          id: r.id,
          noticeId: r.notice_id,
          noticeTitle: r.notice_title,
          employerName: r.employer_name,
          status: r.status,
          category: r.category as TalentCategory | null,
          serviceType: r.service_type,
          createdAt: r.created_at.toISOString(),
          updatedAt: r.updated_at.toISOString(),
          submittedAt: r.submitted_at?.toISOString() ?? null,
          result: results.get(r.id) ?? null,
          allowedActions: allowedActions(r.status, noticeWindow(r.start_at, r.end_at) === '申报中'),
        })),
      };
    },

    /** 确认并开始申报: one application per applicant and notice, inside the window, with an approved 推荐单位. */
    async start({
      auth,
      body,
      meta,
    }: {
      auth: AuthContext;
      body: StartApplicationBody;
      meta: RequestMeta;
    }): Promise<ApplicationDetail> {
      const notice = await db
        .selectFrom('notices')
        .select(['status', 'start_at', 'end_at', 'title', 'service_types'])
        .where('id', '=', body.noticeId)
        .executeTakeFirst();
      const open = notice?.status === '已发布' && noticeWindow(notice.start_at, notice.end_at) === '申报中';
      if (!notice || !open) throw new AppError('WINDOW_CLOSED', MESSAGES.noticeNotOpen);
      const failed = (await selfCheck({ auth })).checks.find((c) => c.passed === false);
      if (failed) throw new AppError('VALIDATION_FAILED', `不满足申报条件：${failed.reason}`);

      let id: string;
      try {
        id = await db.transaction().execute(async (trx) => {
          const binding = await trx
            .selectFrom('bindings')
            .select('id')
            .where('applicant_id', '=', auth.account.id)
            .where('employer_id', '=', body.employerId)
            .where('status', '=', '材料终审通过')
            .forUpdate()
            .executeTakeFirst();
          if (!binding) throw fieldError('employerId', MESSAGES.notBound);
          const row = await trx
            .insertInto('applications')
            .values({
              applicant_id: auth.account.id,
              applicant_name: auth.account.name,
              id_number_hash: sql<string>`(select id_number_hash from accounts where id = ${auth.account.id})`,
              notice_id: body.noticeId,
              employer_id: body.employerId,
              confirmations: JSON.stringify(SELF_CHECK_CONFIRMATIONS),
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          // 带入上次申报信息: in this transaction, so the new draft has all of it or does not exist
          const carried = body.carryOverFrom
            ? await carryOver(trx, {
                applicantId: auth.account.id,
                toId: row.id,
                fromId: body.carryOverFrom,
                serviceTypes: notice.service_types as ServiceType[],
              })
            : null;
          await appendAudit(trx, {
            actor: actorOf(auth),
            action: 'application.create',
            targetType: 'application',
            targetId: row.id,
            detail: {
              noticeId: body.noticeId,
              noticeTitle: notice.title,
              employerId: body.employerId,
              ...(carried && { carriedFrom: body.carryOverFrom, carried }),
            },
            ...meta,
          });
          return row.id;
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError('CONFLICT', MESSAGES.duplicate);
        if (error instanceof AppError && error.message === CARRY_MESSAGES.noSource) {
          // naming an application that is not the applicant's last submitted one: refused, recorded
          await recordAudit(db, {
            actor: actorOf(auth),
            action: 'application.carry-over.refused',
            targetType: 'application',
            targetId: body.carryOverFrom ?? null,
            detail: { noticeId: body.noticeId },
            ...meta,
          });
        }
        throw error;
      }
      return detail({ auth, id });
    },

    /** 保存 of 基本信息 or 创新创业成果; `version` is the one the page loaded (0 before the first save). */
    async saveModule({
      auth,
      id,
      module,
      values,
      version,
      meta,
    }: {
      auth: AuthContext;
      id: string;
      module: string;
      values: Record<string, unknown>;
      version: number;
      meta: RequestMeta;
    }): Promise<SavedModule> {
      if (module !== 'basic' && module !== 'achievement') throw new AppError('NOT_FOUND', '申报模块不存在');
      return db.transaction().execute(async (trx) => {
        const { app, current } = await saves.lock(trx, auth, id, { module });
        assertEditable(app, module);
        const checked = checkModuleValues(module, values, await moduleContext(trx, cipher, app, module));
        if (!checked.ok) throw valuesError(checked.issues);
        if ((current?.version ?? 0) !== version) throw new AppError('CONFLICT', MESSAGES.stale);
        const data = JSON.stringify(checked.values);
        const v = checked.values;
        const set =
          module === 'basic'
            ? { category: String(v.category), serviceType: String(v.serviceType) }
            : { category: null, serviceType: null };
        const audit: AuditEntry = {
          actor: actorOf(auth),
          action: 'application.module.save',
          targetType: 'application',
          targetId: id,
          detail: { module },
          ...meta,
        };
        const row = current
          ? await saves.write(
              trx,
              { id, module, rowId: current.id, data, version: current.version + 1 },
              set,
              audit,
            )
          : await saves.insert(trx, { id, module, data }, set, audit);
        return toSaved(row);
      });
    },

    /** 添加 of an entry of a list module, up to its limit. */
    async addEntry({
      auth,
      id,
      module,
      values,
      meta,
    }: {
      auth: AuthContext;
      id: string;
      module: string;
      values: Record<string, unknown>;
      meta: RequestMeta;
    }): Promise<EntryItem> {
      if (!isModuleKey(module) || moduleDef(module).kind !== 'entries') {
        throw fieldError('module', '申报模块不存在');
      }
      const def = moduleDef(module);
      return db.transaction().execute(async (trx) => {
        const app = await lockOwned(trx, auth, id);
        assertEditable(app, module);
        const checked = checkModuleValues(module, values, await moduleContext(trx, cipher, app, module));
        if (!checked.ok) throw valuesError(checked.issues);
        const siblings = await trx
          .selectFrom('application_entries')
          .select(['id', 'data'])
          .where('application_id', '=', id)
          .where('module', '=', module)
          .execute();
        if (siblings.length >= def.maxEntries) {
          throw new AppError('VALIDATION_FAILED', `${def.label}最多填写${def.maxEntries}条`);
        }
        assertOnePerYear(module, checked.values, siblings);
        const row = await trx
          .insertInto('application_entries')
          .values({ application_id: id, module, data: JSON.stringify(checked.values) })
          .returningAll()
          .executeTakeFirstOrThrow();
        await touch(trx, id, {}, module);
        await appendAudit(trx, {
          actor: actorOf(auth),
          action: 'application.entry.add',
          targetType: 'application',
          targetId: id,
          detail: { module, entryId: row.id },
          ...meta,
        });
        return { id: row.id, module, ...toSaved(row), attachments: [] };
      });
    },

    async saveEntry({
      auth,
      id,
      entryId,
      values,
      version,
      meta,
    }: {
      auth: AuthContext;
      id: string;
      entryId: string;
      values: Record<string, unknown>;
      version: number;
      meta: RequestMeta;
    }): Promise<EntryItem> {
      return db.transaction().execute(async (trx) => {
        const { app, current, files } = await saves.lock(trx, auth, id, { entryId });
        if (!current || current.module === 'basic' || current.module === 'achievement') {
          throw new AppError('NOT_FOUND', MESSAGES.entryNotFound);
        }
        const module = current.module as ModuleKey;
        assertEditable(app, module);
        const checked = checkModuleValues(module, values, await moduleContext(trx, cipher, app, module));
        if (!checked.ok) throw valuesError(checked.issues);
        if (current.version !== version) throw new AppError('CONFLICT', MESSAGES.stale);
        if (module === 'performance') {
          const siblings = await trx
            .selectFrom('application_entries')
            .select(['id', 'data'])
            .where('application_id', '=', id)
            .where('module', '=', module)
            .where('id', '!=', entryId)
            .execute();
          assertOnePerYear(module, checked.values, siblings);
        }
        const row = await saves.write(
          trx,
          {
            id,
            module,
            rowId: entryId,
            data: JSON.stringify(checked.values),
            version: current.version + 1,
          },
          { category: null, serviceType: null },
          {
            actor: actorOf(auth),
            action: 'application.entry.save',
            targetType: 'application',
            targetId: id,
            detail: { module, entryId },
            ...meta,
          },
        );
        return { id: row.id, module, ...toSaved(row), attachments: files.map(toAttachment) };
      });
    },

    /** 删除 of an entry, with its attachments (their files go after the commit). */
    async deleteEntry({
      auth,
      id,
      entryId,
      meta,
    }: {
      auth: AuthContext;
      id: string;
      entryId: string;
      meta: RequestMeta;
    }) {
      const keys = await db.transaction().execute(async (trx) => {
        const app = await lockOwned(trx, auth, id);
        const current = await entryOf(trx, id, entryId);
        assertEditable(app, current.module as ModuleKey);
        const files = await trx
          .deleteFrom('application_attachments')
          .where('entry_id', '=', entryId)
          .returning('blob_key')
          .execute();
        await trx.deleteFrom('application_entries').where('id', '=', entryId).execute();
        await touch(trx, id, {}, current.module);
        await appendAudit(trx, {
          actor: actorOf(auth),
          action: 'application.entry.delete',
          targetType: 'application',
          targetId: id,
          detail: { module: current.module, entryId, attachments: files.length },
          ...meta,
        });
        return files.map((f) => f.blob_key);
      });
      await dropBlobs(keys);
    },

    async validation({
      auth,
      id,
    }: {
      auth: AuthContext;
      id: string;
    }): Promise<{ issues: ValidationIssue[] }> {
      const input = await validationInput(db, db, cipher, id);
      // another applicant's application answers exactly as a missing one
      if (!input || input.applicantId !== auth.account.id) throw new AppError('NOT_FOUND', MESSAGES.notFound);
      return { issues: validateApplication(input.snapshot, input.ctx) };
    },

    /**
     * 提交: with the commitment ticked and no failing rule, the application becomes 已申报, its content is frozen
     * as a version and 流程推送 records the node, all in one transaction.
     */
    async submit({
      auth,
      id,
      meta,
    }: {
      auth: AuthContext;
      id: string;
      meta: RequestMeta;
    }): Promise<ApplicationDetail> {
      await db.transaction().execute(async (trx) => {
        const app = await lockOwned(trx, auth, id);
        assertEditable(app);
        const chain = (app.stage_chain as StageKey[] | null) ?? stageChain;
        const moved = transition(
          { status: app.status, stage: app.stage },
          '提交',
          { kind: 'applicant' },
          chain,
        );
        if (!moved.ok) throw new AppError('NOT_EDITABLE', moved.reason);
        const input = await validationInput(db, trx, cipher, id);
        if (!input) throw new AppError('NOT_FOUND', MESSAGES.notFound);
        const { snapshot } = input;
        const issues = validateApplication(snapshot, input.ctx);
        if (issues.length > 0) {
          throw new AppError(
            'VALIDATION_FAILED',
            `数据验证未通过，共${issues.length}项需要修改，请根据数据验证信息修改后再提交`,
            undefined,
            { issues },
          );
        }
        const { n } = await trx
          .selectFrom('application_versions')
          .select(sql<number>`count(*)::int`.as('n'))
          .where('application_id', '=', id)
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('application_versions')
          .values({ application_id: id, number: n + 1, snapshot: JSON.stringify(snapshot) })
          .execute();
        await recordMove(trx, {
          applicationId: id,
          to: moved.to,
          set: {
            stage_chain: JSON.stringify(chain),
            returned_sections: '[]',
            // 申报编号 at the first 提交 (coalesce does not draw a number for a resubmission)
            number: sql<string>`coalesce(number, 'RC' || to_char(now() at time zone 'Asia/Shanghai', 'YYYY') || lpad(nextval('application_number_seq')::text, 7, '0'))`,
            submitted_at: new Date(),
          },
          event: {
            stage: '个人申报',
            handler: auth.account.name,
            action: n === 0 ? '提交' : '重新提交',
            actorId: auth.account.id,
          },
        });
        await appendAudit(trx, {
          actor: actorOf(auth),
          action: 'application.submit',
          targetType: 'application',
          targetId: id,
          detail: { version: n + 1, stage: moved.to.stage },
          ...meta,
        });
        await notify({
          trx,
          accountId: auth.account.id,
          title: '申报已提交',
          body: `您的人才分类定级认定申报已提交，业务状态为“已申报”，现由${stageName(moved.to.stage)}环节办理，请在进度跟踪中关注审核进展。`,
        });
        await notifyStageReviewers(trx, {
          stage: moved.to.stage,
          employerId: app.employer_id,
          title: n === 0 ? '新的申报待审核' : '退回的申报已重新提交',
          body: `${auth.account.name}的人才分类定级认定申报已${n === 0 ? '提交' : '重新提交'}，请在审核列表中办理。`,
        });
        await queueSms(trx, jobs, [
          {
            key: `application:${id}:submit:${n + 1}`,
            accountId: auth.account.id,
            text: '您的人才分类定级认定申报已提交，业务状态为“已申报”。',
          },
        ]);
      });
      return detail({ auth, id });
    },
  };
}

/** The application with its notice's window, for reading; only its applicant gets it. */
export async function ownedWithNotice(db: Kysely<DB>, auth: AuthContext, id: string) {
  const app = await db
    .selectFrom('applications as a')
    .innerJoin('notices as n', 'n.id', 'a.notice_id')
    .selectAll('a')
    .select(['n.service_types', 'n.title as notice_title'])
    .where('a.id', '=', id)
    .executeTakeFirst();
  if (!app || app.applicant_id !== auth.account.id) throw new AppError('NOT_FOUND', MESSAGES.notFound);
  return app;
}

async function entryOf(trx: Transaction<DB>, applicationId: string, entryId: string) {
  const row = await trx
    .selectFrom('application_entries')
    .selectAll()
    .where('id', '=', entryId)
    .where('application_id', '=', applicationId)
    .executeTakeFirst();
  if (!row || row.module === 'basic' || row.module === 'achievement') {
    throw new AppError('NOT_FOUND', MESSAGES.entryNotFound);
  }
  return row;
}

/** 企业人才业绩: one entry a year (SPEC §6). */
function assertOnePerYear(
  module: ModuleKey,
  values: Record<string, unknown>,
  siblings: { data: Record<string, unknown> }[],
): void {
  if (module !== 'performance') return;
  if (siblings.some((s) => s.data.year === values.year)) {
    throw fieldError('values.year', `${values.year}年的企业人才业绩已填写，每年一条`);
  }
}

export type ApplicationsService = ReturnType<typeof createApplicationsService>;
