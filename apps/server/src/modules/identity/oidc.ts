import { randomBytes } from 'node:crypto';
import {
  checkIdNumber,
  checkUscc,
  DEFAULT_ID_TYPE,
  isMobile,
  maskIdNumber,
  OIDC_ERROR_MESSAGES,
  type OidcErrorKey,
  type OidcPending,
  type PublicLoginPortal,
  type SessionAccount,
  type SessionInfo,
} from '@rcpd/shared';
import { type Kysely, sql, type Transaction } from 'kysely';
import * as oidc from 'openid-client';
import type { AccountRow, DB } from '../../db/schema.js';
import { AppError, fieldError } from '../../http/errors.js';
import { tokenHash } from '../../platform/crypto/token-hash.js';
import { hashPassword } from '../../platform/password-hash.js';
import { hitRateLimit } from '../../platform/rate-limit.js';
import type { FieldCipher } from '../../platform/secrets.js';
import { accountActor, appendAudit } from '../audit/audit.service.js';
import type { AuthContext, RequestMeta, SessionStore } from './sessions.js';
import { openSession, signInRefusal } from './sign-in.js';
import type { SmsCodes } from './sms-codes.js';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
  redirectUri: string;
}

/** A sign-in at the platform is finished within this long, or started again. */
const REQUEST_TTL_MINUTES = 10;
/** how long the platform's discovery and token endpoints may take before it counts as down */
const TIMEOUT_SECONDS = 5;

/** The claims lack a 手机号码: the person verifies one by SMS before the account is registered. */
class NeedsPhone extends Error {}

/** A refusal the login page explains (`OIDC_ERROR_MESSAGES`); the browser is sent back there with its key. */
export class OidcRefusal extends Error {
  constructor(readonly key: OidcErrorKey) {
    super(key);
  }
}

const pendingExpired = () => new AppError('UNAUTHENTICATED', '统一身份认证平台登录已失效，请重新登录');

export interface OidcDeps {
  db: Kysely<DB>;
  cipher: FieldCipher;
  sessions: SessionStore;
  smsCodes: Pick<SmsCodes, 'verify' | 'consume'>;
  /** the signed-in account as the browser is told of it */
  describe: (auth: AuthContext) => SessionAccount;
  settings: OidcSettings;
  log: { warn(obj: object, msg: string): void };
}

/** The claims this service reads: standard ones, and the platform's 证件号码 and 统一社会信用代码. */
interface PlatformClaims {
  sub: string;
  name?: unknown;
  phone_number?: unknown;
  id_number?: unknown;
  id_type?: unknown;
  uscc?: unknown;
  org_name?: unknown;
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/**
 * 统一身份认证 by OpenID Connect (docs/adr/0010): authorization code with PKCE, state and nonce, through
 * `openid-client`. The state row binds the sign-in to the browser that started it and is used once; the
 * platform's account is linked to ours by 证件号码 (or 统一社会信用代码) through the lookup hash, or registered.
 */
export function createOidcLogin({ db, cipher, sessions, smsCodes, describe, settings, log }: OidcDeps) {
  let configuration: Promise<oidc.Configuration> | null = null;
  const insecure = settings.issuer.startsWith('http:');

  /** The platform's metadata, fetched once; a failed fetch is tried again at the next sign-in. */
  function platform(): Promise<oidc.Configuration> {
    configuration ??= oidc
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        { redirect_uris: [settings.redirectUri] },
        oidc.ClientSecretPost(settings.clientSecret),
        { execute: insecure ? [oidc.allowInsecureRequests] : [], timeout: TIMEOUT_SECONDS },
      )
      .then((config) => {
        config.timeout = TIMEOUT_SECONDS;
        return config;
      })
      .catch((error: unknown) => {
        configuration = null;
        log.warn({ err: error }, 'OIDC discovery failed');
        throw new OidcRefusal('unavailable');
      });
    return configuration;
  }

  async function pendingClaims(executor: Kysely<DB>, token: string | undefined): Promise<PlatformClaims> {
    if (!token) throw pendingExpired();
    const row = await executor
      .selectFrom('oidc_pending')
      .select('claims_enc')
      .where('token_hash', '=', tokenHash(token))
      .where('expires_at', '>', sql<Date>`now()`)
      .executeTakeFirst();
    if (!row) throw pendingExpired();
    return JSON.parse(cipher.decrypt(row.claims_enc)) as PlatformClaims;
  }

  async function findOrRegister(
    trx: Transaction<DB>,
    portal: PublicLoginPortal,
    claims: PlatformClaims,
    meta: RequestMeta,
    verifiedPhone?: string,
  ): Promise<AccountRow> {
    const linked = await trx
      .selectFrom('external_identities as x')
      .innerJoin('accounts as a', 'a.id', 'x.account_id')
      .selectAll('a')
      .where('x.issuer', '=', settings.issuer)
      .where('x.subject', '=', claims.sub)
      .where('x.portal', '=', portal)
      .executeTakeFirst();
    if (linked) return linked;

    const account =
      portal === 'person'
        ? await personOf(trx, claims, meta, verifiedPhone)
        : await employerOf(trx, claims, meta);
    await trx
      .insertInto('external_identities')
      .values({ issuer: settings.issuer, subject: claims.sub, portal, account_id: account.id })
      .execute();
    return account;
  }

