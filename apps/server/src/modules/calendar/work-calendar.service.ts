import {
  addCalendarDays,
  addWorkingDays,
  isRealDate,
  normalizeDay,
  WORK_CALENDAR_IMPORT_COLUMNS,
  type WorkCalendar,
  type WorkCalendarDayBody,
  type WorkCalendarImportReport,
  type WorkCalendarItem,
  type WorkCalendarKind,
  type WorkCalendarYear,
  weekdayName,
  workCalendarProblems,
  workingDaysSpan,
} from '@rcpd/shared';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { actorOf } from '../../http/auth.js';
import { AppError, alreadyTaken } from '../../http/errors.js';
import { isUniqueViolation } from '../../platform/db-errors.js';
import { appendAudit } from '../audit/audit.service.js';
import type { AuthContext, RequestMeta } from '../identity/sessions.js';

type Actor = { auth: AuthContext; meta: RequestMeta };
type Reader = Kysely<DB> | Transaction<DB>;

export const WORK_CALENDAR_MESSAGES = {
  notFound: '工作日历中没有这一天',
  taken: (day: string, kind: string, name: string) =>
    `${day}已在工作日历中（${kind}，${name}），如需修改请先删除`,
} as const;

const dayText = sql<string>`to_char(day, 'YYYY-MM-DD')`;

/** Any constant: the changes of the 工作日历 take turns, so two imports of a year never interleave. */
const CALENDAR_LOCK = 2_026_120_401;
const takeTurns = (trx: Transaction<DB>) => sql`select pg_advisory_xact_lock(${CALENDAR_LOCK})`.execute(trx);

/** The 工作日历's days from `from` to `to` (inclusive, YYYY-MM-DD). */
export async function readCalendar(db: Reader, from: string, to: string): Promise<WorkCalendar> {
  const rows = await db
    .selectFrom('work_calendar')
    .select([dayText.as('day'), 'kind'])
    .where('day', '>=', from)
    .where('day', '<=', to)
    .execute();
  return new Map(rows.map((r) => [r.day, r.kind]));
}

/**
 * The `n`th working day after `from` by the 工作日历 (the shared rule `addWorkingDays`: `from` never counts).
 * Reads the days the count can reach, and further should holidays push it past them.
 */
export async function workingDayAfter(db: Reader, from: string, n: number): Promise<string> {
  let span = workingDaysSpan(n);
  for (;;) {
    const to = addCalendarDays(from, span);
    const end = addWorkingDays(from, n, await readCalendar(db, from, to));
    if (end <= to) return end;
    span *= 2;
  }
}

const item = (r: {
  day: string;
  kind: WorkCalendarKind;
  name: string;
  source: WorkCalendarItem['source'];
  updated_at: Date;
}): WorkCalendarItem => ({
  day: r.day,
  weekday: weekdayName(r.day),
  kind: r.kind,
  name: r.name,
  source: r.source,
  updatedAt: r.updated_at.toISOString(),
});

const yearRange = (year: number) => [`${year}-01-01`, `${year}-12-31`] as const;

