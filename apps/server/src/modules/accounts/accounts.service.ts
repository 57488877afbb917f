import {
  ACCOUNT_BUTTONS,
  type AccountList,
  type AccountListItem,
  accountPolicy,
  allowedActions,
  type DepartmentAccountCreate,
  type DepartmentAccountStage,
  maskPhone,
  type ReviewerCreate,
  ROLE_LABELS,
  stageName,
  supervisorOfStage,
} from '@rcpd/shared';
import type { Kysely, Transaction } from 'kysely';
import type { AccountRow, DB } from '../../db/schema.js';
import { actorOf } from '../../http/auth.js';
import { AppError, alreadyTaken, fieldError } from '../../http/errors.js';
import { assertCan, policyActor } from '../../http/policy.js';
import { isUniqueViolation } from '../../platform/db-errors.js';
import { hashPassword } from '../../platform/password-hash.js';
import type { FieldCipher } from '../../platform/secrets.js';
import { appendAudit } from '../audit/audit.service.js';
import type { AuthContext, RequestMeta, SessionStore } from '../identity/sessions.js';

export interface AccountsDeps {
  db: Kysely<DB>;
  cipher: FieldCipher;
  sessions: SessionStore;
}

const phoneTaken = () => alreadyTaken('phone', '该手机号码已被其他单位账号使用');

type ItemRow = AccountRow & { supervisor_name?: string | null };

/**
 * The 主管部门 a department account is to act for, locked against its deletion until the change commits; a
 * 主管部门 deleted meanwhile is refused on the field. Null when the stage has none.
 */
async function lockedSupervisor(
  trx: Transaction<DB>,
  body: { reviewStage: string; supervisorId?: string | null },
): Promise<{ id: string; name: string } | null> {
  const id = supervisorOfStage(body);
  if (!id) return null;
  const row = await trx
    .selectFrom('supervisors')
    .select(['id', 'name'])
    .where('id', '=', id)
    .forShare()
    .executeTakeFirst();
  if (!row) throw fieldError('supervisorId', '所选主管部门不存在，请刷新后重新选择');
  return row;
}

