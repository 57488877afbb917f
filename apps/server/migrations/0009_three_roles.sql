-- 三员分立 (等保 level 3): the one 系统管理员 who did everything becomes four 管理端 roles.
--   sys_admin         系统管理员  accounts, roles and configuration; no business data
--   security_auditor  安全审计员  reads and exports the audit log; changes nothing
--   business_admin    业务管理员  notices, 申报注意事项, catalogue, 申报条件, results, 公示, 发布, certificates
--   dept_reviewer     审核人      reviews at the stage its account holds
-- An account holds one role, fixed at creation. Existing 系统管理员 accounts stay 系统管理员 (they keep
-- 账号管理, so they can create the 业务管理员 and 安全审计员 the province names); they no longer review,
-- publish or read the audit log.
alter table accounts drop constraint accounts_role_check;
alter table accounts drop constraint accounts_check2;
update accounts set role = 'sys_admin' where role = 'dept_admin';
alter table accounts add constraint accounts_role_check check (
  role in ('applicant', 'employer_admin', 'employer_reviewer', 'sys_admin', 'security_auditor', 'business_admin', 'dept_reviewer')
);
alter table accounts add constraint accounts_department_role check (
  portal <> 'department'
  or (role in ('sys_admin', 'security_auditor', 'business_admin', 'dept_reviewer') and username is not null)
);
-- only a 审核人 holds a review stage
update accounts set review_stage = null where role <> 'dept_reviewer';
alter table accounts add constraint accounts_stage_of_reviewer check (review_stage is null or role = 'dept_reviewer');
