import type { ApplicationStatus } from '../api/applications.js';
import type { BindingStatus } from '../api/binding.js';
import type { NoticeStatus } from '../api/notices.js';
import type { CertificateStatus, ResultState } from '../api/results.js';
import { ROLES, type Role } from '../roles.js';
import { type StageKey, transition } from '../workflow/transitions.js';
import { definePolicy, type PolicyActor } from './define.js';
import {
  APPLICANT,
  AUDITOR,
  BUSINESS,
  DEPT_REVIEWERS,
  EMPLOYER_ADMIN,
  EMPLOYER_STAFF,
  REVIEWERS,
  SYS_ADMIN,
} from './roles.js';

/**
 * Who may do what, one policy per resource (SPEC §1, §10). Routes ask `roleMay` which portal and role may
 * come in at all; services ask `decide` with the row's state before acting and say `allowedActions` in every
 * response that shows a resource; the web draws its buttons only from those. Nothing else decides.
 */

const EVERYONE = ROLES;

/** The review stage an actor holds: an employer's staff hold 推荐单位审核, a 审核人 its account's stage. */
export function stageOf(actor: PolicyActor): StageKey | null {
  if (actor.role === 'employer_admin' || actor.role === 'employer_reviewer') return 'employer';
  if (actor.role === 'dept_reviewer') return actor.reviewStage ?? 'province';
  return null;
}

// ── 申报 ────────────────────────────────────────────────────────────────────────────────────────────
export interface ApplicationPolicyState {
  status: ApplicationStatus;
  /** whether the notice it was made under is open (申报中) */
  windowOpen: boolean;
  /** where it waits while 已申报 */
  stage: StageKey | null;
  chain?: readonly StageKey[];
}

const decision = (d: '审核通过' | '退回' | '审核不通过终止审核') => ({
  roles: REVIEWERS,
  when: (s: ApplicationPolicyState, actor: PolicyActor) => {
    const stage = stageOf(actor);
    if (!stage) return '只有审核人员可以审核';
    const t = transition({ status: s.status, stage: s.stage }, d, { kind: 'reviewer', stage }, s.chain);
    return t.ok ? true : t.reason;
  },
});

export const applicationPolicy = definePolicy<
  | 'start'
  | '编辑'
  | '提交'
  | '查看'
  | '进度跟踪'
  | 'review'
  | 'package'
  | '审核通过'
  | '退回'
  | '审核不通过终止审核',
  ApplicationPolicyState
>({
  resource: 'application',
  label: '申报',
  rules: {
    /** 确认并开始申报, 申报历史信息, 条件自检: the applicant's own */
    start: { roles: APPLICANT },
    编辑: {
      roles: APPLICANT,
      when: (s) =>
        s.status === '被退回' || (s.status === '未提交' && s.windowOpen)
          ? true
          : s.status === '未提交'
            ? '申报通知已截止，不能再修改'
            : `业务状态为“${s.status}”，不能修改`,
    },
    提交: {
      roles: APPLICANT,
      when: (s) => {
        if (s.status === '未提交' && !s.windowOpen) return '申报通知已截止，不能提交';
        const t = transition({ status: s.status, stage: s.stage }, '提交', { kind: 'applicant' }, s.chain);
        return t.ok ? true : t.reason;
      },
    },
    查看: {
      roles: APPLICANT,
      when: (s) => (s.status === '被退回' || (s.status === '未提交' && s.windowOpen) ? '请使用编辑' : true),
    },
    进度跟踪: { roles: APPLICANT, when: (s) => (s.status === '未提交' ? '尚未提交，没有流程记录' : true) },
    /** queues, detail, files, 一览表 and exports of the review */
    review: { roles: REVIEWERS },
    /** 评审材料包 of the offline evaluation: the department's 审核人, each within its scope */
    package: { roles: DEPT_REVIEWERS },
    审核通过: decision('审核通过'),
    退回: decision('退回'),
    审核不通过终止审核: decision('审核不通过终止审核'),
  },
});

export const APPLICANT_BUTTONS = ['编辑', '提交', '查看', '进度跟踪'] as const;
export const REVIEW_BUTTONS = ['审核通过', '退回', '审核不通过终止审核'] as const;

