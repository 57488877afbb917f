import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

type CreatedAt = ColumnType<Date, Date | undefined, never>;

export interface EmployersTable {
  id: Generated<string>;
  name: string;
  uscc: string;
  created_at: CreatedAt;
  first_login_at: Date | null;
}

export interface AccountsTable {
  id: Generated<string>;
  portal: 'person' | 'employer' | 'department';
  role: 'applicant' | 'employer_admin' | 'employer_reviewer' | 'dept_admin' | 'dept_reviewer';
  name: string;
  username: string | null;
  id_type: string | null;
  id_number_enc: string | null;
  id_number_hash: string | null;
  phone_enc: string | null;
  phone_hash: string | null;
  employer_id: string | null;
  department_name: string | null;
  password_hash: string;
  enabled: Generated<boolean>;
  failed_logins: Generated<number>;
  failed_window_start: Date | null;
  locked_until: Date | null;
  password_changed_at: Generated<Date>;
  created_at: CreatedAt;
  created_by: string | null;
  last_login_at: Date | null;
}
export type AccountRow = Selectable<AccountsTable>;
export type NewAccount = Insertable<AccountsTable>;

export interface SessionsTable {
  id: string;
  account_id: string;
  csrf_token: string;
  created_at: CreatedAt;
  last_seen_at: Generated<Date>;
  expires_at: Date;
  ip: string | null;
  user_agent: string | null;
}

export interface CaptchasTable {
  id: Generated<string>;
  answer_hash: string;
  expires_at: Date;
}

export interface SmsCodesTable {
  id: Generated<string>;
  phone_hash: string;
  purpose: string;
  code_hash: string;
  created_at: CreatedAt;
  expires_at: Date;
  attempts: Generated<number>;
  consumed_at: Date | null;
}

export interface SmsOutboxTable {
  id: Generated<string>;
  phone: string;
  text: string;
  code: string | null;
  created_at: CreatedAt;
}

export interface RateLimitsTable {
  key: string;
  count: number;
  reset_at: Date;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: Date;
  actor_account_id: string | null;
  actor_label: string;
  action: string;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  user_agent: string | null;
  detail: unknown;
  prev_hash: string;
  hash: string;
}

export interface DB {
  employers: EmployersTable;
  accounts: AccountsTable;
  sessions: SessionsTable;
  captchas: CaptchasTable;
  sms_codes: SmsCodesTable;
  sms_outbox: SmsOutboxTable;
  rate_limits: RateLimitsTable;
  audit_log: AuditLogTable;
}