  async function personOf(
    trx: Transaction<DB>,
    claims: PlatformClaims,
    meta: RequestMeta,
    verifiedPhone?: string,
  ): Promise<AccountRow> {
    const idNumber = text(claims.id_number)?.toUpperCase();
    if (!idNumber) throw new OidcRefusal('no-identity');
    const idHash = cipher.lookup(idNumber);
    const existing = await trx
      .selectFrom('accounts')
      .selectAll()
      .where('portal', '=', 'person')
      .where('id_number_hash', 'in', cipher.lookups(idNumber))
      .executeTakeFirst();
    if (existing) {
      await appendAudit(trx, {
        actor: accountActor(existing),
        action: 'account.oidc-link',
        targetType: 'account',
        targetId: existing.id,
        detail: { portal: 'person', issuer: settings.issuer },
        ...meta,
      });
      return existing;
    }
    const idType = text(claims.id_type) ?? DEFAULT_ID_TYPE;
    const name = text(claims.name);
    const claimed = text(claims.phone_number)?.replace(/^\+?86/, '');
    const phone = verifiedPhone ?? (claimed && isMobile(claimed) ? claimed : undefined);
    const idCheck = checkIdNumber(idType as typeof DEFAULT_ID_TYPE, idNumber);
    if (!idCheck.ok || !name) throw new OidcRefusal('no-identity');
    if (!phone) throw new NeedsPhone();
    const phoneHash = cipher.lookup(phone);
    const taken = await trx
      .selectFrom('accounts')
      .select('id')
      .where('portal', '=', 'person')
      .where('phone_hash', 'in', cipher.lookups(phone))
      .executeTakeFirst();
    if (taken) {
      if (verifiedPhone) throw fieldError('phone', '该手机号码已被其他账号使用');
      throw new OidcRefusal('no-phone');
    }
    const created = await trx
      .insertInto('accounts')
      .values({
        portal: 'person',
        role: 'applicant',
        name,
        id_type: idType,
        id_number_enc: cipher.encrypt(idNumber),
        id_number_hash: idHash,
        phone_enc: cipher.encrypt(phone),
        phone_hash: phoneHash,
        // no password: 忘记密码 sets one, by SMS to the platform's verified number
        password_hash: await hashPassword(randomBytes(32).toString('base64url')),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(trx, {
      actor: accountActor(created),
      action: 'account.oidc-register',
      targetType: 'account',
      targetId: created.id,
      detail: { portal: 'person', issuer: settings.issuer, idType },
      ...meta,
    });
    return created;
  }

  async function employerOf(
    trx: Transaction<DB>,
    claims: PlatformClaims,
    meta: RequestMeta,
  ): Promise<AccountRow> {
    const uscc = text(claims.uscc)?.toUpperCase();
    if (!uscc || !checkUscc(uscc).ok) throw new OidcRefusal('no-identity');
    const admin = await trx
      .selectFrom('accounts')
      .innerJoin('employers', 'employers.id', 'accounts.employer_id')
      .selectAll('accounts')
      .where('employers.uscc', '=', uscc)
      .where('accounts.role', '=', 'employer_admin')
      .executeTakeFirst();
    if (!admin) throw new OidcRefusal('no-account');
    await appendAudit(trx, {
      actor: accountActor(admin),
      action: 'account.oidc-link',
      targetType: 'account',
      targetId: admin.id,
      detail: { portal: 'employer', issuer: settings.issuer },
      ...meta,
    });
    return admin;
  }

  return {
    /** The platform's authorization URL for this browser (`browserToken`: its random cookie). */
    async start({
      portal,
      browserToken,
      meta,
    }: {
      portal: PublicLoginPortal;
      browserToken: string;
      meta: RequestMeta;
    }): Promise<URL> {
      const hit = await hitRateLimit(db, `oidc-start:${meta.ip}`, 60, 600);
      if (!hit.allowed) throw new OidcRefusal('failed');
      const config = await platform();
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      const verifier = oidc.randomPKCECodeVerifier();
      await db
        .insertInto('oidc_requests')
        .values({
          state_hash: tokenHash(state),
          portal,
          browser_hash: tokenHash(browserToken),
          nonce,
          code_verifier: verifier,
          expires_at: new Date(Date.now() + REQUEST_TTL_MINUTES * 60_000),
        })
        .execute();
      return oidc.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUri,
        scope: settings.scopes,
        state,
        nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
      });
    },

    /**
     * The platform sent the browser back: the state must be one this browser started and not used yet, the code
     * is exchanged with the PKCE verifier, the ID token's nonce checked; then the account signs in.
     * `portal` is known once the state is: a refusal before that names none.
     */
    async callback({
      query,
      browserToken,
      meta,
      previousSessionId,
    }: {
      query: URLSearchParams;
      browserToken: string | undefined;
      meta: RequestMeta;
      previousSessionId?: string | undefined;
    }): Promise<
      | { ok: true; portal: PublicLoginPortal; token: string }
      | { ok: false; portal: PublicLoginPortal | null; key: OidcErrorKey }
      | { ok: false; portal: 'person'; key: 'need-phone'; pendingToken: string }
    > {
      // the registered redirect URI with the platform's answer: what the token request names as redirect_uri
      const currentUrl = new URL(settings.redirectUri);
      currentUrl.search = query.toString();
      const state = currentUrl.searchParams.get('state') ?? '';
      // used once: the row goes whatever follows
      const request = await db
        .deleteFrom('oidc_requests')
        .where('state_hash', '=', tokenHash(state))
        .where('expires_at', '>', sql<Date>`now()`)
        .returningAll()
        .executeTakeFirst();
      if (!request || !browserToken || request.browser_hash !== tokenHash(browserToken)) {
        return { ok: false, portal: request?.portal ?? null, key: 'failed' };
      }
      const { portal } = request;
      if (currentUrl.searchParams.get('error') === 'access_denied')
        return { ok: false, portal, key: 'denied' };
      let pending: PlatformClaims | undefined;
      try {
        const config = await platform();
        const tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
          pkceCodeVerifier: request.code_verifier,
          expectedState: state,
          expectedNonce: request.nonce,
          idTokenExpected: true,
        });
        const idClaims = tokens.claims();
        if (!idClaims) return { ok: false, portal, key: 'failed' };
        const userInfo = await oidc.fetchUserInfo(config, tokens.access_token, idClaims.sub);
        const claims = { ...userInfo, ...idClaims } as PlatformClaims;
        pending = claims;
        const token = await db.transaction().execute(async (trx) => {
          const account = await findOrRegister(trx, portal, claims, meta);
          const refusal = signInRefusal(account);
          if (refusal) throw new OidcRefusal(refusal);
          const session = await openSession(trx, sessions, account, {
            portal,
            method: 'oidc',
            meta,
            previousSessionId,
          });
          return session.token;
        });
        return { ok: true, portal, token };
      } catch (error) {
        if (error instanceof OidcRefusal) return { ok: false, portal, key: error.key };
        if (error instanceof NeedsPhone && pending) {
          const pendingToken = randomBytes(32).toString('base64url');
          await db
            .insertInto('oidc_pending')
            .values({
              token_hash: tokenHash(pendingToken),
              issuer: settings.issuer,
              subject: pending.sub,
              claims_enc: cipher.encrypt(JSON.stringify(pending)),
              expires_at: new Date(Date.now() + REQUEST_TTL_MINUTES * 60_000),
            })
            .execute();
          return { ok: false, portal: 'person', key: 'need-phone', pendingToken };
        }
        log.warn({ err: error }, 'OIDC sign-in refused');
        const down =
          error instanceof TypeError ||
          (error instanceof Error &&
            /ECONNREFUSED|fetch failed|timeout|aborted/i.test(String(error.cause ?? error.message)));
        return { ok: false, portal, key: down ? 'unavailable' : 'failed' };
      }
    },

    /** Who the waiting first sign-in is (the page that asks for the 手机号码 shows it). */
    async pending(pendingToken: string | undefined): Promise<OidcPending> {
      const claims = await pendingClaims(db, pendingToken);
      return { name: text(claims.name) ?? '', maskedIdNumber: maskIdNumber(text(claims.id_number) ?? '') };
    },

    /** The 手机号码, verified by SMS, completes the first sign-in: the account is registered and signs in. */
    async completeWithPhone({
      pendingToken,
      phone,
      smsCode,
      meta,
      previousSessionId,
    }: {
      pendingToken: string | undefined;
      phone: string;
      smsCode: string;
      meta: RequestMeta;
      previousSessionId?: string | undefined;
    }): Promise<{ token: string; info: SessionInfo }> {
      const claims = await pendingClaims(db, pendingToken);
      const codeId = await smsCodes.verify(phone, 'register', smsCode);
      try {
        const created = await db.transaction().execute(async (trx) => {
          const used = await trx
            .deleteFrom('oidc_pending')
            .where('token_hash', '=', tokenHash(pendingToken ?? ''))
            .returning('token_hash')
            .executeTakeFirst();
          if (!used) throw pendingExpired();
          await smsCodes.consume(trx, codeId);
          const account = await findOrRegister(trx, 'person', claims, meta, phone);
          const refusal = signInRefusal(account);
          if (refusal) throw new AppError(refusal === 'locked' ? 'ACCOUNT_LOCKED' : 'ACCOUNT_DISABLED');
          return openSession(trx, sessions, account, {
            portal: 'person',
            method: 'oidc',
            meta,
            previousSessionId,
          });
        });
        const auth = await sessions.load(created.token);
        if (!auth) throw new Error('a session just created could not be loaded');
        return { token: created.token, info: { account: describe(auth), csrfToken: created.csrfToken } };
      } catch (error) {
        if (error instanceof OidcRefusal) throw new AppError('FORBIDDEN', OIDC_ERROR_MESSAGES[error.key]);
        throw error;
      }
    },
  };
}
export type OidcLogin = ReturnType<typeof createOidcLogin>;