/** Which applications an actor may see at all; the server turns it into a where clause. */
export type ApplicationScope =
  | { kind: 'own'; applicantId: string }
  | { kind: 'employer'; employerId: string }
  | { kind: 'supervisor'; supervisorId: string | null }
  | { kind: 'all' }
  | { kind: 'none' };

export function applicationScope(actor: PolicyActor & { supervisorId?: string | null }): ApplicationScope {
  if (actor.role === 'applicant') return { kind: 'own', applicantId: actor.accountId };
  if (actor.role === 'employer_admin' || actor.role === 'employer_reviewer')
    return actor.employerId ? { kind: 'employer', employerId: actor.employerId } : { kind: 'none' };
  if (actor.role === 'dept_reviewer')
    return stageOf(actor) === 'supervisor'
      ? { kind: 'supervisor', supervisorId: actor.supervisorId ?? null }
      : { kind: 'all' };
  return { kind: 'none' };
}

// ── 绑定推荐单位 ──────────────────────────────────────────────────────────────────────────────────────
export interface BindingPolicyState {
  status: BindingStatus;
}
const pending = (s: BindingPolicyState) =>
  s.status === '待审核' ? true : `该申请已处理，请刷新后查看最新状态（当前状态：${s.status}）`;

export const bindingPolicy = definePolicy<
  'request' | '解除绑定' | 'list' | '审核通过' | '审核不通过终止审核',
  BindingPolicyState
>({
  resource: 'binding',
  label: '绑定推荐单位',
  rules: {
    /** 申请绑定, the applicant's own history and employers to choose from */
    request: { roles: APPLICANT },
    解除绑定: {
      roles: APPLICANT,
      when: (s) => (s.status === '材料终审通过' ? true : '只有审核通过（材料终审通过）的绑定可以解除绑定'),
    },
    /** the employer's 申报人绑定审核 and 已绑定的申报人 */
    list: { roles: EMPLOYER_STAFF },
    审核通过: { roles: EMPLOYER_STAFF, when: pending },
    审核不通过终止审核: { roles: EMPLOYER_STAFF, when: pending },
  },
});
export const BINDING_APPLICANT_BUTTONS = ['解除绑定'] as const;
export const BINDING_EMPLOYER_BUTTONS = ['审核通过', '审核不通过终止审核'] as const;

// ── 申报通知 and 申报注意事项 ──────────────────────────────────────────────────────────────────────────
export interface NoticePolicyState {
  status: NoticeStatus;
}
export const noticePolicy = definePolicy<
  'manage' | '编辑' | '发布' | '关闭' | '删除' | 'read' | 'browse' | 'editGuide',
  NoticePolicyState
>({
  resource: 'notice',
  label: '申报通知',
  rules: {
    /** the 管理端 list, 新建 and attachments of a notice being written */
    manage: { roles: BUSINESS },
    编辑: {
      roles: BUSINESS,
      when: (s) => (s.status === '已关闭' ? '该通知已关闭，不能再修改' : true),
    },
    发布: {
      roles: BUSINESS,
      when: (s) => (s.status === '草稿' ? true : `该通知当前状态为“${s.status}”，不能发布`),
    },
    关闭: {
      roles: BUSINESS,
      when: (s) => (s.status === '已发布' ? true : `该通知当前状态为“${s.status}”，不能关闭`),
    },
    删除: { roles: BUSINESS, when: (s) => (s.status === '草稿' ? true : '只有草稿状态的通知可以删除') },
    /** a notice and its attachments: a draft only in the 管理端 */
    read: {
      roles: EVERYONE,
      when: (s, actor) => (s.status !== '草稿' || actor.role === 'business_admin' ? true : '申报通知不存在'),
    },
    /** the applicant's 申报通知 list */
    browse: { roles: APPLICANT },
    /** 申报注意事项 (everyone signed in reads it) */
    editGuide: { roles: BUSINESS },
  },
});
export const NOTICE_BUTTONS = ['编辑', '发布', '关闭', '删除'] as const;

// ── 人才分类目录, 申报条件 ──────────────────────────────────────────────────────────────────────────────
export const cataloguePolicy = definePolicy<'read' | 'manage'>({
  resource: 'catalogue',
  label: '人才分类目录',
  rules: { read: { roles: EVERYONE }, manage: { roles: BUSINESS } },
});

export const eligibilityPolicy = definePolicy<'manage'>({
  resource: 'eligibility',
  label: '申报条件管理',
  rules: { manage: { roles: BUSINESS } },
});

