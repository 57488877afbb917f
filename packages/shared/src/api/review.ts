import { z } from 'zod';
import type { SnapshotDiff } from '../application/diff.js';
import type { ModuleKey } from '../application/modules.js';
import { isRealDate } from '../identity/id-number.js';
import { REVIEW_DECISIONS, type ReviewDecision, type StageKey } from '../workflow/transitions.js';
import { type ApplicationDetail, type ApplicationStatus, RETURNABLE_SECTIONS } from './applications.js';
import { TALENT_CATEGORIES, type TalentCategory } from './catalogue.js';

/** `POST /api/review/applications/:id/decision` */
export const reviewDecisionSchema = z
  .object({
    action: z.enum(REVIEW_DECISIONS, { error: '请选择审核结果' }),
    opinion: z
      .string({ error: '办件意见应为文字' })
      .trim()
      .max(500, '办件意见不能超过500个字')
      .optional()
      .default(''),
    /** 退回: the modules the applicant may change */
    modules: z
      .array(z.enum(RETURNABLE_SECTIONS, { error: '退回模块不正确' }))
      .max(20)
      .optional()
      .default([]),
    /** optimistic lock: the application's version the reviewer looked at */
    version: z.number({ error: '缺少版本号，请刷新后重试' }).int().min(0),
  })
  .superRefine((body, ctx) => {
    if (body.action !== '审核通过' && !body.opinion) {
      ctx.addIssue({ code: 'custom', path: ['opinion'], message: `${body.action}时请填写办件意见` });
    }
    if (body.action === '退回' && body.modules.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['modules'], message: '退回时请勾选申报人需要修改的模块' });
    }
  });
export type ReviewDecisionBody = z.infer<typeof reviewDecisionSchema>;

/** Which part of the queue: what waits for me now, or everything I may see. */
export const QUEUE_SCOPES = ['waiting', 'all'] as const;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));
const day = z.string().refine(isRealDate, '日期应为有效的YYYY-MM-DD').optional();

/** `GET /api/review/queue` and `GET /api/review/queue.xlsx` */
export const reviewQueueQuerySchema = z.object({
  scope: z.enum(QUEUE_SCOPES).optional().default('waiting'),
  noticeId: z.uuid({ error: '申报通知不正确' }).optional(),
  status: z
    .enum(['已申报', '被退回', '审核不通过终止审核', '材料审核通过'], { error: '业务状态不正确' })
    .optional(),
  employerId: z.uuid({ error: '推荐单位不正确' }).optional(),
  category: z.enum(TALENT_CATEGORIES, { error: '人才类别不正确' }).optional(),
  submittedFrom: day,
  submittedTo: day,
  /** 姓名, or a full 证件号码 */
  q: optionalText(50),
  /** keyset cursor of the next page, as the previous page returned it */
  after: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional().default(20),
});
export type ReviewQueueQuery = z.infer<typeof reviewQueueQuerySchema>;

/** A file made in the background (exports over a few thousand rows): `GET /api/exports/:id`. */
export interface ExportItem {
  id: string;
  fileName: string;
  state: '排队中' | '生成中' | '已完成' | '失败';
  rowsTotal: number;
  rowsDone: number;
  /** bytes, when 已完成 */
  size: number | null;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
  /** the file is deleted after this */
  expiresAt: string;
}

/** `POST /api/review/queue/export`: small lists download at once (`GET /api/review/queue.xlsx`), large ones are made by a job. */
export type QueueExportStart = { mode: 'direct'; rows: number } | { mode: 'job'; export: ExportItem };

export interface QueueItem {
  id: string;
  applicantName: string;
  maskedIdNumber: string;
  employerName: string;
  noticeTitle: string;
  category: TalentCategory | null;
  serviceType: string | null;
  status: ApplicationStatus;
  /** where it waits (推荐单位审核, 主管部门审核, 省人社厅审核), empty when not 已申报 */
  stageName: string;
  submittedAt: string | null;
}

export interface QueuePage {
  items: QueueItem[];
  /** the cursor of the next page; null on the last one */
  next: string | null;
}

/** `GET /api/review/applications/:id`: the application as the reviewer sees it. */
export interface ReviewDetail
  extends Omit<ApplicationDetail, 'allowedActions' | 'editableModules' | 'attachmentsEditable'> {
  version: number;
  stage: StageKey | null;
  stageName: string;
  /** the decisions this reviewer may take now */
  allowedDecisions: ReviewDecision[];
  /** what changed in the latest submission since the one before it (after a 退回) */
  changes: SnapshotDiff | null;
}

export type { ModuleKey };
