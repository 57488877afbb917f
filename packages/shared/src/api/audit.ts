/** The audit log as the 管理端 lists it (`GET /api/department/audit`). */
export interface AuditItem {
  id: string;
  /** ISO time */
  at: string;
  actorLabel: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  detail: Record<string, unknown>;
}

export interface AuditPage {
  items: AuditItem[];
  /** pass as `before` for the next (older) page; null on the last page */
  nextBefore: string | null;
}

/** What each audited action is called in the UI. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'account.register': '个人注册',
  'employer.register': '单位注册',
  login: '登录',
  'login.failed': '登录失败',
  'login.locked': '登录失败，账号锁定',
  logout: '安全退出',
  'password.reset': '忘记密码，重置密码',
  'password.change': '修改密码',
  'employer.reviewer.create': '添加审核人',
  'department.account.create': '新建部门账号',
  'account.enable': '启用账号',
  'account.disable': '停用账号',
  'access.denied': '越权访问被拒绝',
  'seed.demo': '创建演示数据',
};

export const AUDIT_TARGET_LABELS: Record<string, string> = {
  account: '账号',
  employer: '单位',
};

export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}
