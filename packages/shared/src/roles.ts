/** Who uses the product (SPEC §1) and which portal each role may reach. */

export const PORTALS = ['person', 'employer', 'department'] as const;
export type Portal = (typeof PORTALS)[number];

export const PORTAL_LABELS: Record<Portal, string> = {
  person: '个人网厅',
  employer: '单位网厅',
  department: '管理端',
};

/**
 * The 管理端 follows 三员分立 (等保 level 3): the 系统管理员 keeps accounts and configuration and sees no
 * business data, the 安全审计员 reads the audit log and changes nothing, and the business is done by the
 * 业务管理员 and the 审核人 (who holds one review stage). An account holds exactly one role, fixed when it is
 * created: no account can be 系统管理员 and 安全审计员 at once, and no account changes its own role.
 */
export const ROLES = [
  'applicant',
  'employer_admin',
  'employer_reviewer',
  'sys_admin',
  'security_auditor',
  'business_admin',
  'dept_reviewer',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  applicant: '申报人',
  employer_admin: '单位管理员',
  employer_reviewer: '单位审核人',
  sys_admin: '系统管理员',
  security_auditor: '安全审计员',
  business_admin: '业务管理员',
  dept_reviewer: '审核人',
};

export const ROLE_PORTAL: Record<Role, Portal> = {
  applicant: 'person',
  employer_admin: 'employer',
  employer_reviewer: 'employer',
  sys_admin: 'department',
  security_auditor: 'department',
  business_admin: 'department',
  dept_reviewer: 'department',
};

export const DEPARTMENT_ROLES = [
  'sys_admin',
  'security_auditor',
  'business_admin',
  'dept_reviewer',
] as const satisfies readonly Role[];
export type DepartmentRole = (typeof DEPARTMENT_ROLES)[number];

/** What each 管理端 role is for, as the 首页 and 账号管理 say it. */
export const DEPARTMENT_ROLE_DUTIES: Record<DepartmentRole, string> = {
  sys_admin: '管理部门账号、主管部门、工作日历和接口客户端等系统配置，不接触申报业务数据',
  security_auditor: '查看和导出审计日志，不能变更任何数据',
  business_admin:
    '发布申报通知和申报注意事项，维护人才分类目录和申报条件，录入、公示和发布评审结果，管理电子证书',
  dept_reviewer: '在所持审核环节审核申报材料',
};
