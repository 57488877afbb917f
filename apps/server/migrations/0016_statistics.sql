-- Issue 13: 统计分析 (SPEC §9). Counts kept by triggers in the transaction of every change, so each figure reads
-- a few thousand rows however many applications there are (docs/adr/0007-statistics-counts.md).

-- when the application arrived at the stage it waits at: a decision's time at the stage is measured from it
alter table applications add column stage_since timestamptz;
update applications set stage_since = updated_at where stage is not null;

create function applications_stage_since() returns trigger language plpgsql as $$
begin
  if new.stage is null then
    new.stage_since := null;
  elsif tg_op = 'INSERT' then
    new.stage_since := coalesce(new.stage_since, now());
  elsif new.stage is distinct from old.stage or new.status <> old.status then
    new.stage_since := now();
  end if;
  return new;
end $$;
create trigger applications_stage_since before insert or update of status, stage on applications
  for each row execute function applications_stage_since();

-- One row per figure and key. A figure's key always holds the notice, the category applied for and the Beijing day
-- of submission (null: never submitted), the three filters of the page; k1..k3 are the figure's own:
--   status       k1 业务状态, k2 the stage it waits at ('' if none), k3 a shard (0..7) of the application's id, so
--                the submissions of a deadline rush update eight rows of a day and category, not one
--   employer     k1 the recommending employer's id
--   employers    the same without the day (day is null): the figure without a date range reads this, a few rows
--                per employer, not one per employer and day
--   employer_month  the same per month (day is its first day): a date range reads the whole months inside it from
--                here and only the days at its ends from `employer`
--   stage        k1 the stage decided, k2 the decision
--   stage_time   k1 the stage decided, k3 the bucket of the time from arrival to decision; without the day (null),
--                since a histogram per day would hold nearly a row per decision: the times follow the notice and
--                category filters, not the date range
--   result       k1 the outcome (认定通过, 调整类别认定, 不予认定)
--   certificate  k1 the certificate's status
create table statistics_counts (
  figure text not null check (figure in ('status', 'employer', 'employers', 'employer_month', 'stage', 'stage_time', 'result',
    'certificate')),
  notice_id uuid not null,
  category text,
  day date,
  k1 text not null,
  k2 text not null default '',
  k3 integer not null default 0,
  n bigint not null default 0
);
create unique index statistics_counts_key on statistics_counts (figure, notice_id, category, day, k1, k2, k3)
  nulls not distinct;
-- the page's filters: a day range, a notice, a category, read by figure
create index statistics_counts_day on statistics_counts (figure, day);

create function statistics_bump(f text, nid uuid, cat text, d date, a text, b text, c integer, delta integer)
  returns void language sql as $$
  insert into statistics_counts as s (figure, notice_id, category, day, k1, k2, k3, n)
  values (f, nid, cat, d, a, b, c, delta)
  on conflict (figure, notice_id, category, day, k1, k2, k3) do update set n = s.n + excluded.n
$$;

-- Durations go into buckets 10% wide: bucket b holds [1.1^b - 1, 1.1^(b+1) - 1) seconds. The shared
-- `stageBucketSeconds` reads a bucket back as its middle, within 5% of any duration in it.
create function statistics_bucket(d interval) returns integer language sql immutable as $$
  select greatest(0, floor(ln(1 + greatest(extract(epoch from d), 0)) / ln(1.1)))::integer
$$;

create function statistics_day(t timestamptz) returns date language sql stable as $$
  select (t at time zone 'Asia/Shanghai')::date
$$;

create function applications_statistics() returns trigger language plpgsql as $$
declare
  old_day date;
  new_day date;
begin
  if tg_op <> 'INSERT' then old_day := statistics_day(old.submitted_at); end if;
  if tg_op <> 'DELETE' then new_day := statistics_day(new.submitted_at); end if;
  if tg_op = 'DELETE' or (tg_op = 'UPDATE' and (old.status <> new.status or old.stage is distinct from new.stage
      or old.category is distinct from new.category or old_day is distinct from new_day)) then
    perform statistics_bump('status', old.notice_id, old.category, old_day, old.status, coalesce(old.stage, ''),
      hashtext(old.id::text) & 7, -1);
  end if;
  if tg_op = 'INSERT' or (tg_op = 'UPDATE' and (old.status <> new.status or old.stage is distinct from new.stage
      or old.category is distinct from new.category or old_day is distinct from new_day)) then
    perform statistics_bump('status', new.notice_id, new.category, new_day, new.status, coalesce(new.stage, ''),
      hashtext(new.id::text) & 7, 1);
  end if;
  if tg_op = 'DELETE' or (tg_op = 'UPDATE' and (old.employer_id <> new.employer_id
      or old.category is distinct from new.category or old_day is distinct from new_day)) then
    perform statistics_bump('employer', old.notice_id, old.category, old_day, old.employer_id::text, '', 0, -1);
    perform statistics_bump('employer_month', old.notice_id, old.category, date_trunc('month', old_day)::date,
      old.employer_id::text, '', 0, -1);
  end if;
  if tg_op = 'DELETE' or (tg_op = 'UPDATE' and (old.employer_id <> new.employer_id
      or old.category is distinct from new.category)) then
    perform statistics_bump('employers', old.notice_id, old.category, null, old.employer_id::text, '', 0, -1);
  end if;
  if tg_op = 'INSERT' or (tg_op = 'UPDATE' and (old.employer_id <> new.employer_id
      or old.category is distinct from new.category)) then
    perform statistics_bump('employers', new.notice_id, new.category, null, new.employer_id::text, '', 0, 1);
  end if;
  if tg_op = 'INSERT' or (tg_op = 'UPDATE' and (old.employer_id <> new.employer_id
      or old.category is distinct from new.category or old_day is distinct from new_day)) then
    perform statistics_bump('employer', new.notice_id, new.category, new_day, new.employer_id::text, '', 0, 1);
    perform statistics_bump('employer_month', new.notice_id, new.category, date_trunc('month', new_day)::date,
      new.employer_id::text, '', 0, 1);
  end if;
  -- a reviewer's decision: the application leaves the stage it waited at (to the next one, or out of review)
  if tg_op = 'UPDATE' and old.status = '已申报'
      and (new.status <> '已申报' or new.stage is distinct from old.stage) then
    perform statistics_bump('stage', old.notice_id, old.category, old_day, old.stage,
      case new.status when '被退回' then '退回' when '审核不通过终止审核' then '审核不通过终止审核' else '审核通过' end,
      0, 1);
    perform statistics_bump('stage_time', old.notice_id, old.category, null, old.stage, '',
      statistics_bucket(now() - coalesce(old.stage_since, old.submitted_at, now())), 1);
  end if;
  return null;
