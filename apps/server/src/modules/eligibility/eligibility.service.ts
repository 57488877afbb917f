import {
  type EligibilityExceptionBody,
  type EligibilityExceptionItem,
  type EligibilityRecords,
  maskIdNumber,
  type TalentCategory,
  type TalentResultBody,
  type TalentResultItem,
} from '@rcpd/shared';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { actorOf } from '../../http/auth.js';
import { AppError, fieldError } from '../../http/errors.js';
import type { FieldCipher } from '../../platform/secrets.js';
import { appendAudit } from '../audit/audit.service.js';
import type { AuthContext, RequestMeta } from '../identity/sessions.js';

const LIST_LIMIT = 200;
export const NO_PERSON = '未找到该证件号码的个人账号，请确认申请人已在个人网厅注册';

/** 申报例外情形 and 历史认定记录: what the 管理端 records for the 3-year and 1-year rules (SPEC §5). */
export function createEligibilityService({ db, cipher }: { db: Kysely<DB>; cipher: FieldCipher }) {
  async function personOf(trx: Transaction<DB>, idNumber: string) {
    const person = await trx
      .selectFrom('accounts')
      .select(['id', 'name'])
      .where('portal', '=', 'person')
      .where('id_number_hash', '=', cipher.lookup(idNumber))
      .executeTakeFirst();
    if (!person) throw fieldError('idNumber', NO_PERSON);
    return person;
  }
  const masked = (enc: string | null) => (enc ? maskIdNumber(cipher.decrypt(enc)) : '');

  return {
    async list(): Promise<EligibilityRecords> {
      const [exceptions, results] = await Promise.all([
        db
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
          .orderBy('x.created_at', 'desc')
          .limit(LIST_LIMIT)
          .execute(),
        db
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
          .orderBy('r.created_at', 'desc')
          .limit(LIST_LIMIT)
          .execute(),
      ]);
      return {
        exceptions: exceptions.map(
          (x): EligibilityExceptionItem => ({
            id: x.id,
            name: x.name,
            maskedIdNumber: masked(x.id_number_enc),
            reason: x.reason,
            createdAt: x.created_at.toISOString(),
            createdBy: x.creator,
            revokedAt: x.revoked_at?.toISOString() ?? null,
          }),
        ),
        results: results.map(
          (r): TalentResultItem => ({
            id: r.id,
            name: r.name,
            maskedIdNumber: masked(r.id_number_enc),
            outcome: r.outcome,
            category: r.category as TalentCategory,
            decidedOn: r.decided_on,
            createdAt: r.created_at.toISOString(),
          }),
        ),
      };
    },

    async addException({
      auth,
      body,
      meta,
    }: {
      auth: AuthContext;
      body: EligibilityExceptionBody;
      meta: RequestMeta;
    }) {
      await db.transaction().execute(async (trx) => {
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
      });
    },

    async revokeException({ auth, id, meta }: { auth: AuthContext; id: string; meta: RequestMeta }) {
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
    },

    async addResult({ auth, body, meta }: { auth: AuthContext; body: TalentResultBody; meta: RequestMeta }) {
      await db.transaction().execute(async (trx) => {
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
      });
    },
  };
}

export type EligibilityService = ReturnType<typeof createEligibilityService>;
