-- Issue 11: 主管部门 as data (SPEC §1, §7, §10). The 系统管理员 keeps the list of 主管部门 and which employers
-- each one supervises; a department account reviewing the 主管部门审核 stage acts for exactly one of them and
-- sees only the applications of the employers it supervises. (0009 is another change's.)

create table supervisors (
  id uuid primary key default gen_random_uuid(),
  name text not null unique check (length(btrim(name)) between 1 and 100),
  created_at timestamptz not null default now(),
  created_by uuid references accounts (id)
);

-- null: no 主管部门 yet — its applications at the 主管部门审核 stage are seen by no 主管部门 reviewer until the
-- 系统管理员 assigns one (the employer list shows it as 未分配主管部门)
alter table employers add column supervisor_id uuid references supervisors (id);
create index employers_supervisor on employers (supervisor_id);

alter table accounts add column supervisor_id uuid references supervisors (id);
create index accounts_supervisor on accounts (supervisor_id) where supervisor_id is not null;

-- Accounts given the 主管部门审核 stage before 主管部门 were data acted for the department they named: each such
-- department becomes a 主管部门 (with no employers yet), so that the constraint below holds for them.
insert into supervisors (name)
  select distinct left(coalesce(nullif(btrim(department_name), ''), '未命名主管部门'), 100)
  from accounts where review_stage = 'supervisor'
  on conflict (name) do nothing;
update accounts a set supervisor_id = s.id
  from supervisors s
  where a.review_stage = 'supervisor'
    and s.name = left(coalesce(nullif(btrim(a.department_name), ''), '未命名主管部门'), 100);

-- a 主管部门审核 account acts for one 主管部门; no other account has one
alter table accounts add constraint accounts_supervisor_with_stage
  check ((review_stage is not distinct from 'supervisor') = (supervisor_id is not null));
