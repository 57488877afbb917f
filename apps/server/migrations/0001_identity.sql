-- 统一身份认证: employers, accounts of the three portals, sessions, captchas, SMS codes, rate limits, audit log.

create table employers (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  uscc text not null unique,
  created_at timestamptz not null default now(),
  -- SPEC §3: only employers that have signed in at least once can be found for binding
  first_login_at timestamptz
);

create table accounts (
  id uuid primary key default gen_random_uuid(),
  portal text not null check (portal in ('person', 'employer', 'department')),
  role text not null check (role in ('applicant', 'employer_admin', 'employer_reviewer', 'dept_admin', 'dept_reviewer')),
  name text not null,
  username text unique,
  id_type text,
  -- 证件号码 and 手机号码: AES-256-GCM ciphertext, found through a keyed hash (HMAC-SHA256)
  id_number_enc text,
  id_number_hash text,
  phone_enc text,
  phone_hash text,
  employer_id uuid references employers (id),
  department_name text,
  password_hash text not null,
  enabled boolean not null default true,
  failed_logins integer not null default 0,
  failed_window_start timestamptz,
  locked_until timestamptz,
  password_changed_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  created_by uuid references accounts (id),
  last_login_at timestamptz,
  check (portal <> 'person' or (role = 'applicant' and id_number_hash is not null and phone_hash is not null)),
  check (portal <> 'employer' or (role in ('employer_admin', 'employer_reviewer') and employer_id is not null and phone_hash is not null)),
  check (portal <> 'department' or (role in ('dept_admin', 'dept_reviewer') and username is not null))
);
create unique index accounts_person_id_number on accounts (id_number_hash) where portal = 'person';
create unique index accounts_phone_per_portal on accounts (portal, phone_hash) where phone_hash is not null;
create unique index accounts_one_admin_per_employer on accounts (employer_id) where role = 'employer_admin';
create index accounts_employer on accounts (employer_id, created_at);

create table sessions (
  -- SHA-256 of the cookie's token: a copy of this table does not give anyone a session
  id text primary key,
  account_id uuid not null references accounts (id) on delete cascade,
  csrf_token text not null,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  ip text,
  user_agent text
);
create index sessions_account on sessions (account_id);
create index sessions_expires on sessions (expires_at);

create table captchas (
  id uuid primary key default gen_random_uuid(),
  answer_hash text not null,
  expires_at timestamptz not null
);
create index captchas_expires on captchas (expires_at);

create table sms_codes (
  id uuid primary key default gen_random_uuid(),
  phone_hash text not null,
  purpose text not null,
  code_hash text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  attempts integer not null default 0,
  consumed_at timestamptz
);
create index sms_codes_lookup on sms_codes (phone_hash, purpose, created_at desc);

-- Written only by the development SMS provider, so that people and tests can read the codes.
create table sms_outbox (
  id uuid primary key default gen_random_uuid(),
  phone text not null,
  text text not null,
  code text,
  created_at timestamptz not null default now()
);
create index sms_outbox_created on sms_outbox (created_at desc);

create table rate_limits (
  key text primary key,
  count integer not null,
  reset_at timestamptz not null
);

create table audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null,
  actor_account_id uuid,
  actor_label text not null,
  action text not null,
  target_type text,
  target_id text,
  ip text,
  user_agent text,
  detail jsonb not null default '{}',
  -- each row carries the hash of the one before, so an edited or removed row breaks the chain
  prev_hash text not null,
  hash text not null
);

create function audit_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only';
end
$$;
create trigger audit_log_no_change before update or delete on audit_log
  for each row execute function audit_log_append_only();
-- per-row triggers do not fire on TRUNCATE, which would empty the log without breaking any link
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_append_only();
