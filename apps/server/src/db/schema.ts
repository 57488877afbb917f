import type { Role } from '@rcpd/shared';
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

type CreatedAt = ColumnType<Date, Date | undefined, never>;

export interface EmployersTable {
  id: Generated<string>;
  name: string;
  uscc: string;
  created_at: CreatedAt;
  first_login_at: Date | null;
  /** the 主管部门 that reviews its applications at the 主管部门审核 stage */
  supervisor_id: string | null;
}

export interface SupervisorsTable {
  id: Generated<string>;
  name: string;
  created_at: CreatedAt;
  created_by: string | null;
}

/** 工作日历 (0014): `day` is read as text with to_char, written as YYYY-MM-DD. */
export interface WorkCalendarTable {
  day: string;
  kind: '法定节假日' | '调休上班';
  name: string;
  source: 'seed' | 'manual' | 'import';
  updated_by: string | null;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface AccountsTable {
  id: Generated<string>;
  portal: 'person' | 'employer' | 'department';
  role: Role;
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
  review_stage: 'supervisor' | 'province' | null;
  /** the 主管部门 a 主管部门审核 account acts for (required with that stage, null otherwise) */
  supervisor_id: string | null;
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

/** 扫码登录 (0021): a QR code of a login panel, by the SHA-256 of its random id. */
export interface QrLoginsTable {
  id: string;
  portal: 'person' | 'employer';
  browser_hash: string;
  status: Generated<'pending' | 'confirmed' | 'cancelled' | 'redeemed'>;
  account_id: string | null;
  ip: string | null;
  user_agent: string | null;
  created_at: CreatedAt;
  expires_at: Date;
  decided_at: Date | null;
}

/** 统一身份认证 by OpenID Connect (0021): a sign-in started at the platform, by the SHA-256 of its state. */
export interface OidcRequestsTable {
  state_hash: string;
  portal: 'person' | 'employer';
  browser_hash: string;
  nonce: string;
  code_verifier: string;
  created_at: CreatedAt;
  expires_at: Date;
}

/** a first OIDC sign-in waiting for the 手机号码 to be verified by SMS (0021) */
export interface OidcPendingTable {
  token_hash: string;
  issuer: string;
  subject: string;
  claims_enc: string;
  expires_at: Date;
}

export interface ExternalIdentitiesTable {
  issuer: string;
  subject: string;
  portal: 'person' | 'employer';
  account_id: string;
  created_at: CreatedAt;
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

export interface SmsMessagesTable {
  id: Generated<string>;
  idempotency_key: string;
  account_id: string | null;
  phone_enc: string;
  text: string;
  state: Generated<'待发送' | '已发送' | '失败'>;
  attempts: Generated<number>;
  last_error: string | null;
  created_at: CreatedAt;
  sent_at: Date | null;
  updated_at: Generated<Date>;
}

/** The public half of every key that signs certificates' QR tokens (migration 0013); never a private key. */
export interface CertificateSigningKeysTable {
  key_id: string;
  /** SPKI PEM */
  public_key: string;
  /** signed the tokens issued before tokens carried a key id */
  legacy: Generated<boolean>;
  created_at: CreatedAt;
  /** null: the current key */
  retired_at: Date | null;
}

export interface IntegrationClientsTable {
  id: Generated<string>;
  client_id: string;
  name: string;
  scopes: ColumnType<string[], string, string>;
  allowed_ips: ColumnType<string[], string, string>;
  webhook_url: string | null;
  secret_hash: string;
  webhook_secret_enc: string;
  rate_limit_per_minute: number;
  enabled: Generated<boolean>;
  created_at: CreatedAt;
  created_by: string | null;
  updated_at: Generated<Date>;
  secret_rotated_at: Date | null;
  disabled_at: Date | null;
}

export interface WebhookDeliveriesTable {
  id: Generated<string>;
  client_id: string;
  event_key: string;
  event: string;
  certificate_id: string;
  certificate_number: string;
  status: '有效' | '暂扣' | '撤销' | '注销' | '失效';
  changed_at: Date;
  state: Generated<'待发送' | '已送达' | '失败'>;
  attempts: Generated<number>;
  last_error: string | null;
  last_http_status: number | null;
  created_at: CreatedAt;
  delivered_at: Date | null;
  updated_at: Generated<Date>;
}

export interface PublishBatchesTable {
  id: Generated<string>;
  total: number;
  done: Generated<number>;
  failed: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
  finished_at: Date | null;
}

export interface PublishBatchItemsTable {
  batch_id: string;
  result_id: string;
  state: Generated<'待发布' | '已发布' | '失败'>;
  error: string | null;
  updated_at: Generated<Date>;
}

export interface ExportsTable {
  id: Generated<string>;
  account_id: string;
  kind: string;
  file_name: string;
  params_enc: string;
  state: Generated<'排队中' | '生成中' | '已完成' | '失败'>;
  rows_total: number;
  rows_done: Generated<number>;
  blob_key: string | null;
  /** bigint: pg returns it as text */
  size: string | number | null;
  error: string | null;
  created_at: CreatedAt;
  finished_at: Date | null;
  expires_at: Generated<Date>;
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
  /** place in the hash chain, and the links: null until the sealer chains the row */
  seq: string | null;
  prev_hash: string | null;
  hash: string | null;
}

/** what each scheduled verification of the audit chain found (append-only) */
export interface AuditVerificationsTable {
  id: Generated<string>;
  at: Generated<Date>;
  kind: 'full' | 'checkpoint';
  ok: boolean;
  rows_checked: string;
  broken_at: string | null;
  problem: string | null;
}

export type BindingStatusColumn = '待审核' | '材料终审通过' | '审核不通过终止审核' | '已解绑';

export interface BindingsTable {
  id: Generated<string>;
  applicant_id: string;
  employer_id: string;
  status: Generated<BindingStatusColumn>;
  requested_at: CreatedAt;
  opinion: string | null;
  decided_at: Date | null;
  decided_by: string | null;
  unbound_at: Date | null;
  version: Generated<number>;
}
export type BindingRow = Selectable<BindingsTable>;

export interface NoticesTable {
  id: Generated<string>;
  title: string;
  body: string;
  start_at: Date;
  end_at: Date;
  /** JSON array of 认定服务类型; written as a JSON string */
  service_types: ColumnType<string[], string, string>;
  status: Generated<'草稿' | '已发布' | '已关闭'>;
  published_at: Date | null;
  closed_at: Date | null;
  created_at: CreatedAt;
  created_by: string | null;
  updated_at: Generated<Date>;
  updated_by: string | null;
  version: Generated<number>;
}
export type NoticeRow = Selectable<NoticesTable>;

export interface NoticeAttachmentsTable {
  id: Generated<string>;
  notice_id: string;
  file_name: string;
  content_type: string;
  size: number;
  blob_key: string;
  created_at: CreatedAt;
  created_by: string | null;
}
export type NoticeAttachmentRow = Selectable<NoticeAttachmentsTable>;

export interface SettingsTable {
  key: string;
  /** a JSON object with a schemaVersion; written as a JSON string */
  value: ColumnType<unknown, string, string>;
  updated_at: Generated<Date>;
  updated_by: string | null;
}

export interface TalentCategoriesTable {
  code: 'A' | 'B' | 'C' | 'D' | 'E';
  name: string;
}

export interface CatalogueItemsTable {
  id: Generated<string>;
  category: 'A' | 'B' | 'C' | 'D' | 'E';
  code: string;
  text: string;
  sort: Generated<number>;
  enabled: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}
export type CatalogueItemRow = Selectable<CatalogueItemsTable>;

export interface NotificationsTable {
  id: Generated<string>;
  account_id: string;
  title: string;
  body: string;
  created_at: CreatedAt;
  read_at: Date | null;
}

/**
 * 统计分析 (0016): counts kept by triggers; nothing in the server writes them. `day` is read as text with to_char,
 * filtered as YYYY-MM-DD.
 */
export interface StatisticsCountsTable {
  figure:
    | 'status'
    | 'employer'
    | 'employers'
    | 'employer_month'
    | 'stage'
    | 'stage_time'
    | 'result'
    | 'certificate';
  notice_id: string;
  category: string | null;
  day: string | null;
  k1: string;
  k2: string;
  k3: number;
  n: ColumnType<string | number, never, never>;
}

export interface DB {
  employers: EmployersTable;
  supervisors: SupervisorsTable;
  work_calendar: WorkCalendarTable;
  statistics_counts: StatisticsCountsTable;
  accounts: AccountsTable;
  sessions: SessionsTable;
  qr_logins: QrLoginsTable;
  oidc_requests: OidcRequestsTable;
  external_identities: ExternalIdentitiesTable;
  oidc_pending: OidcPendingTable;
  captchas: CaptchasTable;
  sms_codes: SmsCodesTable;
  sms_outbox: SmsOutboxTable;
  sms_messages: SmsMessagesTable;
  integration_clients: IntegrationClientsTable;
  certificate_signing_keys: CertificateSigningKeysTable;
  webhook_deliveries: WebhookDeliveriesTable;
  publish_batches: PublishBatchesTable;
  publish_batch_items: PublishBatchItemsTable;
  exports: ExportsTable;
  rate_limits: RateLimitsTable;
  audit_log: AuditLogTable;
  audit_verifications: AuditVerificationsTable;
  bindings: BindingsTable;
  notices: NoticesTable;
  notice_attachments: NoticeAttachmentsTable;
  settings: SettingsTable;
  talent_categories: TalentCategoriesTable;
  catalogue_items: CatalogueItemsTable;
  notifications: NotificationsTable;
  talent_results: TalentResultsTable;
  eligibility_exceptions: EligibilityExceptionsTable;
  applications: ApplicationsTable;
  application_entries: ApplicationEntriesTable;
  application_attachments: ApplicationAttachmentsTable;
  application_carried_modules: ApplicationCarriedModulesTable;
  application_versions: ApplicationVersionsTable;
  application_events: ApplicationEventsTable;
  review_results: ReviewResultsTable;
  result_objections: ResultObjectionsTable;
  certificates: CertificatesTable;
}

export interface ReviewResultsTable {
  id: Generated<string>;
  application_id: string;
  outcome: '认定通过' | '调整类别认定' | '不予认定';
  category: string | null;
  remark: Generated<string>;
  state: Generated<'待发布' | '公示中' | '已发布'>;
  /** a `date` column: select it with to_char */
  publicity_ends_on: string | null;
  published_at: Date | null;
  recorded_at: Generated<Date>;
  recorded_by: string | null;
  version: Generated<number>;
}

export interface ResultObjectionsTable {
  id: Generated<string>;
  result_id: string;
  content: string;
  created_at: CreatedAt;
  created_by: string | null;
}

export interface CertificatesTable {
  id: Generated<string>;
  number: string;
  application_id: string;
  result_id: string;
  holder_id: string;
  holder_name: string;
  category: string;
  /** `date` columns: select them with to_char */
  issued_on: string;
  valid_until: string | null;
  status: Generated<'有效' | '暂扣' | '撤销' | '注销' | '失效'>;
  status_reason: string | null;
  status_changed_at: Date | null;
  /** counts the status changes: a webhook is keyed by certificate and version */
  status_version: Generated<number>;
  token: string;
  created_at: CreatedAt;
}

export interface TalentResultsTable {
  id: Generated<string>;
  applicant_id: string;
  outcome: '认定通过' | '不予认定';
  category: string;
  /** a `date` column: select it with to_char(…, 'YYYY-MM-DD'), pg and PGlite parse dates differently */
  decided_on: string;
  created_at: CreatedAt;
  created_by: string | null;
}

export interface EligibilityExceptionsTable {
  id: Generated<string>;
  applicant_id: string;
  reason: string;
  created_at: CreatedAt;
  created_by: string | null;
  revoked_at: Date | null;
}

export interface ApplicationsTable {
  id: Generated<string>;
  applicant_id: string;
  notice_id: string;
  employer_id: string;
  status: Generated<'未提交' | '已申报' | '被退回' | '审核不通过终止审核' | '材料审核通过'>;
  category: string | null;
  service_type: string | null;
  confirmations: ColumnType<unknown, string, string>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
  submitted_at: Date | null;
  version: Generated<number>;
  stage: 'employer' | 'supervisor' | 'province' | null;
  stage_chain: ColumnType<string[] | null, string | null, string | null>;
  /** when it arrived at the stage it waits at (0016, set by a trigger) */
  stage_since: ColumnType<Date | null, Date | null | undefined, never>;
  returned_sections: ColumnType<string[], string | undefined, string>;
  applicant_name: string;
  id_number_hash: string | null;
  /** 申报编号, given at the first 提交 */
  number: string | null;
}
export type ApplicationRow = Selectable<ApplicationsTable>;

export interface ApplicationEntriesTable {
  id: Generated<string>;
  application_id: string;
  module: string;
  schema_version: Generated<number>;
  data: ColumnType<Record<string, string | number>, string, string>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}
export type ApplicationEntryRow = Selectable<ApplicationEntriesTable>;

export interface ApplicationAttachmentsTable {
  id: Generated<string>;
  application_id: string;
  slot: 'photo' | 'idCard' | 'other' | 'entry';
  entry_id: string | null;
  file_name: string;
  content_type: string;
  size: number;
  blob_key: string;
  created_at: CreatedAt;
}
export type ApplicationAttachmentRow = Selectable<ApplicationAttachmentsTable>;

/** 已带入（请核对） (0022): a module carried from the last application, until saved or confirmed. */
export interface ApplicationCarriedModulesTable {
  application_id: string;
  module: string;
  from_application_id: string;
  notes: ColumnType<string[], string | undefined, string>;
  created_at: CreatedAt;
}

export interface ApplicationVersionsTable {
  id: Generated<string>;
  application_id: string;
  number: number;
  snapshot: ColumnType<unknown, string, never>;
  created_at: CreatedAt;
}

export interface ApplicationEventsTable {
  id: Generated<string>;
  application_id: string;
  stage: string;
  handler: string;
  action: string;
  opinion: string | null;
  actor_id: string | null;
  created_at: CreatedAt;
  sections: ColumnType<string[] | null, string | null, string | null>;
  stage_key: string | null;
}
