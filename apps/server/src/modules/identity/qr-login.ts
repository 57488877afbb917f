import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import {
  LOGIN_PANEL_LABELS,
  maskIdNumber,
  maskPhone,
  type PublicLoginPortal,
  QR_LOGIN_TTL_SECONDS,
  QR_LONG_POLL_SECONDS,
  type QrLoginCode,
  type QrLoginDetail,
  type QrLoginRedeem,
  ROLE_LABELS,
  type SessionAccount,
} from '@rcpd/shared';
import { type Kysely, sql } from 'kysely';
import QRCode from 'qrcode';
import type { DB, QrLoginsTable } from '../../db/schema.js';
import { AppError } from '../../http/errors.js';
import { tokenHash } from '../../platform/crypto/token-hash.js';
import { hitRateLimit } from '../../platform/rate-limit.js';
import { type FieldCipher, maskedFrom } from '../../platform/secrets.js';
import { accountActor, appendAudit } from '../audit/audit.service.js';
import type { AuthContext, RequestMeta, SessionStore } from './sessions.js';
import { openSession, signInRefusal } from './sign-in.js';

/** How often a waiting redeem looks at its row again: a confirmation made on another instance is seen this late. */
export const QR_RECHECK_MS = 500;

const refused = (message: string) => new AppError('QR_LOGIN_REFUSED', message);
const unknownCode = () => new AppError('NOT_FOUND', MESSAGES.unknown);

const MESSAGES = {
  unknown: '二维码不存在或已失效，请在电脑上刷新二维码后重新扫码',
  expired: '二维码已过期，请在电脑上刷新二维码后重新扫码',
  confirmed: '该二维码已确认登录，不能重复确认',
  redeemed: '该二维码已使用，不能重复确认',
  cancelled: '该二维码已取消，请在电脑上刷新二维码后重新扫码',
  foreignBrowser: '该二维码不是在此浏览器上生成的，不能在此浏览器登录，请刷新二维码',
  locked: '该账号登录失败次数过多已被锁定，请稍后再试',
  disabled: '该账号已停用，请联系管理员',
} as const;

/** `个人账号不能确认单位登录` and the like: a code signs in to its own portal only. */
function portalRefusal(codePortal: PublicLoginPortal, accountPortal: string): string | null {
  if (codePortal === accountPortal) return null;
  const own =
    accountPortal === 'person' ? '个人账号' : accountPortal === 'employer' ? '单位账号' : '管理端账号';
  return `${own}不能确认${LOGIN_PANEL_LABELS[codePortal]}，请使用${codePortal === 'person' ? '个人' : '单位'}账号登录的手机扫码`;
}

const BROWSERS: [RegExp, string][] = [
  [/Edg\/(\d+)/, 'Edge'],
  [/(?:Chrome|Chromium)\/(\d+)/, 'Chrome'],
  [/Firefox\/(\d+)/, 'Firefox'],
  [/Version\/(\d+).*Safari/, 'Safari'],
];
const SYSTEMS: [RegExp, string][] = [
  [/Windows/, 'Windows'],
  [/Android/, 'Android'],
  [/iPhone|iPad/, 'iOS'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/Linux/, 'Linux'],
];

/** `Chrome 130 · Windows`: what a person recognises of the browser that asked to sign in. */
export function describeBrowser(userAgent: string | null): string {
  const ua = userAgent ?? '';
  let browser = '未知浏览器';
  for (const [pattern, name] of BROWSERS) {
    const version = pattern.exec(ua)?.[1];
    if (version) {
      browser = `${name} ${version}`;
      break;
    }
  }
  const system = SYSTEMS.find(([pattern]) => pattern.test(ua))?.[1];
  return system ? `${browser} · ${system}` : browser;
}

export interface QrLoginDeps {
  db: Kysely<DB>;
  cipher: FieldCipher;
  sessions: SessionStore;
  /** the 扫一扫 page the QR code links to lives here */
  publicBaseUrl: string;
  /** the signed-in account as the browser is told of it */
  describe: (auth: AuthContext) => SessionAccount;
}

/**
 * 扫码登录 (docs/adr/0010). The desktop's login panel asks for a code bound to its browser; a phone signed in to
 * the same portal confirms it; the desktop's waiting redeem call (a long poll of at most 25 s, woken at once on
 * this instance and re-checking the row every 500 ms for a confirmation made on another) then gets a new session.
 */
