import { z } from 'zod';
import { isoDateTime } from './answers.js';

/** The audit log as the 管理端 lists it (`GET /api/department/audit`). */
export const auditItemSchema = z.object({
  id: z.string(),
  /** ISO time */
  at: isoDateTime,
  actorLabel: z.string(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  ip: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});
export type AuditItem = z.infer<typeof auditItemSchema>;

export const auditPageSchema = z
  .object({
    items: z.array(auditItemSchema),
    /** pass as `before` for the next (older) page; null on the last page */
    nextBefore: z.string().nullable().describe('下一页（更早）的 before 参数；最后一页为 null'),
  })
  .describe('审计日志（新的在前）');
export type AuditPage = z.infer<typeof auditPageSchema>;

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
  'audit.export': '导出审计日志',
  'seed.demo': '创建演示数据',
  'binding.request': '申请绑定推荐单位',
  'binding.approve': '绑定申请审核通过',
  'binding.reject': '绑定申请审核不通过终止审核',
  'binding.unbind': '解除绑定',
  'notice.create': '新建申报通知',
  'notice.update': '编辑申报通知',
  'notice.publish': '发布申报通知',
  'notice.close': '关闭申报通知',
  'notice.delete': '删除申报通知',
  'notice.attachment.add': '上传通知附件',
  'notice.attachment.delete': '删除通知附件',
  'declaration_guide.update': '编辑申报注意事项',
  'catalogue.category.update': '修改人才类别名称',
  'catalogue.item.create': '新增目录条款',
  'catalogue.item.update': '编辑目录条款',
  'catalogue.item.enable': '启用目录条款',
  'catalogue.item.disable': '停用目录条款',
  'application.create': '确认并开始申报',
  'application.module.save': '保存申报模块',
  'application.entry.add': '添加申报记录',
  'application.entry.save': '保存申报记录',
  'application.entry.delete': '删除申报记录',
  'application.attachment.add': '上传申报附件',
  'application.attachment.delete': '删除申报附件',
  'application.submit': '提交申报',
  'application.review.approve': '申报审核通过',
  'application.review.return': '申报退回',
  'application.review.terminate': '申报审核不通过终止审核',
  'result.record': '录入评审结果',
  'result.import': '导入评审结果',
  'result.publicity': '公示评审结果',
  'result.objection': '登记公示异议',
  'result.publish': '发布评审结果',
  'certificate.status': '变更证书状态',
  'eligibility.exception.create': '登记申报例外情形',
  'eligibility.exception.revoke': '撤销申报例外情形',
  'talent_result.create': '登记历史认定记录',
  'work_calendar.add': '添加工作日历日期',
  'work_calendar.remove': '删除工作日历日期',
  'work_calendar.import': '导入工作日历',
};

export const AUDIT_TARGET_LABELS: Record<string, string> = {
  account: '账号',
  employer: '单位',
  binding: '绑定申请',
  notice: '申报通知',
  catalogue: '人才分类目录',
  declaration_guide: '申报注意事项',
  application: '申报信息',
  certificate: '电子证书',
  work_calendar: '工作日历',
};

export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}
