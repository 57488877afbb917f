import {
  certifiedCategory,
  ID_NUMBER_LIKE,
  type ImportReport,
  maskIdNumber,
  type PublicityList,
  type PublicityQuery,
  type PublicityStarted,
  RESULT_BUTTONS,
  RESULT_OUTCOMES,
  type RecordResultBody,
  type ResultItem,
  type ResultList,
  type ResultOutcome,
  type ResultQuery,
  refusals,
  resultPolicy,
  TALENT_CATEGORIES,
  type TalentCategory,
} from '@rcpd/shared';
import { type Kysely, sql, type Transaction } from 'kysely';
import { escapeLike } from '../../db/like.js';
import type { DB } from '../../db/schema.js';
import { actorOf } from '../../http/auth.js';
import { decodeCursor, encodeCursor } from '../../http/cursor.js';
import { AppError } from '../../http/errors.js';
import { policyActor } from '../../http/policy.js';
import type { FieldCipher } from '../../platform/secrets.js';
import { appendAudit } from '../audit/audit.service.js';
import { workingDayAfter } from '../calendar/work-calendar.service.js';
import type { AuthContext, RequestMeta } from '../identity/sessions.js';

export interface ResultsDeps {
  db: Kysely<DB>;
  cipher: FieldCipher;
}

export const MESSAGES = {
  notApproved: '只有“材料审核通过”的申报才能录入评审结果',
  published: '评审结果已发布，不能修改',
  notFound: '评审结果不存在',
  publishing: '正在发布中，请等待本次发布完成',
  publicityOpen: '公示期尚未结束，公示期满后才能发布',
  notInPublicity: '只有公示中的评审结果可以登记异议',
} as const;

/** Today in Beijing as YYYY-MM-DD. */
export const beijingToday = (now = new Date()) =>
  new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

export function yearsLater(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y + years, m - 1, d));
  // 29 February of a leap year: valid until 28 February
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

/** Results by id, locked, each with what publishing needs. */
export async function lockedResults(trx: Transaction<DB>, ids: string[]) {
  const rows = await trx
    .selectFrom('review_results as r')
    .innerJoin('applications as a', 'a.id', 'r.application_id')
    .select([
      'r.id',
      'r.state',
      'r.outcome',
      'r.category',
      sql<string | null>`to_char(r.publicity_ends_on, 'YYYY-MM-DD')`.as('publicity_ends_on'),
      'a.id as application_id',
      'a.applicant_id',
      'a.applicant_name',
      'a.category as applied_category',
    ])
    .where(sql<boolean>`r.id = any(${ids}::uuid[])`)
    .forUpdate('r')
    .execute();
  if (rows.length !== new Set(ids).size) throw new AppError('NOT_FOUND', MESSAGES.notFound);
  return rows;
}

/** Refuses results that wait in a running 发布 batch (a repeated 发布, or 公示 of a result being published). */
export async function refuseWhilePublishing(trx: Transaction<DB>, ids: string[]) {
  const waiting = await trx
    .selectFrom('publish_batch_items as i')
    .innerJoin('review_results as r', 'r.id', 'i.result_id')
    .innerJoin('applications as a', 'a.id', 'r.application_id')
    .select('a.applicant_name')
    .where(sql<boolean>`i.result_id = any(${ids}::uuid[])`)
    .where('i.state', '=', '待发布')
    .limit(3)
    .execute();
  if (waiting.length > 0) {
    const names = waiting.map((w) => w.applicant_name).join('、');
    throw new AppError(
      'CONFLICT',
      `${names}${waiting.length === 3 ? '等' : ''}的评审结果${MESSAGES.publishing}`,
    );
  }
}

