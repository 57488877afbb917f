import type { MenuEntry } from '../../components/PortalShell';

/** 单位网厅: 【人事人才】——【人才分类定级评定】——绑定审核 / 已绑定人员 / 申报审核. */
export const EMPLOYER_MENU: MenuEntry[] = [
  { key: 'home', label: '首页', path: '/employer' },
  {
    key: 'rsrc',
    label: '人事人才',
    children: [
      {
        key: 'rcpd',
        label: '人才分类定级评定',
        children: [
          { key: 'binding-review', label: '绑定审核', path: '/employer/rcpd' },
          { key: 'applicants', label: '已绑定人员', path: '/employer/applicants' },
          {
            key: 'review',
            label: '申报审核',
            path: '/employer/review',
            roles: ['employer_admin', 'employer_reviewer'],
          },
        ],
      },
    ],
  },
  { key: 'reviewers', label: '审核人账号管理', path: '/employer/reviewers', roles: ['employer_admin'] },
  { key: 'messages', label: '站内消息', path: '/employer/messages' },
  { key: 'scan', label: '扫一扫', path: '/employer/scan' },
  { key: 'password', label: '修改密码', path: '/employer/password' },
];
