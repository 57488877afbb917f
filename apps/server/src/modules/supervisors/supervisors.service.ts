import {
  checkUscc,
  type EmployerUnit,
  SUPERVISOR_IMPORT_COLUMNS,
  type SupervisedEmployerItem,
  type SupervisedEmployerPage,
  type SupervisedEmployersQuery,
  type SupervisorImportReport,
  type SupervisorList,
  type SupervisorRef,
  UNASSIGNED,
  UNASSIGNED_LABEL,
} from '@rcpd/shared';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { actorOf } from '../../http/auth.js';
import { AppError, alreadyTaken, fieldError } from '../../http/errors.js';
import { isUniqueViolation } from '../../platform/db-errors.js';
import { appendAudit, auditValues } from '../audit/audit.service.js';
import type { AuthContext, RequestMeta } from '../identity/sessions.js';

export const SUPERVISOR_MESSAGES = {
  notFound: '主管部门不存在',
  employerNotFound: '单位不存在',
  nameTaken: '该主管部门名称已存在',
  chosenMissing: '所选主管部门不存在，请刷新后重新选择',
} as const;

const nameTaken = () => alreadyTaken('name', SUPERVISOR_MESSAGES.nameTaken);

/** Rows of audit inserted per statement by an import. */
const AUDIT_CHUNK = 500;

type Actor = { auth: AuthContext; meta: RequestMeta };

/** A LIKE pattern that matches `text` anywhere, with LIKE's own characters taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * 主管部门 as data (SPEC §1): the 系统管理员 keeps the list and which employers each one supervises. Which
 * applications a 主管部门审核 reviewer sees follows from it in the review service (`reviewerScope`).
 */
