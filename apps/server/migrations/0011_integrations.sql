-- Issue 11: integration clients — systems of the province (电子证照库, 吉事办) that look certificates up with
-- their own credential and receive signed webhooks when a certificate's status changes.

create table integration_clients (
  id uuid primary key default gen_random_uuid(),
  -- the public half of the credential `<client_id>.<secret>` (ic_ and 16 hex digits)
  client_id text not null unique,
  name text not null,
  -- ["certificates:read", "certificates:webhook"]
  scopes jsonb not null,
  -- IPv4/IPv6 addresses and CIDR ranges; empty: every call is refused
  allowed_ips jsonb not null default '[]',
  webhook_url text,
  -- SHA-256 of the secret (32 random bytes): never the secret itself
  secret_hash text not null,
  -- the webhook signing secret, encrypted with the field key: the server needs it in clear to sign
  webhook_secret_enc text not null,
  rate_limit_per_minute integer not null default 600 check (rate_limit_per_minute between 1 and 100000),
  enabled boolean not null default true,
  created_at timestamptz not null default now(),
  created_by uuid references accounts (id),
  updated_at timestamptz not null default now(),
  secret_rotated_at timestamptz,
  disabled_at timestamptz,
  check (enabled = (disabled_at is null))
);

-- each change of a certificate's status counts up, so that every change has a key of its own (a certificate
-- may go 有效 → 暂扣 → 有效 → 暂扣) and a webhook is queued once per client and change
alter table certificates add column status_version integer not null default 0;
-- the housekeeping sweep that records 失效 once a certificate's validity has passed
create index certificates_expiring on certificates (valid_until) where status = '有效' and valid_until is not null;

create table webhook_deliveries (
  id uuid primary key default gen_random_uuid(),
  client_id uuid not null references integration_clients (id),
  -- the change it reports: certificate:<id>:<status_version>
  event_key text not null,
  event text not null,
  certificate_id uuid not null references certificates (id),
  certificate_number text not null,
  status text not null,
  changed_at timestamptz not null,
  state text not null default '待发送' check (state in ('待发送', '已送达', '失败')),
  attempts integer not null default 0,
  last_error text,
  last_http_status integer,
  created_at timestamptz not null default now(),
  delivered_at timestamptz,
  updated_at timestamptz not null default now(),
  unique (client_id, event_key),
  check ((state = '已送达') = (delivered_at is not null))
);
create index webhook_deliveries_state on webhook_deliveries (state, created_at desc);
create index webhook_deliveries_created on webhook_deliveries (created_at desc);
