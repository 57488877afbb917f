import {
  type OidcErrorKey,
  oidcPendingSchema,
  oidcPhoneSchema,
  oidcStatusSchema,
  PUBLIC_LOGIN_PORTALS,
  type PublicLoginPortal,
  sessionInfoSchema,
} from '@rcpd/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestMeta, setSessionCookie } from '../../http/auth.js';
import { AppError } from '../../http/errors.js';
import { type OidcLogin, OidcRefusal } from './oidc.js';
import { newToken } from './sessions.js';

/** The browser's random token a sign-in at the platform is bound to (sent back on the platform's redirect: lax). */
export const OIDC_BROWSER_COOKIE = 'rcpd_oidc';
/** A first sign-in waiting for its 手机号码 to be verified (strict: only this site's own pages send it). */
export const OIDC_PENDING_COOKIE = 'rcpd_oidc_pending';
const COOKIE_PATH = '/api/auth/oidc';

const HOMES: Record<PublicLoginPortal, string> = { person: '/person', employer: '/employer' };
const loginPage = (portal: PublicLoginPortal | null, key: OidcErrorKey) =>
  `/login?type=${portal ?? 'person'}&oidc_error=${key}`;

export interface OidcRouteOptions {
  /** undefined: OIDC_ISSUER is not set */
  oidcLogin: OidcLogin | undefined;
  cookie: { secure: boolean; maxHours: number };
}

/** 统一身份认证平台登录: where the login panels send the browser, and where the platform sends it back. */
export async function oidcRoutes(app: FastifyInstance, { oidcLogin, cookie }: OidcRouteOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['统一身份认证'];

  r.get(
    '/api/auth/oidc',
    { schema: { tags, summary: '统一身份认证平台登录是否可用', response: { 200: oidcStatusSchema } } },
    async () => ({ enabled: oidcLogin !== undefined }),
  );

  r.get(
    '/api/auth/oidc/start',
    {
      // a page the browser navigates to (it answers redirects, no JSON): not an operation of the API document
      schema: {
        hide: true,
        tags,
        summary: '统一身份认证平台登录：转到统一身份认证平台',
        querystring: z.object({ portal: z.enum(PUBLIC_LOGIN_PORTALS).default('person') }),
        response: { 302: z.null().describe('转到统一身份认证平台，或带着原因回到登录页') },
      },
    },
    async (request, reply) => {
      const { portal } = request.query;
      reply.header('cache-control', 'no-store');
      if (!oidcLogin) return reply.redirect(loginPage(portal, 'unavailable'));
      const browserToken = newToken(32);
      try {
        const url = await oidcLogin.start({ portal, browserToken, meta: requestMeta(request) });
        reply.setCookie(OIDC_BROWSER_COOKIE, browserToken, {
          path: COOKIE_PATH,
          httpOnly: true,
          sameSite: 'lax',
          secure: cookie.secure,
          maxAge: 600,
        });
        return reply.redirect(url.href);
      } catch (error) {
        if (error instanceof OidcRefusal) return reply.redirect(loginPage(portal, error.key));
        throw error;
      }
    },
  );

  r.get(
    '/api/auth/oidc/callback',
    {
      schema: {
        hide: true,
        tags,
        summary: '统一身份认证平台登录：平台回调（授权码）',
        querystring: z.record(z.string(), z.string()),
        response: { 302: z.null().describe('登录后转到网厅首页，或带着原因回到登录页') },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      reply.clearCookie(OIDC_BROWSER_COOKIE, { path: COOKIE_PATH });
      if (!oidcLogin) return reply.redirect(loginPage(null, 'unavailable'));
      const result = await oidcLogin.callback({
        query: new URL(request.url, 'http://callback.invalid').searchParams,
        browserToken: request.cookies[OIDC_BROWSER_COOKIE],
        meta: requestMeta(request),
        previousSessionId: request.auth?.sessionId,
      });
      if (!result.ok && result.key === 'need-phone') {
        reply.setCookie(OIDC_PENDING_COOKIE, result.pendingToken, {
          path: COOKIE_PATH,
          httpOnly: true,
          sameSite: 'strict',
          secure: cookie.secure,
          maxAge: 600,
        });
        return reply.redirect('/login/oidc-phone');
      }
      if (!result.ok) return reply.redirect(loginPage(result.portal, result.key));
      setSessionCookie(reply, result.token, cookie);
      return reply.redirect(HOMES[result.portal]);
    },
  );

  r.get(
    '/api/auth/oidc/pending',
    {
      schema: {
        tags,
        summary: '统一身份认证平台首次登录：待验证手机号码的身份',
        response: { 200: oidcPendingSchema },
      },
    },
    async (request, reply) => {
      if (!oidcLogin) throw new AppError('NOT_FOUND');
      reply.header('cache-control', 'no-store');
      return oidcLogin.pending(request.cookies[OIDC_PENDING_COOKIE]);
    },
  );

  r.post(
    '/api/auth/oidc/pending',
    {
      schema: {
        tags,
        summary: '统一身份认证平台首次登录：验证手机号码，注册并登录',
        body: oidcPhoneSchema,
        response: { 200: sessionInfoSchema },
      },
    },
    async (request, reply) => {
      if (!oidcLogin) throw new AppError('NOT_FOUND');
      const created = await oidcLogin.completeWithPhone({
        pendingToken: request.cookies[OIDC_PENDING_COOKIE],
        phone: request.body.phone,
        smsCode: request.body.smsCode,
        meta: requestMeta(request),
        previousSessionId: request.auth?.sessionId,
      });
      reply.clearCookie(OIDC_PENDING_COOKIE, { path: COOKIE_PATH });
      setSessionCookie(reply, created.token, cookie);
      return created.info;
    },
  );
}
