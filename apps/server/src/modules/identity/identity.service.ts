import {
  type CaptchaChallenge,
  checkPassword,
  type EmployerRegistration,
  type LoginRequest,
  maskIdNumber,
  maskPhone,
  type PasswordChange,
  type PasswordReset,
  type PersonRegistration,
  ROLE_LABELS,
  type SessionAccount,
  type SessionInfo,
  type SmsCodeRequest,
  type SmsCodeSent,
} from '@rcpd/shared';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError, alreadyTaken, fieldError } from '../../http/errors.js';
import type { CaptchaService } from '../../platform/captcha.js';
import { isUniqueViolation } from '../../platform/db-errors.js';
import {
  dummyPasswordHash,
  hashPassword,
  needsRehash,
  verifyPassword,
} from '../../platform/password-hash.js';
import { hitRateLimit } from '../../platform/rate-limit.js';
import { type FieldCipher, maskedFrom } from '../../platform/secrets.js';
import { accountActor, appendAudit, recordAudit } from '../audit/audit.service.js';
import { createAccountLookup } from './identity.repo.js';
import type { AuthContext, RequestMeta, SessionStore } from './sessions.js';
import { openSession } from './sign-in.js';
import type { SmsCodes } from './sms-codes.js';

export const LOCK_THRESHOLD = 5;
export const LOCK_MINUTES = 15;
const FAILURE_WINDOW_MINUTES = 15;

export interface IdentityDeps {
  db: Kysely<DB>;
  cipher: FieldCipher;
  captcha: CaptchaService;
  smsCodes: SmsCodes;
  sessions: SessionStore;
}

const beijingTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

function lockedError(until: Date): AppError {
  return new AppError(
    'ACCOUNT_LOCKED',
    `连续${LOCK_THRESHOLD}次登录失败，账号已锁定${LOCK_MINUTES}分钟，请于${beijingTime.format(until)}后再试`,
  );
}

const loginFailedError = (triesLeft: number) =>
  new AppError('LOGIN_FAILED', `账号或密码错误，再错${triesLeft}次账号将被锁定${LOCK_MINUTES}分钟`);

const captchaError = () =>
  new AppError('CAPTCHA_INVALID', undefined, [
    { path: 'captchaCode', message: '图形验证码错误或已过期，请重新输入' },
  ]);

function clearLoginFailures(executor: Kysely<DB>, accountId: string) {
  return executor
    .updateTable('accounts')
    .set({ failed_logins: 0, failed_window_start: null, locked_until: null })
    .where('id', '=', accountId)
    .execute();
}