export function createSupervisorsService({ db }: { db: Kysely<DB> }) {
  /** Locks a 主管部门 against deletion until the caller's transaction ends; NOT_FOUND when it is gone. */
  async function lockedSupervisor(trx: Transaction<DB>, id: string, field?: string) {
    const row = await trx
      .selectFrom('supervisors')
      .select(['id', 'name'])
      .where('id', '=', id)
      .forShare()
      .executeTakeFirst();
    if (row) return row;
    if (field) throw fieldError(field, SUPERVISOR_MESSAGES.chosenMissing);
    throw new AppError('NOT_FOUND', SUPERVISOR_MESSAGES.notFound);
  }

  const employerItem = (r: {
    id: string;
    name: string;
    uscc: string;
    supervisor_id: string | null;
    supervisor_name: string | null;
  }): SupervisedEmployerItem => ({
    id: r.id,
    name: r.name,
    uscc: r.uscc,
    supervisorId: r.supervisor_id,
    supervisorName: r.supervisor_name,
  });

  return {
    /** Every 主管部门 with how many employers and accounts refer to it (a few dozen in a province). */
    async list(): Promise<SupervisorList> {
      const rows = await db
        .selectFrom('supervisors as s')
        .select((eb) => [
          's.id',
          's.name',
          's.created_at',
          eb
            .selectFrom('employers')
            .select(sql<number>`count(*)::int`.as('n'))
            .whereRef('employers.supervisor_id', '=', 's.id')
            .as('employer_count'),
          eb
            .selectFrom('accounts')
            .select(sql<number>`count(*)::int`.as('n'))
            .whereRef('accounts.supervisor_id', '=', 's.id')
            .as('account_count'),
        ])
        .orderBy('s.name')
        .execute();
      return {
        items: rows.map((r) => ({
          id: r.id,
          name: r.name,
          employerCount: Number(r.employer_count ?? 0),
          accountCount: Number(r.account_count ?? 0),
          createdAt: r.created_at.toISOString(),
        })),
      };
    },

    async create({ auth, meta, name }: Actor & { name: string }): Promise<SupervisorRef> {
      try {
        return await db.transaction().execute(async (trx) => {
          const row = await trx
            .insertInto('supervisors')
            .values({ name, created_by: auth.account.id })
            .returning(['id', 'name'])
            .executeTakeFirstOrThrow();
          await appendAudit(trx, {
            actor: actorOf(auth),
            action: 'supervisor.create',
            targetType: 'supervisor',
            targetId: row.id,
            detail: { name },
            ...meta,
          });
          return row;
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw nameTaken();
        throw error;
      }
    },

    async rename({ auth, meta, id, name }: Actor & { id: string; name: string }): Promise<SupervisorRef> {
      try {
        return await db.transaction().execute(async (trx) => {
          const before = await trx
            .selectFrom('supervisors')
            .select('name')
            .where('id', '=', id)
            .forUpdate()
            .executeTakeFirst();
          if (!before) throw new AppError('NOT_FOUND', SUPERVISOR_MESSAGES.notFound);
          if (before.name === name) return { id, name };
          await trx.updateTable('supervisors').set({ name }).where('id', '=', id).execute();
          await appendAudit(trx, {
            actor: actorOf(auth),
            action: 'supervisor.rename',
            targetType: 'supervisor',
            targetId: id,
            detail: { from: before.name, to: name },
            ...meta,
          });
          return { id, name };
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw nameTaken();
        throw error;
      }
    },

    /**
     * Deletes a 主管部门 that nothing refers to. Its row is locked first: an assignment or account change naming
     * it waits (they lock it for share) and then finds it gone, so no reference can slip in between the count
     * and the delete.
     */
    async remove({ auth, meta, id }: Actor & { id: string }): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('supervisors')
          .select('name')
          .where('id', '=', id)
          .forUpdate()
          .executeTakeFirst();
        if (!row) throw new AppError('NOT_FOUND', SUPERVISOR_MESSAGES.notFound);
        const uses = async (table: 'employers' | 'accounts') =>
          Number(
            (
              await trx
                .selectFrom(table)
                .select(sql<number>`count(*)::int`.as('n'))
                .where('supervisor_id', '=', id)
                .executeTakeFirstOrThrow()
            ).n,
          );
        const employers = await uses('employers');
        const accounts = await uses('accounts');
        if (employers || accounts) {
          const what = [
            employers ? `${employers}家单位` : '',
            accounts ? `${accounts}个审核账号` : '',
          ].filter(Boolean);
          throw new AppError(
            'CONFLICT',
            `“${row.name}”仍有${what.join('和')}属于该主管部门，不能删除；请先将其调整到其他主管部门后再删除`,
          );
        }
        await trx.deleteFrom('supervisors').where('id', '=', id).execute();
        await appendAudit(trx, {
          actor: actorOf(auth),
          action: 'supervisor.delete',
          targetType: 'supervisor',
          targetId: id,
          detail: { name: row.name },
          ...meta,
        });
      });
    },

    /** Employers by name (anywhere in it) or 统一社会信用代码 (its beginning), of one 主管部门 or none, paged. */
    async employers(query: SupervisedEmployersQuery): Promise<SupervisedEmployerPage> {
      let q = db.selectFrom('employers as e').leftJoin('supervisors as s', 's.id', 'e.supervisor_id');
      if (query.supervisorId === UNASSIGNED) q = q.where('e.supervisor_id', 'is', null);
      else if (query.supervisorId) q = q.where('e.supervisor_id', '=', query.supervisorId);
      if (query.q) {
        const text = query.q;
        q = q.where((eb) =>
          eb.or([
            eb('e.name', 'like', containing(text)),
            eb('e.uscc', 'like', `${text.toUpperCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`),
          ]),
        );
      }
      const [rows, count] = await Promise.all([
        q
          .select(['e.id', 'e.name', 'e.uscc', 'e.supervisor_id', 's.name as supervisor_name'])
          .orderBy('e.name')
          .orderBy('e.id')
          .limit(query.pageSize)
          .offset((query.page - 1) * query.pageSize)
          .execute(),
        q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
      ]);
      return {
        items: rows.map(employerItem),
        total: Number(count.n),
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    /** Assigns one employer to a 主管部门, or to none; its waiting applications go with it (README). */
    async assign({
      auth,
      meta,
      employerId,
      supervisorId,
    }: Actor & { employerId: string; supervisorId: string | null }): Promise<SupervisedEmployerItem> {
      return db.transaction().execute(async (trx) => {
        const employer = await trx
          .selectFrom('employers as e')
          .leftJoin('supervisors as s', 's.id', 'e.supervisor_id')
          .select(['e.id', 'e.name', 'e.uscc', 'e.supervisor_id', 's.name as supervisor_name'])
          .where('e.id', '=', employerId)
          .forUpdate('e')
          .executeTakeFirst();
        if (!employer) throw new AppError('NOT_FOUND', SUPERVISOR_MESSAGES.employerNotFound);
        const supervisor = supervisorId ? await lockedSupervisor(trx, supervisorId, 'supervisorId') : null;
        const after = {
          ...employer,
          supervisor_id: supervisor?.id ?? null,
          supervisor_name: supervisor?.name ?? null,
        };
        if (employer.supervisor_id === after.supervisor_id) return employerItem(after);
        await trx
          .updateTable('employers')
          .set({ supervisor_id: after.supervisor_id })
          .where('id', '=', employerId)
          .execute();
        await appendAudit(trx, {
          actor: actorOf(auth),
          action: 'employer.supervisor.assign',
          targetType: 'employer',
          targetId: employerId,
          detail: {
            employer: employer.name,
            from: employer.supervisor_name ?? UNASSIGNED_LABEL,
            to: after.supervisor_name ?? UNASSIGNED_LABEL,
          },
          ...meta,
        });
        return employerItem(after);
      });
    },

    /**
     * 导入 of employer → 主管部门 rows (already read from the sheet, cells as text). Every row is checked before
     * anything changes; one bad row and nothing is changed, the answer listing every bad row. All in one
     * transaction, with the employers and 主管部门 it names locked.
     */
    async importRows({
      auth,
      meta,
      rows,
    }: Actor & { rows: { row: number; cells: Record<string, string> }[] }): Promise<SupervisorImportReport> {
      const errors: SupervisorImportReport['errors'] = [];
      const seen = new Map<string, number>();
      const wanted: { row: number; uscc: string; supervisor: string }[] = [];
      for (const { row, cells } of rows) {
        const rawUscc = cells[SUPERVISOR_IMPORT_COLUMNS.uscc] ?? '';
        const supervisor = (cells[SUPERVISOR_IMPORT_COLUMNS.supervisor] ?? '').trim();
        const rowErrors: string[] = [];
        let uscc: string | null = null;
        if (!rawUscc.trim()) rowErrors.push('统一社会信用代码为空');
        else {
          const checked = checkUscc(rawUscc);
          if (!checked.ok) rowErrors.push(`“${rawUscc.trim().slice(0, 30)}”：${checked.message}`);
          else uscc = checked.value;
        }
        if (!supervisor) rowErrors.push('主管部门名称为空');
        if (uscc) {
          const first = seen.get(uscc);
          if (first) rowErrors.push(`统一社会信用代码${uscc}与第${first}行重复`);
          else seen.set(uscc, row);
        }
        for (const message of rowErrors) errors.push({ row, message });
        if (rowErrors.length === 0 && uscc) wanted.push({ row, uscc, supervisor });
      }
      if (rows.length === 0) errors.push({ row: 1, message: '表格中没有数据' });

      return db.transaction().execute(async (trx) => {
        const usccs = [...new Set(wanted.map((w) => w.uscc))];
        const names = [...new Set(wanted.map((w) => w.supervisor))];
        const employers = usccs.length
          ? await trx
              .selectFrom('employers as e')
              .leftJoin('supervisors as s', 's.id', 'e.supervisor_id')
              .select(['e.id', 'e.name', 'e.uscc', 'e.supervisor_id', 's.name as supervisor_name'])
              .where('e.uscc', 'in', usccs)
              .orderBy('e.id')
              .forUpdate('e')
              .execute()
          : [];
        const supervisors = names.length
          ? await trx
              .selectFrom('supervisors')
              .select(['id', 'name'])
              .where('name', 'in', names)
              .orderBy('id')
              .forShare()
              .execute()
          : [];
        const employerOf = new Map(employers.map((e) => [e.uscc, e]));
        const supervisorOf = new Map(supervisors.map((s) => [s.name, s]));
        const changes: { employer: (typeof employers)[number]; to: { id: string; name: string } }[] = [];
        let unchanged = 0;
        for (const w of wanted) {
          const employer = employerOf.get(w.uscc);
          const supervisor = supervisorOf.get(w.supervisor);
          if (!employer)
            errors.push({ row: w.row, message: `统一社会信用代码${w.uscc}对应的单位未在本系统注册` });
          if (!supervisor) {
            errors.push({
              row: w.row,
              message: `主管部门“${w.supervisor.slice(0, 100)}”不存在，请先在主管部门列表中添加`,
            });
          }
          if (!employer || !supervisor) continue;
          if (employer.supervisor_id === supervisor.id) unchanged += 1;
          else changes.push({ employer, to: supervisor });
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
        // one statement per 主管部门 named, however many rows
        const bySupervisor = new Map<string, string[]>();
        for (const { employer, to } of changes) {
          bySupervisor.set(to.id, [...(bySupervisor.get(to.id) ?? []), employer.id]);
        }
        for (const [supervisorId, ids] of bySupervisor) {
          await trx
            .updateTable('employers')
            .set({ supervisor_id: supervisorId })
            .where('id', 'in', ids)
            .execute();
        }
        const audits = changes.map(({ employer, to }) =>
          auditValues({
            actor: actorOf(auth),
            action: 'employer.supervisor.assign',
            targetType: 'employer',
            targetId: employer.id,
            detail: {
              employer: employer.name,
              from: employer.supervisor_name ?? UNASSIGNED_LABEL,
              to: to.name,
              import: true,
            },
            ...meta,
          }),
        );
        for (let i = 0; i < audits.length; i += AUDIT_CHUNK) {
          await trx
            .insertInto('audit_log')
            .values(audits.slice(i, i + AUDIT_CHUNK))
            .execute();
        }
        await appendAudit(trx, {
          actor: actorOf(auth),
          action: 'employer.supervisor.import',
          detail: { rows: rows.length, updated: changes.length, unchanged },
          ...meta,
        });
        return { updated: changes.length, unchanged, errors: [] };
      });
    },

    /** The rows of the import template: the employers without a 主管部门, to be filled in. */
    async unassignedEmployers(limit: number) {
      return db
        .selectFrom('employers')
        .select(['name', 'uscc'])
        .where('supervisor_id', 'is', null)
        .orderBy('name')
        .limit(limit)
        .execute();
    },

    /** 单位信息 of the 单位网厅: the employer's own name, code and 主管部门. */
    async unitOf(auth: AuthContext): Promise<EmployerUnit> {
      const row = await db
        .selectFrom('employers as e')
        .leftJoin('supervisors as s', 's.id', 'e.supervisor_id')
        .select(['e.name', 'e.uscc', 's.name as supervisor_name'])
        .where('e.id', '=', auth.account.employerId ?? '00000000-0000-0000-0000-000000000000')
        .executeTakeFirst();
      if (!row) throw new AppError('NOT_FOUND', SUPERVISOR_MESSAGES.employerNotFound);
      return { name: row.name, uscc: row.uscc, supervisorName: row.supervisor_name };
    },
  };
}

export type SupervisorsService = ReturnType<typeof createSupervisorsService>;