export function createQrLogin({ db, cipher, sessions, publicBaseUrl, describe }: QrLoginDeps) {
  const changes = new EventEmitter();
  changes.setMaxListeners(0);
  const maskedPhoneOf = maskedFrom(cipher, maskPhone);
  const maskedIdOf = maskedFrom(cipher, maskIdNumber);
  let closed = false;

  async function limit(key: string, max: number, windowSeconds: number): Promise<void> {
    const hit = await hitRateLimit(db, key, max, windowSeconds);
    if (!hit.allowed) {
      const minutes = Math.max(1, Math.ceil((hit.resetAt.getTime() - Date.now()) / 60_000));
      throw new AppError('RATE_LIMITED', `操作过于频繁，请${minutes}分钟后再试`);
    }
  }

  /** Resolves after `ms`, or sooner when the code changes on this instance or the caller gives up. */
  function changeOrTimeout(id: string, ms: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        changes.off(id, done);
        changes.off('close', done);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      changes.on(id, done);
      changes.on('close', done);
      signal.addEventListener('abort', done);
    });
  }

  const rowOf = (id: string) =>
    db.selectFrom('qr_logins').selectAll().where('id', '=', id).executeTakeFirst();
  const expired = (row: Pick<QrLoginsTable, 'expires_at'>) => row.expires_at.getTime() <= Date.now();

  /** The code's row for a phone's decision, locked, with what refuses it. */
  async function decidable(trx: Kysely<DB>, auth: AuthContext, codeId: string) {
    const row = await trx
      .selectFrom('qr_logins')
      .selectAll()
      .where('id', '=', tokenHash(codeId))
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw unknownCode();
    if (row.status === 'confirmed') throw refused(MESSAGES.confirmed);
    if (row.status === 'redeemed') throw refused(MESSAGES.redeemed);
    if (row.status === 'cancelled') throw refused(MESSAGES.cancelled);
    if (expired(row)) throw refused(MESSAGES.expired);
    const wrongPortal = portalRefusal(row.portal, auth.account.portal);
    if (wrongPortal) throw new AppError('FORBIDDEN', wrongPortal);
    return row;
  }

  async function accountState(executor: Kysely<DB>, accountId: string) {
    const account = await executor
      .selectFrom('accounts')
      .select(['id', 'name', 'role', 'portal', 'enabled', 'locked_until', 'employer_id'])
      .where('id', '=', accountId)
      .executeTakeFirst();
    if (!account) return { account, refusal: MESSAGES.disabled };
    const why = signInRefusal(account);
    return { account, refusal: why ? MESSAGES[why] : null };
  }

  /** The confirmed code becomes a session of this browser, once. Null when another call redeemed it first. */
  async function redeemConfirmed(id: string, meta: RequestMeta, previousSessionId: string | undefined) {
    return db.transaction().execute(async (trx) => {
      const taken = await trx
        .updateTable('qr_logins')
        .set({ status: 'redeemed' })
        .where('id', '=', id)
        .where('status', '=', 'confirmed')
        .where('expires_at', '>', sql<Date>`now()`)
        .returning(['account_id', 'portal'])
        .executeTakeFirst();
      if (!taken?.account_id) return null;
      // locked or disabled since the phone confirmed: nothing signs in (the transaction rolls back)
      const { account, refusal } = await accountState(trx, taken.account_id);
      if (refusal || !account) throw refused(refusal ?? MESSAGES.disabled);
      return openSession(trx, sessions, account, {
        portal: taken.portal,
        method: 'qr',
        meta,
        previousSessionId,
      });
    });
  }

  return {
    /** A new QR code for this browser (`browserToken`: its random cookie). */
    async create({
      portal,
      browserToken,
      meta,
    }: {
      portal: PublicLoginPortal;
      browserToken: string;
      meta: RequestMeta;
    }): Promise<QrLoginCode> {
      await limit(`qr-create:${meta.ip}`, 60, 600);
      const codeId = randomBytes(32).toString('base64url');
      const expiresAt = new Date(Date.now() + QR_LOGIN_TTL_SECONDS * 1000);
      await db
        .insertInto('qr_logins')
        .values({
          id: tokenHash(codeId),
          portal,
          browser_hash: tokenHash(browserToken),
          ip: meta.ip,
          user_agent: meta.userAgent?.slice(0, 300) ?? null,
          expires_at: expiresAt,
        })
        .execute();
      const url = `${publicBaseUrl}/scan?c=${codeId}`;
      const image = await QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 2, width: 240 });
      return { codeId, url, image, expiresAt: expiresAt.toISOString() };
    },

    /**
     * The desktop waits (at most 25 s) for the phone: 'signed-in' with a new session once it confirmed,
     * 'cancelled' or 'expired', or 'pending' when the wait is over (the panel calls again).
     */
    async redeem({
      codeId,
      browserToken,
      meta,
      previousSessionId,
      signal,
    }: {
      codeId: string;
      browserToken: string | undefined;
      meta: RequestMeta;
      previousSessionId?: string;
      signal: AbortSignal;
    }): Promise<{ answer: QrLoginRedeem; token?: string }> {
      await limit(`qr-redeem:${meta.ip}`, 600, 600);
      const id = tokenHash(codeId);
      const browser = browserToken ? tokenHash(browserToken) : null;
      const deadline = Date.now() + QR_LONG_POLL_SECONDS * 1000;
      for (;;) {
        const row = await rowOf(id);
        if (!row) throw unknownCode();
        if (browser === null || browser !== row.browser_hash) throw refused(MESSAGES.foreignBrowser);
        if (row.status === 'redeemed') throw refused(MESSAGES.redeemed);
        if (row.status === 'cancelled') return { answer: { status: 'cancelled', session: null } };
        if (expired(row)) return { answer: { status: 'expired', session: null } };
        if (row.status === 'confirmed') {
          const created = await redeemConfirmed(id, meta, previousSessionId);
          if (created) {
            const auth = await sessions.load(created.token);
            if (!auth) throw new Error('a session just created could not be loaded');
            return {
              answer: {
                status: 'signed-in',
                session: { account: describe(auth), csrfToken: created.csrfToken },
              },
              token: created.token,
            };
          }
          continue;
        }
        const left = Math.min(deadline, row.expires_at.getTime()) - Date.now();
        if (left <= 0 || signal.aborted || closed) {
          return { answer: { status: expired(row) ? 'expired' : 'pending', session: null } };
        }
        await changeOrTimeout(id, Math.min(QR_RECHECK_MS, left), signal);
      }
    },

    /** What the phone shows before its owner decides. */
    async detail({ auth, codeId }: { auth: AuthContext; codeId: string }): Promise<QrLoginDetail> {
      const row = await rowOf(tokenHash(codeId));
      if (!row) throw unknownCode();
      const status = row.status === 'pending' && expired(row) ? 'expired' : row.status;
      const { refusal: accountRefusal } = await accountState(db, auth.account.id);
      const refusal =
        status === 'pending'
          ? (portalRefusal(row.portal, auth.account.portal) ?? accountRefusal)
          : status === 'expired'
            ? MESSAGES.expired
            : status === 'cancelled'
              ? MESSAGES.cancelled
              : MESSAGES.confirmed;
      const a = auth.account;
      return {
        portal: row.portal,
        portalLabel: LOGIN_PANEL_LABELS[row.portal],
        status,
        refusal,
        account: {
          displayName: a.name,
          roleLabel: ROLE_LABELS[a.role],
          employerName: a.employerName,
          maskedIdNumber: maskedIdOf(a.idNumberEnc),
          maskedPhone: maskedPhoneOf(a.phoneEnc),
        },
        origin: {
          ip: row.ip,
          browser: describeBrowser(row.user_agent),
          requestedAt: row.created_at.toISOString(),
        },
        expiresAt: row.expires_at.toISOString(),
      };
    },

    /** 确认登录 on the phone: the code will sign in the phone's account, on the desktop that asked for it. */
    async confirm({ auth, codeId, meta }: { auth: AuthContext; codeId: string; meta: RequestMeta }) {
      await limit(`qr-decide:${auth.account.id}`, 30, 600);
      const id = tokenHash(codeId);
      await db.transaction().execute(async (trx) => {
        const row = await decidable(trx, auth, codeId);
        const { account, refusal } = await accountState(trx, auth.account.id);
        if (refusal || !account) throw refused(refusal ?? MESSAGES.disabled);
        await trx
          .updateTable('qr_logins')
          .set({
            status: 'confirmed',
            account_id: account.id,
            decided_at: sql`now()`,
            // the desktop redeems within a second; a confirmation in the code's last moment still counts
            expires_at: sql`greatest(expires_at, now() + interval '30 seconds')`,
          })
          .where('id', '=', id)
          .execute();
        await appendAudit(trx, {
          actor: accountActor(account),
          action: 'login.qr-confirm',
          targetType: 'account',
          targetId: account.id,
          detail: { portal: row.portal, requestIp: row.ip },
          ...meta,
        });
      });
      changes.emit(id);
    },

    /** 取消 on the phone: the desktop's panel says so and shows a new code. */
    async cancel({ auth, codeId, meta }: { auth: AuthContext; codeId: string; meta: RequestMeta }) {
      await limit(`qr-decide:${auth.account.id}`, 30, 600);
      const id = tokenHash(codeId);
      await db.transaction().execute(async (trx) => {
        const row = await decidable(trx, auth, codeId);
        await trx
          .updateTable('qr_logins')
          .set({ status: 'cancelled', decided_at: sql`now()` })
          .where('id', '=', id)
          .execute();
        await appendAudit(trx, {
          actor: accountActor(auth.account),
          action: 'login.qr-cancel',
          targetType: 'account',
          targetId: auth.account.id,
          detail: { portal: row.portal, requestIp: row.ip },
          ...meta,
        });
      });
      changes.emit(id);
    },

    /** Ends every wait at once (the server is closing). */
    close() {
      closed = true;
      changes.emit('close');
    },
  };
}
export type QrLogin = ReturnType<typeof createQrLogin>;
