import type { MenuEntry } from '../../components/PortalShell';

export const EMPLOYER_MENU: MenuEntry[] = [
  { key: 'home', label: '首页', path: '/employer' },
  {
    key: 'rsrc',
    label: '人事人才',
    children: [{ key: 'rcpd', label: '人才分类定级评定', path: '/employer/rcpd' }],
  },
  { key: 'reviewers', label: '审核人账号管理', path: '/employer/reviewers', roles: ['employer_admin'] },
  { key: 'password', label: '修改密码', path: '/employer/password' },
];
