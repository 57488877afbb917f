import { z } from 'zod';
import { CERTIFICATE_BUTTONS, RESULT_BUTTONS } from '../policy/resources.js';
import {
  importErrorsSchema,
  isoDate,
  isoDateTime,
  itemsAnswer,
  keysetAnswer,
  keysetPageFields,
  searchField,
} from './answers.js';
import { isHigherCategory, TALENT_CATEGORIES, type TalentCategory } from './catalogue.js';

/**
 * 评审结果, 公示 and 电子证书 (SPEC §8, manual 3.4 and 3.5). A result is recorded for an application in
 * 材料审核通过, may go through 公示, and reaches the applicant only when published; publishing 认定通过 or
 * 调整类别认定 issues a certificate.
 */

export const RESULT_OUTCOMES = ['认定通过', '调整类别认定', '不予认定'] as const;
export type ResultOutcome = (typeof RESULT_OUTCOMES)[number];

/** Where a result stands: recorded, on the public 公示 list, or published to the applicant. */
export const RESULT_STATES = ['待发布', '公示中', '已发布'] as const;
export type ResultState = (typeof RESULT_STATES)[number];

export const CERTIFICATE_STATUSES = ['有效', '暂扣', '撤销', '注销', '失效'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

/** The category a result certifies: the one applied for, a lower one for 调整类别认定, none for 不予认定. */
export function certifiedCategory(
  outcome: ResultOutcome,
  applied: TalentCategory,
  adjusted: TalentCategory | undefined,
): { ok: true; category: TalentCategory | null } | { ok: false; message: string } {
  if (outcome === '不予认定') return { ok: true, category: null };
  if (outcome === '认定通过') return { ok: true, category: applied };
  if (!adjusted) return { ok: false, message: '调整类别认定时请选择调整后的人才类别' };
  if (!isHigherCategory(applied, adjusted)) {
    return { ok: false, message: `调整后的类别须低于申报类别（${applied}类）` };
  }
  return { ok: true, category: adjusted };
}

/** `POST /api/department/results`: record or change the result of one application (before it is published). */
export const recordResultSchema = z.object({
  applicationId: z.uuid({ error: '申报信息不存在' }),
  outcome: z.enum(RESULT_OUTCOMES, { error: '请选择评审结果' }),
  category: z.enum(TALENT_CATEGORIES, { error: '人才类别不正确' }).optional(),
  remark: z.string().trim().max(500, '备注不能超过500个字').optional().default(''),
});
export type RecordResultBody = z.infer<typeof recordResultSchema>;

/** `POST /api/department/results/publicity`: put recorded results on the public 公示 list. */
export const startPublicitySchema = z.object({
  resultIds: z.array(z.uuid()).min(1, '请选择要公示的评审结果').max(5000),
  workingDays: z.number().int().min(1, '公示期至少1个工作日').max(30, '公示期不超过30个工作日').default(5),
});

/** `POST /api/department/results/publish`: publish results to the applicants (and issue certificates). */
export const publishResultsSchema = z.object({
  resultIds: z.array(z.uuid()).min(1, '请选择要发布的评审结果').max(20_000, '一次最多发布20000条评审结果'),
});

/** `POST /api/department/results/:id/objections`: an objection received during 公示. */
export const objectionSchema = z.object({
  content: z
    .string({ error: '请填写异议内容' })
    .trim()
    .min(1, '请填写异议内容')
    .max(1000, '异议内容不能超过1000个字'),
});

/** `POST /api/department/certificates/:id/status` */
export const certificateStatusSchema = z.object({
  /** 有效 lifts a 暂扣; 失效 is never set by hand (it is what a passed validity shows) */
  status: z.enum(['有效', '暂扣', '撤销', '注销'], { error: '请选择证书状态' }),
  reason: z.string({ error: '请填写原因' }).trim().min(1, '请填写原因').max(500, '原因不能超过500个字'),
});

const resultOutcome = z.enum(RESULT_OUTCOMES).describe('评审结果');
const talentCategory = z.enum(TALENT_CATEGORIES).describe('人才类别 A–E');

/** A row of the department's 评审结果 page: an application in 材料审核通过 and its result, if any. */
export const resultItemSchema = z.object({
  /** what the asking account may do with the row now (the result policy), and why not the others */
  allowedActions: z.array(z.enum(RESULT_BUTTONS)).describe('当前账号现在可做的操作'),
  refusals: z.partialRecord(z.enum(RESULT_BUTTONS), z.string()).describe('不可做的操作及原因'),
  applicationId: z.string(),
  applicationNumber: z.string().describe('申报编号'),
  applicantName: z.string(),
  maskedIdNumber: z.string().describe('证件号码（脱敏）'),
  employerName: z.string(),
  appliedCategory: talentCategory.nullable(),
  result: z
    .object({
      id: z.string(),
      outcome: resultOutcome,
      category: talentCategory.nullable(),
      remark: z.string(),
      state: z.enum(RESULT_STATES),
      publicityEndsOn: isoDate.nullable(),
      publishedAt: isoDateTime.nullable(),
      /** waiting in a 发布 batch that is still running */
      publishing: z.boolean().describe('在仍在进行的发布批次中等待'),
      objections: z.array(z.object({ id: z.string(), content: z.string(), createdAt: isoDateTime })),
    })
    .nullable(),
});
export type ResultItem = z.infer<typeof resultItemSchema>;

/** The 状态 filter of the 评审结果 list: 未录入 (no result yet) or the result's state. */
export const RESULT_LIST_STATES = ['未录入', ...RESULT_STATES] as const;
export type ResultListState = (typeof RESULT_LIST_STATES)[number];

/** `GET /api/department/results?q=…&noticeId=…&category=…&state=…&after=…`: by 申报编号. */
export const resultQuerySchema = z.object({
  /** 姓名 (its start), or a whole 申报编号 or 证件号码 */
  q: searchField('姓名、申报编号或证件号码不超过50个字符'),
  noticeId: z.uuid({ error: '申报通知不存在' }).optional(),
  category: z.enum(TALENT_CATEGORIES, { error: '人才类别不正确' }).optional(),
  state: z.enum(RESULT_LIST_STATES, { error: '状态不正确' }).optional(),
  ...keysetPageFields,
});
export type ResultQuery = z.infer<typeof resultQuerySchema>;

/** `GET /api/department/results`: one page by 申报编号; `next` continues it (keyset). */
export const resultListSchema = keysetAnswer(resultItemSchema).describe('评审结果列表（分页）');
export type ResultList = z.infer<typeof resultListSchema>;

/** `POST /api/department/results/publicity`: the last day of the 公示, and the rows it changed. */
export const publicityStartedSchema = z
  .object({
    endsOn: isoDate.describe('公示截止日期 YYYY-MM-DD'),
    items: z.array(resultItemSchema).describe('开始公示的评审结果（当前状态）'),
  })
  .describe('已开始公示');
export type PublicityStarted = z.infer<typeof publicityStartedSchema>;

/** `POST /api/department/results/publish` and the batches' pages: a 发布 running in the background. */
export const publishBatchSchema = z
  .object({
    id: z.string(),
    total: z.number().int(),
    done: z.number().int(),
    failed: z.number().int(),
    createdAt: isoDateTime,
    /** when every result is 已发布 or 失败 */
    finishedAt: isoDateTime.nullable(),
    /** the results that failed, with why (at most 200) */
    failures: z
      .array(
        z.object({
          resultId: z.string(),
          applicationNumber: z.string(),
          applicantName: z.string(),
          error: z.string(),
        }),
      )
      .describe('发布失败的评审结果及原因（最多200条）'),
  })
  .describe('发布批次');
export type PublishBatch = z.infer<typeof publishBatchSchema>;

/** `GET /api/department/results/publish-batches` */
export const publishBatchListSchema = itemsAnswer(publishBatchSchema).describe('最近的发布批次');

/** The answer of a results import: all rows applied, or nothing and the reasons row by row. */
export const importReportSchema = z
  .object({
    imported: z.number().int(),
    errors: importErrorsSchema,
  })
  .describe('导入结果：全部导入，或一条不导入并逐行说明原因');
export type ImportReport = z.infer<typeof importReportSchema>;

/** `GET /api/public/publicity`: the 公示 list. Never an identity number. */
export const publicityItemSchema = z.object({
  name: z.string(),
  employerName: z.string(),
  category: z.string().describe('认定类别，如“A类 ……”'),
  outcome: resultOutcome,
  publicityEndsOn: isoDate,
});
export type PublicityItem = z.infer<typeof publicityItemSchema>;
/** `GET /api/public/publicity?after=…`: by 认定类别 then 姓名, a page at a time (keyset). */
export const publicityQuerySchema = z.object(keysetPageFields);
export type PublicityQuery = z.infer<typeof publicityQuerySchema>;
export const publicityListSchema = keysetAnswer(publicityItemSchema).describe('评审结果公示（分页）');
export type PublicityList = z.infer<typeof publicityListSchema>;

/** What the applicant sees of a published result (manual 3.4). */
export const publishedResultSchema = z.object({
  outcome: resultOutcome,
  category: talentCategory.nullable(),
  categoryName: z.string().nullable(),
  publishedAt: isoDateTime,
  certificateId: z.string().nullable(),
});
export type PublishedResult = z.infer<typeof publishedResultSchema>;

export const certificateItemSchema = z
  .object({
    id: z.string(),
    number: z.string().describe('证书编号'),
    holderName: z.string(),
    category: talentCategory,
    categoryName: z.string(),
    issuedOn: isoDate,
    validUntil: isoDate.nullable(),
    status: z.enum(CERTIFICATE_STATUSES),
    statusReason: z.string().nullable(),
    statusChangedAt: isoDateTime.nullable(),
    /** what the asking account may do with it now (证书管理's buttons); empty for the holder and the public */
    allowedActions: z.array(z.enum(CERTIFICATE_BUTTONS)).describe('当前账号现在可做的操作'),
  })
  .describe('电子证书');
export type CertificateItem = z.infer<typeof certificateItemSchema>;

/** `GET /api/person/certificates`: one's own, all of them */
export const certificateListSchema = itemsAnswer(certificateItemSchema).describe('电子证书列表');

/** `GET /api/department/certificates?q=…&status=…&after=…`: newest first. */
export const certificateQuerySchema = z.object({
  /** 持证人 (the start of the name), or a whole 证书编号 or 证件号码 */
  q: searchField('姓名、证书编号或证件号码不超过50个字符'),
  status: z.enum(CERTIFICATE_STATUSES, { error: '证书状态不正确' }).optional(),
  ...keysetPageFields,
});
export type CertificateQuery = z.infer<typeof certificateQuerySchema>;
export const certificatePageSchema = keysetAnswer(certificateItemSchema).describe('电子证书列表（分页）');
export type CertificatePage = z.infer<typeof certificatePageSchema>;

/** `GET /api/public/certificates/verify?t=`: the public verification page. */
export const certificateVerificationSchema = z
  .discriminatedUnion('valid', [
    z.object({ valid: z.literal(true), certificate: certificateItemSchema }),
    z.object({ valid: z.literal(false), reason: z.string(), certificate: certificateItemSchema.nullable() }),
  ])
  .describe('电子证书验证结果');
export type CertificateVerification = z.infer<typeof certificateVerificationSchema>;