export function createIdentityService(deps: IdentityDeps) {
  const { db, cipher, captcha, smsCodes, sessions } = deps;
  const lookup = createAccountLookup(db, cipher);
  const maskedPhoneOf = maskedFrom(cipher, maskPhone);
  const maskedIdOf = maskedFrom(cipher, maskIdNumber);

  async function limit(key: string, max: number, windowSeconds: number): Promise<void> {
    const hit = await hitRateLimit(db, key, max, windowSeconds);
    if (!hit.allowed) {
      const minutes = Math.max(1, Math.ceil((hit.resetAt.getTime() - Date.now()) / 60_000));
      throw new AppError('RATE_LIMITED', `操作过于频繁，请${minutes}分钟后再试`);
    }
  }

  async function requireCaptcha(captchaId: string, captchaCode: string): Promise<void> {
    if (!(await captcha.verify(captchaId, captchaCode))) throw captchaError();
  }

  /**
   * Counts a login attempt in the account's 15-minute window, atomically. `lockedUntil` is set when the account
   * is locked (perhaps by an attempt running at the same time) and the attempt was not counted.
   */
  async function countLoginAttempt(
    accountId: string,
  ): Promise<{ failures: number; lockedUntil: Date | null }> {
    const windowOver = sql<boolean>`(failed_window_start is null
      or failed_window_start <= now() - make_interval(mins => ${FAILURE_WINDOW_MINUTES}))`;
    const counted = await db
      .updateTable('accounts')
      .set({
        failed_logins: sql`case when ${windowOver} then 1 else failed_logins + 1 end`,
        failed_window_start: sql`case when ${windowOver} then now() else failed_window_start end`,
      })
      .where('id', '=', accountId)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', sql<Date>`now()`)]))
      .returning('failed_logins')
      .executeTakeFirst();
    if (counted) return { failures: counted.failed_logins, lockedUntil: null };
    const row = await db
      .selectFrom('accounts')
      .select('locked_until')
      .where('id', '=', accountId)
      .executeTakeFirst();
    return { failures: 0, lockedUntil: row?.locked_until ?? new Date(Date.now() + LOCK_MINUTES * 60_000) };
  }

  /** Locks the account for 15 minutes (or keeps a lock already running) and starts a fresh window. */
  async function lockAccount(accountId: string): Promise<Date> {
    const row = await db
      .updateTable('accounts')
      .set({
        locked_until: sql`greatest(locked_until, now() + make_interval(mins => ${LOCK_MINUTES}))`,
        failed_logins: 0,
        failed_window_start: null,
      })
      .where('id', '=', accountId)
      .returning('locked_until')
      .executeTakeFirstOrThrow();
    return row.locked_until ?? new Date(Date.now() + LOCK_MINUTES * 60_000);
  }

  /**
   * The answer to a wrong password for an account that does not exist: the same as for one that does (tries
   * left, then a 15-minute lock), counted per typed account, so that sign-in does not tell who is registered.
   */
  async function unknownAccountFailure(body: LoginRequest, meta: RequestMeta): Promise<AppError> {
    const key = `login-unknown:${body.portal}:${cipher.lookup(body.account)}`;
    const lock = await db
      .selectFrom('rate_limits')
      .select('reset_at')
      .where('key', '=', `${key}:locked`)
      .where('reset_at', '>', sql<Date>`now()`)
      .executeTakeFirst();
    if (lock) return lockedError(lock.reset_at);
    await verifyPassword(body.password, await dummyPasswordHash());
    await recordAudit(db, {
      actor: { accountId: null, label: '未知账号' },
      action: 'login.failed',
      detail: { portal: body.portal, reason: 'unknown-account' },
      ...meta,
    });
    const hit = await hitRateLimit(db, key, LOCK_THRESHOLD, FAILURE_WINDOW_MINUTES * 60);
    if (hit.count < LOCK_THRESHOLD) return loginFailedError(LOCK_THRESHOLD - hit.count);
    await db.deleteFrom('rate_limits').where('key', '=', key).execute();
    const locked = await hitRateLimit(db, `${key}:locked`, 1, LOCK_MINUTES * 60);
    return lockedError(locked.resetAt);
  }

  /** What the browser is told about the signed-in account: identity numbers masked. */
  function describe(auth: AuthContext): SessionAccount {
    const a = auth.account;
    return {
      id: a.id,
      portal: a.portal,
      role: a.role,
      roleLabel: ROLE_LABELS[a.role],
      displayName: a.name,
      employerName: a.employerName,
      maskedPhone: maskedPhoneOf(a.phoneEnc),
      maskedIdNumber: maskedIdOf(a.idNumberEnc),
    };
  }

  return {
    describe,

    async issueCaptcha({ meta }: { meta: RequestMeta }): Promise<CaptchaChallenge> {
      await limit(`captcha:${meta.ip}`, 60, 60);
      return captcha.create();
    },

    async requestSmsCode({ body, meta }: { body: SmsCodeRequest; meta: RequestMeta }): Promise<SmsCodeSent> {
      await limit(`sms-ip:${meta.ip}`, 20, 3600);
      await requireCaptcha(body.captchaId, body.captchaCode);
      const phoneHashes = cipher.lookups(body.phone);
      if (body.purpose === 'register') {
        if (await lookup.phoneTaken(body.portal, phoneHashes)) {
          throw fieldError('phone', '该手机号码已注册，请直接登录或使用忘记密码找回');
        }
      } else {
        const accountLabel = body.portal === 'person' ? '证件号码' : '统一社会信用代码';
        if (!body.account) throw fieldError('account', `请填写${accountLabel}`);
        if (!(await lookup.forReset(body.portal, body.account, phoneHashes))) {
          throw new AppError('ACCOUNT_MISMATCH', `${accountLabel}与手机号码不匹配`, [
            { path: 'phone', message: `${accountLabel}与手机号码不匹配` },
          ]);
        }
      }
      return smsCodes.send(body.phone, body.purpose);
    },

    async registerPerson({ body, meta }: { body: PersonRegistration; meta: RequestMeta }) {
      const idHash = cipher.lookup(body.idNumber);
      const phoneHash = cipher.lookup(body.phone);
      const codeId = await smsCodes.verify(body.phone, 'register', body.smsCode);
      if (await lookup.idNumberTaken(cipher.lookups(body.idNumber))) {
        throw alreadyTaken('idNumber', '该证件号码已注册，请直接登录或使用忘记密码找回', '该证件号码已注册');
      }
      if (await lookup.phoneTaken('person', cipher.lookups(body.phone))) {
        throw alreadyTaken('phone', '该手机号码已被其他账号使用');
      }
      const passwordHash = await hashPassword(body.password);
      try {
        await db.transaction().execute(async (trx) => {
          await smsCodes.consume(trx, codeId);
          const account = await trx
            .insertInto('accounts')
            .values({
              portal: 'person',
              role: 'applicant',
              name: body.name,
              id_type: body.idType,
              id_number_enc: cipher.encrypt(body.idNumber),
              id_number_hash: idHash,
              phone_enc: cipher.encrypt(body.phone),
              phone_hash: phoneHash,
              password_hash: passwordHash,
            })
            .returning(['id', 'name', 'role'])
            .executeTakeFirstOrThrow();
          await appendAudit(trx, {
            actor: accountActor(account),
            action: 'account.register',
            targetType: 'account',
            targetId: account.id,
            detail: { portal: 'person', idType: body.idType, idNumber: maskIdNumber(body.idNumber) },
            ...meta,
          });
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError('ALREADY_REGISTERED');
        throw error;
      }
    },

    async registerEmployer({ body, meta }: { body: EmployerRegistration; meta: RequestMeta }) {
      const phoneHash = cipher.lookup(body.phone);
      const codeId = await smsCodes.verify(body.phone, 'register', body.smsCode);
      if (await lookup.employerRegistered(body.uscc)) {
        throw alreadyTaken(
          'uscc',
          '该统一社会信用代码已注册，请直接登录或使用忘记密码找回',
          '该统一社会信用代码已注册',
        );
      }
      if (await lookup.phoneTaken('employer', cipher.lookups(body.phone))) {
        throw alreadyTaken('phone', '该手机号码已被其他单位账号使用');
      }
      const passwordHash = await hashPassword(body.password);
      try {
        await db.transaction().execute(async (trx) => {
          await smsCodes.consume(trx, codeId);
          const employer = await trx
            .insertInto('employers')
            .values({ name: body.employerName, uscc: body.uscc })
            .returning('id')
            .executeTakeFirstOrThrow();
          const account = await trx
            .insertInto('accounts')
            .values({
              portal: 'employer',
              role: 'employer_admin',
              name: body.operatorName,
              employer_id: employer.id,
              phone_enc: cipher.encrypt(body.phone),
              phone_hash: phoneHash,
              password_hash: passwordHash,
            })
            .returning(['id', 'name', 'role'])
            .executeTakeFirstOrThrow();
          await appendAudit(trx, {
            actor: accountActor(account),
            action: 'employer.register',
            targetType: 'employer',
            targetId: employer.id,
            detail: { employerName: body.employerName, uscc: body.uscc },
            ...meta,
          });
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError('ALREADY_REGISTERED');
        throw error;
      }
    },

    /**
     * Signs in. Five wrong passwords within 15 minutes lock the account for 15 minutes, whatever the
     * captcha; an unknown account costs the same time as a known one and gets the same answers.
     */
    async login({
      body,
      meta,
      previousSessionId,
    }: {
      body: LoginRequest;
      meta: RequestMeta;
      previousSessionId?: string;
    }): Promise<{ token: string; info: SessionInfo }> {
      await limit(`login-ip:${meta.ip}`, 50, 900);
      await requireCaptcha(body.captchaId, body.captchaCode);
      const account = await lookup.forLogin(body.portal, body.account);
      if (!account) throw await unknownAccountFailure(body, meta);
      if (account.locked_until && account.locked_until.getTime() > Date.now())
        throw lockedError(account.locked_until);

      // The attempt is counted before the password is checked, so that guesses sent in parallel cannot get
      // past the limit: the 6th attempt of a window locks the account without being checked.
      const attempt = await countLoginAttempt(account.id);
      if (attempt.lockedUntil) throw lockedError(attempt.lockedUntil);
      const lockAudit = (reason: string) =>
        recordAudit(db, {
          actor: accountActor(account),
          action: 'login.locked',
          targetType: 'account',
          targetId: account.id,
          detail: { portal: body.portal, reason },
          ...meta,
        });
      if (attempt.failures > LOCK_THRESHOLD) {
        const until = await lockAccount(account.id);
        await lockAudit('too-many-attempts');
        throw lockedError(until);
      }

      if (!(await verifyPassword(body.password, account.password_hash))) {
        if (attempt.failures >= LOCK_THRESHOLD) {
          const until = await lockAccount(account.id);
          await lockAudit('wrong-password');
          throw lockedError(until);
        }
        await recordAudit(db, {
          actor: accountActor(account),
          action: 'login.failed',
          targetType: 'account',
          targetId: account.id,
          detail: { portal: body.portal, reason: 'wrong-password' },
          ...meta,
        });
        throw loginFailedError(LOCK_THRESHOLD - attempt.failures);
      }
      if (!account.enabled) {
        await clearLoginFailures(db, account.id);
        throw new AppError('ACCOUNT_DISABLED');
      }

      // a hash made at weaker parameters than today's is made again now that the password is known
      const rehashed = needsRehash(account.password_hash) ? await hashPassword(body.password) : undefined;
      const created = await db.transaction().execute(async (trx) => {
        await clearLoginFailures(trx, account.id);
        if (rehashed) {
          await trx
            .updateTable('accounts')
            .set({ password_hash: rehashed })
            .where('id', '=', account.id)
            // unless the password changed meanwhile (a reset in another request)
            .where('password_hash', '=', account.password_hash)
            .execute();
        }
        return openSession(trx, sessions, account, { portal: body.portal, meta, previousSessionId });
      });
      const auth = await sessions.load(created.token);
      if (!auth) throw new Error('a session just created could not be loaded');
      return { token: created.token, info: { account: describe(auth), csrfToken: created.csrfToken } };
    },

    async logout({ auth, meta }: { auth: AuthContext; meta: RequestMeta }) {
      await db.transaction().execute(async (trx) => {
        await sessions.end(trx, auth.sessionId);
        await appendAudit(trx, {
          actor: accountActor(auth.account),
          action: 'logout',
          targetType: 'account',
          targetId: auth.account.id,
          ...meta,
        });
      });
    },

    /** 忘记密码: 证件号码 (or 统一社会信用代码) + 手机号码 + SMS code; every session of the account ends. */
    async resetPassword({ body, meta }: { body: PasswordReset; meta: RequestMeta }) {
      const codeId = await smsCodes.verify(body.phone, 'reset', body.smsCode);
      const account = await lookup.forReset(body.portal, body.account, cipher.lookups(body.phone));
      if (!account) {
        const label = body.portal === 'person' ? '证件号码' : '统一社会信用代码';
        throw new AppError('ACCOUNT_MISMATCH', `${label}与手机号码不匹配`);
      }
      const passwordHash = await hashPassword(body.password);
      await db.transaction().execute(async (trx) => {
        await smsCodes.consume(trx, codeId);
        await trx
          .updateTable('accounts')
          .set({
            password_hash: passwordHash,
            password_changed_at: sql`now()`,
            failed_logins: 0,
            failed_window_start: null,
            locked_until: null,
          })
          .where('id', '=', account.id)
          .execute();
        await sessions.endAll(trx, account.id);
        await appendAudit(trx, {
          actor: accountActor(account),
          action: 'password.reset',
          targetType: 'account',
          targetId: account.id,
          ...meta,
        });
      });
    },

    /** A signed-in account changes its password; every session of the account ends, this one too. */
    async changePassword({
      auth,
      body,
      meta,
    }: {
      auth: AuthContext;
      body: PasswordChange;
      meta: RequestMeta;
    }) {
      await limit(`password-change:${auth.account.id}`, 10, 900);
      const account = await db
        .selectFrom('accounts')
        .selectAll()
        .where('id', '=', auth.account.id)
        .executeTakeFirstOrThrow();
      if (!(await verifyPassword(body.oldPassword, account.password_hash))) {
        throw fieldError('oldPassword', '原密码不正确');
      }
      // what the account signs in (or recovers its password) with; an employer's 统一社会信用代码 too
      const employer = account.employer_id
        ? await db
            .selectFrom('employers')
            .select('uscc')
            .where('id', '=', account.employer_id)
            .executeTakeFirst()
        : undefined;
      const identifiers = [
        account.username,
        account.phone_enc && cipher.decrypt(account.phone_enc),
        account.id_number_enc && cipher.decrypt(account.id_number_enc),
        employer?.uscc,
      ].filter((v): v is string => Boolean(v));
      const policy = checkPassword(body.password, identifiers);
      if (!policy.ok) throw fieldError('password', policy.message);
      const passwordHash = await hashPassword(body.password);
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('accounts')
          .set({ password_hash: passwordHash, password_changed_at: sql`now()` })
          .where('id', '=', account.id)
          .execute();
        await sessions.endAll(trx, account.id);
        await appendAudit(trx, {
          actor: accountActor(account),
          action: 'password.change',
          targetType: 'account',
          targetId: account.id,
          ...meta,
        });
      });
    },
  };
}
export type IdentityService = ReturnType<typeof createIdentityService>;