/** The 系统管理员's 工作日历 (issue 13): a year's days, one added or removed, a year imported. */
export function createWorkCalendarService({ db }: { db: Kysely<DB> }) {
  async function yearDays(reader: Reader, year: number) {
    const [from, to] = yearRange(year);
    return reader
      .selectFrom('work_calendar')
      .select([dayText.as('day'), 'kind', 'name', 'source', 'updated_at'])
      .where('day', '>=', from)
      .where('day', '<=', to)
      .orderBy('day')
      .execute();
  }

  return {
    async list(year: number): Promise<WorkCalendarYear> {
      const [rows, years] = await Promise.all([
        yearDays(db, year),
        db
          .selectFrom('work_calendar')
          .select(sql<number>`extract(year from day)::int`.as('year'))
          .groupBy(sql`extract(year from day)`)
          .orderBy(sql`extract(year from day)`, 'desc')
          .execute(),
      ]);
      return { year, years: years.map((y) => Number(y.year)), items: rows.map(item) };
    },

    /** The days of a year for the import template: the year as it stands, to edit and import back. */
    async yearRows(year: number) {
      return yearDays(db, year);
    },

    async add({ auth, meta, body }: Actor & { body: WorkCalendarDayBody }): Promise<WorkCalendarItem> {
      const day = normalizeDay(body.day);
      try {
        return await db.transaction().execute(async (trx) => {
          await takeTurns(trx);
          const existing = await trx
            .selectFrom('work_calendar')
            .select(['kind', 'name'])
            .where('day', '=', day)
            .executeTakeFirst();
          if (existing) throw taken(day, existing.kind, existing.name);
          const row = await trx
            .insertInto('work_calendar')
            .values({ day, kind: body.kind, name: body.name, source: 'manual', updated_by: auth.account.id })
            .returning([dayText.as('day'), 'kind', 'name', 'source', 'updated_at'])
            .executeTakeFirstOrThrow();
          await appendAudit(trx, {
            actor: actorOf(auth),
            action: 'work_calendar.add',
            targetType: 'work_calendar',
            targetId: day,
            detail: { day, kind: body.kind, name: body.name },
            ...meta,
          });
          return item(row);
        });
      } catch (error) {
        // another 系统管理员 added the day between the look and the insert
        if (isUniqueViolation(error)) throw taken(day, '已有记录', '请刷新后查看');
        throw error;
      }
    },

    async remove({ auth, meta, day }: Actor & { day: string }): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await takeTurns(trx);
        const row = await trx
          .deleteFrom('work_calendar')
          .where('day', '=', day)
          .returning(['kind', 'name', 'source'])
          .executeTakeFirst();
        if (!row) throw new AppError('NOT_FOUND', WORK_CALENDAR_MESSAGES.notFound);
        await appendAudit(trx, {
          actor: actorOf(auth),
          action: 'work_calendar.remove',
          targetType: 'work_calendar',
          targetId: day,
          detail: { day, kind: row.kind, name: row.name, source: row.source },
          ...meta,
        });
      });
    },

    /**
     * 导入 of a year (rows already read from the sheet, cells as text): every row is checked first, and one bad
     * row changes nothing, the answer naming every bad row by its number. Otherwise the year's days become the
     * sheet's, in one transaction.
     */
    async importYear({
      auth,
      meta,
      year,
      rows,
    }: Actor & {
      year: number;
      rows: { row: number; cells: Record<string, string> }[];
    }): Promise<WorkCalendarImportReport> {
      const errors: WorkCalendarImportReport['errors'] = [];
      const seen = new Map<string, number>();
      const days: { day: string; kind: WorkCalendarKind; name: string }[] = [];
      for (const { row, cells } of rows) {
        const rawDay = (cells[WORK_CALENDAR_IMPORT_COLUMNS.day] ?? '').trim();
        const kind = (cells[WORK_CALENDAR_IMPORT_COLUMNS.kind] ?? '').trim();
        const name = (cells[WORK_CALENDAR_IMPORT_COLUMNS.name] ?? '').trim();
        const rowErrors: string[] = [];
        const day = normalizeDay(rawDay);
        if (!rawDay) rowErrors.push('日期为空');
        if (!kind) rowErrors.push('类型为空');
        if (!name) rowErrors.push('名称为空');
        else if (name.length > 50) rowErrors.push('名称不能超过50个字');
        const problems = workCalendarProblems(day, kind).filter(
          // an empty cell is said once above
          (p) => (rawDay || !p.startsWith('日期')) && (kind || !p.startsWith('类型')),
        );
        rowErrors.push(...problems);
        if (rawDay && isRealDate(day)) {
          if (!day.startsWith(`${year}-`)) rowErrors.push(`${day}不在导入的${year}年内`);
          const first = seen.get(day);
          if (first) rowErrors.push(`日期${day}与第${first}行重复`);
          else seen.set(day, row);
        }
        for (const message of rowErrors) errors.push({ row, message });
        if (rowErrors.length === 0) days.push({ day, kind: kind as WorkCalendarKind, name });
      }
      if (rows.length === 0) errors.push({ row: 1, message: '表格中没有数据' });
      if (errors.length > 0) {
        throw new AppError(
          'VALIDATION_FAILED',
          `导入失败：共${errors.length}处错误，未导入任何数据`,
          undefined,
          {
            errors,
          },
        );
      }
      const [from, to] = yearRange(year);
      return db.transaction().execute(async (trx) => {
        await takeTurns(trx);
        const removed = await trx
          .deleteFrom('work_calendar')
          .where('day', '>=', from)
          .where('day', '<=', to)
          .returning(dayText.as('day'))
          .execute();
        await trx
          .insertInto('work_calendar')
          .values(days.map((d) => ({ ...d, source: 'import' as const, updated_by: auth.account.id })))
          .execute();
        await appendAudit(trx, {
          actor: actorOf(auth),
          action: 'work_calendar.import',
          targetType: 'work_calendar',
          targetId: String(year),
          detail: {
            year,
            replaced: removed.length,
            days: days.map((d) => `${d.day} ${d.kind} ${d.name}`),
          },
          ...meta,
        });
        return { year, imported: days.length, replaced: removed.length, errors: [] };
      });
    },
  };
}

export type WorkCalendarService = ReturnType<typeof createWorkCalendarService>;

const taken = (day: string, kind: string, name: string) =>
  alreadyTaken('day', WORK_CALENDAR_MESSAGES.taken(day, kind, name));
