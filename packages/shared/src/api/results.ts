import { z } from 'zod';
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

/** A row of the department's 评审结果 page: an application in 材料审核通过 and its result, if any. */
export interface ResultItem {
  /** what the asking account may do with the row now (the result policy), and why not the others */
  allowedActions: ('录入' | '公示' | '发布' | '登记异议')[];
  refusals: Partial<Record<'录入' | '公示' | '发布' | '登记异议', string>>;
  applicationId: string;
  applicationNumber: string;
  applicantName: string;
  maskedIdNumber: string;
  employerName: string;
  appliedCategory: TalentCategory | null;
  result: {
    id: string;
    outcome: ResultOutcome;
    category: TalentCategory | null;
    remark: string;
    state: ResultState;
    publicityEndsOn: string | null;
    publishedAt: string | null;
    /** waiting in a 发布 batch that is still running */
    publishing: boolean;
    objections: { id: string; content: string; createdAt: string }[];
  } | null;
}

/** `POST /api/department/results/publish` and the batches' pages: a 发布 running in the background. */
export interface PublishBatch {
  id: string;
  total: number;
  done: number;
  failed: number;
  createdAt: string;
  /** when every result is 已发布 or 失败 */
  finishedAt: string | null;
  /** the results that failed, with why (at most 200) */
  failures: { resultId: string; applicationNumber: string; applicantName: string; error: string }[];
}

/** The answer of a results import: all rows applied, or nothing and the reasons row by row. */
export interface ImportReport {
  imported: number;
  errors: { row: number; message: string }[];
}

/** `GET /api/public/publicity`: the 公示 list. Never an identity number. */
export interface PublicityItem {
  name: string;
  employerName: string;
  category: string;
  outcome: ResultOutcome;
  publicityEndsOn: string;
}

/** What the applicant sees of a published result (manual 3.4). */
export interface PublishedResult {
  outcome: ResultOutcome;
  category: TalentCategory | null;
  categoryName: string | null;
  publishedAt: string;
  certificateId: string | null;
}

export interface CertificateItem {
  id: string;
  number: string;
  holderName: string;
  category: TalentCategory;
  categoryName: string;
  issuedOn: string;
  validUntil: string | null;
  status: CertificateStatus;
  statusReason: string | null;
  statusChangedAt: string | null;
  /** what the asking account may do with it now (证书管理's buttons); empty for the holder and the public */
  allowedActions: ('暂扣' | '恢复有效' | '撤销' | '注销')[];
}

/** `GET /api/public/certificates/verify?t=`: the public verification page. */
export type CertificateVerification =
  | { valid: true; certificate: CertificateItem }
  | { valid: false; reason: string; certificate: CertificateItem | null };