// ── 评审结果 ───────────────────────────────────────────────────────────────────────────────────────────
export interface ResultPolicyState {
  /** null before a result is recorded */
  state: ResultState | null;
  /** in a 发布 batch that has not reached it yet */
  publishing: boolean;
  publicityEndsOn: string | null;
  /** today in Beijing (YYYY-MM-DD) */
  today: string;
}
const notPublished = (s: ResultPolicyState): true | string =>
  s.state === '已发布' ? '评审结果已发布，不能修改' : s.publishing ? '正在发布中，请等待本次发布完成' : true;

export const resultPolicy = definePolicy<'manage' | '录入' | '公示' | '发布' | '登记异议', ResultPolicyState>(
  {
    resource: 'result',
    label: '评审结果',
    rules: {
      /** the 评审结果 list, the import and its template, 发布 batches and their 重试 */
      manage: { roles: BUSINESS },
      录入: { roles: BUSINESS, when: notPublished },
      公示: {
        roles: BUSINESS,
        when: (s) => {
          const open = notPublished(s);
          if (open !== true) return open;
          return s.state === '待发布'
            ? true
            : s.state
              ? `评审结果${s.state}，不能再公示`
              : '请先录入评审结果';
        },
      },
      发布: {
        roles: BUSINESS,
        when: (s) => {
          if (!s.state) return '请先录入评审结果';
          if (s.state === '已发布') return '评审结果已发布';
          if (s.publishing) return '正在发布中，请等待本次发布完成';
          if (s.state === '公示中' && s.publicityEndsOn && s.publicityEndsOn >= s.today)
            return `公示期尚未结束，公示期满后才能发布（公示期至${s.publicityEndsOn}）`;
          return true;
        },
      },
      登记异议: {
        roles: BUSINESS,
        when: (s) => (s.state === '公示中' ? true : '只有公示中的评审结果可以登记异议'),
      },
    },
  },
);
export const RESULT_BUTTONS = ['录入', '公示', '发布', '登记异议'] as const;

// ── 电子证书 ───────────────────────────────────────────────────────────────────────────────────────────
export interface CertificatePolicyState {
  /** as shown: 失效 once the validity has passed */
  status: CertificateStatus;
}
const changeable = (allowed: readonly CertificateStatus[], action: string) => (s: CertificatePolicyState) => {
  if (s.status === '撤销' || s.status === '注销') return `证书已${s.status}，不能再变更状态`;
  return allowed.includes(s.status) ? true : `证书状态为“${s.status}”，不能${action}`;
};
export const certificatePolicy = definePolicy<
  'manage' | '暂扣' | '恢复有效' | '撤销' | '注销' | 'own',
  CertificatePolicyState
>({
  resource: 'certificate',
  label: '电子证书',
  rules: {
    /** 证书管理 */
    manage: { roles: BUSINESS },
    暂扣: { roles: BUSINESS, when: changeable(['有效'], '暂扣') },
    恢复有效: { roles: BUSINESS, when: changeable(['暂扣'], '恢复有效') },
    撤销: { roles: BUSINESS, when: changeable(['有效', '暂扣', '失效'], '撤销') },
    注销: { roles: BUSINESS, when: changeable(['有效', '暂扣', '失效'], '注销') },
    /** 我的证照 and its PDF */
    own: { roles: APPLICANT },
  },
});
export const CERTIFICATE_BUTTONS = ['暂扣', '恢复有效', '撤销', '注销'] as const;
export type CertificateAction = (typeof CERTIFICATE_BUTTONS)[number];
/** The status each action leaves a certificate in. */
export const CERTIFICATE_ACTION_STATUS: Record<CertificateAction, Exclude<CertificateStatus, '失效'>> = {
  暂扣: '暂扣',
  恢复有效: '有效',
  撤销: '撤销',
  注销: '注销',
};

// ── 账号 ──────────────────────────────────────────────────────────────────────────────────────────────
export interface AccountPolicyState {
  id: string;
  enabled: boolean;
  role: Role;
}
const notSelf = (s: AccountPolicyState, actor: PolicyActor) =>
  s.id === actor.accountId ? '不能停用或启用自己的账号' : true;
export const accountPolicy = definePolicy<
  'manageDepartment' | 'manageReviewers' | '编辑审核环节' | '停用' | '启用',
  AccountPolicyState
