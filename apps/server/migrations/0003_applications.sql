-- Issue 4: the application (SPEC §5, §6; manual 3.2): 条件自检 records, modules, entries, attachments, frozen
-- versions and 流程推送 nodes.

-- Results that the 3-year and 1-year rules of 条件自检 look at. Issue 6 writes them when results are published;
-- the department can also record results from before this system.
create table talent_results (
  id uuid primary key default gen_random_uuid(),
  applicant_id uuid not null references accounts (id),
  outcome text not null check (outcome in ('认定通过', '不予认定')),
  category text not null references talent_categories (code),
  decided_on date not null,
  created_at timestamptz not null default now(),
  created_by uuid references accounts (id)
);
create index talent_results_applicant on talent_results (applicant_id, decided_on desc);

-- The department's recorded exception to the 3-year and 1-year rules (the employer asks in writing).
create table eligibility_exceptions (
  id uuid primary key default gen_random_uuid(),
  applicant_id uuid not null references accounts (id),
  reason text not null,
  created_at timestamptz not null default now(),
  created_by uuid references accounts (id),
  revoked_at timestamptz
);
create index eligibility_exceptions_applicant on eligibility_exceptions (applicant_id) where revoked_at is null;

create table applications (
  id uuid primary key default gen_random_uuid(),
  applicant_id uuid not null references accounts (id),
  notice_id uuid not null references notices (id),
  employer_id uuid not null references employers (id),
  status text not null default '未提交'
    check (status in ('未提交', '已申报', '被退回', '审核不通过终止审核', '材料审核通过')),
  -- copied from 基本信息 on save, for lists and queues
  category text references talent_categories (code),
  service_type text check (service_type in ('首次认定', '晋升认定')),
  -- the confirmations ticked in 条件自检, as shown then
  confirmations jsonb not null check (jsonb_typeof(confirmations) = 'array'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  submitted_at timestamptz,
  -- raised by every change of the application or anything in it: a reviewer's decision checks it (issue 5)
  version integer not null default 0,
  -- SPEC §6: one application per applicant per notice
  unique (applicant_id, notice_id)
);
create index applications_applicant on applications (applicant_id, created_at desc);
create index applications_employer_status on applications (employer_id, status);

-- 基本信息 and 创新创业成果 (one row each) and the entries of the list modules (up to their limit).
create table application_entries (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null references applications (id) on delete cascade,
  module text not null check (module in (
    'basic', 'education', 'training', 'papers', 'work', 'partTime', 'performance', 'achievement', 'honors', 'awards'
  )),
  schema_version integer not null default 1,
  data jsonb not null check (jsonb_typeof(data) = 'object'),
  -- optimistic lock: a save names the version it started from; two tabs cannot silently erase each other
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index application_entries_app on application_entries (application_id, module, created_at);
create unique index application_entries_single on application_entries (application_id, module)
  where module in ('basic', 'achievement');

create table application_attachments (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null references applications (id) on delete cascade,
  slot text not null check (slot in ('photo', 'idCard', 'other', 'entry')),
  entry_id uuid references application_entries (id) on delete cascade,
  file_name text not null,
  content_type text not null,
  size integer not null check (size > 0),
  blob_key text not null unique,
  created_at timestamptz not null default now(),
  check ((slot = 'entry') = (entry_id is not null))
);
create index application_attachments_app on application_attachments (application_id, slot, created_at);
create index application_attachments_entry on application_attachments (entry_id) where entry_id is not null;

-- What was submitted, frozen: reviewers read this, and issue 5 diffs a resubmission against it.
create table application_versions (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null references applications (id) on delete cascade,
  number integer not null,
  snapshot jsonb not null,
  created_at timestamptz not null default now(),
  unique (application_id, number)
);

-- 流程推送 (manual 3.3.1): one node per step of the application's way.
create table application_events (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null references applications (id) on delete cascade,
  stage text not null,
  handler text not null,
  action text not null,
  opinion text,
  actor_id uuid references accounts (id),
  created_at timestamptz not null default now()
);
create index application_events_app on application_events (application_id, created_at);
