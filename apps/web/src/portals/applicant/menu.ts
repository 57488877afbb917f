import type { MenuEntry } from '../../components/PortalShell';

/** 个人网厅: the manual's path is 【人事人才】——【人才分类定级评定】. */
export const APPLICANT_MENU: MenuEntry[] = [
  { key: 'home', label: '首页', path: '/person' },
  {
    key: 'rsrc',
    label: '人事人才',
    children: [{ key: 'rcpd', label: '人才分类定级评定', path: '/person/rcpd' }],
  },
  { key: 'messages', label: '站内消息', path: '/person/messages' },
  { key: 'scan', label: '扫一扫', path: '/person/scan' },
  { key: 'password', label: '修改密码', path: '/person/password' },
];