/** 评审结果, 公示 and 发布 in the 管理端 (SPEC §8); publishing issues the certificates. */
export function createResultsService({ db, cipher }: ResultsDeps) {
  const masked = (enc: string | null) => (enc ? maskIdNumber(cipher.decrypt(enc)) : '');

  /** Records one result inside `trx`; the application must be 材料审核通过 and the result not yet published. */
  async function recordIn(trx: Transaction<DB>, auth: AuthContext, body: RecordResultBody) {
    const app = await trx
      .selectFrom('applications')
      .select(['id', 'status', 'category', 'number'])
      .where('id', '=', body.applicationId)
      .forUpdate()
      .executeTakeFirst();
    if (!app) throw new AppError('NOT_FOUND', '申报信息不存在');
    if (app.status !== '材料审核通过') throw new AppError('CONFLICT', MESSAGES.notApproved);
    const certified = certifiedCategory(body.outcome, app.category as TalentCategory, body.category);
    if (!certified.ok)
      throw new AppError('VALIDATION_FAILED', certified.message, [
        { path: 'category', message: certified.message },
      ]);
    const existing = await trx
      .selectFrom('review_results')
      .select(['id', 'state'])
      .where('application_id', '=', app.id)
      .forUpdate()
      .executeTakeFirst();
    if (existing?.state === '已发布') throw new AppError('CONFLICT', MESSAGES.published);
    const values = { outcome: body.outcome, category: certified.category, remark: body.remark };
    if (existing) {
      await trx
        .updateTable('review_results')
        .set((eb) => ({
          ...values,
          recorded_at: new Date(),
          recorded_by: auth.account.id,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', existing.id)
        .execute();
    } else {
      await trx
        .insertInto('review_results')
        .values({ application_id: app.id, ...values, recorded_by: auth.account.id })
        .execute();
    }
    return { number: app.number, category: certified.category };
  }

  /** The rows of the 评审结果 list: applications in 材料审核通过 with their result, if any. */
  function resultRows() {
    return db
      .selectFrom('applications as a')
      .innerJoin('accounts as p', 'p.id', 'a.applicant_id')
      .innerJoin('employers as e', 'e.id', 'a.employer_id')
      .leftJoin('review_results as r', 'r.application_id', 'a.id')
      .where('a.status', '=', '材料审核通过');
  }

  async function present(
    auth: AuthContext,
    rows: Awaited<ReturnType<typeof selectRows>>,
  ): Promise<ResultItem[]> {
    const actor = policyActor(auth);
    const today = beijingToday();
    const resultIds = rows.flatMap((r) => (r.result_id ? [r.result_id] : []));
    const objections = resultIds.length
      ? await db
          .selectFrom('result_objections')
          .selectAll()
          .where('result_id', 'in', resultIds)
          .orderBy('created_at')
          .execute()
      : [];
    return rows.map((r) => {
      const state = {
        state: r.result_id ? r.state : null,
        publishing: r.publishing,
        publicityEndsOn: r.publicity_ends_on,
        today,
      };
      // one decision per action: what is not refused is allowed
      const refused = refusals(resultPolicy, actor, state, RESULT_BUTTONS);
      return {
        allowedActions: RESULT_BUTTONS.filter((action) => !(action in refused)),
        refusals: refused,
        applicationId: r.id,
        applicationNumber: r.number ?? '',
        applicantName: r.applicant_name,
        maskedIdNumber: masked(r.id_number_enc),
        employerName: r.employer_name,
        appliedCategory: r.applied as TalentCategory | null,
        result:
          r.result_id && r.outcome && r.state
            ? {
                id: r.result_id,
                outcome: r.outcome,
                category: r.category as TalentCategory | null,
                remark: r.remark ?? '',
                state: r.state,
                publicityEndsOn: r.publicity_ends_on,
                publishedAt: r.published_at?.toISOString() ?? null,
                publishing: r.publishing,
                objections: objections
                  .filter((o) => o.result_id === r.result_id)
                  .map((o) => ({ id: o.id, content: o.content, createdAt: o.created_at.toISOString() })),
              }
            : null,
      };
    });
  }

  function selectRows(q: ReturnType<typeof resultRows>) {
    return q
      .select([
        'a.id',
        'a.number',
        'a.applicant_name',
        'p.id_number_enc',
        'e.name as employer_name',
        'a.category as applied',
        'r.id as result_id',
        'r.outcome',
        'r.category',
        'r.remark',
        'r.state',
        sql<string | null>`to_char(r.publicity_ends_on, 'YYYY-MM-DD')`.as('publicity_ends_on'),
        'r.published_at',
        sql<boolean>`exists (select 1 from publish_batch_items i where i.result_id = r.id and i.state = '待发布')`.as(
          'publishing',
        ),
      ])
      .execute();
  }

  /** The rows of these applications as the list shows them now: what a write answers with. */
  async function itemsOf(auth: AuthContext, applicationIds: string[]): Promise<ResultItem[]> {
    if (applicationIds.length === 0) return [];
    return present(
      auth,
      await selectRows(resultRows().where('a.id', 'in', applicationIds).orderBy(byNumber).orderBy('a.id')),
    );
  }

  // 申报编号 is set at 提交, so never null here; coalesce keeps the keyset total even so
  const byNumber = sql<string>`coalesce(a.number, '')`;

  return {
    /**
     * One page of the applications in 材料审核通过 with their results, by 申报编号 (keyset), filtered by
     * 申报通知, 申报类别, 状态 and 姓名 / 申报编号 / 证件号码, with how many the filter finds in all.
     */
    async list({ auth, query }: { auth: AuthContext; query: ResultQuery }): Promise<ResultList> {
      let q = resultRows();
      if (query.noticeId) q = q.where('a.notice_id', '=', query.noticeId);
      if (query.category) q = q.where('a.category', '=', query.category);
      if (query.state === '未录入') q = q.where('r.id', 'is', null);
      else if (query.state) q = q.where('r.state', '=', query.state);
      if (query.q) {
        const text = query.q;
        q = ID_NUMBER_LIKE.test(text)
          ? q.where((eb) =>
              eb.or([
                eb('a.number', '=', text.toUpperCase()),
                eb('a.id_number_hash', 'in', cipher.lookups(text)),
              ]),
            )
          : q.where('a.applicant_name', 'like', `${escapeLike(text)}%`);
      }
      const total = Number(
        (await q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n,
      );
      if (query.after) {
        const [number, id] = decodeCursor(query.after, ['text', 'uuid']);
        q = q.where(sql<boolean>`(${byNumber}, a.id) > (${number}, ${id}::uuid)`);
      }
      const rows = await selectRows(
        q
          .orderBy(byNumber)
          .orderBy('a.id')
          .limit(query.limit + 1),
      );
      const more = rows.length > query.limit;
      if (more) rows.pop();
      const last = rows.at(-1);
      return {
        items: await present(auth, rows),
        next: more && last ? encodeCursor([last.number ?? '', last.id]) : null,
        total,
      };
    },

    /** Every row 录入 is allowed on, by 申报编号: the import template (an export, so not paged). */
    async recordable({ auth }: { auth: AuthContext }): Promise<ResultItem[]> {
      const rows = await selectRows(
        resultRows()
          .where((eb) => eb.or([eb('r.id', 'is', null), eb('r.state', '!=', '已发布')]))
          .orderBy(byNumber)
          .orderBy('a.id'),
      );
      return (await present(auth, rows)).filter((i) => i.allowedActions.includes('录入'));
    },

    /** 录入: answers with the row as it is now. */
    async record({
      auth,
      body,
      meta,
    }: {
      auth: AuthContext;
      body: RecordResultBody;
      meta: RequestMeta;
    }): Promise<ResultItem> {
      await db.transaction().execute(async (trx) => {
        const { category } = await recordIn(trx, auth, body);
        await appendAudit(trx, {
          actor: actorOf(auth),
          action: 'result.record',
          targetType: 'application',
          targetId: body.applicationId,
          detail: { outcome: body.outcome, category, remark: body.remark },
          ...meta,
        });
      });
      const [item] = await itemsOf(auth, [body.applicationId]);
      if (!item) throw new AppError('NOT_FOUND', '申报信息不存在');
      return item;
    },

    /**
     * 批量导入: every row is checked first; one bad row imports nothing and the answer lists every bad row.
     * Columns: 申报编号, 评审结果, 调整后类别 (for 调整类别认定), 备注.
     */
    async importRows({
      auth,
      rows,
      meta,
    }: {
      auth: AuthContext;
      rows: { row: number; cells: Record<string, string> }[];
      meta: RequestMeta;
    }): Promise<ImportReport> {
      const errors: ImportReport['errors'] = [];
      const seen = new Map<string, number>();
      const bodies: {
        row: number;
        number: string;
        outcome: ResultOutcome;
        category?: TalentCategory;
        remark: string;
      }[] = [];
      for (const { row, cells } of rows) {
        const number = (cells.申报编号 ?? '').trim().toUpperCase();
        const outcome = (cells.评审结果 ?? '').trim();
        const category = (cells.调整后类别 ?? '').trim().toUpperCase().replace(/类$/, '');
        // one message per row: a repeated row is not checked further
        const repeated = seen.get(number);
        if (repeated) {
          errors.push({ row, message: `申报编号${number}与第${repeated}行重复` });
          continue;
        }
        if (!number) errors.push({ row, message: '申报编号为空' });
        else seen.set(number, row);
        if (!(RESULT_OUTCOMES as readonly string[]).includes(outcome)) {
          errors.push({ row, message: `评审结果“${outcome}”不正确，应为认定通过、调整类别认定或不予认定` });
        } else if (category && !(TALENT_CATEGORIES as readonly string[]).includes(category)) {
          errors.push({ row, message: `调整后类别“${category}”不正确，应为A至E` });
        } else if (number) {
          bodies.push({
            row,
            number,
            outcome: outcome as ResultOutcome,
            ...(category ? { category: category as TalentCategory } : {}),
            remark: (cells.备注 ?? '').slice(0, 500),
          });
        }
      }
      if (rows.length === 0) errors.push({ row: 1, message: '表格中没有评审结果' });
      return db.transaction().execute(async (trx) => {
        const numbers = bodies.map((b) => b.number);
        const apps = numbers.length
          ? await trx
              .selectFrom('applications')
              .select(['id', 'number', 'status', 'category'])
              .where('number', 'in', numbers)
              .execute()
          : [];
        const byNumber = new Map(apps.map((a) => [a.number, a]));
        const published = new Set(
          apps.length
            ? (
                await trx
                  .selectFrom('review_results')
                  .select('application_id')
                  .where(
                    'application_id',
                    'in',
                    apps.map((a) => a.id),
                  )
                  .where('state', '=', '已发布')
                  .execute()
              ).map((r) => r.application_id)
            : [],
        );
        for (const body of bodies) {
          const app = byNumber.get(body.number);
          if (!app) errors.push({ row: body.row, message: `申报编号${body.number}不存在` });
          else if (app.status !== '材料审核通过')
            errors.push({ row: body.row, message: `申报编号${body.number}：${MESSAGES.notApproved}` });
          else if (published.has(app.id))
            errors.push({ row: body.row, message: `申报编号${body.number}：${MESSAGES.published}` });
          else {
            const certified = certifiedCategory(body.outcome, app.category as TalentCategory, body.category);
            if (!certified.ok)
              errors.push({ row: body.row, message: `申报编号${body.number}：${certified.message}` });
          }
        }
        if (errors.length > 0) {
          errors.sort((a, b) => a.row - b.row);
          throw new AppError(
            'VALIDATION_FAILED',
            `导入失败：共${errors.length}处错误，未导入任何数据`,
            undefined,
            { errors },
          );
        }
        for (const body of bodies) {
          const app = byNumber.get(body.number);
          if (!app) continue;
          await recordIn(trx, auth, {
            applicationId: app.id,
            outcome: body.outcome,
            category: body.category,
            remark: body.remark,
          });
        }
        await appendAudit(trx, {
          actor: actorOf(auth),
          action: 'result.import',
          detail: { rows: bodies.length },
          ...meta,
        });
        return { imported: bodies.length, errors: [] };
      });
    },

    /** 公示: recorded results go on the public list for `workingDays` working days. */
    async startPublicity({
      auth,
      resultIds,
      workingDays,
      meta,
    }: {
      auth: AuthContext;
      resultIds: string[];
      workingDays: number;
      meta: RequestMeta;
    }): Promise<PublicityStarted> {
      const { endsOn, applicationIds } = await db.transaction().execute(async (trx) => {
        // counted by the 工作日历 (法定节假日, 调休上班), as it stands in this transaction
        const endsOn = await workingDayAfter(trx, beijingToday(), workingDays);
        const rows = await lockedResults(trx, resultIds);
        await refuseWhilePublishing(trx, resultIds);
        const wrong = rows.find((r) => r.state !== '待发布');
        if (wrong)
          throw new AppError('CONFLICT', `${wrong.applicant_name}的评审结果${wrong.state}，不能再公示`);
        await trx
          .updateTable('review_results')
          .set({ state: '公示中', publicity_ends_on: endsOn })
          .where('id', 'in', resultIds)
          .execute();
        await appendAudit(trx, {
          actor: actorOf(auth),
          action: 'result.publicity',
          detail: { results: resultIds.length, endsOn, workingDays },
          ...meta,
        });
        return { endsOn, applicationIds: rows.map((r) => r.application_id) };
      });
      return { endsOn, items: await itemsOf(auth, applicationIds) };
    },

    async addObjection({
      auth,
      id,
      content,
      meta,
    }: {
      auth: AuthContext;
      id: string;
      content: string;
      meta: RequestMeta;
    }): Promise<ResultItem> {
      const applicationId = await db.transaction().execute(async (trx) => {
        const [row] = await lockedResults(trx, [id]);
        if (row?.state !== '公示中') throw new AppError('CONFLICT', MESSAGES.notInPublicity);
        await trx
          .insertInto('result_objections')
          .values({ result_id: id, content, created_by: auth.account.id })
          .execute();
        await appendAudit(trx, {
          actor: actorOf(auth),
          action: 'result.objection',
          targetType: 'application',
          targetId: row.application_id,
          detail: { content },
          ...meta,
        });
        return row.application_id;
      });
      const [item] = await itemsOf(auth, [applicationId]);
      if (!item) throw new AppError('NOT_FOUND', MESSAGES.notFound);
      return item;
    },

    /**
     * The public 公示 list: 姓名, 推荐单位, 认定类别; never an identity number. By 认定类别 (不予认定 last), then
     * 姓名, a page at a time (keyset), with how many are on 公示.
     */
    async publicity({ query }: { query: PublicityQuery }): Promise<PublicityList> {
      const onList = db
        .selectFrom('review_results as r')
        .innerJoin('applications as a', 'a.id', 'r.application_id')
        .where('r.state', '=', '公示中');
      const total = Number(
        (await onList.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n,
      );
      const category = sql<string>`coalesce(r.category, '~')`;
      let page = onList
        .innerJoin('employers as e', 'e.id', 'a.employer_id')
        .leftJoin('talent_categories as t', 't.code', 'r.category')
        .select([
          'r.id',
          'a.applicant_name',
          'e.name as employer_name',
          'r.category',
          't.name as category_name',
          'r.outcome',
          sql<string>`to_char(r.publicity_ends_on, 'YYYY-MM-DD')`.as('ends_on'),
        ])
        .select(category.as('sort_category'));
      if (query.after) {
        const [c, name, id] = decodeCursor(query.after, ['text', 'text', 'uuid']);
        page = page.where(sql<boolean>`(${category}, a.applicant_name, r.id) > (${c}, ${name}, ${id}::uuid)`);
      }
      const rows = await page
        .orderBy(category)
        .orderBy('a.applicant_name')
        .orderBy('r.id')
        .limit(query.limit + 1)
        .execute();
      const more = rows.length > query.limit;
      if (more) rows.pop();
      const last = rows.at(-1);
      return {
        items: rows.map((r) => ({
          name: r.applicant_name,
          employerName: r.employer_name,
          category: r.category ? `${r.category}类 ${r.category_name ?? ''}`.trim() : '—',
          outcome: r.outcome,
          publicityEndsOn: r.ends_on,
        })),
        next: more && last ? encodeCursor([last.sort_category, last.applicant_name, last.id]) : null,
        total,
      };
    },
  };
}

export type ResultsService = ReturnType<typeof createResultsService>;
