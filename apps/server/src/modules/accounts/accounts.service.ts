import {
  ACCOUNT_BUTTONS,
  type AccountListItem,
  accountPolicy,
  allowedActions,
  type DepartmentAccountCreate,
  maskPhone,
  type ReviewerCreate,
  ROLE_LABELS,
  stageName,
} from '@rcpd/shared';
import type { Kysely } from 'kysely';
import type { AccountRow, DB } from '../../db/schema.js';
import { actorOf } from '../../http/auth.js';
import { AppError, alreadyTaken } from '../../http/errors.js';
import { policyActor } from '../../http/policy.js';
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

/** Accounts that an administrator manages: an employer's 单位审核人 and the department's accounts. */
export function createAccountsService({ db, cipher, sessions }: AccountsDeps) {
  /** `auth` null: the command line, which is shown no buttons */
  function toItem(row: AccountRow, auth: AuthContext | null): AccountListItem {
    const phone = row.phone_enc ? maskPhone(cipher.decrypt(row.phone_enc)) : null;
    return {
      id: row.id,
      role: row.role,
      roleLabel: ROLE_LABELS[row.role],
      name: row.name,
      login: row.username ?? phone ?? '',
      maskedPhone: phone,
      departmentName: row.department_name,
      reviewStageName: row.portal === 'department' ? stageName(row.review_stage ?? 'province') : null,
      enabled: row.enabled,
      createdAt: row.created_at.toISOString(),
      lastLoginAt: row.last_login_at?.toISOString() ?? null,
      allowedActions: auth
        ? allowedActions(
            accountPolicy,
            policyActor(auth),
            { id: row.id, enabled: row.enabled },
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
      await appendAudit(trx, {
        actor: actorOf(auth),
        action: enabled ? 'account.enable' : 'account.disable',
        targetType: 'account',
        targetId: id,
        detail: { name: row.name, role: row.role },
        ...meta,
      });
      return toItem(updated, auth);
    });
  }
  const accountsQuery = () => db.selectFrom('accounts').selectAll();

  return {
    async listEmployerAccounts({ auth }: { auth: AuthContext }) {
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
        .where('phone_hash', '=', phoneHash)
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

    async listDepartmentAccounts({ auth }: { auth: AuthContext }) {
      const rows = await db
        .selectFrom('accounts')
        .selectAll()
        .where('portal', '=', 'department')
        .orderBy('created_at')
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
          const row = await trx
            .insertInto('accounts')
            .values({
              portal: 'department',
              role: body.role,
              name: body.name,
              username: body.username,
              department_name: body.departmentName,
              review_stage: body.role === 'dept_reviewer' ? body.reviewStage : null,
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
            detail: { username: body.username, role: body.role },
            ...meta,
          });
          return toItem(row, auth);
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw taken();
        throw error;
      }
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
