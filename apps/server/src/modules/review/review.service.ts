import {
  type ApplicationScope,
  type ApplicationSnapshot,
  applicationScope,
  diffSnapshots,
  ID_NUMBER_LIKE,
  MOVED_ON,
  maskIdNumber,
  type QueueItem,
  type QueuePage,
  REVIEW_EMPLOYER_MATCHES,
  REVIEW_STAGES,
  type ReviewDecisionBody,
  type ReviewDetail,
  type ReviewEmployerQuery,
  type ReviewEmployers,
  type ReviewOptions,
  type ReviewQueueQuery,
  reviewerActions,
  type StageKey,
  stageName,
  type TalentCategory,
  transition,
} from '@rcpd/shared';
import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql } from 'kysely';
import { escapeLike } from '../../db/like.js';
import type { DB } from '../../db/schema.js';
import { actorOf } from '../../http/auth.js';
import { decodeCursor, encodeCursor, exactTime } from '../../http/cursor.js';
import { AppError } from '../../http/errors.js';
import { policyActor } from '../../http/policy.js';
import type { Jobs } from '../../platform/jobs.js';
import { type FieldCipher, maskedFrom } from '../../platform/secrets.js';
import { loadApplication } from '../applications/application-detail.js';
import { recordMove } from '../applications/workflow-move.js';
import { appendAudit } from '../audit/audit.service.js';
import type { AuthContext, RequestMeta } from '../identity/sessions.js';
import { notify } from '../notifications/notifications.service.js';
import { queueSms } from '../notifications/sms-messages.js';
import { notifyStageReviewers } from './review-notify.js';

export interface ReviewDeps {
  db: Kysely<DB>;
  cipher: FieldCipher;
  /** status SMS are recorded with the change and sent by jobs */
  jobs: Jobs;
}

export const NOT_FOUND = '申报信息不存在';
const PROVINCE_NAME = '吉林省人力资源和社会保障厅';
export const EXPORT_LIMIT = 50_000;

/**
 * Who reviews: the stage the account holds and the unit it acts for. It is all a background export keeps of
 * the person who asked (with the query), so it carries the whole scope: the employer of an employer reviewer,
 * the 主管部门 of a 主管部门审核 reviewer.
 */
export interface Reviewer {
  stage: StageKey;
  employerId: string | null;
  /** the 主管部门 a 主管部门审核 reviewer acts for (absent in exports asked before 主管部门 were data) */
  supervisorId?: string | null;
  unitName: string;
  /** the rows it may see: the application policy's `applicationScope` of the account */
  scope?: ApplicationScope;
}

type WithApplication = DB & { a: DB['applications'] };

/**
 * THE scope of every reviewer query (queue, options, detail, files, 一览表, decision, export): the submitted
 * applications, aliased `a`, that `reviewer` may see. An employer reviewer sees its own employer's; a 主管部门审核 reviewer
 * those whose recommending employer its 主管部门 supervises *now* (an employer moved to another 主管部门 takes
 * its applications along; one without a 主管部门 is nobody's); the 省人社厅 sees all. Outside it a reviewer is
 * answered 404, as if the application did not exist.
 */
export function reviewerScope(reviewer: Reviewer) {
  // a background export asked before scopes were stored sees nothing (its user asks again)
  return scopeWhere(reviewer.scope ?? { kind: 'none' });
}

/** An application scope of the policy as a where clause on `applications as a`; a draft is never a reviewer's. */
export function scopeWhere(scope: ApplicationScope) {
  return (eb: ExpressionBuilder<WithApplication, 'a'>): Expression<SqlBool> => {
    // a draft (未提交) is its applicant's alone
    const submitted = eb('a.status', '<>', '未提交');
    switch (scope.kind) {
      case 'own':
        return eb('a.applicant_id', '=', scope.applicantId);
      case 'employer':
        return eb.and([submitted, eb('a.employer_id', '=', scope.employerId)]);
      case 'supervisor':
        return scope.supervisorId
          ? eb.and([
              submitted,
              // the 主管部门's employers as an array computed once: the planner then walks the queue's time-ordered
              // index and keeps the rows of those employers, instead of sorting every application of every
              // one of them (a semi-join's plan: 80 ms a page at 200,000 applications; this: 2–7 ms;
              // bench/review-queue.mjs)
              sql<SqlBool>`${eb.ref('a.employer_id')} = any(array(select "scope_e"."id" from "employers" as "scope_e" where "scope_e"."supervisor_id" = ${scope.supervisorId}))`,
            ])
          : eb.lit(false);
      case 'all':
        return submitted;
      case 'none':
        return eb.lit(false);
    }
  };
}

