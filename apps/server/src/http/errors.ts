import { ERRORS, type ErrorBody, type ErrorCode, type FieldError } from '@rcpd/shared';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bodyTimedOut } from './body-timeouts.js';

/** A failure the user can act on: a stable code, a Chinese message, and the fields it concerns. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly fields?: FieldError[],
    /** more of the body, e.g. the 数据验证信息 `issues` of a refused 提交 */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message ?? ERRORS[code].message);
    this.status = ERRORS[code].status;
  }
}

/** ALREADY_REGISTERED naming the field that is taken; `fieldMessage` is the shorter text under the field. */
export function alreadyTaken(path: string, message: string, fieldMessage: string = message): AppError {
  return new AppError('ALREADY_REGISTERED', message, [{ path, message: fieldMessage }]);
}

export function fieldError(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, [{ path, message }]);
}

function body(
  code: ErrorCode,
  message?: string,
  fields?: FieldError[],
  extra?: Record<string, unknown>,
): ErrorBody {
  return { ...extra, code, message: message ?? ERRORS[code].message, ...(fields?.length ? { fields } : {}) };
}

/** Fastify's own errors for malformed requests, mapped to our codes. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BAD_REQUEST',
  FST_ERR_CTP_INVALID_JSON_BODY: 'BAD_REQUEST',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  FST_ERR_VALIDATION: 'VALIDATION_FAILED',
};

const MULTIPART_MESSAGE = '上传的内容不完整或格式不正确，请重新选择文件上传';
const MULTIPART_FAULT =
  /^(Multipart: |Malformed|Unexpected end of (form|file|multipart data)|Part terminated early)/;
const isMultipart = (request: FastifyRequest) =>
  (request.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/');

/** A lone UTF-16 surrogate: like NUL, PostgreSQL cannot store it in text or jsonb. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The dotted path of the first string in `value` that the database cannot store, or null. */
export function unstorableTextPath(value: unknown): string | null {
  // iterative: a deeply nested body must not overflow the stack
  const stack: [unknown, string][] = [[value, '']];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [v, path] = item;
    if (typeof v === 'string') {
      if (v.includes('\0') || LONE_SURROGATE.test(v)) return path;
    } else if (v !== null && typeof v === 'object') {
      for (const [key, child] of Object.entries(v)) stack.push([child, path ? `${path}.${key}` : key]);
    }
  }
  return null;
}

/**
 * Fastify's `frameworkErrors`: a URL it cannot decode, or a path parameter past its length, is refused before
 * any hook runs; without this its answer would be English and carry no request id.
 */
export function answerFrameworkError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  reply
    .header('x-request-id', request.id)
    .status(error.statusCode && error.statusCode < 500 ? error.statusCode : 400)
    .send(body('BAD_REQUEST'));
}

/** The one place where failures become HTTP responses. Nothing a client sends can produce a 5xx. */
export function registerErrorHandling(app: FastifyInstance): void {
  // zod's own messages, for anything a schema does not word itself, in Chinese too
  z.config(z.locales.zhCN());
  app.addHook('preValidation', async (request) => {
    for (const part of [request.params, request.query, request.body]) {
      const path = unstorableTextPath(part);
      if (path !== null) throw fieldError(path, '包含无法识别的字符，请检查后重新输入');
    }
  });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    // the body stalled or ran past its deadline: whatever the handler then failed with (a broken upload, an
    // empty form), the 408 is why; it was written to the connection already, this keeps the log and metrics true
    if (bodyTimedOut(request)) return reply.status(408).send(body('REQUEST_TIMEOUT'));
    if (error instanceof AppError) {
      // a service this one depends on failed (file storage, SMS): the operator needs to know why
      if (error.status >= 500)
        request.log.error({ err: error.cause ?? error, code: error.code }, error.message);
      return reply.status(error.status).send(body(error.code, error.message, error.fields, error.extra));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((v) => {
        const path = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
        // the whole body is not an object (an array, a string, null, nothing)
        return { path, message: path ? (v.message ?? '格式不正确') : ERRORS.BAD_REQUEST.message };
      });
      const where = error.validationContext === 'body' ? '' : '请求参数有误：';
      return reply.status(400).send(body('VALIDATION_FAILED', `${where}${fields[0]?.message ?? ''}`, fields));
    }
    if (error.statusCode === 429) return reply.status(429).send(body('RATE_LIMITED'));
    // the multipart parser (busboy) refusing a body it cannot read: no boundary, a malformed part header, a
    // body that ends before its closing boundary. Its errors carry no code; they are the client's fault
    if (isMultipart(request) && MULTIPART_FAULT.test(error.message ?? '')) {
      return reply
        .status(400)
        .send(body('BAD_REQUEST', MULTIPART_MESSAGE, [{ path: 'file', message: MULTIPART_MESSAGE }]));
    }
    const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (mapped) return reply.status(ERRORS[mapped].status).send(body(mapped));
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send(body('BAD_REQUEST'));
    }
    request.log.error({ err: error }, 'unhandled error');
    // the request id lets the person quote the failure and an operator find its log lines
    return reply.status(500).send({ ...body('INTERNAL'), requestId: request.id });
  });
}
