/** Who uses the product (SPEC §1) and which portal each role may reach. */

export const PORTALS = ['person', 'employer', 'department'] as const;
export type Portal = (typeof PORTALS)[number];

export const PORTAL_LABELS: Record<Portal, string> = {
  person: '个人网厅',
  employer: '单位网厅',
  department: '管理端',
};

export const ROLES = [
  'applicant',
  'employer_admin',
  'employer_reviewer',
  'dept_admin',
  'dept_reviewer',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  applicant: '申报人',
  employer_admin: '单位管理员',
  employer_reviewer: '单位审核人',
  dept_admin: '系统管理员',
  dept_reviewer: '业务部门经办人',
};

export const ROLE_PORTAL: Record<Role, Portal> = {
  applicant: 'person',
  employer_admin: 'employer',
  employer_reviewer: 'employer',
  dept_admin: 'department',
  dept_reviewer: 'department',
};

export const DEPARTMENT_ROLES = ['dept_admin', 'dept_reviewer'] as const satisfies readonly Role[];
export type DepartmentRole = (typeof DEPARTMENT_ROLES)[number];
