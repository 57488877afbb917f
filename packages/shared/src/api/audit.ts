import { z } from 'zod';
import { isRealDate } from '../identity/id-number.js';
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
  'login.qr-confirm': '扫码登录，手机确认',
  'login.qr-cancel': '扫码登录，手机取消',
  'account.oidc-link': '统一身份认证平台账号关联',
  'account.oidc-register': '统一身份认证平台登录注册',
  logout: '安全退出',
  'password.reset': '忘记密码，重置密码',
  'password.change': '修改密码',
  'employer.reviewer.create': '添加审核人',
  'department.account.create': '新建部门账号',
  'account.enable': '启用账号',
  'account.disable': '停用账号',
  'access.denied': '越权访问被拒绝',
  'audit.export': '导出审计日志',
  'audit.verify': '验证审计日志完整性',
  'application.attachment.view': '查看申报附件',
  'application.summary_table.view': '查看认定一览表',
  'review.queue.export': '导出审核列表',
  'review.package.export': '生成评审材料包',
  'export.download': '下载导出文件',
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
  'application.carried.confirm': '核对无误（带入的申报模块）',
  'application.carry-over.refused': '带入上次申报信息被拒绝',
  'application.review.approve': '申报审核通过',
  'application.review.return': '申报退回',
  'application.review.terminate': '申报审核不通过终止审核',
  'result.record': '录入评审结果',
  'result.import': '导入评审结果',
  'result.publicity': '公示评审结果',
  'result.objection': '登记公示异议',
  'result.publish': '发布评审结果',
  'certificate.status': '变更证书状态',
  'certificate_key.record': '登记证书签名密钥',
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
  export: '导出文件',
  certificate: '电子证书',
  certificate_signing_key: '证书签名密钥',
  work_calendar: '工作日历',
};

export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}

/** A day of a period (北京时间, YYYY-MM-DD) within the days the service knows (1900–2100). */
const auditDay = z
  .string({ error: '请选择日期' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为YYYY-MM-DD')
  .refine(isRealDate, '日期不正确');
const filterText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label}不超过${max}个字符`)
    .optional()
    .transform((v) => v || undefined);

/**
 * What the 安全审计员 narrows the log to, for the list and the export alike: a period of 北京时间 days, the
 * 操作人 (the beginning of the name shown: 姓名（角色）), the 操作 (its key), the 对象 (type, and id), the IP.
 */
export const auditFilterFields = z.object({
  from: auditDay.optional(),
  to: auditDay.optional(),
  actor: filterText(50, '操作人'),
  action: filterText(64, '操作'),
  targetType: filterText(40, '对象类型'),
  targetId: filterText(100, '对象'),
  ip: filterText(45, 'IP'),
});
export type AuditFilter = z.infer<typeof auditFilterFields>;

/** A period's end may not come before its start (every schema built on the filter's fields refines with it). */
export const periodInOrder: [
  (q: { from?: string; to?: string }) => boolean,
  { path: string[]; message: string },
] = [(q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: '结束日期不能早于开始日期' }];

/** 导出Excel: the filter with its period required (an export is of a period). */
export const auditExportQuerySchema = auditFilterFields
  .extend({ from: auditDay, to: auditDay })
  .refine(...periodInOrder);

/** Why a chain does not verify, in words (the 审计日志 page, the log's alert, `npm run audit:verify`). */
export const AUDIT_CHAIN_PROBLEMS = {
  link: '某一行的哈希或与前一行的链接不符：该行被改动过',
  gap: '链中缺少序号：有行被删除',
  truncated: '链比最近的检查点短：链尾的行被删除',
  'checkpoint-mismatch': '检查点所签的行已被替换',
  'checkpoint-forged': '检查点的签名不符：检查点被伪造或改动',
} as const;
export type AuditChainProblem = keyof typeof AUDIT_CHAIN_PROBLEMS;

/** The newest checks of the chain (`GET /api/department/audit/verifications`). */
export const auditVerificationSchema = z.object({
  /** `full`: the whole chain (hourly, or 验证完整性); `checkpoint`: the rows since the last checkpoint */
  kind: z.enum(['full', 'checkpoint']),
  at: isoDateTime,
  ok: z.boolean(),
  rows: z.number().int(),
  brokenAt: z.string().nullable(),
  problem: z
    .enum(Object.keys(AUDIT_CHAIN_PROBLEMS) as [AuditChainProblem, ...AuditChainProblem[]])
    .nullable(),
});
export type AuditVerification = z.infer<typeof auditVerificationSchema>;
export const auditVerificationsSchema = z
  .object({
    full: auditVerificationSchema.nullable(),
    checkpoint: auditVerificationSchema.nullable(),
  })
  .describe('审计日志最近一次完整校验与检查点校验');
export type AuditVerifications = z.infer<typeof auditVerificationsSchema>;
