import { z } from 'zod';
import { isoDateTime, itemsAnswer, keysetAnswer, personSearchPageFields } from './answers.js';
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

export const employerSearchResultSchema = z
  .object({
    employerId: z.string(),
    name: z.string(),
    uscc: z.string(),
    /** the applicant's binding with this employer that is 待审核 or 材料终审通过, if any */
    binding: z
      .object({ id: z.string(), status: z.enum(BINDING_STATUSES) })
      .nullable()
      .describe('与该单位待审核或已通过的绑定'),
    /** 绑定 may be pressed now */
    canBind: z.boolean().describe('现在能否绑定'),
    /** why not, in Chinese, when canBind is false */
    reason: z.string().nullable().describe('不能绑定的原因'),
  })
  .describe('按统一社会信用代码查到的单位');
export type EmployerSearchResult = z.infer<typeof employerSearchResultSchema>;

/** `POST /api/person/bindings` */
export const bindingRequestSchema = z.object({ employerId: z.uuid({ error: '请先查询要绑定的单位' }) });

export const BINDING_ACTIONS = ['解除绑定'] as const;
export type BindingAction = (typeof BINDING_ACTIONS)[number];

/** A row of 点击查看绑定单位申报状态 (the applicant's history). */
export const bindingItemSchema = z
  .object({
    id: z.string(),
    employerId: z.string(),
    employerName: z.string(),
    uscc: z.string(),
    /** 申请时间, ISO */
    requestedAt: isoDateTime.describe('申请时间'),
    status: z.enum(BINDING_STATUSES),
    /** 办件意见 */
    opinion: z.string().nullable().describe('办件意见'),
    /** 审核时间, ISO */
    decidedAt: isoDateTime.nullable().describe('审核时间'),
    unboundAt: isoDateTime.nullable().describe('解除绑定时间'),
    allowedActions: z.array(z.enum(BINDING_ACTIONS)),
  })
  .describe('绑定申请');
export type BindingItem = z.infer<typeof bindingItemSchema>;

export const bindingHistorySchema = z
  .object({
    items: z.array(bindingItemSchema),
    /** the binding that is 待审核 or 材料终审通过 now */
    current: bindingItemSchema.nullable().describe('当前待审核或已通过的绑定'),
  })
  .describe('绑定单位申报状态（历史）');
export type BindingHistory = z.infer<typeof bindingHistorySchema>;

/** What the 推荐单位 field offers: only employers whose binding is 材料终审通过. */
export const recommendingEmployerSchema = z.object({
  bindingId: z.string(),
  employerId: z.string(),
  name: z.string(),
  uscc: z.string(),
});
export type RecommendingEmployer = z.infer<typeof recommendingEmployerSchema>;
/** `GET /api/person/recommending-employers` */
export const recommendingEmployersAnswerSchema = itemsAnswer(recommendingEmployerSchema).describe(
  '可选的推荐单位（绑定已材料终审通过）',
);

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
export const employerBindingItemSchema = z
  .object({
    id: z.string(),
    applicantName: z.string(),
    maskedIdNumber: z.string().describe('证件号码（脱敏）'),
    maskedPhone: z.string().describe('手机号码（脱敏）'),
    requestedAt: isoDateTime.describe('申请时间'),
    status: z.enum(BINDING_STATUSES),
    opinion: z.string().nullable().describe('办件意见'),
    decidedAt: isoDateTime.nullable().describe('审核时间'),
    decidedByName: z.string().nullable().describe('审核人'),
    allowedActions: z.array(z.enum(BINDING_DECISIONS)),
  })
  .describe('绑定申请（单位网厅）');
export type EmployerBindingItem = z.infer<typeof employerBindingItemSchema>;
/** `GET /api/employer/bindings`: one page, 待审核 first, then newest; `next` continues it (keyset). */
export const employerBindingsAnswerSchema =
  keysetAnswer(employerBindingItemSchema).describe('绑定申请列表（分页）');

/** `GET /api/employer/bindings?status=…&q=…&after=…` */
export const employerBindingQuerySchema = z.object({
  status: z.enum(BINDING_STATUSES, { error: '业务状态不正确' }).optional(),
  ...personSearchPageFields,
});
export type EmployerBindingQuery = z.infer<typeof employerBindingQuerySchema>;
export type EmployerBindingsAnswer = z.infer<typeof employerBindingsAnswerSchema>;

/** `GET /api/employer/applicants`: the applicants bound to the employer now (材料终审通过). */
export const employerApplicantItemSchema = z.object({
  bindingId: z.string(),
  applicantName: z.string(),
  maskedIdNumber: z.string().describe('证件号码（脱敏）'),
  maskedPhone: z.string().describe('手机号码（脱敏）'),
  /** when the binding was approved, ISO */
  boundSince: isoDateTime.describe('绑定通过时间'),
});
export type EmployerApplicantItem = z.infer<typeof employerApplicantItemSchema>;
export const employerApplicantsAnswerSchema = keysetAnswer(employerApplicantItemSchema).describe(
  '本单位已绑定的申报人（分页）',
);
export type EmployerApplicantsAnswer = z.infer<typeof employerApplicantsAnswerSchema>;
/** `GET /api/employer/applicants?q=…&after=…`: newest binding first */
export const employerApplicantQuerySchema = z.object(personSearchPageFields);
export type EmployerApplicantQuery = z.infer<typeof employerApplicantQuerySchema>;
