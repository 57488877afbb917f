import { z } from 'zod';
import type { SnapshotDiff } from '../application/diff.js';
import { MODULE_KEYS, type ModuleKey } from '../application/modules.js';
import { isRealDate } from '../identity/id-number.js';
import { REVIEW_DECISIONS, type StageKey } from '../workflow/transitions.js';
import { isoDateTime } from './answers.js';
import { APPLICATION_STATUSES, applicationDetailSchema, RETURNABLE_SECTIONS } from './applications.js';
import { TALENT_CATEGORIES } from './catalogue.js';
import { INT4_MAX } from './fields.js';

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
    version: z
      .number({ error: '缺少版本号，请刷新后重试' })
      .int()
      .min(0)
      .max(INT4_MAX, '版本号不正确，请刷新后重试'),
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
export const exportItemSchema = z
  .object({
    id: z.string(),
    fileName: z.string(),
    state: z.enum(['排队中', '生成中', '已完成', '失败']),
    rowsTotal: z.number().int(),
    rowsDone: z.number().int(),
    /** bytes, when 已完成 */
    size: z.number().int().nullable().describe('文件大小（字节），已完成时'),
    error: z.string().nullable(),
    createdAt: isoDateTime,
    finishedAt: isoDateTime.nullable(),
    /** the file is deleted after this */
    expiresAt: isoDateTime.describe('过期时间，之后文件删除'),
  })
  .describe('后台导出');
export type ExportItem = z.infer<typeof exportItemSchema>;

/** `POST /api/review/queue/export`: small lists download at once (`GET /api/review/queue.xlsx`), large ones are made by a job. */
export const queueExportStartSchema = z
  .discriminatedUnion('mode', [
    z.object({ mode: z.literal('direct'), rows: z.number().int() }),
    z.object({ mode: z.literal('job'), export: exportItemSchema }),
  ])
  .describe('direct：行数少，直接下载 queue.xlsx；job：后台生成，按 export.id 查询进度');
export type QueueExportStart = z.infer<typeof queueExportStartSchema>;

/** The review stages, as `StageKey` names them. */
const STAGE_KEYS = ['employer', 'supervisor', 'province'] as const satisfies readonly StageKey[];
const stageKey = z.enum(STAGE_KEYS).describe('审核环节');

/** `GET /api/review/options`: the reviewer's stage and what the queue's filters offer. */
export const reviewOptionsSchema = z
  .object({
    stage: stageKey,
    stageName: z.string(),
    notices: z.array(z.object({ id: z.string(), title: z.string() })),
    /** the first 推荐单位 by name (empty for the employer's own reviewers); the rest by `GET /api/review/employers` */
    employers: z.array(z.object({ id: z.string(), name: z.string() })),
  })
  .describe('审核环节与筛选项');
export type ReviewOptions = z.infer<typeof reviewOptionsSchema>;

/** How many 推荐单位 the filter lists at once: the first by name, then those a search matches. */
export const REVIEW_EMPLOYER_MATCHES = 20;

/** `GET /api/review/employers`: the 推荐单位 of the reviewer's scope whose name holds `q`, or the one `id` names. */
export const reviewEmployerQuerySchema = z.object({
  q: z.string().trim().max(50, '单位名称不能超过50个字').optional(),
  id: z.uuid({ error: '推荐单位参数不正确' }).optional(),
});
export type ReviewEmployerQuery = z.infer<typeof reviewEmployerQuerySchema>;

export const reviewEmployersSchema = z
  .object({ items: z.array(z.object({ id: z.string(), name: z.string() })) })
  .describe('推荐单位（筛选项）');
export type ReviewEmployers = z.infer<typeof reviewEmployersSchema>;

export const queueItemSchema = z.object({
  id: z.string(),
  applicantName: z.string(),
  maskedIdNumber: z.string(),
  employerName: z.string(),
  noticeTitle: z.string(),
  category: z.enum(TALENT_CATEGORIES).nullable(),
  serviceType: z.string().nullable(),
  status: z.enum(APPLICATION_STATUSES),
  /** where it waits (推荐单位审核, 主管部门审核, 省人社厅审核), empty when not 已申报 */
  stageName: z.string().describe('当前环节，非已申报时为空'),
  submittedAt: isoDateTime.nullable(),
});
export type QueueItem = z.infer<typeof queueItemSchema>;

export const queuePageSchema = z
  .object({
    items: z.array(queueItemSchema),
    /** the cursor of the next page; null on the last one */
    next: z.string().nullable().describe('下一页的游标；最后一页为 null'),
  })
  .describe('审核列表的一页');
export type QueuePage = z.infer<typeof queuePageSchema>;

const fieldChange = z.object({ label: z.string(), before: z.string(), after: z.string() });
const snapshotDiff = z.array(
  z.object({
    section: z.enum([...MODULE_KEYS, 'attachments', 'eligibility']),
    label: z.string(),
    changes: z.array(
      z.object({
        kind: z.enum(['新增', '删除', '修改']),
        title: z.string(),
        fields: z.array(fieldChange),
      }),
    ),
  }),
);

/**
 * `GET /api/review/applications/:id`: the application as the reviewer sees it — the applicant's
 * `ApplicationDetail` without the applicant's buttons, plus the reviewer's own fields.
 */
export const reviewDetailSchema = applicationDetailSchema
  .omit({ allowedActions: true, editableModules: true, attachmentsEditable: true })
  .extend({
    version: z.number().int(),
    stage: stageKey.nullable(),
    stageName: z.string(),
    /** the decisions this reviewer may take now */
    allowedDecisions: z.array(z.enum(REVIEW_DECISIONS)).describe('当前审核人现在可做的审核操作'),
    /** what changed in the latest submission since the one before it (after a 退回) */
    changes: snapshotDiff.nullable().describe('最近一次提交相对上一次的变更（退回后）'),
  })
  .describe('申报详情（审核）');
export type ReviewDetail = z.infer<typeof reviewDetailSchema>;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true[]> = T;
/** `changes` is what `diffSnapshots` (application/diff.ts) makes, written there as a type. */
type _ReviewDetailShape = Holds<
  [Same<ReviewDetail['changes'], SnapshotDiff | null>, Same<ReviewDetail['stage'], StageKey | null>]
>;

export type { ModuleKey };
