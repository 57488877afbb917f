import {
  ACTIVE_BINDING_STATUSES,
  allowedActions,
  BINDING_APPLICANT_BUTTONS,
  BINDING_EMPLOYER_BUTTONS,
  type BindingDecisionBody,
  type BindingHistory,
  type BindingItem,
  type BindingStatus,
  bindingPolicy,
  type EmployerApplicantQuery,
  type EmployerApplicantsAnswer,
  type EmployerBindingItem,
  type EmployerBindingQuery,
  type EmployerBindingsAnswer,
  type EmployerSearchResult,
  maskIdNumber,
  maskPhone,
  type RecommendingEmployer,
  UNDER_REVIEW_STATUSES,
} from '@rcpd/shared';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { searchPerson } from '../../db/person-search.js';
import type { BindingRow, DB } from '../../db/schema.js';
import { actorOf } from '../../http/auth.js';
import { decodeCursor, encodeCursor, exactTime } from '../../http/cursor.js';
import { AppError } from '../../http/errors.js';
import { assertCan, policyActor } from '../../http/policy.js';
import { isUniqueViolation } from '../../platform/db-errors.js';
import type { Jobs } from '../../platform/jobs.js';
import type { FieldCipher } from '../../platform/secrets.js';
import { appendAudit, recordAudit } from '../audit/audit.service.js';
import type { AuthContext, RequestMeta } from '../identity/sessions.js';
import { notify } from '../notifications/notifications.service.js';
import { queueSms } from '../notifications/sms-messages.js';
import { BINDING_TRANSITIONS } from './binding.transitions.js';

export interface BindingDeps {
  db: Kysely<DB>;
  cipher: FieldCipher;
  /** status SMS are recorded with the change and sent by jobs */
  jobs: Jobs;
}

export const MESSAGES = {
  unknownEmployer: '未找到该统一社会信用代码对应的单位，请确认单位已在吉林智慧人社注册',
  neverLoggedIn: '该单位尚未登录过本系统，暂不能绑定，请联系单位经办人登录单位网厅后再试',
  oneActive: '您已有待审核或已通过的绑定申请，如需绑定其他单位，请先解除绑定',
  bindingNotFound: '绑定记录不存在',
  alreadyDecided: '该申请已处理，请刷新后查看最新状态',
} as const;

/**
 * How many applications recommended by `employerId` for `applicantId` are under review (已申报) or returned
 * (被退回). While there is one, 解除绑定 is refused (SPEC §3). Called inside the unbinding transaction, which
 * holds the binding's row lock.
 */
export async function activeApplicationsWith(
  trx: Kysely<DB>,
  { employerId, applicantId }: { employerId: string; applicantId: string },
): Promise<number> {
  const { n } = await trx
    .selectFrom('applications')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('applicant_id', '=', applicantId)
    .where('employer_id', '=', employerId)
    .where('status', 'in', UNDER_REVIEW_STATUSES)
    .executeTakeFirstOrThrow();
  return n;
}

type HistoryRow = BindingRow & { employer_name: string; uscc: string };

function toItem(r: HistoryRow, auth: AuthContext): BindingItem {
  return {
    id: r.id,
    employerId: r.employer_id,
    employerName: r.employer_name,
    uscc: r.uscc,
    requestedAt: r.requested_at.toISOString(),
    status: r.status,
    opinion: r.opinion || null,
    decidedAt: r.decided_at?.toISOString() ?? null,
    unboundAt: r.unbound_at?.toISOString() ?? null,
    allowedActions: allowedActions(
      bindingPolicy,
      policyActor(auth),
      { status: r.status },
      BINDING_APPLICANT_BUTTONS,
    ),
  };
}

const isActive = (status: BindingStatus) =>
  (ACTIVE_BINDING_STATUSES as readonly BindingStatus[]).includes(status);

