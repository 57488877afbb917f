-- Issue 3: 个人与单位绑定关系 (SPEC §3), 申报通知 and 申报注意事项 (§4), the talent catalogue (§5), 站内消息.

create table bindings (
  id uuid primary key default gen_random_uuid(),
  applicant_id uuid not null references accounts (id),
  employer_id uuid not null references employers (id),
  status text not null default '待审核'
    check (status in ('待审核', '材料终审通过', '审核不通过终止审核', '已解绑')),
  requested_at timestamptz not null default now(),
  -- 办件意见 of the employer's reviewer
  opinion text,
  decided_at timestamptz,
  decided_by uuid references accounts (id),
  unbound_at timestamptz,
  version integer not null default 0,
  check ((status = '待审核') = (decided_at is null)),
  check ((status = '已解绑') = (unbound_at is not null))
);
-- SPEC §3: at most one binding per applicant that is pending or approved; two simultaneous requests cannot
-- both pass this index, whatever the application code checked before.
create unique index bindings_one_active_per_applicant on bindings (applicant_id)
  where status in ('待审核', '材料终审通过');
create index bindings_applicant on bindings (applicant_id, requested_at desc);
create index bindings_employer on bindings (employer_id, status, requested_at desc);

create table notices (
  id uuid primary key default gen_random_uuid(),
  title text not null,
  body text not null,
  start_at timestamptz not null,
  end_at timestamptz not null,
  -- 认定服务类型 the notice accepts: a JSON array of '首次认定' / '晋升认定'
  service_types jsonb not null check (jsonb_typeof(service_types) = 'array'),
  status text not null default '草稿' check (status in ('草稿', '已发布', '已关闭')),
  published_at timestamptz,
  closed_at timestamptz,
  created_at timestamptz not null default now(),
  created_by uuid references accounts (id),
  updated_at timestamptz not null default now(),
  updated_by uuid references accounts (id),
  version integer not null default 0,
  check (end_at > start_at)
);
create index notices_created on notices (created_at desc);
-- what applicants see: published notices whose window holds now
create index notices_published_window on notices (start_at, end_at) where status = '已发布';

create table notice_attachments (
  id uuid primary key default gen_random_uuid(),
  notice_id uuid not null references notices (id) on delete cascade,
  file_name text not null,
  content_type text not null,
  size integer not null check (size > 0),
  blob_key text not null unique,
  created_at timestamptz not null default now(),
  created_by uuid references accounts (id)
);
create index notice_attachments_notice on notice_attachments (notice_id, created_at);

-- Small settings edited in the 管理端 (申报注意事项, …); each value is a JSON object with a schemaVersion.
create table settings (
  key text primary key,
  value jsonb not null,
  updated_at timestamptz not null default now(),
  updated_by uuid references accounts (id)
);

create table talent_categories (
  code text primary key check (code in ('A', 'B', 'C', 'D', 'E')),
  name text not null
);
insert into talent_categories (code, name) values
  ('A', '国内外顶尖人才'),
  ('B', '国家级领军人才'),
  ('C', '省部级领军人才'),
  ('D', '省域拔尖人才'),
  ('E', '青年后备人才');

create table catalogue_items (
  id uuid primary key default gen_random_uuid(),
  category text not null references talent_categories (code),
  code text not null,
  text text not null,
  sort integer not null default 0 check (sort between 0 and 9999),
  enabled boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (category, code)
);
create index catalogue_items_order on catalogue_items (category, sort, code);

create table notifications (
  id uuid primary key default gen_random_uuid(),
  account_id uuid not null references accounts (id) on delete cascade,
  title text not null,
  body text not null,
  created_at timestamptz not null default now(),
  read_at timestamptz
);
create index notifications_account on notifications (account_id, created_at desc);
create index notifications_unread on notifications (account_id) where read_at is null;
