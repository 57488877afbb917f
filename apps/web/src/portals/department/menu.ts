import type { MenuEntry } from '../../components/PortalShell';

export const DEPARTMENT_MENU: MenuEntry[] = [
  { key: 'home', label: '首页', path: '/admin' },
  { key: 'review', label: '申报审核', path: '/admin/review', roles: ['dept_admin', 'dept_reviewer'] },
  { key: 'results', label: '评审结果', path: '/admin/results', roles: ['dept_admin'] },
  { key: 'certificates', label: '证书管理', path: '/admin/certificates', roles: ['dept_admin'] },
  { key: 'notices', label: '申报通知', path: '/admin/notices', roles: ['dept_admin'] },
  { key: 'guide', label: '申报注意事项', path: '/admin/guide', roles: ['dept_admin'] },
  { key: 'catalogue', label: '人才分类目录', path: '/admin/catalogue', roles: ['dept_admin'] },
  { key: 'eligibility', label: '申报条件管理', path: '/admin/eligibility', roles: ['dept_admin'] },
  { key: 'accounts', label: '账号管理', path: '/admin/accounts', roles: ['dept_admin'] },
  { key: 'sms-messages', label: '消息发送记录', path: '/admin/sms-messages', roles: ['dept_admin'] },
  { key: 'integrations', label: '接口客户端', path: '/admin/integrations', roles: ['dept_admin'] },
  { key: 'audit', label: '审计日志', path: '/admin/audit', roles: ['dept_admin'] },
  { key: 'messages', label: '站内消息', path: '/admin/messages' },
  { key: 'password', label: '修改密码', path: '/admin/password' },
];
