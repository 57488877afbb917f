import { ERRORS } from '@rcpd/shared';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CSRF_HEADER, SESSION_COOKIE } from './auth.js';
import { SIGNED_IN } from './policy.js';

/**
 * What the OpenAPI document says beyond the route schemas, so that an integrator can generate a client: an
 * operationId for every operation, what it asks of its caller (`x-policy` and `security`: the session cookie,
 * and the CSRF header for a change), and the error answers it can give, all in the one `{code, message, fields}`
 * shape.
 */

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** `client:<scope>`: the x-policy of the integration API (README, Integration clients) */
export const CLIENT_POLICY = 'client:';

/** `GET /api/person/applications/{id}/attachments/{attachmentId}` → `getPersonApplicationsAttachments`. */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/api\//, '')
    .split(/[/.-]/)
    .filter((part) => part && !part.startsWith(':') && !part.startsWith('{'));
  const byParams = [...url.matchAll(/[:{](\w+)}?/g)].map((m) => m[1] ?? '');
  const camel = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  return (
    method.toLowerCase() +
    words.map(camel).join('') +
    (byParams.length ? `By${byParams.map(camel).join('And')}` : '')
  );
}

const ERROR_BODY = {
  type: 'object',
  required: ['code', 'message'],
  properties: {
    code: { type: 'string', enum: Object.keys(ERRORS) },
    message: { type: 'string', description: '给用户看的中文说明' },
    fields: {
      type: 'array',
      description: '出错的字段及其说明',
      items: {
        type: 'object',
        required: ['path', 'message'],
        properties: { path: { type: 'string' }, message: { type: 'string' } },
      },
    },
    requestId: { type: 'string', description: '5xx 时便于排查的请求编号' },
  },
};
const error = (description: string) => ({ description, ...ERROR_BODY });

/**
 * The body of an upload route (`consumes: ['multipart/form-data']`): its handler reads the file from the stream,
 * so the route has no body schema to validate with; the document still says what to send, for integrators and
 * for the fuzz suite, which builds its multipart bodies from it.
 */
const MULTIPART_FILE_BODY = {
  type: 'object',
  required: ['file'],
  properties: { file: { type: 'string', format: 'binary', description: '要上传的文件（一个）' } },
};

interface TransformArgs {
  schema: Record<string, unknown>;
  url: string;
  route: { method: string | string[]; config?: { policy?: string } };
}

export function describeOperation(args: Parameters<typeof jsonSchemaTransform>[0]) {
  const out = jsonSchemaTransform(args) as { schema: Record<string, unknown>; url: string };
  const { route, url } = args as unknown as TransformArgs;
  const method = Array.isArray(route.method) ? (route.method[0] ?? 'GET') : route.method;
  const policy = route.config?.policy;
  const unsafe = UNSAFE.has(method);
  const schema = { ...out.schema };
  schema.operationId ??= operationIdOf(method, url);
  schema.description ??= schema.summary;
  if (policy) schema['x-policy'] = policy;
  const consumes = schema.consumes as string[] | undefined;
  if (consumes?.includes('multipart/form-data') && !schema.body) schema.body = MULTIPART_FILE_BODY;
  // an integration client's bearer credential; else the session cookie of a signed-in account, a change also
  // carrying the CSRF header (before sign-in too)
  const client = policy?.startsWith(CLIENT_POLICY) ?? false;
  schema.security = client
    ? [{ integrationClient: [policy?.slice(CLIENT_POLICY.length) ?? ''] }]
    : policy
      ? [unsafe ? { sessionCookie: [], csrfHeader: [] } : { sessionCookie: [] }]
      : unsafe
        ? [{ csrfHeader: [] }]
        : [];
  const response = { ...((schema.response as Record<string, unknown> | undefined) ?? {}) };
  for (const [status, answer] of Object.entries(response)) {
    if (!status.startsWith('2')) continue;
    const described = answer as { description?: string };
    // a 204 has no body (`noContent`); every other answer says what it is, by default the operation's summary
    if (status === '204')
      response[status] = { type: 'null', description: described.description ?? '成功，无内容' };
    else if (!described.description)
      response[status] = { ...described, description: String(schema.summary ?? '成功') };
  }
  const has = (key: string) => key in response;
  const hasInput = Boolean(schema.body || schema.querystring || schema.params);
  if (hasInput && !has('400'))
    response['400'] = error('请求内容不正确（VALIDATION_FAILED，fields 指明字段）');
  if (policy && !has('401')) response['401'] = error('未登录或登录已失效（UNAUTHENTICATED）');
  if ((policy && policy !== SIGNED_IN) || unsafe || client)
    if (!has('403')) response['403'] = error('无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID）');
  if (schema.params && !has('404')) response['404'] = error('不存在，或不属于当前账号（NOT_FOUND）');
  if (unsafe && !has('409')) response['409'] = error('当前状态不允许该操作（CONFLICT 等），message 说明原因');
  if (!has('429')) response['429'] = error('操作过于频繁（RATE_LIMITED）');
  schema.response = response;
  return { ...out, schema };
}

/**
 * The answer of an operation that answers a file (PDF, Excel, an attachment) rather than JSON: a Buffer or a
 * stream, which Fastify sends as it is (no serializer runs), so the handler's payload is not typed here.
 */
export function fileAnswer(contentType: string, description: string) {
  const binary = z.unknown().meta({ type: 'string', format: 'binary' });
  return { description, content: { [contentType]: { schema: binary } } };
}

/** The answer of an operation that answers `204 No Content`. */
export function noContent(description: string) {
  return z.null().describe(description);
}

/** The security schemes the operations name. */
export const SECURITY_SCHEMES = {
  sessionCookie: {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: '登录（POST /api/auth/login）后服务器设置的会话 Cookie（HttpOnly）',
  },
  integrationClient: {
    type: 'http',
    scheme: 'bearer',
    description:
      '接口客户端的凭据：Authorization: Bearer <clientId>.<secret>（系统管理员在“接口客户端”中登记，密钥只显示一次）',
  },
  csrfHeader: {
    type: 'apiKey',
    in: 'header',
    name: CSRF_HEADER,
    description: 'CSRF 令牌：GET /api/auth/session 或登录应答中的 csrfToken，每个修改请求都须携带',
  },
} as const;
