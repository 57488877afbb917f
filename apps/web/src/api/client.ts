import { ERRORS, type ErrorBody, type ErrorCode, type FieldError, type SessionInfo } from '@rcpd/shared';
import type { paths } from './openapi.gen';

/** A failed API call: the server's error body, or a stand-in when the server could not be reached. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly fields: FieldError[];
  /** the whole error body, for answers that carry more than `fields` (a refused 提交 lists its `issues`) */
  readonly body: unknown;

  constructor(status: number, code: ErrorCode, message: string, fields: FieldError[] = [], body?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.body = body;
  }
}

export const NETWORK_ERROR_MESSAGE = '无法连接服务器，请检查网络后重试';

/**
 * The CSRF token of the current session. It comes from `GET /api/auth/session` or the login response and is
 * sent with every request that changes something.
 */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && v.code in ERRORS && typeof v.message === 'string';
}

async function readError(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // not JSON: a proxy or gateway answered instead of the server
  }
  if (isErrorBody(body)) return new ApiError(res.status, body.code, body.message, body.fields ?? [], body);
  if (res.status >= 500) return new ApiError(res.status, 'INTERNAL', NETWORK_ERROR_MESSAGE);
  return new ApiError(res.status, 'BAD_REQUEST', ERRORS.BAD_REQUEST.message);
}

async function send<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  // A FormData body (a file upload) sets its own multipart content type with the boundary.
  const multipart = body instanceof FormData;
  if (body !== undefined && !multipart) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = await ensureCsrfToken();
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : multipart ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'INTERNAL', NETWORK_ERROR_MESSAGE);
  }
  if (!res.ok) throw await readError(res);
  if (res.status === 204) return undefined as T;
  try {
    return (await res.json()) as T;
  } catch {
    throw new ApiError(res.status, 'INTERNAL', NETWORK_ERROR_MESSAGE);
  }
}

/** `GET /api/auth/session`; remembers the CSRF token it carries. */
export async function fetchSession(): Promise<SessionInfo> {
  const session = await send<SessionInfo>('GET', '/api/auth/session');
  setCsrfToken(session.csrfToken);
  return session;
}

async function ensureCsrfToken(): Promise<string> {
  if (csrfToken) return csrfToken;
  return (await fetchSession()).csrfToken;
}

/**
 * Asks the person to sign in again when a write finds the session ended (it expired while they typed); resolves
 * true once signed in as the same account, false when they gave up. Set by the portal frame.
 */
type Reauthenticate = () => Promise<boolean>;
let reauthenticate: Reauthenticate | null = null;
/** the person gave up signing in again: nothing asks again until a portal mounts anew (after the login page) */
let declined = false;

export function setReauthenticate(handler: Reauthenticate | null): void {
  reauthenticate = handler;
  declined = false;
}

/** Asks to sign in again: true once signed in, false when given up; null where no portal is shown. */
export function renewSession(): Promise<boolean> | null {
  if (!reauthenticate) return null;
  if (declined) return Promise.resolve(false);
  return reauthenticate().then((ok) => {
    declined = !ok;
    return ok;
  });
}

/**
 * A write; when the CSRF token has gone stale, fetch a fresh one from the session and try once more. When the
 * session has ended, the portal asks the person to sign in again and the same write is sent once more, so what
 * they typed is saved (the sign-in calls themselves are never held up).
 */
async function write<T>(method: string, path: string, body?: unknown): Promise<T> {
  try {
    return await sendFreshCsrf<T>(method, path, body);
  } catch (error) {
    const ended = error instanceof ApiError && error.code === 'UNAUTHENTICATED';
    const renewal = ended && !path.startsWith('/api/auth/') ? renewSession() : null;
    if (!renewal || !(await renewal)) throw error;
    return sendFreshCsrf<T>(method, path, body);
  }
}

async function sendFreshCsrf<T>(method: string, path: string, body?: unknown): Promise<T> {
  try {
    return await send<T>(method, path, body);
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'CSRF_INVALID') throw error;
    setCsrfToken(null);
    await fetchSession();
    return send<T>(method, path, body);
  }
}

/**
 * Fetches a file and saves it as a link with `download` would; a refusal (e.g. a period too long to export)
 * throws the server's error, so the page can say it instead of saving an error as a file.
 */
