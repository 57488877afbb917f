import {
  accountPolicy,
  applicationPolicy,
  auditPolicy,
  cataloguePolicy,
  certificatePolicy,
  eligibilityPolicy,
  integrationClientPolicy,
  noticePolicy,
  type Role,
  resultPolicy,
  rolesFor,
  smsMessagePolicy,
  statisticsPolicy,
  supervisorPolicy,
  workCalendarPolicy,
} from '@rcpd/shared';
import type { MenuEntry } from '../../components/PortalShell';

/**
 * Who sees each page is the policy of what the page does (packages/shared/src/policy): 三员分立 gives the
 * 系统管理员, the 安全审计员, the 业务管理员 and the 审核人 each their own menu.
 */
export const DEPARTMENT_PAGE_ROLES = {
  review: rolesFor(applicationPolicy, 'review'),
  'review-package': rolesFor(applicationPolicy, 'package'),
  results: rolesFor(resultPolicy, 'manage'),
  certificates: rolesFor(certificatePolicy, 'manage'),
  notices: rolesFor(noticePolicy, 'manage'),
  guide: rolesFor(noticePolicy, 'editGuide'),
  catalogue: rolesFor(cataloguePolicy, 'manage'),
  eligibility: rolesFor(eligibilityPolicy, 'manage'),
  accounts: rolesFor(accountPolicy, 'manageDepartment'),
  supervisors: rolesFor(supervisorPolicy, 'manage'),
  'work-calendar': rolesFor(workCalendarPolicy, 'manage'),
  integrations: rolesFor(integrationClientPolicy, 'manage'),
  'sms-messages': rolesFor(smsMessagePolicy, 'list'),
  statistics: rolesFor(statisticsPolicy, 'read'),
  audit: rolesFor(auditPolicy, 'read'),
} as const satisfies Record<string, readonly Role[]>;

const roles = DEPARTMENT_PAGE_ROLES;

export const DEPARTMENT_MENU: MenuEntry[] = [
  { key: 'home', label: '首页', path: '/admin' },
  { key: 'review', label: '申报审核', path: '/admin/review', roles: roles.review },
  {
    key: 'review-package',
    label: '评审材料包',
    path: '/admin/review-package',
    roles: roles['review-package'],
  },
  { key: 'results', label: '评审结果', path: '/admin/results', roles: roles.results },
  { key: 'certificates', label: '证书管理', path: '/admin/certificates', roles: roles.certificates },
  { key: 'notices', label: '申报通知', path: '/admin/notices', roles: roles.notices },
  { key: 'guide', label: '申报注意事项', path: '/admin/guide', roles: roles.guide },
  { key: 'catalogue', label: '人才分类目录', path: '/admin/catalogue', roles: roles.catalogue },
  { key: 'eligibility', label: '申报条件管理', path: '/admin/eligibility', roles: roles.eligibility },
  { key: 'statistics', label: '统计分析', path: '/admin/statistics', roles: roles.statistics },
  { key: 'accounts', label: '账号管理', path: '/admin/accounts', roles: roles.accounts },
  { key: 'supervisors', label: '主管部门管理', path: '/admin/supervisors', roles: roles.supervisors },
  { key: 'work-calendar', label: '工作日历', path: '/admin/work-calendar', roles: roles['work-calendar'] },
  { key: 'integrations', label: '接口客户端', path: '/admin/integrations', roles: roles.integrations },
  { key: 'sms-messages', label: '消息发送记录', path: '/admin/sms-messages', roles: roles['sms-messages'] },
  { key: 'audit', label: '审计日志', path: '/admin/audit', roles: roles.audit },
  { key: 'messages', label: '站内消息', path: '/admin/messages' },
  { key: 'password', label: '修改密码', path: '/admin/password' },
];
