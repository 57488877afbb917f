import { decide, type Policy, type PolicyActor, roleMay } from '@rcpd/shared';
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { recordAudit } from '../modules/audit/audit.service.js';
import type { AuthContext } from '../modules/identity/sessions.js';
import { actorOf, requestMeta, requireAuth, signedIn } from './auth.js';
import { AppError } from './errors.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * What a route asks of its caller: `resource.action` of a shared policy, or `signed-in` for any account.
     * The OpenAPI document shows it as `x-policy`; the access-control matrix test reads it from there.
     */
    policy?: string;
  }
}

export const SIGNED_IN = 'signed-in';

/** A route any signed-in account may call (401 otherwise): what it returns is scoped to the account. */
export const signedInOnly = { onRequest: signedIn, config: { policy: SIGNED_IN } };

/** The signed-in account as the shared policies see it. */
export function policyActor(auth: AuthContext): PolicyActor {
  const { account } = auth;
  return {
    role: account.role,
    accountId: account.id,
    employerId: account.employerId,
    reviewStage: account.reviewStage,
    supervisorId: account.supervisorId,
  };
}

/**
 * An onRequest hook (before the body is read) that lets in only the roles the policy allows the action at
 * all; whether the resource's state allows it now is the service's `assertCan`. A signed-in account of
 * another role is refused with 403 and the attempt is written to the audit log.
 */
export function may<A extends string, S>(db: Kysely<DB>, policy: Policy<A, S>, action: A) {
  return {
    config: { policy: `${policy.resource}.${action}` },
    onRequest: async (request: FastifyRequest): Promise<void> => {
      const auth = requireAuth(request);
      if (roleMay(policy, action, auth.account.role)) return;
      await recordAudit(db, {
        actor: actorOf(auth),
        action: 'access.denied',
        detail: {
          method: request.method,
          route: request.routeOptions.url ?? request.url,
          policy: `${policy.resource}.${action}`,
        },
        ...requestMeta(request),
      });
      throw new AppError('FORBIDDEN');
    },
  };
}

/**
 * Acts only if the policy allows `action` on a resource in `state` now: otherwise 403 (the role never may)
 * or 409 with the policy's reason. `hidden` turns a refusal into 404 where existence must not leak.
 */
export function assertCan<A extends string, S>(
  auth: AuthContext,
  policy: Policy<A, S>,
  action: A,
  state: S,
  hidden?: string,
): void {
  const d = decide(policy, policyActor(auth), action, state);
  if (d.ok) return;
  if (hidden) throw new AppError('NOT_FOUND', hidden);
  throw new AppError(d.code, d.code === 'FORBIDDEN' ? undefined : d.reason);
}
