import {
  type EligibilityExceptionBody,
  type EligibilityExceptionItem,
  type EligibilityExceptionPage,
  type EligibilityQuery,
  maskIdNumber,
  type TalentCategory,
  type TalentResultBody,
  type TalentResultItem,
  type TalentResultPage,
} from '@rcpd/shared';
import { type Kysely, type SelectQueryBuilder, sql, type Transaction } from 'kysely';
import { searchPerson } from '../../db/person-search.js';
import type { DB } from '../../db/schema.js';
import { actorOf } from '../../http/auth.js';
import { decodeCursor, encodeCursor, exactTime } from '../../http/cursor.js';
import { AppError, fieldError } from '../../http/errors.js';
import type { FieldCipher } from '../../platform/secrets.js';
import { appendAudit } from '../audit/audit.service.js';
import type { AuthContext, RequestMeta } from '../identity/sessions.js';

export const NO_PERSON = '未找到该证件号码的个人账号，请确认申请人已在个人网厅注册';

/** 申报例外情形 and 历史认定记录: what the 管理端 records for the 3-year and 1-year rules (SPEC §5). */
export function createEligibilityService({ db, cipher }: { db: Kysely<DB>; cipher: FieldCipher }) {
  async function personOf(trx: Transaction<DB>, idNumber: string) {
    const person = await trx
      .selectFrom('accounts')
      .select(['id', 'name'])
      .where('portal', '=', 'person')
      .where('id_number_hash', 'in', cipher.lookups(idNumber))
      .executeTakeFirst();
    if (!person) throw fieldError('idNumber', NO_PERSON);
    return person;
  }
  const masked = (enc: string | null) => (enc ? maskIdNumber(cipher.decrypt(enc)) : '');

  const toException = (x: {
    id: string;
    name: string;
    id_number_enc: string | null;
    reason: string;
    created_at: Date;
    revoked_at: Date | null;
    creator: string | null;
  }): EligibilityExceptionItem => ({
    id: x.id,
    name: x.name,
    maskedIdNumber: masked(x.id_number_enc),
    reason: x.reason,
    createdAt: x.created_at.toISOString(),
    createdBy: x.creator,
    revokedAt: x.revoked_at?.toISOString() ?? null,
  });
  const toResult = (r: {
    id: string;
    name: string;
    id_number_enc: string | null;
    outcome: TalentResultItem['outcome'];
    category: string;
    decided_on: string;
    created_at: Date;
  }): TalentResultItem => ({
    id: r.id,
    name: r.name,
    maskedIdNumber: masked(r.id_number_enc),
    outcome: r.outcome,
    category: r.category as TalentCategory,
    decidedOn: r.decided_on,
    createdAt: r.created_at.toISOString(),
  });

  function exceptionRows() {
    return db
      .selectFrom('eligibility_exceptions as x')
      .innerJoin('accounts as a', 'a.id', 'x.applicant_id')
      .leftJoin('accounts as c', 'c.id', 'x.created_by')
      .select([
        'x.id',
        'a.name',
        'a.id_number_enc',
        'x.reason',
        'x.created_at',
        'x.revoked_at',
        'c.name as creator',
      ])
      .select(exactTime('x.created_at').as('created'));
  }
  function resultRows() {
    return db
      .selectFrom('talent_results as r')
      .innerJoin('accounts as a', 'a.id', 'r.applicant_id')
      .select([
        'r.id',
        'a.name',
        'a.id_number_enc',
        'r.outcome',
        'r.category',
        sql<string>`to_char(r.decided_on, 'YYYY-MM-DD')`.as('decided_on'),
        'r.created_at',
      ])
      .select(exactTime('r.created_at').as('created'));
  }

  /** One page newest first of `rows` (keyset on created_at, id), with how many the search finds. */
  async function page<R extends { id: string; created: string }>(
    q: SelectQueryBuilder<DB & { a: DB['accounts'] }, 'a', R>,
    table: 'x' | 'r',
    query: EligibilityQuery,
  ): Promise<{ rows: R[]; next: string | null; total: number }> {
    const filtered = searchPerson(q, query.q, cipher);
    const total = Number(
      (
        await filtered
          .clearSelect()
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    let p = filtered;
    if (query.after) {
      const [at, id] = decodeCursor(query.after, ['time', 'uuid']);
      p = p.where(
        sql<boolean>`(${sql.ref(`${table}.created_at`)}, ${sql.ref(`${table}.id`)}) < (${at}::timestamptz, ${id}::uuid)`,
      );
    }
    const rows = (await p
      .orderBy(sql.ref(`${table}.created_at`), 'desc')
      .orderBy(sql.ref(`${table}.id`), 'desc')
      .limit(query.limit + 1)
      .execute()) as R[];
    const more = rows.length > query.limit;
    if (more) rows.pop();
    const last = rows.at(-1);
    return { rows, next: more && last ? encodeCursor([last.created, last.id]) : null, total };
  }

  return {
    async exceptions({ query }: { query: EligibilityQuery }): Promise<EligibilityExceptionPage> {
      const { rows, next, total } = await page(exceptionRows(), 'x', query);
      return { items: rows.map(toException), next, total };
    },

    async results({ query }: { query: EligibilityQuery }): Promise<TalentResultPage> {
      const { rows, next, total } = await page(resultRows(), 'r', query);
      return { items: rows.map(toResult), next, total };
    },

    async addException({
      auth,
      body,
      meta,
    }: {
      auth: AuthContext;
      body: EligibilityExceptionBody;
      meta: RequestMeta;
    }): Promise<EligibilityExceptionItem> {
      const id = await db.transaction().execute(async (trx) => {
        const person = await personOf(trx, body.idNumber);
        const row = await trx
          .insertInto('eligibility_exceptions')
          .values({ applicant_id: person.id, reason: body.reason, created_by: auth.account.id })
          .returning('id')
          .executeTakeFirstOrThrow();
        await appendAudit(trx, {
          actor: actorOf(auth),
          action: 'eligibility.exception.create',
          targetType: 'account',
          targetId: person.id,
          detail: { exceptionId: row.id, reason: body.reason },
          ...meta,
        });
        return row.id;
      });
      return toException(await exceptionRows().where('x.id', '=', id).executeTakeFirstOrThrow());
    },

    async revokeException({
      auth,
      id,
      meta,
    }: {
      auth: AuthContext;
      id: string;
      meta: RequestMeta;
    }): Promise<EligibilityExceptionItem> {
      await db.transaction().execute(async (trx) => {
        const row = await trx
          .updateTable('eligibility_exceptions')
          .set({ revoked_at: new Date() })
          .where('id', '=', id)
          .where('revoked_at', 'is', null)
          .returning('applicant_id')
          .executeTakeFirst();
        if (!row) throw new AppError('NOT_FOUND', '该例外情形不存在或已撤销');
        await appendAudit(trx, {
          actor: actorOf(auth),
          action: 'eligibility.exception.revoke',
          targetType: 'account',
          targetId: row.applicant_id,
          detail: { exceptionId: id },
          ...meta,
        });
      });
      return toException(await exceptionRows().where('x.id', '=', id).executeTakeFirstOrThrow());
    },

    async addResult({
      auth,
      body,
      meta,
    }: {
      auth: AuthContext;
      body: TalentResultBody;
      meta: RequestMeta;
    }): Promise<TalentResultItem> {
      const id = await db.transaction().execute(async (trx) => {
        const person = await personOf(trx, body.idNumber);
        const row = await trx
          .insertInto('talent_results')
          .values({
            applicant_id: person.id,
            outcome: body.outcome,
            category: body.category,
            decided_on: body.decidedOn,
            created_by: auth.account.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await appendAudit(trx, {
          actor: actorOf(auth),
          action: 'talent_result.create',
          targetType: 'account',
          targetId: person.id,
          detail: {
            resultId: row.id,
            outcome: body.outcome,
            category: body.category,
            decidedOn: body.decidedOn,
          },
          ...meta,
        });
        return row.id;
      });
      return toResult(await resultRows().where('r.id', '=', id).executeTakeFirstOrThrow());
    },
  };
}

export type EligibilityService = ReturnType<typeof createEligibilityService>;
