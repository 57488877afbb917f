import {
  APPLICATION_STATUSES,
  bucketQuantile,
  CERTIFICATE_STATUSES,
  REVIEW_STAGES,
  STATISTICS_TOP_EMPLOYERS,
  type StageKey,
  type Statistics,
  type StatisticsQuery,
  TALENT_CATEGORIES,
} from '@rcpd/shared';
import { type Kysely, sql } from 'kysely';
import type { DB, StatisticsCountsTable } from '../../db/schema.js';
import { fieldError } from '../../http/errors.js';

const STAGES: readonly StageKey[] = ['employer', 'supervisor', 'province'];

/** YYYY-MM-DD arithmetic on calendar days (no time zone involved). */
const ymd = (t: number) => new Date(t).toISOString().slice(0, 10);
const nextDay = (day: string) => ymd(Date.parse(`${day}T00:00:00Z`) + 86_400_000);
const firstOfNextMonth = (day: string) => {
  const [y = 0, m = 1] = day.split('-').map(Number);
  return ymd(Date.UTC(y, m, 1));
};
const HOUR = 3600;

/**
 * 统计分析 (issue 13): every figure is a sum over `statistics_counts`, which the triggers of migration 0016 keep in
 * the transaction of each change (docs/adr/0007-statistics-counts.md). The filters are columns of every key.
 */