>({
  resource: 'account',
  label: '账号',
  rules: {
    /** 账号管理 of the 管理端: accounts of every 管理端 role (an account's role is fixed at creation) */
    manageDepartment: { roles: SYS_ADMIN },
    /** the employer administrator's 单位审核人 */
    manageReviewers: { roles: EMPLOYER_ADMIN },
    /** a 审核人's 审核环节 and 主管部门: no other role holds a stage */
    编辑审核环节: {
      roles: SYS_ADMIN,
      when: (s) => (s.role === 'dept_reviewer' ? true : '只有审核人账号有审核环节'),
    },
    停用: {
      roles: [...SYS_ADMIN, ...EMPLOYER_ADMIN],
      when: (s, actor) => {
        const self = notSelf(s, actor);
        return self !== true ? self : s.enabled ? true : '该账号已停用';
      },
    },
    启用: {
      roles: [...SYS_ADMIN, ...EMPLOYER_ADMIN],
      when: (s, actor) => {
        const self = notSelf(s, actor);
        return self !== true ? self : s.enabled ? '该账号已启用' : true;
      },
    },
  },
});
export const ACCOUNT_BUTTONS = ['编辑审核环节', '停用', '启用'] as const;

// ── 审计日志, 消息发送记录 ──────────────────────────────────────────────────────────────────────────────
export const auditPolicy = definePolicy<'read' | 'export' | 'verify'>({
  resource: 'audit',
  label: '审计日志',
  rules: { read: { roles: AUDITOR }, export: { roles: AUDITOR }, verify: { roles: AUDITOR } },
});

export interface SmsMessagePolicyState {
  state: '待发送' | '已发送' | '失败';
}
export const smsMessagePolicy = definePolicy<'list' | '重试', SmsMessagePolicyState>({
  resource: 'smsMessage',
  label: '消息发送记录',
  rules: {
    list: { roles: SYS_ADMIN },
    重试: {
      roles: SYS_ADMIN,
      when: (s) => (s.state === '失败' ? true : `只有发送失败的短信可以重试（当前状态：${s.state}）`),
    },
  },
});

export const SMS_BUTTONS = ['重试'] as const;

// ── 主管部门 ─────────────────────────────────────────────────────────────────────────────────────────
export const supervisorPolicy = definePolicy<'manage' | 'ownUnit'>({
  resource: 'supervisor',
  label: '主管部门管理',
  rules: {
    /** the list of 主管部门, which employers each supervises (one by one or by Excel import) */
    manage: { roles: SYS_ADMIN },
    /** an employer's own unit, with the 主管部门 it belongs to */
    ownUnit: { roles: EMPLOYER_STAFF },
  },
});

// ── 接口客户端 ───────────────────────────────────────────────────────────────────────────────────────
export const integrationClientPolicy = definePolicy<'manage'>({
  resource: 'integrationClient',
  label: '接口客户端',
  rules: {
    /** register, edit, 重置密钥, 停用, and the webhook deliveries with 重试 */
    manage: { roles: SYS_ADMIN },
  },
});

// ── 工作日历 ─────────────────────────────────────────────────────────────────────────────────────────
export const workCalendarPolicy = definePolicy<'manage'>({
  resource: 'workCalendar',
  label: '工作日历',
  rules: {
    /** the 法定节假日 and 调休上班 days: list by year, add, remove, import a year from Excel, the template */
    manage: { roles: SYS_ADMIN },
  },
});

// ── 统计分析 ─────────────────────────────────────────────────────────────────────────────────────────
export const statisticsPolicy = definePolicy<'read' | 'export'>({
  resource: 'statistics',
  label: '统计分析',
  rules: {
    /** the figures of the business (counts, no personal data): business data, so the 业务管理员's (三员分立) */
    read: { roles: BUSINESS },
    /** 导出Excel of the figures */
    export: { roles: BUSINESS },
  },
});

/** Every policy, for the table-driven tests and the access-control matrix. */
export const POLICIES = [
  applicationPolicy,
  bindingPolicy,
  noticePolicy,
  cataloguePolicy,
  eligibilityPolicy,
  resultPolicy,
  certificatePolicy,
  accountPolicy,
  auditPolicy,
  smsMessagePolicy,
  supervisorPolicy,
  integrationClientPolicy,
  workCalendarPolicy,
  statisticsPolicy,
] as const;
