import { ERRORS, type ErrorBody, type ErrorCode, type FieldError, type SessionInfo } from '@rcpd/shared';

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

/** A write; when the CSRF token has gone stale, fetch a fresh one from the session and try once more. */
async function write<T>(method: string, path: string, body?: unknown): Promise<T> {
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

export const api = {
  get: <T>(path: string) => send<T>('GET', path),
  download: downloadFile,
  post: <T>(path: string, body?: unknown) => write<T>('POST', path, body),
  patch: <T>(path: string, body?: unknown) => write<T>('PATCH', path, body),
  put: <T>(path: string, body?: unknown) => write<T>('PUT', path, body),
  delete: <T>(path: string) => write<T>('DELETE', path),
  /** `POST` of one file as multipart/form-data in the field `file`. */
  upload: <T>(path: string, file: Blob, fileName?: string) => {
    const form = new FormData();
    form.append('file', file, fileName);
    return write<T>('POST', path, form);
  },
};