export function createStatisticsService({ db }: { db: Kysely<DB> }) {
  const total = sql<number>`coalesce(sum(n), 0)::int4`.as('n');

  function counts(figure: StatisticsCountsTable['figure'], q: StatisticsQuery) {
    let s = db.selectFrom('statistics_counts').where('figure', '=', figure);
    if (q.noticeId) s = s.where('notice_id', '=', q.noticeId);
    if (q.category) s = s.where('category', '=', q.category);
    if (q.from) s = s.where('day', '>=', q.from);
    if (q.to) s = s.where('day', '<=', q.to);
    return s;
  }

  async function byStatus(q: StatisticsQuery) {
    const rows = await counts('status', q).select(['k1', total]).groupBy('k1').execute();
    return APPLICATION_STATUSES.map((status) => ({
      status,
      count: rows.find((r) => r.k1 === status)?.n ?? 0,
    }));
  }

  async function byCategory(q: StatisticsQuery) {
    const rows = await counts('status', q).select(['category', total]).groupBy('category').execute();
    const unset = rows.find((r) => r.category === null)?.n ?? 0;
    return [
      ...TALENT_CATEGORIES.map((category) => ({
        category,
        count: rows.find((r) => r.category === category)?.n ?? 0,
      })),
      ...(unset ? [{ category: '', count: unset }] : []),
    ];
  }

  /**
   * Per employer and day the counts are nearly a row per application, so: without a date range the counts
   * without the day; with one, the whole months inside it from the month rows and only the days at its ends
   * from the day rows.
   */
  function employerCounts(q: StatisticsQuery) {
    if (!q.from && !q.to) return counts('employers', q);
    const from = q.from ?? '0001-01-01';
    const to = q.to ?? '9999-12-31';
    const m1 = from.endsWith('-01') ? from : firstOfNextMonth(from);
    const afterTo = nextDay(to);
    const m2 = afterTo.endsWith('-01') ? afterTo : `${to.slice(0, 8)}01`;
    if (m1 >= m2) return counts('employer', q);
    let s = db
      .selectFrom('statistics_counts')
      .where((eb) =>
        eb.or([
          eb.and([eb('figure', '=', 'employer_month'), eb('day', '>=', m1), eb('day', '<', m2)]),
          eb.and([
            eb('figure', '=', 'employer'),
            eb.or([
              eb.and([eb('day', '>=', from), eb('day', '<', m1)]),
              eb.and([eb('day', '>=', m2), eb('day', '<=', to)]),
            ]),
          ]),
        ]),
      );
    if (q.noticeId) s = s.where('notice_id', '=', q.noticeId);
    if (q.category) s = s.where('category', '=', q.category);
    return s;
  }

  async function byEmployer(q: StatisticsQuery) {
    const top = await employerCounts(q)
      .select(['k1', total])
      .groupBy('k1')
      .having(sql`sum(n)`, '>', 0)
      .orderBy('n', 'desc')
      .orderBy('k1')
      .limit(STATISTICS_TOP_EMPLOYERS)
      .execute();
    const all = await counts('status', q).select(total).executeTakeFirstOrThrow();
    const names = top.length
      ? await db
          .selectFrom('employers')
          .select(['id', 'name'])
          .where(
            'id',
            'in',
            top.map((t) => t.k1),
          )
          .execute()
      : [];
    const shown = top.reduce((s, t) => s + t.n, 0);
    return [
      ...top.map((t) => ({
        employerId: t.k1,
        name: names.find((e) => e.id === t.k1)?.name ?? '',
        count: t.n,
      })),
      ...(all.n > shown ? [{ employerId: null, name: '其他', count: all.n - shown }] : []),
    ];
  }

  async function byNotice(q: StatisticsQuery, notices: { id: string; title: string }[]) {
    const rows = await counts('status', q).select(['notice_id', total]).groupBy('notice_id').execute();
    return notices
      .filter((n) => !q.noticeId || n.id === q.noticeId)
      .map((n) => ({
        noticeId: n.id,
        title: n.title,
        count: rows.find((r) => r.notice_id === n.id)?.n ?? 0,
      }));
  }

  async function perDay(q: StatisticsQuery) {
    const rows = await counts('status', q)
      .where('day', 'is not', null)
      .select([sql<string>`to_char(day, 'YYYY-MM-DD')`.as('day'), total])
      .groupBy('day')
      .orderBy('day')
      .execute();
    return rows.filter((r) => r.n > 0).map((r) => ({ day: r.day, count: r.n }));
  }

  async function stages(q: StatisticsQuery) {
    const waiting = await counts('status', q)
      .where('k1', '=', '已申报')
      .select(['k2', total])
      .groupBy('k2')
      .execute();
    const decided = await counts('stage', q).select(['k1', 'k2', total]).groupBy(['k1', 'k2']).execute();
    // the times are kept without the day (migration 0016): under a date range there are none to show
    const times =
      q.from || q.to
        ? []
        : await counts('stage_time', q).select(['k1', 'k3', total]).groupBy(['k1', 'k3']).execute();
    const ratio = (part: number, whole: number) => (whole ? part / whole : null);
    const hours = (seconds: number | null) =>
      seconds === null ? null : Math.round((seconds / HOUR) * 10) / 10;
    return STAGES.map((stage) => {
      const rows = decided.filter((d) => d.k1 === stage);
      const of = (decision: string) => rows.filter((d) => d.k2 === decision).reduce((s, d) => s + d.n, 0);
      const passed = of('审核通过');
      const returned = of('退回');
      const terminated = of('审核不通过终止审核');
      const all = passed + returned + terminated;
      const buckets = times.filter((t) => t.k1 === stage).map((t) => ({ bucket: t.k3, n: t.n }));
      return {
        stage,
        stageName: REVIEW_STAGES[stage].name,
        waiting: waiting.find((w) => w.k2 === stage)?.n ?? 0,
        decided: all,
        passed,
        returned,
        terminated,
        passRate: ratio(passed, all),
        returnRate: ratio(returned, all),
        terminateRate: ratio(terminated, all),
        medianHours: hours(bucketQuantile(buckets, 0.5)),
        p90Hours: hours(bucketQuantile(buckets, 0.9)),
      };
    });
  }

  async function results(q: StatisticsQuery) {
    const rows = await counts('result', q)
      .select(['category', 'k1', total])
      .groupBy(['category', 'k1'])
      .execute();
    return TALENT_CATEGORIES.map((category) => {
      const of = (outcome: string) => rows.find((r) => r.category === category && r.k1 === outcome)?.n ?? 0;
      const row = {
        category,
        认定通过: of('认定通过'),
        调整类别认定: of('调整类别认定'),
        不予认定: of('不予认定'),
      };
      return { ...row, total: row.认定通过 + row.调整类别认定 + row.不予认定 };
    });
  }

  async function certificates(q: StatisticsQuery) {
    const rows = await counts('certificate', q).select(['k1', total]).groupBy('k1').execute();
    return CERTIFICATE_STATUSES.map((status) => ({
      status,
      count: rows.find((r) => r.k1 === status)?.n ?? 0,
    }));
  }

  return {
    /** every figure under the filters; a notice that does not exist is a 400 naming the filter */
    async figures(q: StatisticsQuery): Promise<Statistics> {
      const notices = await db
        .selectFrom('notices')
        .select(['id', 'title'])
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute();
      if (q.noticeId && !notices.some((n) => n.id === q.noticeId)) {
        throw fieldError('noticeId', '所选申报通知不存在，请刷新后重新选择');
      }
      // independent reads: on PostgreSQL they run side by side on the pool's connections
      const [
        byStatusRows,
        byCategoryRows,
        byEmployerRows,
        byNoticeRows,
        perDayRows,
        stageRows,
        resultRows,
        certificateRows,
      ] = await Promise.all([
        byStatus(q),
        byCategory(q),
        byEmployer(q),
        byNotice(q, notices),
        perDay(q),
        stages(q),
        results(q),
        certificates(q),
      ]);
      return {
        byStatus: byStatusRows,
        byCategory: byCategoryRows,
        byEmployer: byEmployerRows,
        byNotice: byNoticeRows,
        perDay: perDayRows,
        stages: stageRows,
        results: resultRows,
        certificates: certificateRows,
        notices,
      };
    },
  };
}
export type StatisticsService = ReturnType<typeof createStatisticsService>;
