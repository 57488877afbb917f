-- Issue 6: 评审结果, 公示 and 电子证书 (SPEC §8, manual 3.4 and 3.5).

-- 申报编号: what a person reads and an import sheet names, given at the first 提交
create sequence application_number_seq;
alter table applications add column number text unique;
update applications set number = 'RC' || to_char(submitted_at at time zone 'Asia/Shanghai', 'YYYY')
  || lpad(nextval('application_number_seq')::text, 7, '0')
  where submitted_at is not null;

create table review_results (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null unique references applications (id),
  outcome text not null check (outcome in ('认定通过', '调整类别认定', '不予认定')),
  -- the category certified: applied for, or the lower one of 调整类别认定; none for 不予认定
  category text references talent_categories (code),
  remark text not null default '',
  state text not null default '待发布' check (state in ('待发布', '公示中', '已发布')),
  publicity_ends_on date,
  published_at timestamptz,
  recorded_at timestamptz not null default now(),
  recorded_by uuid references accounts (id),
  version integer not null default 0,
  check ((outcome = '不予认定') = (category is null)),
  check ((state = '公示中') = (publicity_ends_on is not null) or state = '已发布'),
  check ((state = '已发布') = (published_at is not null))
);
create index review_results_state on review_results (state, recorded_at desc);

create table result_objections (
  id uuid primary key default gen_random_uuid(),
  result_id uuid not null references review_results (id),
  content text not null,
  created_at timestamptz not null default now(),
  created_by uuid references accounts (id)
);
create index result_objections_result on result_objections (result_id, created_at);

create sequence certificate_number_seq;
create table certificates (
  id uuid primary key default gen_random_uuid(),
  number text not null unique,
  application_id uuid not null unique references applications (id),
  result_id uuid not null unique references review_results (id),
  holder_id uuid not null references accounts (id),
  holder_name text not null,
  category text not null references talent_categories (code),
  issued_on date not null,
  valid_until date,
  status text not null default '有效' check (status in ('有效', '暂扣', '撤销', '注销', '失效')),
  status_reason text,
  status_changed_at timestamptz,
  -- the signed payload the QR code carries
  token text not null,
  created_at timestamptz not null default now()
);
create index certificates_holder on certificates (holder_id, issued_on desc);
