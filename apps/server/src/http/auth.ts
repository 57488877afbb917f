import { timingSafeEqual } from 'node:crypto';
import { INTEGRATION_API_PREFIX } from '@rcpd/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type Actor, accountActor } from '../modules/audit/audit.service.js';
import {
  type AuthContext,
  newToken,
  type RequestMeta,
  type SessionStore,
} from '../modules/identity/sessions.js';
import { carriesBearer } from '../modules/integrations/credentials.js';
import { GUARD_MESSAGES } from '../modules/integrations/guard.js';
import { AppError } from './errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
    /** the request carried a session cookie that is no longer valid */
    sessionExpired: boolean;
  }
}

export const SESSION_COOKIE = 'rcpd_sid';
/** Before sign-in there is no session to hold the CSRF token: it lives in this cookie (double submit). */
export const ANON_CSRF_COOKIE = 'rcpd_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function requestMeta(request: FastifyRequest): RequestMeta {
  return { ip: request.ip ?? null, userAgent: request.headers['user-agent'] ?? null };
}

export function actorOf(auth: AuthContext): Actor {
  return accountActor(auth.account);
}

interface CookieOptions {
  secure: boolean;
  maxHours: number;
}

export function setSessionCookie(reply: FastifyReply, token: string, options: CookieOptions): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: options.secure,
    maxAge: options.maxHours * 3600,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** The anonymous CSRF token of this browser, created on first use. */
export function anonymousCsrfToken(request: FastifyRequest, reply: FastifyReply, secure: boolean): string {
  const existing = request.cookies[ANON_CSRF_COOKIE];
  if (existing && /^[\w-]{32}$/.test(existing)) return existing;
  const token = newToken(24);
  reply.setCookie(ANON_CSRF_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'strict', secure });
  return token;
}

/**
 * Loads the session of every /api request and checks the CSRF token of every unsafe one: the header must
 * equal the session's token, or before sign-in the anonymous cookie's. The integration API is the exception:
 * it takes no cookie, so a call carrying an integration client's bearer credential needs no CSRF token (its
 * routes check that credential); a call there without one is refused at once.
 */
export function registerAuth(app: FastifyInstance, sessions: SessionStore): void {
  app.decorateRequest('auth', null);
  app.decorateRequest('sessionExpired', false);
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    if (request.url.startsWith(INTEGRATION_API_PREFIX)) {
      if (carriesBearer(request.headers.authorization)) return;
      reply.header('www-authenticate', 'Bearer realm="rcpd-integration"');
      throw new AppError('UNAUTHENTICATED', GUARD_MESSAGES.missing);
    }
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      request.auth = await sessions.load(token);
      if (!request.auth) {
        request.sessionExpired = true;
        clearSessionCookie(reply);
      }
    }
    if (SAFE_METHODS.has(request.method)) return;
    const header = request.headers[CSRF_HEADER];
    const expected = request.auth?.csrfToken ?? request.cookies[ANON_CSRF_COOKIE];
    if (!expected || typeof header !== 'string' || !sameToken(header, expected)) {
      throw new AppError('CSRF_INVALID');
    }
  });
}

/** The signed-in context, or 401. */
export function requireAuth(request: FastifyRequest): AuthContext {
  if (request.auth) return request.auth;
  throw new AppError('UNAUTHENTICATED', request.sessionExpired ? '登录已超时，请重新登录' : '请先登录');
}

/** An onRequest hook that lets any signed-in account through (401 otherwise), before the body is validated. */
export async function signedIn(request: FastifyRequest): Promise<void> {
  requireAuth(request);
}
