import { z } from 'zod';
import { eligibilityCheckSchema, SELF_CHECK_CONFIRMATIONS } from '../application/eligibility.js';
import { APPLICATION_SLOTS, MODULE_KEYS } from '../application/modules.js';
import { savedValuesSchema } from '../application/schemas.js';
import { validationIssueSchema } from '../application/validation.js';
import { isoDate, isoDateTime, itemsAnswer } from './answers.js';
import { TALENT_CATEGORIES } from './catalogue.js';
import { INT4_MAX } from './fields.js';
import { NOTICE_WINDOWS } from './notices.js';
import { publishedResultSchema } from './results.js';

/** 业务状态 (manual 3.3.2, SPEC §7). */
export const APPLICATION_STATUSES = [
  '未提交',
  '已申报',
  '被退回',
  '审核不通过终止审核',
  '材料审核通过',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Statuses in which an application is with the reviewers or back with the applicant: 解除绑定 waits for them. */
export const UNDER_REVIEW_STATUSES = ['已申报', '被退回'] as const satisfies readonly ApplicationStatus[];

/** What a 退回 can open for change: the modules, and the 材料附件信息. */
export const RETURNABLE_SECTIONS = [...MODULE_KEYS, 'attachments'] as const;
export type ReturnableSection = (typeof RETURNABLE_SECTIONS)[number];

/** The last 退回 of an application: the opinion stands at the top of the edit page (manual 3.3.2). */
export const returnInfoSchema = z
  .object({
    opinion: z.string().describe('退回意见'),
    sections: z.array(z.enum(RETURNABLE_SECTIONS)).describe('退回修改的部分'),
    stageName: z.string().describe('退回的审核环节'),
    handler: z.string().describe('经办人'),
    at: isoDateTime,
  })
  .describe('最近一次退回');
export type ReturnInfo = z.infer<typeof returnInfoSchema>;

export const APPLICATION_ACTIONS = ['编辑', '查看', '提交', '删除', '进度跟踪'] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

/** `GET /api/person/self-check`: 条件自检 before 确认并开始申报. */
export const selfCheckSchema = z
  .object({
    checks: z.array(eligibilityCheckSchema),
    confirmations: z.array(z.string()).readonly().describe('申报人须逐项确认的申报条件'),
  })
  .describe('条件自检');
export type SelfCheck = z.infer<typeof selfCheckSchema>;

/** A module carried from the last application, with what the applicant must look at in it. */
export const carriedModuleSchema = z
  .object({
    module: z.enum(MODULE_KEYS),
    notes: z.array(z.string()).describe('带入时留空或改填的内容及原因'),
  })
  .describe('已带入（请核对）的模块');
export type CarriedModule = z.infer<typeof carriedModuleSchema>;

/** `GET /api/person/carry-over`: what 确认并开始申报 can bring in (带入上次申报信息). */
export const carryOverOfferSchema = z
  .object({
    source: z
      .object({
        id: z.string(),
        noticeTitle: z.string(),
        status: z.enum(APPLICATION_STATUSES),
        submittedAt: isoDateTime,
      })
      .nullable()
      .describe('本人最近一次提交的申报；没有则为空'),
    certificate: z
      .object({ number: z.string(), category: z.enum(TALENT_CATEGORIES), issuedOn: isoDate })
      .nullable()
      .describe('本人持有的有效证书（晋升认定的已在吉认定人才类别与认定日期）'),
  })
  .describe('带入上次申报信息');
export type CarryOverOffer = z.infer<typeof carryOverOfferSchema>;

/** `POST /api/person/applications`: 确认并开始申报 of one notice. */
export const startApplicationSchema = z.object({
  noticeId: z.uuid({ error: '请选择申报通知' }),
  employerId: z.uuid({ error: '请选择推荐单位' }),
  confirmations: z
    .array(z.boolean())
    .refine((c) => c.length === SELF_CHECK_CONFIRMATIONS.length && c.every(Boolean), {
      message: '请逐项确认申报条件',
    }),
  /** 带入上次申报信息: the application to carry from, as `GET /api/person/carry-over` offered it (own ones only) */
  carryOverFrom: z
    .uuid({ error: '上次申报信息不存在' })
    .optional()
    .describe('带入上次申报信息：所带入的本人上次提交的申报（须为本人的申报）'),
});
export type StartApplicationBody = z.infer<typeof startApplicationSchema>;

/** A row of the applicant's 申报历史信息 on the home page. */
export const applicationSummarySchema = z.object({
  id: z.string(),
  noticeId: z.string(),
  noticeTitle: z.string(),
  employerName: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  category: z.enum(TALENT_CATEGORIES).nullable(),
  serviceType: z.string().nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  submittedAt: isoDateTime.nullable(),
  /** 评审结果 once published */
  result: publishedResultSchema.nullable(),
  allowedActions: z.array(z.enum(APPLICATION_ACTIONS)),
});
export type ApplicationSummary = z.infer<typeof applicationSummarySchema>;
/** `GET /api/person/applications` */
export const applicationListAnswerSchema = itemsAnswer(applicationSummarySchema).describe('申报历史信息');

export const attachmentItemSchema = z
  .object({
    id: z.string(),
    slot: z.enum([...APPLICATION_SLOTS, 'entry']),
    entryId: z.string().nullable(),
    fileName: z.string(),
    contentType: z.string(),
    size: z.number().describe('字节数'),
    createdAt: isoDateTime,
  })
  .describe('附件');
export type AttachmentItem = z.infer<typeof attachmentItemSchema>;

/** `PUT /api/person/applications/:id/modules/:module`: the module as saved (flat: the hot path of the form). */
export const savedModuleSchema = z
  .object({
    values: savedValuesSchema,
    /** optimistic lock: send it back with the next save */
    version: z.number().describe('版本号：下次保存时原样带回'),
    updatedAt: isoDateTime,
  })
  .describe('已保存的模块');
export type SavedModule = z.infer<typeof savedModuleSchema>;

/** An entry of a list module, with its own attachments. */
export const entryItemSchema = savedModuleSchema
  .extend({
    id: z.string(),
    module: z.enum(MODULE_KEYS),
    attachments: z.array(attachmentItemSchema),
  })
  .describe('经历或业绩的一条记录');
export type EntryItem = z.infer<typeof entryItemSchema>;

/** A node of 流程推送 (manual 3.3.1). */
export const flowNodeSchema = z.object({
  id: z.string(),
  stage: z.string(),
  handler: z.string(),
  action: z.string(),
  opinion: z.string().nullable(),
  at: isoDateTime,
});
export type FlowNode = z.infer<typeof flowNodeSchema>;

/** `GET /api/person/applications/:id`: everything the 信息填报 page draws. */
export const applicationDetailSchema = z
  .object({
    id: z.string(),
    status: z.enum(APPLICATION_STATUSES),
    notice: z.object({
      id: z.string(),
      title: z.string(),
      startAt: isoDateTime,
      endAt: isoDateTime,
      window: z.enum(NOTICE_WINDOWS).describe('申报时段：未开始、申报中或已截止'),
      serviceTypes: z.array(z.string()),
    }),
    employer: z.object({ id: z.string(), name: z.string(), uscc: z.string() }),
    /** from the account, read-only in 基本信息 */
    identity: z
      .object({
        name: z.string(),
        idType: z.string(),
        maskedIdNumber: z.string(),
        birthDate: isoDate.nullable(),
        gender: z.string().nullable(),
      })
      .describe('申报人身份（来自账号，只读）'),
    modules: z
      .object({ basic: savedModuleSchema.optional(), achievement: savedModuleSchema.optional() })
      .describe('基本信息与创新创业成果；未保存过的模块不出现'),
    entries: z.array(entryItemSchema),
    attachments: z.array(attachmentItemSchema).describe('材料附件信息（不含各条记录的附件）'),
    submittedAt: isoDateTime.nullable(),
    /** modules the applicant may change now: all while 未提交, the ticked ones while 被退回 */
    editableModules: z.array(z.enum(MODULE_KEYS)).describe('现在可修改的模块'),
    /** whether 材料附件信息 (身份证正反面, 其他材料) may change now */
    attachmentsEditable: z.boolean().describe('材料附件信息现在可否修改'),
    returned: returnInfoSchema.nullable(),
    /** 评审结果 once the department published it (manual 3.4); null before */
    result: publishedResultSchema.nullable(),
    allowedActions: z.array(z.enum(APPLICATION_ACTIONS)),
    flow: z.array(flowNodeSchema).describe('流程推送'),
    /** modules carried from the last application and not yet saved or confirmed: 已带入（请核对） */
    carried: z.array(carriedModuleSchema).describe('已带入（请核对）的模块'),
  })
  .describe('申报信息');
export type ApplicationDetail = z.infer<typeof applicationDetailSchema>;

const version = z
  .number({ error: '缺少版本号，请刷新后重试' })
  .int()
  .min(0)
  .max(INT4_MAX, '版本号不正确，请刷新后重试');
const values = z.record(z.string(), z.unknown(), { error: '填写的内容格式不正确' });

/** `PUT /api/person/applications/:id/modules/:module` (基本信息, 创新创业成果): version 0 for the first save. */
export const saveModuleSchema = z.object({ values, version });
/** `POST /api/person/applications/:id/entries` */
export const addEntrySchema = z.object({ module: z.string({ error: '请选择模块' }).max(40), values });
/** `PUT /api/person/applications/:id/entries/:entryId` */
export const saveEntrySchema = z.object({ values, version });

/** `GET /api/person/applications/:id/validation`, and the `issues` of a refused 提交. */
export const validationResultSchema = z
  .object({ issues: z.array(validationIssueSchema) })
  .describe('数据验证信息');
export type ValidationResult = z.infer<typeof validationResultSchema>;

export const COMMITMENT_TEXT = '本人承诺，申报所提供的材料真实、准确，如有违诺情况，本人愿承担所有责任';

/** `POST /api/person/applications/:id/submit` */
export const submitApplicationSchema = z.object({
  commitment: z.literal(true, { error: `请勾选“${COMMITMENT_TEXT}”` }),
});
