import { INTEGRATION_SCOPE_LABELS, type IntegrationScope } from '@rcpd/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../http/errors.js';
import { hitRateLimit, rateLimitUpsert } from '../../platform/rate-limit.js';
import { type Actor, type AuditEntry, recordAudit } from '../audit/audit.service.js';
import type { RequestMeta } from '../identity/sessions.js';
import { allowedAddress, parseCredential, plainAddress, sameSecret, secretHash } from './credentials.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** the integration client that made this call, once its credential, address and scope passed */
    integration: IntegrationCaller | null;
    /** the handler wrote the call's audit row with its lookup; otherwise the onSend hook writes one */
    integrationAudited: boolean;
  }
}

export interface IntegrationCaller {
  id: string;
  clientId: string;
  name: string;
  actor: Actor;
}

/** The audit row of a call that passed the guard: the client, where from, what it asked. */
export function callAudit(
  request: FastifyRequest,
  action: string,
  detail: Record<string, unknown> = {},
): AuditEntry {
  const caller = request.integration;
  if (!caller) throw new Error('not an integration call');
  return {
    actor: caller.actor,
    action,
    detail: {
      method: request.method,
      route: request.routeOptions.url ?? request.url,
      clientId: caller.clientId,
      ...detail,
    },
    ip: plainAddress(request.ip),
    userAgent: request.headers['user-agent'] ?? null,
  };
}

interface ClientRow {
  id: string;
  client_id: string;
  name: string;
  scopes: string[];
  allowed_ips: string[];
  secret_hash: string;
  enabled: boolean;
  rate_limit_per_minute: number;
  /** the call counted against the client's minute: only when the client is enabled and the secret's digest matches */
  hit_count: number | null;
  reset_at: Date | null;
}

export const GUARD_MESSAGES = {
  missing: '缺少接口凭据：请在 Authorization 请求头中以 Bearer <客户端编号>.<密钥> 提供',
  malformed: '接口凭据格式不正确：应为 Bearer <客户端编号>.<密钥>',
  invalid: '接口凭据无效或已停用',
  address: '调用地址不在该接口客户端的地址白名单内',
  emptyAllowList: '该接口客户端的地址白名单为空，拒绝所有调用：请联系系统管理员登记调用地址',
  scope: (scope: IntegrationScope) => `该接口客户端没有“${INTEGRATION_SCOPE_LABELS[scope]}”权限`,
  rate: (limit: number, seconds: number) =>
    `调用过于频繁：该接口客户端每分钟最多调用${limit}次，请${seconds}秒后重试`,
  refusals: '被拒绝的调用过多，请稍后再试',
} as const;

/** Refused calls (401, 403) one address may make a minute: each is audited, up to this many. */
const REFUSALS_PER_MINUTE = 30;
const WWW_AUTHENTICATE = 'Bearer realm="rcpd-integration"';

export const clientActor = (name: string, clientId: string): Actor => ({
  accountId: null,
  label: `接口客户端：${name}（${clientId}）`,
});

const secondsUntil = (at: Date) => Math.max(1, Math.ceil((at.getTime() - Date.now()) / 1000));

/**
 * The onRequest hook of an integration route needing `scope`: the bearer credential of an enabled client
 * (401 otherwise), a caller address inside its allow-list and the scope (403 otherwise, audited as
 * access.denied), then the client's own rate limit (429). It runs before the body is read.
 */