end $$;
create trigger applications_statistics after insert or update or delete on applications
  for each row execute function applications_statistics();

-- A result's outcome and a certificate's status are counted under their application's notice, category and day:
-- one function, told the figure and the column by the trigger (tg_argv).
create function linked_statistics() returns trigger language plpgsql as $$
declare
  a record;
  old_key text;
  new_key text;
begin
  if tg_op <> 'INSERT' then old_key := to_jsonb(old) ->> tg_argv[1]; end if;
  if tg_op <> 'DELETE' then new_key := to_jsonb(new) ->> tg_argv[1]; end if;
  if tg_op = 'UPDATE' and old_key = new_key then return null; end if;
  select notice_id, category, statistics_day(submitted_at) as day into a
    from applications where id = (case when tg_op = 'DELETE' then old.application_id else new.application_id end);
  if tg_op <> 'INSERT' then
    perform statistics_bump(tg_argv[0], a.notice_id, a.category, a.day, old_key, '', 0, -1);
  end if;
  if tg_op <> 'DELETE' then
    perform statistics_bump(tg_argv[0], a.notice_id, a.category, a.day, new_key, '', 0, 1);
  end if;
  return null;
end $$;
create trigger review_results_statistics after insert or update or delete on review_results
  for each row execute function linked_statistics('result', 'outcome');
create trigger certificates_statistics after insert or update or delete on certificates
  for each row execute function linked_statistics('certificate', 'status');

-- The counts of what exists already (also what bench/statistics.mjs runs after loading rows in bulk). Stage
-- decisions before this migration are read from 流程推送: a reviewer's node, timed from the node before it.
create function statistics_rebuild() returns void language plpgsql as $$
begin
  delete from statistics_counts;
  insert into statistics_counts (figure, notice_id, category, day, k1, k2, k3, n)
    select 'status', notice_id, category, statistics_day(submitted_at), status, coalesce(stage, ''),
      hashtext(id::text) & 7, count(*)
    from applications group by 2, 3, 4, 5, 6, 7;
  insert into statistics_counts (figure, notice_id, category, day, k1, n)
    select 'employer', notice_id, category, statistics_day(submitted_at), employer_id::text, count(*)
    from applications group by 2, 3, 4, 5;
  insert into statistics_counts (figure, notice_id, category, day, k1, n)
    select 'employer_month', notice_id, category, date_trunc('month', statistics_day(submitted_at))::date,
      employer_id::text, count(*)
    from applications group by 2, 3, 4, 5;
  insert into statistics_counts (figure, notice_id, category, day, k1, n)
    select 'employers', notice_id, category, null::date, employer_id::text, count(*)
    from applications group by 2, 3, 5;
  create temp table statistics_decisions on commit drop as
    select e.application_id, e.stage_key, e.action,
      statistics_bucket(e.created_at - e.arrived) as bucket
    from (
      select application_id, stage_key, action, created_at,
        lag(created_at) over (partition by application_id order by created_at) as arrived
      from application_events
    ) e
    where e.stage_key is not null and e.action in ('审核通过', '退回', '审核不通过终止审核');
  insert into statistics_counts (figure, notice_id, category, day, k1, k2, n)
    select 'stage', a.notice_id, a.category, statistics_day(a.submitted_at), d.stage_key, d.action, count(*)
    from statistics_decisions d join applications a on a.id = d.application_id
    group by 2, 3, 4, 5, 6;
  insert into statistics_counts (figure, notice_id, category, day, k1, k3, n)
    select 'stage_time', a.notice_id, a.category, null::date, d.stage_key, d.bucket, count(*)
    from statistics_decisions d join applications a on a.id = d.application_id
    group by 2, 3, 5, 6;
  drop table statistics_decisions;
  insert into statistics_counts (figure, notice_id, category, day, k1, n)
    select 'result', a.notice_id, a.category, statistics_day(a.submitted_at), r.outcome, count(*)
    from review_results r join applications a on a.id = r.application_id group by 2, 3, 4, 5;
  insert into statistics_counts (figure, notice_id, category, day, k1, n)
    select 'certificate', a.notice_id, a.category, statistics_day(a.submitted_at), c.status, count(*)
    from certificates c join applications a on a.id = c.application_id group by 2, 3, 4, 5;
end $$;
select statistics_rebuild();
