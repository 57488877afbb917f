import { randomBytes } from 'node:crypto';
import type { Portal, Role, StageKey } from '@rcpd/shared';
import { type Kysely, sql } from 'kysely';
import { compileOnce } from '../../db/compiled.js';
import type { DB } from '../../db/schema.js';
import { tokenHash } from '../../platform/crypto/token-hash.js';

export interface SessionPolicy {
  idleMinutes: number;
  maxHours: number;
}

/** The signed-in account as every route sees it. */
export interface AuthContext {
  sessionId: string;
  csrfToken: string;
  account: {
    id: string;
    role: Role;
    portal: Portal;
    name: string;
    username: string | null;
    employerId: string | null;
    employerName: string | null;
    departmentName: string | null;
    phoneEnc: string | null;
    idNumberEnc: string | null;
    /** a department account's 审核环节 (null: the 省人社厅's) */
    reviewStage: StageKey | null;
    /** the 主管部门 a 主管部门审核 account acts for, and its name */
    supervisorId: string | null;
    supervisorName: string | null;
  };
}

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

const TOUCH_AFTER_MS = 60_000;

export const sessionIdOf = tokenHash;
export const newToken = (bytes = 32) => randomBytes(bytes).toString('base64url');

export function createSessionStore(db: Kysely<DB>, policy: SessionPolicy) {
  // every /api request runs it: built and compiled once
  const sessionRow = compileOnce(
    (p: { id: string }) =>
      db
        .selectFrom('sessions as s')
        .innerJoin('accounts as a', 'a.id', 's.account_id')
        .leftJoin('employers as e', 'e.id', 'a.employer_id')
        .leftJoin('supervisors as sv', 'sv.id', 'a.supervisor_id')
        .select([
          's.id',
          's.csrf_token',
          's.last_seen_at',
          'a.id as account_id',
          'a.role',
          'a.portal',
          'a.name',
          'a.username',
          'a.employer_id',
          'e.name as employer_name',
          'a.department_name',
          'a.phone_enc',
          'a.id_number_enc',
          'a.review_stage',
          'a.supervisor_id',
          'sv.name as supervisor_name',
        ])
        .where('s.id', '=', p.id)
        .where('a.enabled', '=', true)
        .where('s.expires_at', '>', sql<Date>`now()`)
        .where('s.last_seen_at', '>', sql<Date>`now() - make_interval(mins => ${policy.idleMinutes})`),
    ['id'],
  );
  return {
    /** A new session (and a new id: the cookie's old value, if any, is ended by the caller). */
    async create(executor: Kysely<DB>, accountId: string, meta: RequestMeta) {
      const token = newToken();
      const csrfToken = newToken(24);
      await executor
        .insertInto('sessions')
        .values({
          id: sessionIdOf(token),
          account_id: accountId,
          csrf_token: csrfToken,
          expires_at: new Date(Date.now() + policy.maxHours * 3_600_000),
          ip: meta.ip,
          user_agent: meta.userAgent?.slice(0, 300) ?? null,
        })
        .execute();
      return { token, csrfToken };
    },

    /** The live session of a cookie token, or null when it is unknown, idle too long, too old or disabled. */
    async load(token: string): Promise<AuthContext | null> {
      if (token.length > 100) return null;
      const id = sessionIdOf(token);
      const row = (await sessionRow(db, { id })).rows[0];
      if (!row) return null;
      if (Date.now() - row.last_seen_at.getTime() > TOUCH_AFTER_MS) {
        await db.updateTable('sessions').set({ last_seen_at: sql`now()` }).where('id', '=', id).execute();
      }
      return {
        sessionId: id,
        csrfToken: row.csrf_token,
        account: {
          id: row.account_id,
          role: row.role,
          portal: row.portal,
          name: row.name,
          username: row.username,
          employerId: row.employer_id,
          employerName: row.employer_name,
          departmentName: row.department_name,
          phoneEnc: row.phone_enc,
          idNumberEnc: row.id_number_enc,
          reviewStage: row.review_stage,
          supervisorId: row.supervisor_id,
          supervisorName: row.supervisor_name,
        },
      };
    },

    async end(executor: Kysely<DB>, sessionId: string) {
      await executor.deleteFrom('sessions').where('id', '=', sessionId).execute();
    },

    /** Ends every session of an account: password changed or reset, account disabled. */
    async endAll(executor: Kysely<DB>, accountId: string) {
      await executor.deleteFrom('sessions').where('account_id', '=', accountId).execute();
    },

    async purgeExpired() {
      await db
        .deleteFrom('sessions')
        .where((eb) =>
          eb.or([
            eb('expires_at', '<=', sql<Date>`now()`),
            eb('last_seen_at', '<=', sql<Date>`now() - make_interval(mins => ${policy.idleMinutes})`),
          ]),
        )
        .execute();
    },
  };
}
export type SessionStore = ReturnType<typeof createSessionStore>;
