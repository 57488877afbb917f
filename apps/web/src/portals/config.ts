import type { Portal } from '@rcpd/shared';

export interface PortalConfig {
  portal: Portal;
  /** the name in the header of the portal */
  title: string;
  home: string;
  login: string;
}

export const PORTAL_CONFIG: Record<Portal, PortalConfig> = {
  person: {
    portal: 'person',
    title: '吉林智慧人社个人网上办事大厅',
    home: '/person',
    login: '/login?type=person',
  },
  employer: {
    portal: 'employer',
    title: '吉林智慧人社单位网上办事大厅',
    home: '/employer',
    login: '/login?type=employer',
  },
  department: {
    portal: 'department',
    title: '人才分类定级评定管理端',
    home: '/admin',
    login: '/admin/login',
  },
};
