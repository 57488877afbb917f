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