/** Accounts that an administrator manages: an employer's 单位审核人 and the department's accounts. */
export function createAccountsService({ db, cipher, sessions }: AccountsDeps) {
  /** `auth` null: the command line, which is shown no buttons */
  function toItem(row: ItemRow, auth: AuthContext | null): AccountListItem {
    const phone = row.phone_enc ? maskPhone(cipher.decrypt(row.phone_enc)) : null;
    return {
      id: row.id,
      role: row.role,
      roleLabel: ROLE_LABELS[row.role],
      name: row.name,
      login: row.username ?? phone ?? '',
      maskedPhone: phone,
      departmentName: row.department_name,
      reviewStage: row.portal === 'department' ? (row.review_stage ?? 'province') : null,
      reviewStageName: row.portal === 'department' ? stageName(row.review_stage ?? 'province') : null,
      supervisorId: row.supervisor_id,
      supervisorName: row.supervisor_name ?? null,
      enabled: row.enabled,
      createdAt: row.created_at.toISOString(),
      lastLoginAt: row.last_login_at?.toISOString() ?? null,
      allowedActions: auth
        ? allowedActions(
            accountPolicy,
            policyActor(auth),
            { id: row.id, enabled: row.enabled, role: row.role },
            ACCOUNT_BUTTONS,
          )
        : [],
    };
  }

  /** Enables or disables an account found by `scope`; disabling ends its sessions at once. */
  async function setEnabled(
    auth: AuthContext,
    id: string,
    enabled: boolean,
    meta: RequestMeta,
    scope: (q: ReturnType<typeof accountsQuery>) => ReturnType<typeof accountsQuery>,
  ): Promise<AccountListItem> {
    // the account policy's rule, kept a 403: nobody acts on its own account
    if (id === auth.account.id) throw new AppError('FORBIDDEN', '不能停用或启用自己的账号');
    return db.transaction().execute(async (trx) => {
      const row = await scope(trx.selectFrom('accounts').selectAll().where('id', '=', id))
        .forUpdate()
        .executeTakeFirst();
      if (!row) throw new AppError('NOT_FOUND', '账号不存在');
      const updated = await trx
        .updateTable('accounts')
        .set({ enabled })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      if (!enabled) await sessions.endAll(trx, id);
      const supervisor = updated.supervisor_id
        ? await trx
            .selectFrom('supervisors')
            .select('name')
            .where('id', '=', updated.supervisor_id)
            .executeTakeFirst()
        : undefined;
      await appendAudit(trx, {
        actor: actorOf(auth),
        action: enabled ? 'account.enable' : 'account.disable',
        targetType: 'account',
        targetId: id,
        detail: { name: row.name, role: row.role },
        ...meta,
      });
      return toItem({ ...updated, supervisor_name: supervisor?.name ?? null }, auth);
    });
  }
  const accountsQuery = () => db.selectFrom('accounts').selectAll();

  return {
    async listEmployerAccounts({ auth }: { auth: AuthContext }): Promise<AccountList> {
      const rows = await db
        .selectFrom('accounts')
        .selectAll()
        .where('employer_id', '=', auth.account.employerId)
        .orderBy('created_at')
        .execute();
      return { items: rows.map((r) => toItem(r, auth)) };
    },

    async createReviewer({
      auth,
      body,
      meta,
    }: {
      auth: AuthContext;
      body: ReviewerCreate;
      meta: RequestMeta;
    }) {
      const employerId = auth.account.employerId;
      if (!employerId) throw new AppError('FORBIDDEN');
      const phoneHash = cipher.lookup(body.phone);
      const taken = await db
        .selectFrom('accounts')
        .select('id')
        .where('portal', '=', 'employer')
        .where('phone_hash', 'in', cipher.lookups(body.phone))
        .executeTakeFirst();
      if (taken) throw phoneTaken();
      const passwordHash = await hashPassword(body.password);
      try {
        return await db.transaction().execute(async (trx) => {
          const row = await trx
            .insertInto('accounts')
            .values({
              portal: 'employer',
              role: 'employer_reviewer',
              name: body.name,
              employer_id: employerId,
              phone_enc: cipher.encrypt(body.phone),
              phone_hash: phoneHash,
              password_hash: passwordHash,
              created_by: auth.account.id,
            })
            .returningAll()
            .executeTakeFirstOrThrow();
          await appendAudit(trx, {
            actor: actorOf(auth),
            action: 'employer.reviewer.create',
            targetType: 'account',
            targetId: row.id,
            detail: { name: body.name, phone: maskPhone(body.phone) },
            ...meta,
          });
          return toItem(row, auth);
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw phoneTaken();
        throw error;
      }
    },

    setReviewerEnabled({
      auth,
      id,
      enabled,
      meta,
    }: {
      auth: AuthContext;
      id: string;
      enabled: boolean;
      meta: RequestMeta;
    }) {
      return setEnabled(auth, id, enabled, meta, (q) =>
        q.where('employer_id', '=', auth.account.employerId).where('role', '=', 'employer_reviewer'),
      );
    },

    async listDepartmentAccounts({ auth }: { auth: AuthContext }): Promise<AccountList> {
      const rows = await db
        .selectFrom('accounts')
        .leftJoin('supervisors as sv', 'sv.id', 'accounts.supervisor_id')
        .selectAll('accounts')
        .select('sv.name as supervisor_name')
        .where('portal', '=', 'department')
        .orderBy('accounts.created_at')
        .execute();
      return { items: rows.map((r) => toItem(r, auth)) };
    },

    async createDepartmentAccount({
      auth,
      body,
      meta,
    }: {
      auth: AuthContext | null;
      body: DepartmentAccountCreate;
      meta: RequestMeta;
    }) {
      const taken = () => alreadyTaken('username', '该用户名已被使用');
      const exists = await db
        .selectFrom('accounts')
        .select('id')
        .where('username', '=', body.username)
        .executeTakeFirst();
      if (exists) throw taken();
      const passwordHash = await hashPassword(body.password);
      try {
        return await db.transaction().execute(async (trx) => {
          const supervisor = await lockedSupervisor(trx, body);
          const row = await trx
            .insertInto('accounts')
            .values({
              portal: 'department',
              role: body.role,
              name: body.name,
              username: body.username,
              department_name: body.departmentName,
              review_stage: body.role === 'dept_reviewer' ? body.reviewStage : null,
              supervisor_id: supervisor?.id ?? null,
              password_hash: passwordHash,
              created_by: auth?.account.id ?? null,
            })
            .returningAll()
            .executeTakeFirstOrThrow();
          await appendAudit(trx, {
            actor: auth ? actorOf(auth) : { accountId: null, label: '命令行 create-admin' },
            action: 'department.account.create',
            targetType: 'account',
            targetId: row.id,
            detail: {
              username: body.username,
              role: body.role,
              ...(supervisor ? { reviewStage: body.reviewStage, supervisor: supervisor.name } : {}),
            },
            ...meta,
          });
          return toItem({ ...row, supervisor_name: supervisor?.name ?? null }, auth);
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw taken();
        throw error;
      }
    },

    /**
     * 编辑 a department account's 审核环节 and the 主管部门 it acts for. Its sessions read both at every request,
     * so the new scope holds from its next request.
     */
    async setDepartmentAccountStage({
      auth,
      id,
      body,
      meta,
    }: {
      auth: AuthContext;
      id: string;
      body: DepartmentAccountStage;
      meta: RequestMeta;
    }): Promise<AccountListItem> {
      return db.transaction().execute(async (trx) => {
        const before = await trx
          .selectFrom('accounts')
          .leftJoin('supervisors as sv', 'sv.id', 'accounts.supervisor_id')
          .select([
            'accounts.review_stage',
            'accounts.role',
            'accounts.enabled',
            'sv.name as supervisor_name',
          ])
          .where('accounts.id', '=', id)
          .where('accounts.portal', '=', 'department')
          .forUpdate('accounts')
          .executeTakeFirst();
        if (!before) throw new AppError('NOT_FOUND', '账号不存在');
        assertCan(auth, accountPolicy, '编辑审核环节', { id, enabled: before.enabled, role: before.role });
        const supervisor = await lockedSupervisor(trx, body);
        const updated = await trx
          .updateTable('accounts')
          .set({ review_stage: body.reviewStage, supervisor_id: supervisor?.id ?? null })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirstOrThrow();
        await appendAudit(trx, {
          actor: actorOf(auth),
          action: 'department.account.stage',
          targetType: 'account',
          targetId: id,
          detail: {
            name: updated.name,
            from: { reviewStage: before.review_stage ?? 'province', supervisor: before.supervisor_name },
            to: { reviewStage: body.reviewStage, supervisor: supervisor?.name ?? null },
          },
          ...meta,
        });
        return toItem({ ...updated, supervisor_name: supervisor?.name ?? null }, auth);
      });
    },

    setDepartmentAccountEnabled({
      auth,
      id,
      enabled,
      meta,
    }: {
      auth: AuthContext;
      id: string;
      enabled: boolean;
      meta: RequestMeta;
    }) {
      return setEnabled(auth, id, enabled, meta, (q) => q.where('portal', '=', 'department'));
    },
  };
}
export type AccountsService = ReturnType<typeof createAccountsService>;
