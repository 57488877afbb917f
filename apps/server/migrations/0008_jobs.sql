-- Issue 10: side effects leave the request. A change records what it owes the world (an SMS, a batch of
-- results to publish) in its own transaction, with a pg-boss job that carries it out after the commit.

-- 消息发送记录: every SMS but the verification codes (those go at once, the person is waiting for them).
create table sms_messages (
  id uuid primary key default gen_random_uuid(),
  -- what the message is about (e.g. result:<id>:published): the same fact never makes a second message
  idempotency_key text not null unique,
  account_id uuid references accounts (id),
  phone_enc text not null,
  text text not null,
  state text not null default '待发送' check (state in ('待发送', '已发送', '失败')),
  attempts integer not null default 0,
  last_error text,
  created_at timestamptz not null default now(),
  sent_at timestamptz,
  updated_at timestamptz not null default now(),
  check ((state = '已发送') = (sent_at is not null))
);
create index sms_messages_state on sms_messages (state, created_at desc);
create index sms_messages_created on sms_messages (created_at desc);

-- 发布 of 评审结果 as a batch: the request validates and records it; jobs publish a few hundred results each.
create table publish_batches (
  id uuid primary key default gen_random_uuid(),
  total integer not null check (total > 0),
  done integer not null default 0,
  failed integer not null default 0,
  created_by uuid references accounts (id),
  created_at timestamptz not null default now(),
  finished_at timestamptz,
  check (done + failed <= total)
);
create index publish_batches_created on publish_batches (created_at desc);

create table publish_batch_items (
  batch_id uuid not null references publish_batches (id),
  result_id uuid not null references review_results (id),
  -- 待发布 → 已发布 | 失败 (with why); 重试 puts a 失败 back to 待发布
  state text not null default '待发布' check (state in ('待发布', '已发布', '失败')),
  error text,
  updated_at timestamptz not null default now(),
  primary key (batch_id, result_id)
);
create index publish_batch_items_result on publish_batch_items (result_id);
-- a result waits in one batch at a time: a repeated 发布 cannot queue it twice
create unique index publish_batch_items_waiting on publish_batch_items (result_id) where state = '待发布';

-- Exports too large to answer in one request (over a few thousand rows) are made by a job into the blob store;
-- the person who asked follows the progress and downloads the file when it is ready, for 7 days.
create table exports (
  id uuid primary key default gen_random_uuid(),
  account_id uuid not null references accounts (id),
  kind text not null,
  file_name text not null,
  -- what was asked (filters, the asker's review scope), encrypted: a filter may be a 证件号码
  params_enc text not null,
  state text not null default '排队中' check (state in ('排队中', '生成中', '已完成', '失败')),
  rows_total integer not null,
  rows_done integer not null default 0,
  blob_key text,
  size bigint,
  error text,
  created_at timestamptz not null default now(),
  finished_at timestamptz,
  expires_at timestamptz not null default now() + interval '7 days',
  check ((state = '已完成') = (blob_key is not null))
);
create index exports_account on exports (account_id, created_at desc);
create index exports_expires on exports (expires_at);
