import { z } from 'zod';
import { usccField } from './auth.js';

/**
 * 个人与单位绑定关系 (manual 3.1, SPEC §3). The 业务状态 of a binding request, word for word as the manual's
 * 点击查看绑定单位申报状态 list shows them; 已解绑 is a binding the applicant ended with 解除绑定.
 */
export const BINDING_STATUSES = ['待审核', '材料终审通过', '审核不通过终止审核', '已解绑'] as const;
export type BindingStatus = (typeof BINDING_STATUSES)[number];
/** At most one binding per applicant may be in one of these at a time. */
export const ACTIVE_BINDING_STATUSES = ['待审核', '材料终审通过'] as const satisfies readonly BindingStatus[];

/** `GET /api/person/employers?uscc=…`: 去绑定 searches by 统一社会信用代码 only. */
export const employerSearchSchema = z.object({ uscc: usccField });

export interface EmployerSearchResult {
  employerId: string;
  name: string;
  uscc: string;
  /** the applicant's binding with this employer that is 待审核 or 材料终审通过, if any */
  binding: { id: string; status: BindingStatus } | null;
  /** 绑定 may be pressed now */
  canBind: boolean;
  /** why not, in Chinese, when canBind is false */
  reason: string | null;
}

/** `POST /api/person/bindings` */
export const bindingRequestSchema = z.object({ employerId: z.uuid({ error: '请先查询要绑定的单位' }) });

export type BindingAction = '解除绑定';

/** A row of 点击查看绑定单位申报状态 (the applicant's history). */
export interface BindingItem {
  id: string;
  employerId: string;
  employerName: string;
  uscc: string;
  /** 申请时间, ISO */
  requestedAt: string;
  status: BindingStatus;
  /** 办件意见 */
  opinion: string | null;
  /** 审核时间, ISO */
  decidedAt: string | null;
  unboundAt: string | null;
  allowedActions: BindingAction[];
}

export interface BindingHistory {
  items: BindingItem[];
  /** the binding that is 待审核 or 材料终审通过 now */
  current: BindingItem | null;
}

/** What the 推荐单位 field offers: only employers whose binding is 材料终审通过. */
export interface RecommendingEmployer {
  bindingId: string;
  employerId: string;
  name: string;
  uscc: string;
}

export const BINDING_DECISIONS = ['审核通过', '审核不通过终止审核'] as const;
export type BindingDecision = (typeof BINDING_DECISIONS)[number];

/** `POST /api/employer/bindings/:id/decision`: 审核不通过终止审核 needs a 办件意见. */
export const bindingDecisionSchema = z
  .object({
    decision: z.enum(BINDING_DECISIONS, { error: '请选择审核结果' }),
    opinion: z.string({ error: '请填写办件意见' }).trim().max(500, '办件意见不能超过500个字').default(''),
  })
  .superRefine((data, ctx) => {
    if (data.decision === '审核不通过终止审核' && !data.opinion) {
      ctx.addIssue({ code: 'custom', path: ['opinion'], message: '审核不通过时请填写办件意见' });
    }
  });
export type BindingDecisionBody = z.infer<typeof bindingDecisionSchema>;

/** A binding request as the employer's reviewers see it; identity numbers masked. */
export interface EmployerBindingItem {
  id: string;
  applicantName: string;
  maskedIdNumber: string;
  maskedPhone: string;
  requestedAt: string;
  status: BindingStatus;
  opinion: string | null;
  decidedAt: string | null;
  decidedByName: string | null;
  allowedActions: BindingDecision[];
}

/** `GET /api/employer/bindings?status=…` */
export const employerBindingQuerySchema = z.object({
  status: z.enum(BINDING_STATUSES, { error: '业务状态不正确' }).optional(),
});

/** `GET /api/employer/applicants`: the applicants bound to the employer now (材料终审通过). */
export interface EmployerApplicantItem {
  bindingId: string;
  applicantName: string;
  maskedIdNumber: string;
  maskedPhone: string;
  /** when the binding was approved, ISO */
  boundSince: string;
}
