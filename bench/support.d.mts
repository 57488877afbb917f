// Types of the parts of support.mjs that tests use (e2e/instances.test.ts seeds applicants with them).

export interface Sql {
  query(text: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  exec(text: string): Promise<void>;
  close(): Promise<void>;
}

export interface SeededApplicant {
  token: string;
  csrf: string;
  applicationId: string;
  entries: Record<string, [string, number]>;
}

export function seedApplicants(
  sql: Sql,
  options: { prefix: string; count: number; template: string; submitted?: boolean },
): Promise<SeededApplicant[]>;

/** the 验证码 answer the bench's servers accept (DEV_CAPTCHA_CODE) */
export const CAPTCHA: string;

/** A signed-in browser of the API: JSON in and out, a cookie jar and the CSRF token. */
export class Api {
  constructor(base: string | (() => string));
  get<T = unknown>(url: string): Promise<T>;
  post<T = unknown>(url: string, body?: unknown): Promise<T>;
  put<T = unknown>(url: string, body?: unknown): Promise<T>;
  raw(url: string): Promise<Response>;
  static login(
    base: string | (() => string),
    portal: string,
    account: string,
    password?: string,
  ): Promise<Api>;
}

/** The demo applicant's complete draft (bound, every module saved, files uploaded), not submitted; its id. */
export function templateDraft(base: string | (() => string)): Promise<string>;
