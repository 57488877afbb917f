import type { MenuEntry } from '../../components/PortalShell';

export const DEPARTMENT_MENU: MenuEntry[] = [
  { key: 'home', label: '首页', path: '/admin' },
  { key: 'accounts', label: '账号管理', path: '/admin/accounts', roles: ['dept_admin'] },
  { key: 'audit', label: '审计日志', path: '/admin/audit', roles: ['dept_admin'] },
  { key: 'password', label: '修改密码', path: '/admin/password' },
];
