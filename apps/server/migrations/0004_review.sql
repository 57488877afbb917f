-- Issue 5: the review workflow (SPEC §7, manual 3.3): stages, 退回 with the modules it opens, review queues.

-- where a submitted application waits, and the chain of stages it was submitted with (configuration may change
-- while it is under review; it finishes the way it started)
alter table applications add column stage text check (stage in ('employer', 'supervisor', 'province'));
alter table applications add column stage_chain jsonb check (stage_chain is null or jsonb_typeof(stage_chain) = 'array');
update applications set stage = 'employer', stage_chain = '["employer", "province"]' where status = '已申报';
alter table applications add constraint applications_stage_only_when_submitted
  check ((status = '已申报') = (stage is not null));
-- what the last 退回 opened for change
alter table applications add column returned_sections jsonb not null default '[]'
  check (jsonb_typeof(returned_sections) = 'array');
-- copied from the account at creation: the queues search and sort without joining or decrypting
alter table applications add column applicant_name text;
alter table applications add column id_number_hash text;
update applications a set applicant_name = ac.name, id_number_hash = ac.id_number_hash
  from accounts ac where ac.id = a.applicant_id;
alter table applications alter column applicant_name set not null;

-- Keyset paging of the queues: newest submission first, id as the tie-breaker.
create index applications_waiting on applications (stage, submitted_at desc, id desc) where status = '已申报';
create index applications_employer_queue on applications (employer_id, submitted_at desc, id desc)
  where status <> '未提交';
create index applications_submitted on applications (submitted_at desc, id desc) where status <> '未提交';
create index applications_applicant_name on applications (applicant_name, submitted_at desc);
create index applications_id_number_hash on applications (id_number_hash);
drop index applications_employer_status;

-- the stage a department account reviews; null = 省人社厅审核
alter table accounts add column review_stage text check (review_stage in ('supervisor', 'province'));

-- 退回: the modules a node opened for change
alter table application_events add column sections jsonb;
alter table application_events add column stage_key text;
