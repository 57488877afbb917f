import { z } from 'zod';
import { isRealDate } from '../identity/id-number.js';
import { APPLICATION_STATUSES } from './applications.js';
import { TALENT_CATEGORIES } from './catalogue.js';
import { CERTIFICATE_STATUSES } from './results.js';

/** 统计分析 (issue 13): the employers shown one by one; the rest are summed as 其他. */
export const STATISTICS_TOP_EMPLOYERS = 20;

const day = (label: string) =>
  z
    .string({ error: `${label}应为日期` })
    .refine(isRealDate, `${label}应为有效的日期（YYYY-MM-DD）`)
    .optional()
    .transform((v) => (v ? v : undefined));

/**
 * `GET /api/department/statistics` and its `.xlsx`: the page's filters. The date range is on the submission date
 * (Beijing days, both ends included). The form validates with this same schema.
 */
export const statisticsQuerySchema = z
  .object({
    noticeId: z.uuid({ error: '申报通知不正确' }).optional(),
    category: z.enum(TALENT_CATEGORIES, { error: '人才类别不正确' }).optional(),
    from: day('开始日期'),
    to: day('结束日期'),
  })
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.to < q.from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: '结束日期不能早于开始日期' });
    }
  });
export type StatisticsQuery = z.infer<typeof statisticsQuerySchema>;

const count = z.number().int().min(0);
const rate = z.number().min(0).max(1).nullable().describe('比率（0–1），没有已审核的申报时为空');
const hours = z
  .number()
  .min(0)
  .nullable()
  .describe('小时（精度±5%），没有已审核的申报或按提交日期筛选时为空');

export const statisticsSchema = z
  .object({
    byStatus: z.array(z.object({ status: z.enum(APPLICATION_STATUSES), count })),
    byCategory: z.array(z.object({ category: z.string().describe('人才类别，未填写时为空串'), count })),
    byEmployer: z.array(
      z.object({ employerId: z.string().nullable().describe('其他时为空'), name: z.string(), count }),
    ),
    byNotice: z.array(z.object({ noticeId: z.string(), title: z.string(), count })),
    perDay: z.array(z.object({ day: z.string(), count })),
    stages: z.array(
      z.object({
        stage: z.enum(['employer', 'supervisor', 'province']),
        stageName: z.string(),
        waiting: count,
        decided: count,
        passed: count,
        returned: count,
        terminated: count,
        passRate: rate,
        returnRate: rate,
        terminateRate: rate,
        medianHours: hours,
        p90Hours: hours,
      }),
    ),
    results: z.array(
      z.object({ category: z.string(), 认定通过: count, 调整类别认定: count, 不予认定: count, total: count }),
    ),
    certificates: z.array(z.object({ status: z.enum(CERTIFICATE_STATUSES), count })),
    /** what the filters offer */
    notices: z.array(z.object({ id: z.string(), title: z.string() })),
  })
  .describe('统计分析');
export type Statistics = z.infer<typeof statisticsSchema>;

/**
 * Times from a stage's arrival to its decision are counted in buckets 10% wide (migration 0016,
 * `statistics_bucket`): bucket b holds [1.1^b − 1, 1.1^(b+1) − 1) seconds. A bucket reads back as its middle,
 * within 5% of every duration in it.
 */
export function stageBucketSeconds(bucket: number): number {
  return (1.1 ** bucket + 1.1 ** (bucket + 1)) / 2 - 1;
}
export function stageBucketOf(seconds: number): number {
  return Math.max(0, Math.floor(Math.log1p(Math.max(seconds, 0)) / Math.log(1.1)));
}

/** The p-quantile (0 < p ≤ 1) of a histogram of buckets, in seconds; null when it is empty. */
export function bucketQuantile(buckets: readonly { bucket: number; n: number }[], p: number): number | null {
  const sorted = [...buckets].filter((b) => b.n > 0).sort((a, b) => a.bucket - b.bucket);
  const total = sorted.reduce((s, b) => s + b.n, 0);
  if (total === 0) return null;
  const rank = Math.ceil(p * total);
  let seen = 0;
  for (const b of sorted) {
    seen += b.n;
    if (seen >= rank) return stageBucketSeconds(b.bucket);
  }
  return null;
}