/** 个人与单位绑定关系 (manual 3.1): the applicant's side and the employer's. */
export function createBindingService({ db, cipher, jobs }: BindingDeps) {
  /** The applicant's 证件号码 and 手机号码 as the employer's lists show them: masked. */
  const masked = (r: { id_number_enc: string | null; phone_enc: string | null }) => ({
    maskedIdNumber: r.id_number_enc ? maskIdNumber(cipher.decrypt(r.id_number_enc)) : '',
    maskedPhone: r.phone_enc ? maskPhone(cipher.decrypt(r.phone_enc)) : '',
  });
  const historyQuery = (executor: Kysely<DB>) =>
    executor
      .selectFrom('bindings as b')
      .innerJoin('employers as e', 'e.id', 'b.employer_id')
      .selectAll('b')
      .select(['e.name as employer_name', 'e.uscc']);

  /** An employer that can be bound: registered and signed in at least once. */
  async function bindableEmployer(where: { uscc: string } | { id: string }) {
    let q = db.selectFrom('employers').select(['id', 'name', 'uscc', 'first_login_at']);
    q = 'uscc' in where ? q.where('uscc', '=', where.uscc) : q.where('id', '=', where.id);
    const employer = await q.executeTakeFirst();
    if (!employer) throw new AppError('NOT_FOUND', MESSAGES.unknownEmployer);
    if (!employer.first_login_at) throw new AppError('NOT_FOUND', MESSAGES.neverLoggedIn);
    return employer;
  }

  async function currentBinding(applicantId: string) {
    return historyQuery(db)
      .where('b.applicant_id', '=', applicantId)
      .where('b.status', 'in', ACTIVE_BINDING_STATUSES)
      .executeTakeFirst();
  }

  function employerIdOf(auth: AuthContext): string {
    if (!auth.account.employerId) throw new AppError('FORBIDDEN');
    return auth.account.employerId;
  }

  return {
    async searchEmployer({ auth, uscc }: { auth: AuthContext; uscc: string }): Promise<EmployerSearchResult> {
      const employer = await bindableEmployer({ uscc });
      const current = await currentBinding(auth.account.id);
      let reason: string | null = null;
      if (current?.employer_id === employer.id) {
        reason =
          current.status === '待审核'
            ? '您已申请绑定该单位，请等待单位审核'
            : '您已绑定该单位，如需更换推荐单位，请先解除绑定';
      } else if (current?.status === '待审核') {
        reason = `您已申请绑定“${current.employer_name}”，待该单位审核后方可绑定其他单位；如申请绑定错了单位，请联系该单位审核时选择“审核不通过终止审核”`;
      } else if (current) {
        reason = `您已绑定推荐单位“${current.employer_name}”，如需绑定其他单位，请先解除绑定`;
      }
      return {
        employerId: employer.id,
        name: employer.name,
        uscc: employer.uscc,
        binding: current?.employer_id === employer.id ? { id: current.id, status: current.status } : null,
        canBind: reason === null,
        reason,
      };
    },

    async requestBinding({
      auth,
      employerId,
      meta,
    }: {
      auth: AuthContext;
      employerId: string;
      meta: RequestMeta;
    }): Promise<BindingItem> {
      const employer = await bindableEmployer({ id: employerId });
      try {
        return await db.transaction().execute(async (trx) => {
          // the partial unique index refuses a second pending or approved binding, even from a racing request
          const row = await trx
            .insertInto('bindings')
            .values({ applicant_id: auth.account.id, employer_id: employer.id })
            .returningAll()
            .executeTakeFirstOrThrow();
          await appendAudit(trx, {
            actor: actorOf(auth),
            action: 'binding.request',
            targetType: 'binding',
            targetId: row.id,
            detail: { employerId: employer.id, employerName: employer.name, uscc: employer.uscc },
            ...meta,
          });
          const reviewers = await trx
            .selectFrom('accounts')
            .select('id')
            .where('employer_id', '=', employer.id)
            .where('enabled', '=', true)
            .execute();
          for (const reviewer of reviewers) {
            await notify({
              trx,
              accountId: reviewer.id,
              title: '新的绑定申请',
              body: `申报人${auth.account.name}申请绑定本单位为推荐单位，请在“绑定申请审核”中办理。`,
            });
          }
          return toItem({ ...row, employer_name: employer.name, uscc: employer.uscc }, auth);
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError('CONFLICT', MESSAGES.oneActive);
        throw error;
      }
    },

    async history({ auth }: { auth: AuthContext }): Promise<BindingHistory> {
      const rows = await historyQuery(db)
        .where('b.applicant_id', '=', auth.account.id)
        .orderBy('b.requested_at', 'desc')
        .orderBy('b.id')
        .execute();
      const items = rows.map((r) => toItem(r, auth));
      return { items, current: items.find((i) => isActive(i.status)) ?? null };
    },

    async unbind({ auth, id, meta }: { auth: AuthContext; id: string; meta: RequestMeta }) {
      const { to, audit } = BINDING_TRANSITIONS.解除绑定;
      return db.transaction().execute(async (trx) => {
        const row = await historyQuery(trx)
          .where('b.id', '=', id)
          .where('b.applicant_id', '=', auth.account.id)
          .forUpdate('b')
          .executeTakeFirst();
        if (!row) throw new AppError('NOT_FOUND', MESSAGES.bindingNotFound);
        assertCan(auth, bindingPolicy, '解除绑定', { status: row.status });
        const active = await activeApplicationsWith(trx, {
          employerId: row.employer_id,
          applicantId: auth.account.id,
        });
        if (active > 0) {
          throw new AppError(
            'CONFLICT',
            `您由“${row.employer_name}”推荐的申报正在审核中或已被退回，暂不能解除绑定；待审核结束后再解除绑定`,
          );
        }
        const updated = await trx
          .updateTable('bindings')
          .set({ status: to, unbound_at: sql`now()`, version: sql`version + 1` })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirstOrThrow();
        await appendAudit(trx, {
          actor: actorOf(auth),
          action: audit,
          targetType: 'binding',
          targetId: id,
          detail: { employerId: row.employer_id, employerName: row.employer_name, uscc: row.uscc },
          ...meta,
        });
        return toItem({ ...updated, employer_name: row.employer_name, uscc: row.uscc }, auth);
      });
    },

    async recommendingEmployers({ auth }: { auth: AuthContext }): Promise<{ items: RecommendingEmployer[] }> {
      const rows = await historyQuery(db)
        .where('b.applicant_id', '=', auth.account.id)
        .where('b.status', '=', '材料终审通过')
        .execute();
      return {
        items: rows.map((r) => ({
          bindingId: r.id,
          employerId: r.employer_id,
          name: r.employer_name,
          uscc: r.uscc,
        })),
      };
    },

    async employerBindings({
      auth,
      query,
    }: {
      auth: AuthContext;
      query: EmployerBindingQuery;
    }): Promise<EmployerBindingsAnswer> {
      let q = db
        .selectFrom('bindings as b')
        .innerJoin('accounts as a', 'a.id', 'b.applicant_id')
        .where('b.employer_id', '=', employerIdOf(auth));
      const actor = policyActor(auth);
      if (query.status) q = q.where('b.status', '=', query.status);
      q = searchPerson(q, query.q, cipher);
      const total = Number(
        (await q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n,
      );
      // 待审核 first, then the newest: the keyset is (pending, requested_at, id), all descending
      const pending = sql<number>`(case when b.status = '待审核' then 1 else 0 end)`;
      let page = q
        .leftJoin('accounts as d', 'd.id', 'b.decided_by')
        .selectAll('b')
        .select(['a.name as applicant_name', 'a.id_number_enc', 'a.phone_enc', 'd.name as decided_by_name'])
        .select(pending.as('pending'))
        .select(exactTime('b.requested_at').as('requested'));
      if (query.after) {
        const [p, at, id] = decodeCursor(query.after, ['int', 'time', 'uuid']);
        page = page.where(
          sql<boolean>`(${pending}, b.requested_at, b.id) < (${p}, ${at}::timestamptz, ${id}::uuid)`,
        );
      }
      const rows = await page
        .orderBy(pending, 'desc')
        .orderBy('b.requested_at', 'desc')
        .orderBy('b.id', 'desc')
        .limit(query.limit + 1)
        .execute();
      const more = rows.length > query.limit;
      if (more) rows.pop();
      const last = rows.at(-1);
      const next = more && last ? encodeCursor([Number(last.pending), last.requested, last.id]) : null;
      return {
        items: rows.map((r) => ({
          id: r.id,
          applicantName: r.applicant_name,
          ...masked(r),
          requestedAt: r.requested_at.toISOString(),
          status: r.status,
          opinion: r.opinion || null,
          decidedAt: r.decided_at?.toISOString() ?? null,
          decidedByName: r.decided_by_name,
          allowedActions: allowedActions(
            bindingPolicy,
            actor,
            { status: r.status },
            BINDING_EMPLOYER_BUTTONS,
          ),
        })),
        next,
        total,
      };
    },

    async decide({
      auth,
      id,
      body,
      meta,
    }: {
      auth: AuthContext;
      id: string;
      body: BindingDecisionBody;
      meta: RequestMeta;
    }): Promise<EmployerBindingItem> {
      const employerId = employerIdOf(auth);
      const { to, audit } = BINDING_TRANSITIONS[body.decision];
      const opinion = body.opinion || null;
      const decided = await db.transaction().execute(async (trx) => {
        // the policy's precondition (待审核) in the UPDATE itself: of two reviewers deciding at once, exactly
        // one matches; the other is told the policy's reason below
        const row = await trx
          .updateTable('bindings')
          .set({
            status: to,
            opinion,
            decided_at: sql`now()`,
            decided_by: auth.account.id,
            version: sql`version + 1`,
          })
          .where('id', '=', id)
          .where('employer_id', '=', employerId)
          .where('status', '=', '待审核')
          .returningAll()
          .executeTakeFirst();
        if (!row) return null;
        const parties = await trx
          .selectFrom('accounts as a')
          .innerJoin('employers as e', (join) => join.on('e.id', '=', employerId))
          .select(['a.name', 'a.id_number_enc', 'a.phone_enc', 'e.name as employer_name'])
          .where('a.id', '=', row.applicant_id)
          .executeTakeFirstOrThrow();
        await appendAudit(trx, {
          actor: actorOf(auth),
          action: audit,
          targetType: 'binding',
          targetId: id,
          detail: { decision: body.decision, opinion, applicantName: parties.name },
          ...meta,
        });
        const text =
          body.decision === '审核通过'
            ? `您申请绑定的推荐单位“${parties.employer_name}”已审核通过。`
            : `您申请绑定的推荐单位“${parties.employer_name}”审核不通过，办件意见：${opinion}`;
        await notify({ trx, accountId: row.applicant_id, title: '绑定申请审核结果', body: text });
        await queueSms(trx, jobs, [{ key: `binding:${id}:decision`, accountId: row.applicant_id, text }]);
        return { row, parties };
      });

      if (!decided) {
        const existing = await db
          .selectFrom('bindings')
          .select(['employer_id', 'status'])
          .where('id', '=', id)
          .executeTakeFirst();
        if (existing && existing.employer_id !== employerId) {
          await recordAudit(db, {
            actor: actorOf(auth),
            action: 'access.denied',
            targetType: 'binding',
            targetId: id,
            detail: { reason: 'binding of another employer', route: 'binding.decision' },
            ...meta,
          });
        }
        if (!existing || existing.employer_id !== employerId) {
          throw new AppError('NOT_FOUND', MESSAGES.bindingNotFound);
        }
        assertCan(auth, bindingPolicy, body.decision, { status: existing.status });
        throw new AppError('CONFLICT', MESSAGES.alreadyDecided);
      }

      const { row, parties } = decided;
      return {
        id: row.id,
        applicantName: parties.name,
        maskedIdNumber: parties.id_number_enc ? maskIdNumber(cipher.decrypt(parties.id_number_enc)) : '',
        maskedPhone: parties.phone_enc ? maskPhone(cipher.decrypt(parties.phone_enc)) : '',
        requestedAt: row.requested_at.toISOString(),
        status: row.status,
        opinion: row.opinion || null,
        decidedAt: row.decided_at?.toISOString() ?? null,
        decidedByName: auth.account.name,
        allowedActions: allowedActions(
          bindingPolicy,
          policyActor(auth),
          { status: row.status },
          BINDING_EMPLOYER_BUTTONS,
        ),
      };
    },

    async employerApplicants({
      auth,
      query,
    }: {
      auth: AuthContext;
      query: EmployerApplicantQuery;
    }): Promise<EmployerApplicantsAnswer> {
      let q = db
        .selectFrom('bindings as b')
        .innerJoin('accounts as a', 'a.id', 'b.applicant_id')
        .where('b.employer_id', '=', employerIdOf(auth))
        .where('b.status', '=', '材料终审通过');
      q = searchPerson(q, query.q, cipher);
      const total = Number(
        (await q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n,
      );
      let page = q
        .select(['b.id', 'b.decided_at', 'a.name', 'a.id_number_enc', 'a.phone_enc'])
        .select(exactTime('b.decided_at').as('decided'));
      if (query.after) {
        const [at, id] = decodeCursor(query.after, ['time', 'uuid']);
        page = page.where(sql<boolean>`(b.decided_at, b.id) < (${at}::timestamptz, ${id}::uuid)`);
      }
      const rows = await page
        .orderBy('b.decided_at', 'desc')
        .orderBy('b.id', 'desc')
        .limit(query.limit + 1)
        .execute();
      const more = rows.length > query.limit;
      if (more) rows.pop();
      const last = rows.at(-1);
      return {
        items: rows.map((r) => ({
          bindingId: r.id,
          applicantName: r.name,
          ...masked(r),
          boundSince: (r.decided_at ?? new Date(0)).toISOString(),
        })),
        next: more && last?.decided ? encodeCursor([last.decided, last.id]) : null,
        total,
      };
    },
  };
}
export type BindingService = ReturnType<typeof createBindingService>;