async function downloadFile(path: string, fileName: string): Promise<void> {
  let res: Response;
  try {
    res = await fetch(path, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'INTERNAL', NETWORK_ERROR_MESSAGE);
  }
  if (!res.ok) throw await readError(res);
  const href = URL.createObjectURL(await res.blob());
  try {
    Object.assign(document.createElement('a'), { href, download: fileName }).click();
  } finally {
    setTimeout(() => URL.revokeObjectURL(href), 10_000);
  }
}

/*
 * The typed client. Every call names an operation of the served OpenAPI document by its path template and
 * method (`api.get('/api/person/applications/{id}', { params: { id } })`); its path parameters, query, body and
 * answer are typed from `openapi.gen.ts`, which is generated from that document. So `tsc` checks every call of
 * the web app against the server's own schemas, and the document cannot drift from the code.
 */

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
/** the path templates that have an operation for `M` */
export type PathOf<M extends Method> = {
  [P in keyof paths]: paths[P] extends { [K in M]: { responses: unknown } } ? P : never;
}[keyof paths];
type OperationOf<P extends keyof paths, M extends Method> = paths[P] extends { [K in M]: infer O }
  ? O
  : never;

type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : unknown;
/** what a successful call answers: the JSON of its 200, 201 or 202, nothing for a 204 */
export type AnswerOf<O> = O extends { responses: infer R }
  ? 200 extends keyof R
    ? JsonOf<R[200]>
    : 201 extends keyof R
      ? JsonOf<R[201]>
      : 202 extends keyof R
        ? JsonOf<R[202]>
        : 204 extends keyof R
          ? undefined
          : unknown
  : unknown;
type ParamsOf<O> = O extends { parameters: { path: infer Q } } ? Q : never;
type QueryOf<O> = O extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
/** the query of `M path`, for a page that keeps its filters as strings (the server validates each one) */
export type QueryFor<P extends keyof paths, M extends Method = 'get'> = QueryOf<OperationOf<P, M>>;
type BodyOf<O> = O extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
/** a JSON body the call must give (an upload's multipart body is `api.upload`'s file, not an option) */
type JsonBodied = { requestBody: { content: { 'application/json': unknown } } };

type Part<K extends string, T, Optional extends boolean> = [T] extends [never]
  ? unknown
  : Optional extends true
    ? { [_ in K]?: T }
    : { [_ in K]: T };
type OptionsOf<O> = Part<'params', ParamsOf<O>, false> &
  Part<'query', QueryOf<O>, true> &
  Part<'body', BodyOf<O>, O extends JsonBodied ? false : true>;
/** the options argument: required when the operation has path parameters or a required body */
type Args<O> = [ParamsOf<O>] extends [never]
  ? O extends JsonBodied
    ? [options: OptionsOf<O>]
    : [options?: OptionsOf<O>]
  : [options: OptionsOf<O>];

interface AnyOptions {
  params?: Record<string, string | number>;
  query?: Record<string, string | number | boolean | undefined | null>;
  body?: unknown;
}

/** `/api/x/{id}` with `{ id }`, each parameter URI-encoded, and the query without its empty values. */
export function urlOf(template: string, { params, query }: AnyOptions = {}): string {
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`${template}: path parameter ${name} missing`);
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {}))
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

function call(method: string) {
  return (template: string, options: AnyOptions = {}) => {
    const url = urlOf(template, options);
    return method === 'GET' ? send('GET', url) : write(method, url, options.body);
  };
}

type Caller<M extends Method> = <P extends PathOf<M>>(
  path: P,
  ...args: Args<OperationOf<P, M>>
) => Promise<AnswerOf<OperationOf<P, M>>>;

export const api = {
  get: call('GET') as Caller<'get'>,
  post: call('POST') as Caller<'post'>,
  put: call('PUT') as Caller<'put'>,
  patch: call('PATCH') as Caller<'patch'>,
  delete: call('DELETE') as Caller<'delete'>,
  /** `GET` of a file, saved under `fileName` */
  download: <P extends PathOf<'get'>>(path: P, fileName: string, options?: AnyOptions) =>
    downloadFile(urlOf(path, options), fileName),
  /** `POST` of one file as multipart/form-data in the field `file`. */
  upload: <P extends PathOf<'post'>>(
    path: P,
    file: Blob,
    fileName: string | undefined,
    ...args: Args<OperationOf<P, 'post'>>
  ): Promise<AnswerOf<OperationOf<P, 'post'>>> => {
    const form = new FormData();
    form.append('file', file, fileName);
    return write('POST', urlOf(path, args[0] as AnyOptions | undefined), form) as Promise<
      AnswerOf<OperationOf<P, 'post'>>
    >;
  },
};
