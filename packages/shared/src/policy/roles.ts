import type { Role } from '../roles.js';

/** The role groups the policies are written in. */
export const APPLICANT = ['applicant'] as const satisfies readonly Role[];
export const EMPLOYER_STAFF = ['employer_admin', 'employer_reviewer'] as const satisfies readonly Role[];
export const EMPLOYER_ADMIN = ['employer_admin'] as const satisfies readonly Role[];
export const SYS_ADMIN = ['sys_admin'] as const satisfies readonly Role[];
export const AUDITOR = ['security_auditor'] as const satisfies readonly Role[];
export const BUSINESS = ['business_admin'] as const satisfies readonly Role[];
/** who reviews applications: the recommending employer's staff and the department's 审核人 */
export const REVIEWERS = [
  'employer_admin',
  'employer_reviewer',
  'dept_reviewer',
] as const satisfies readonly Role[];
/** the department's 审核人 (省人社厅 or a 主管部门) */
export const DEPT_REVIEWERS = ['dept_reviewer'] as const satisfies readonly Role[];
