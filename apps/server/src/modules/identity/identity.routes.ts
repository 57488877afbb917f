import {
  captchaChallengeSchema,
  employerRegistrationSchema,
  loginSchema,
  okAnswerSchema,
  passwordChangeSchema,
  passwordResetSchema,
  personRegistrationSchema,
  type SessionInfo,
  sessionInfoSchema,
  smsCodeRequestSchema,
  smsCodeSentSchema,
} from '@rcpd/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  anonymousCsrfToken,
  clearSessionCookie,
  requestMeta,
  requireAuth,
  setSessionCookie,
} from '../../http/auth.js';
import type { IdentityService } from './identity.service.js';

export interface IdentityRouteOptions {
  identity: IdentityService;
  cookie: { secure: boolean; maxHours: number };
}

/** 统一身份认证: registration, sign-in, password recovery and sign-out for the three portals. */
export async function identityRoutes(app: FastifyInstance, { identity, cookie }: IdentityRouteOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['统一身份认证'];

  r.get(
    '/api/auth/session',
    { schema: { tags, summary: '当前登录状态与 CSRF 令牌', response: { 200: sessionInfoSchema } } },
    async (request, reply) => {
      const info: SessionInfo = request.auth
        ? { account: identity.describe(request.auth), csrfToken: request.auth.csrfToken }
        : { account: null, csrfToken: anonymousCsrfToken(request, reply, cookie.secure) };
      reply.header('cache-control', 'no-store');
      return info;
    },
  );

  r.get(
    '/api/auth/captcha',
    { schema: { tags, summary: '图形验证码', response: { 200: captchaChallengeSchema } } },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return identity.issueCaptcha({ meta: requestMeta(request) });
    },
  );

  r.post(
    '/api/auth/sms-code',
    {
      schema: {
        tags,
        summary: '获取短信验证码',
        body: smsCodeRequestSchema,
        response: { 200: smsCodeSentSchema },
      },
    },
    async (request) => identity.requestSmsCode({ body: request.body, meta: requestMeta(request) }),
  );

  r.post(
    '/api/auth/register/person',
    {
      schema: {
        tags,
        summary: '个人注册',
        body: personRegistrationSchema,
        response: { 201: okAnswerSchema },
      },
    },
    async (request, reply) => {
      await identity.registerPerson({ body: request.body, meta: requestMeta(request) });
      return reply.status(201).send({ ok: true });
    },
  );

  r.post(
    '/api/auth/register/employer',
    {
      schema: {
        tags,
        summary: '单位注册',
        body: employerRegistrationSchema,
        response: { 201: okAnswerSchema },
      },
    },
    async (request, reply) => {
      await identity.registerEmployer({ body: request.body, meta: requestMeta(request) });
      return reply.status(201).send({ ok: true });
    },
  );

  r.post(
    '/api/auth/login',
    { schema: { tags, summary: '登录', body: loginSchema, response: { 200: sessionInfoSchema } } },
    async (request, reply) => {
      const { token, info } = await identity.login({
        body: request.body,
        meta: requestMeta(request),
        previousSessionId: request.auth?.sessionId,
      });
      setSessionCookie(reply, token, cookie);
      return info;
    },
  );

  r.post(
    '/api/auth/logout',
    { schema: { tags, summary: '安全退出', response: { 200: okAnswerSchema } } },
    async (request, reply) => {
      if (request.auth) await identity.logout({ auth: request.auth, meta: requestMeta(request) });
      clearSessionCookie(reply);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/auth/password-reset',
    { schema: { tags, summary: '忘记密码', body: passwordResetSchema, response: { 200: okAnswerSchema } } },
    async (request) => {
      await identity.resetPassword({ body: request.body, meta: requestMeta(request) });
      return { ok: true as const };
    },
  );

  r.post(
    '/api/auth/password',
    { schema: { tags, summary: '修改密码', body: passwordChangeSchema, response: { 200: okAnswerSchema } } },
    async (request, reply) => {
      const auth = requireAuth(request);
      await identity.changePassword({ auth, body: request.body, meta: requestMeta(request) });
      clearSessionCookie(reply);
      return { ok: true as const };
    },
  );
}