export function integrationGuard(db: Kysely<DB>) {
  return (scope: IntegrationScope) =>
    async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
      const ip = plainAddress(request.ip);
      const meta: RequestMeta = { ip, userAgent: request.headers['user-agent'] ?? null };
      const where = { method: request.method, route: request.routeOptions.url ?? request.url };

      /** Audits a refusal (at most REFUSALS_PER_MINUTE a minute from one address) and answers it. */
      const refuse = async (code: 'UNAUTHENTICATED' | 'FORBIDDEN', message: string, entry: AuditEntry) => {
        const hit = await hitRateLimit(db, `integration-refused:${ip}`, REFUSALS_PER_MINUTE, 60);
        if (!hit.allowed) {
          reply.header('retry-after', String(secondsUntil(hit.resetAt)));
          throw new AppError('RATE_LIMITED', GUARD_MESSAGES.refusals);
        }
        await recordAudit(db, { ...entry, ...meta });
        if (code === 'UNAUTHENTICATED') reply.header('www-authenticate', WWW_AUTHENTICATE);
        throw new AppError(code, message);
      };

      const credential = parseCredential(request.headers.authorization);
      if (credential === null || credential === 'malformed') {
        return refuse('UNAUTHENTICATED', GUARD_MESSAGES.malformed, {
          actor: { accountId: null, label: '接口调用（凭据格式不正确）' },
          action: 'integration.auth.failed',
          detail: { ...where, reason: 'malformed' },
        });
      }
      // One round trip: the client, and its call counted in its rate-limit window — counted only for an enabled
      // client whose stored digest equals the digest of the secret sent, so a wrong secret spends nobody's
      // quota. Whether the secret is right is decided below, in constant time.
      const { rows } = await sql<ClientRow>`
        with c as (
          select id, client_id, name, scopes, allowed_ips, secret_hash, enabled, rate_limit_per_minute
            from integration_clients where client_id = ${credential.clientId}
        ), hit as (${rateLimitUpsert(
          sql`select 'integration:' || c.id from c where c.enabled and c.secret_hash = ${secretHash(credential.secret)}`,
          60,
        )})
        select c.*, hit.count as hit_count, hit.reset_at from c left join hit on true`.execute(db);
      const client = rows[0];
      if (!client?.enabled || !sameSecret(credential.secret, client.secret_hash)) {
        const reason = !client ? 'unknown client' : !client.enabled ? 'disabled' : 'wrong secret';
        return refuse('UNAUTHENTICATED', GUARD_MESSAGES.invalid, {
          actor: client
            ? clientActor(client.name, client.client_id)
            : { accountId: null, label: `接口调用（未登记的客户端 ${credential.clientId}）` },
          action: 'integration.auth.failed',
          targetType: client ? 'integration_client' : null,
          targetId: client?.id ?? null,
          detail: { ...where, clientId: credential.clientId, reason },
        });
      }
      const actor = clientActor(client.name, client.client_id);
      const denied = (reason: string, message: string) =>
        refuse('FORBIDDEN', message, {
          actor,
          action: 'access.denied',
          targetType: 'integration_client',
          targetId: client.id,
          detail: { ...where, clientId: client.client_id, reason },
        });
      if (!allowedAddress(client.allowed_ips, ip)) {
        return denied(
          client.allowed_ips.length === 0 ? 'empty allow-list' : 'address not allowed',
          client.allowed_ips.length === 0 ? GUARD_MESSAGES.emptyAllowList : GUARD_MESSAGES.address,
        );
      }
      if (!client.scopes.includes(scope))
        return denied(`missing scope ${scope}`, GUARD_MESSAGES.scope(scope));

      const count = client.hit_count ?? 0;
      if (count > client.rate_limit_per_minute) {
        // the first call over the limit is audited; the rest of the minute's are not (a flood stays out of the log)
        if (count === client.rate_limit_per_minute + 1) {
          await recordAudit(db, {
            actor,
            action: 'integration.rate_limited',
            targetType: 'integration_client',
            targetId: client.id,
            detail: { ...where, clientId: client.client_id, limitPerMinute: client.rate_limit_per_minute },
            ...meta,
          });
        }
        const seconds = secondsUntil(new Date(client.reset_at ?? Date.now()));
        reply.header('retry-after', String(seconds));
        throw new AppError('RATE_LIMITED', GUARD_MESSAGES.rate(client.rate_limit_per_minute, seconds));
      }
      request.integration = { id: client.id, clientId: client.client_id, name: client.name, actor };
    };
}

/**
 * The onSend hook of the integration routes: every call that passed the guard leaves one audit row, whatever
 * it answered. A lookup writes its row with its own statement; a call that never reached its handler (a body
 * refused by its schema) or failed in it gets one here, before the answer leaves.
 */
export function auditIntegrationCalls(db: Kysely<DB>) {
  return async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (!request.integration || request.integrationAudited) return payload;
    const entry = callAudit(request, 'integration.call', { status: reply.statusCode });
    await recordAudit(db, entry);
    return payload;
  };
}