/** Beijing midnight of a YYYY-MM-DD day, as an instant. */
const beijingDay = (day: string, plusDays = 0) =>
  new Date(Date.parse(`${day}T00:00:00+08:00`) + plusDays * 86_400_000);

/** The review queues and decisions of the 单位网厅 and the 管理端 (SPEC §7, manual 3.3). */
export function createReviewService({ db, cipher, jobs }: ReviewDeps) {
  const maskedIdOf = maskedFrom(cipher, maskIdNumber);
  /**
   * The reviewer's stage and unit, from the session; its scope is the application policy's for the account
   * (`applicationScope`), kept in the struct's stage and ids so a background export carries it along.
   */
  async function reviewerOf(auth: AuthContext): Promise<Reviewer> {
    const { account } = auth;
    const scope = applicationScope(policyActor(auth));
    if (scope.kind === 'none') throw new AppError('FORBIDDEN');
    if (account.portal === 'employer') {
      return {
        scope,
        stage: 'employer',
        employerId: account.employerId,
        supervisorId: null,
        unitName: account.employerName ?? '',
      };
    }
    const stage = account.reviewStage ?? 'province';
    if (stage === 'supervisor') {
      return {
        scope,
        stage,
        employerId: null,
        supervisorId: account.supervisorId,
        unitName: account.supervisorName ?? account.departmentName ?? REVIEW_STAGES[stage].name,
      };
    }
    return {
      scope,
      stage,
      employerId: null,
      supervisorId: null,
      unitName: account.departmentName ?? PROVINCE_NAME,
    };
  }

  /** The rows this reviewer may see, filtered; the caller adds paging. */
  function queueQuery(reviewer: Reviewer, query: Omit<ReviewQueueQuery, 'limit' | 'after'>) {
    let q = db
      .selectFrom('applications as a')
      .innerJoin('notices as n', 'n.id', 'a.notice_id')
      .innerJoin('employers as e', 'e.id', 'a.employer_id')
      .innerJoin('accounts as p', 'p.id', 'a.applicant_id')
      .select([
        'a.id',
        'a.applicant_name',
        'p.id_number_enc',
        'e.name as employer_name',
        'n.title as notice_title',
        'a.category',
        'a.service_type',
        'a.status',
        'a.stage',
        'a.submitted_at',
      ])
      .where(reviewerScope(reviewer));
    if (query.scope === 'waiting')
      q = q.where('a.status', '=', '已申报').where('a.stage', '=', reviewer.stage);
    if (query.status) q = q.where('a.status', '=', query.status);
    if (query.noticeId) q = q.where('a.notice_id', '=', query.noticeId);
    if (query.employerId && reviewer.stage !== 'employer')
      q = q.where('a.employer_id', '=', query.employerId);
    if (query.category) q = q.where('a.category', '=', query.category);
    if (query.submittedFrom) q = q.where('a.submitted_at', '>=', beijingDay(query.submittedFrom));
    if (query.submittedTo) q = q.where('a.submitted_at', '<', beijingDay(query.submittedTo, 1));
    if (query.q) {
      const text = query.q;
      q = ID_NUMBER_LIKE.test(text)
        ? q.where('a.id_number_hash', 'in', cipher.lookups(text))
        : q.where('a.applicant_name', 'like', `${escapeLike(text)}%`);
    }
    return q.orderBy('a.submitted_at', 'desc').orderBy('a.id', 'desc');
  }

  type QueueRow = Awaited<ReturnType<ReturnType<typeof queueQuery>['execute']>>[number];
  const toItem = (r: QueueRow): QueueItem => ({
    id: r.id,
    applicantName: r.applicant_name,
    maskedIdNumber: maskedIdOf(r.id_number_enc) ?? '',
    employerName: r.employer_name,
    noticeTitle: r.notice_title,
    category: r.category as TalentCategory | null,
    serviceType: r.service_type,
    status: r.status,
    stageName: stageName(r.stage),
    submittedAt: r.submitted_at?.toISOString() ?? null,
  });

  /** The row a scoped query found, or NOT_FOUND: outside the reviewer's scope an application does not exist. */
  function found<T>(row: T | undefined | null): T {
    if (!row) throw new AppError('NOT_FOUND', NOT_FOUND);
    return row;
  }

  /** The application's row, for a file or the 一览表: the visibility check without loading the whole detail. */
  async function visibleRow(auth: AuthContext, id: string) {
    return scopedRow(await reviewerOf(auth), id);
  }
  async function scopedRow(reviewer: Reviewer, id: string) {
    return found(
      await db
        .selectFrom('applications as a')
        .innerJoin('notices as n', 'n.id', 'a.notice_id')
        .select([
          'a.id',
          'a.applicant_id',
          'a.employer_id',
          'a.status',
          'a.stage_chain',
          'n.title as notice_title',
        ])
        .where('a.id', '=', id)
        .where(reviewerScope(reviewer))
        .executeTakeFirst(),
    );
  }

  async function detail({ auth, id }: { auth: AuthContext; id: string }): Promise<ReviewDetail> {
    const reviewer = await reviewerOf(auth);
    const [, loaded] = await Promise.all([scopedRow(reviewer, id), loadApplication(db, cipher, id)]);
    const { detail: d, row } = found(loaded);
    const versions = await db
      .selectFrom('application_versions')
      .select(['number', 'snapshot'])
      .where('application_id', '=', id)
      .orderBy('number', 'desc')
      .limit(2)
      .execute();
    const [latest, previous] = versions;
    const { allowedActions: _a, editableModules: _e, attachmentsEditable: _x, ...rest } = d;
    return {
      ...rest,
      version: row.version,
      stage: row.stage,
      stageName: stageName(row.stage),
      allowedDecisions: reviewerActions({ status: row.status, stage: row.stage }, reviewer.stage),
      changes:
        latest && previous
          ? diffSnapshots(previous.snapshot as ApplicationSnapshot, latest.snapshot as ApplicationSnapshot)
          : null,
    };
  }

  /**
   * The first REVIEW_EMPLOYER_MATCHES employers by name that have an application in the reviewer's scope, their
   * name holding `q`; none for an employer's own reviewers, who review one employer.
   */
  async function employersOf(reviewer: Reviewer, { q, id }: ReviewEmployerQuery) {
    if (reviewer.stage === 'employer') return [];
    let query = db
      .selectFrom('employers')
      .select(['id', 'name'])
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('applications as a')
            .select('a.id')
            .whereRef('a.employer_id', '=', 'employers.id')
            .where(reviewerScope(reviewer)),
        ),
      )
      .orderBy('name')
      .limit(REVIEW_EMPLOYER_MATCHES);
    if (q) query = query.where('name', 'ilike', `%${escapeLike(q)}%`);
    if (id) query = query.where('id', '=', id);
    return query.execute();
  }

  return {
    reviewerOf,
    detail,
    visibleRow,

    async options({ auth }: { auth: AuthContext }): Promise<ReviewOptions> {
      const reviewer = await reviewerOf(auth);
      const [notices, employers] = await Promise.all([
        db
          .selectFrom('notices')
          .select(['id', 'title'])
          .where('status', '<>', '草稿')
          .orderBy('start_at', 'desc')
          .limit(100)
          .execute(),
        employersOf(reviewer, {}),
      ]);
      return { stage: reviewer.stage, stageName: stageName(reviewer.stage), notices, employers };
    },

    /** 推荐单位 of the filter: those of the reviewer's scope whose name holds `q` (or the one `id` names). */
    async employers({
      auth,
      query,
    }: {
      auth: AuthContext;
      query: ReviewEmployerQuery;
    }): Promise<ReviewEmployers> {
      return { items: await employersOf(await reviewerOf(auth), query) };
    },

    async queue({ auth, query }: { auth: AuthContext; query: ReviewQueueQuery }): Promise<QueuePage> {
      const reviewer = await reviewerOf(auth);
      let q = queueQuery(reviewer, query).limit(query.limit + 1);
      if (query.after) {
        const [at, id] = decodeCursor(query.after, ['time', 'uuid']);
        q = q.where(sql<boolean>`(a.submitted_at, a.id) < (${at}::timestamptz, ${id}::uuid)`);
      }
      const rows = await q.select(exactTime('a.submitted_at').as('submitted')).execute();
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        items: page.map(toItem),
        next: rows.length > query.limit && last?.submitted ? encodeCursor([last.submitted, last.id]) : null,
      };
    },

    /** The filtered queue for 导出Excel, read in keyset pages so memory stays flat. */
    /** Whose queue an export reads: decided when it is asked for, kept with a background export. */
    exportScope: (auth: AuthContext) => reviewerOf(auth),

    /** How many rows an export of this queue would have (up to EXPORT_LIMIT). */
    async exportCount(reviewer: Reviewer, query: ReviewQueueQuery): Promise<number> {
      const { n } = await db
        .selectFrom(
          queueQuery(reviewer, query).clearOrderBy().clearSelect().select('a.id').limit(EXPORT_LIMIT).as('q'),
        )
        .select(sql<number>`count(*)::int`.as('n'))
        .executeTakeFirstOrThrow();
      return n;
    },

    async *exportRows(reviewer: Reviewer, query: ReviewQueueQuery): AsyncGenerator<QueueItem> {
      let cursor: [string, string] | null = null;
      let sent = 0;
      while (sent < EXPORT_LIMIT) {
        let q = queueQuery(reviewer, query).limit(1000);
        if (cursor) {
          const [at, id] = cursor;
          q = q.where(sql<boolean>`(a.submitted_at, a.id) < (${at}::timestamptz, ${id}::uuid)`);
        }
        const rows = await q.select(exactTime('a.submitted_at').as('submitted')).execute();
        for (const row of rows) yield toItem(row);
        sent += rows.length;
        const last = rows.at(-1);
        if (rows.length < 1000 || !last?.submitted) return;
        cursor = [last.submitted, last.id];
      }
    },

    /**
     * 审核通过, 退回 or 审核不通过终止审核 by the reviewer holding the application's stage. The version the reviewer
     * looked at must still be the application's: of two reviewers acting at once exactly one wins, the other
     * is told the application moved on. Status, 流程推送 node, audit row and 站内消息 commit together.
     */
    async decide({
      auth,
      id,
      body,
      meta,
    }: {
      auth: AuthContext;
      id: string;
      body: ReviewDecisionBody;
      meta: RequestMeta;
    }): Promise<ReviewDetail> {
      const reviewer = await reviewerOf(auth);
      await db.transaction().execute(async (trx) => {
        const app = found(
          await trx
            .selectFrom('applications as a')
            .selectAll('a')
            .where('a.id', '=', id)
            .where(reviewerScope(reviewer))
            .forUpdate('a')
            .executeTakeFirst(),
        );
        if (app.version !== body.version) throw new AppError('CONFLICT', MOVED_ON);
        const chain = (app.stage_chain as StageKey[] | null) ?? undefined;
        const moved = transition(
          { status: app.status, stage: app.stage },
          body.action,
          { kind: 'reviewer', stage: reviewer.stage },
          chain,
        );
        if (!moved.ok) throw new AppError('CONFLICT', moved.reason);
        const sections = body.action === '退回' ? body.modules : [];
        await recordMove(trx, {
          applicationId: id,
          to: moved.to,
          set: { returned_sections: JSON.stringify(sections) },
          event: {
            stage: stageName(app.stage),
            stageKey: app.stage,
            handler: `${reviewer.unitName}（${auth.account.name}）`,
            action: body.action,
            opinion: body.opinion || null,
            sections: body.action === '退回' ? sections : null,
            actorId: auth.account.id,
          },
        });
        await appendAudit(trx, {
          actor: actorOf(auth),
          action: `application.review.${{ 审核通过: 'approve', 退回: 'return', 审核不通过终止审核: 'terminate' }[body.action]}`,
          targetType: 'application',
          targetId: id,
          detail: { stage: app.stage, to: moved.to, opinion: body.opinion, sections },
          ...meta,
        });
        const outcome =
          moved.to.status === '已申报'
            ? `已通过${stageName(app.stage)}，现由${stageName(moved.to.stage)}环节办理`
            : `业务状态变更为“${moved.to.status}”`;
        await notify({
          trx,
          accountId: app.applicant_id,
          title: `申报${body.action}`,
          body: `您的人才分类定级认定申报${outcome}。${body.opinion ? `办件意见：${body.opinion}` : ''}`,
        });
        await notifyStageReviewers(trx, {
          stage: moved.to.stage,
          employerId: app.employer_id,
          title: '新的申报待审核',
          body: `${app.applicant_name}的人才分类定级认定申报已通过${stageName(app.stage)}，请在审核列表中办理。`,
        });
        await queueSms(trx, jobs, [
          {
            // the version this decision was taken on names it: one SMS per move of the application
            key: `application:${id}:move:${app.version}`,
            accountId: app.applicant_id,
            text: `您的人才分类定级认定申报${outcome}，请登录系统查看。`,
          },
        ]);
      });
      return detail({ auth, id });
    },
  };
}

export type ReviewService = ReturnType<typeof createReviewService>;
