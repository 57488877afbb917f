import {
  okAnswerSchema,
  QR_LOGIN_TTL_SECONDS,
  qrCodeParamsSchema,
  qrLoginCodeSchema,
  qrLoginCreateSchema,
  qrLoginDetailSchema,
  qrLoginRedeemSchema,
} from '@rcpd/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requestMeta, requireAuth, setSessionCookie } from '../../http/auth.js';
import { signedInOnly } from '../../http/policy.js';
import type { QrLogin } from './qr-login.js';
import { newToken } from './sessions.js';

/** The desktop browser's random token a QR code is bound to: only this browser can redeem its codes. */
export const QR_BROWSER_COOKIE = 'rcpd_qr';
const COOKIE_PATH = '/api/auth/qr';

export interface QrLoginRouteOptions {
  qrLogin: QrLogin;
  cookie: { secure: boolean; maxHours: number };
}

function browserToken(request: FastifyRequest, reply: FastifyReply, secure: boolean): string {
  const existing = request.cookies[QR_BROWSER_COOKIE];
  if (existing && /^[\w-]{43}$/.test(existing)) return existing;
  const token = newToken(32);
  reply.setCookie(QR_BROWSER_COOKIE, token, {
    path: COOKIE_PATH,
    httpOnly: true,
    sameSite: 'strict',
    secure,
    maxAge: QR_LOGIN_TTL_SECONDS * 10,
  });
  return token;
}

/** 扫码登录: the desktop's QR code and its wait; the phone's 扫一扫 reads, confirms or cancels it. */
export async function qrLoginRoutes(app: FastifyInstance, { qrLogin, cookie }: QrLoginRouteOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['统一身份认证'];
  app.addHook('onClose', async () => qrLogin.close());

  r.post(
    '/api/auth/qr',
    {
      schema: {
        tags,
        summary: '扫码登录：生成二维码（2 分钟内有效，仅限本浏览器使用）',
        body: qrLoginCreateSchema,
        response: { 201: qrLoginCodeSchema },
      },
    },
    async (request, reply) => {
      const code = await qrLogin.create({
        portal: request.body.portal,
        browserToken: browserToken(request, reply, cookie.secure),
        meta: requestMeta(request),
      });
      reply.header('cache-control', 'no-store');
      return reply.status(201).send(code);
    },
  );

  r.post(
    '/api/auth/qr/:codeId/redeem',
    {
      schema: {
        tags,
        summary: '扫码登录：等待手机确认（最长 25 秒），确认后登录',
        params: qrCodeParamsSchema,
        response: { 200: qrLoginRedeemSchema },
      },
    },
    async (request, reply) => {
      const aborted = new AbortController();
      reply.raw.on('close', () => aborted.abort());
      const { answer, token } = await qrLogin.redeem({
        codeId: request.params.codeId,
        browserToken: request.cookies[QR_BROWSER_COOKIE],
        meta: requestMeta(request),
        previousSessionId: request.auth?.sessionId,
        signal: aborted.signal,
      });
      if (token) setSessionCookie(reply, token, cookie);
      reply.header('cache-control', 'no-store');
      return answer;
    },
  );

  r.get(
    '/api/auth/qr/:codeId',
    {
      ...signedInOnly,
      schema: {
        tags,
        summary: '扫一扫：扫码登录请求（将登录的账号、请求来源）',
        params: qrCodeParamsSchema,
        response: { 200: qrLoginDetailSchema },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return qrLogin.detail({ auth: requireAuth(request), codeId: request.params.codeId });
    },
  );

  r.post(
    '/api/auth/qr/:codeId/confirm',
    {
      ...signedInOnly,
      schema: {
        tags,
        summary: '扫一扫：确认登录',
        params: qrCodeParamsSchema,
        response: { 200: okAnswerSchema },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      await qrLogin.confirm({ auth, codeId: request.params.codeId, meta: requestMeta(request) });
      return { ok: true as const };
    },
  );

  r.post(
    '/api/auth/qr/:codeId/cancel',
    {
      ...signedInOnly,
      schema: {
        tags,
        summary: '扫一扫：取消登录',
        params: qrCodeParamsSchema,
        response: { 200: okAnswerSchema },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      await qrLogin.cancel({ auth, codeId: request.params.codeId, meta: requestMeta(request) });
      return { ok: true as const };
    },
  );
}
