import { isRealDate } from '../identity/id-number.js';

/**
 * The working-day rule (SPEC §8: the 公示 period is counted in working days), written once: a Saturday or Sunday
 * is a working day only when the 工作日历 marks it 调休上班; Monday to Friday is one unless it marks it 法定节假日.
 * The server reads the calendar's rows from the database; the web only shows them.
 */
export const WORK_CALENDAR_KINDS = ['法定节假日', '调休上班'] as const;
export type WorkCalendarKind = (typeof WORK_CALENDAR_KINDS)[number];

/** The days that differ from the ordinary week, YYYY-MM-DD → kind. A day not in it is an ordinary day. */
export type WorkCalendar = ReadonlyMap<string, WorkCalendarKind>;

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

/** 0 (Sunday) … 6 (Saturday) of a YYYY-MM-DD day, whatever the process time zone. */
export function dayOfWeek(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

/** 星期一 … 星期日 of a YYYY-MM-DD day. */
export function weekdayName(day: string): string {
  return WEEKDAYS[dayOfWeek(day)] ?? '';
}

export function isWeekend(day: string): boolean {
  const d = dayOfWeek(day);
  return d === 0 || d === 6;
}

export function isWorkingDay(day: string, calendar: WorkCalendar): boolean {
  const kind = calendar.get(day);
  if (kind === '调休上班') return true;
  if (kind === '法定节假日') return false;
  return !isWeekend(day);
}

/** The day after `day` (YYYY-MM-DD). */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** `day` plus `n` calendar days (YYYY-MM-DD). */
export function addCalendarDays(day: string, n: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

/**
 * The `n`th working day after `from`: `from` itself never counts, whatever it is (a 公示 started today runs from
 * tomorrow), and the answer is a working day. n = 0 answers `from`. Started on 2026-09-29 for 5 working days:
 * 9/30, 10/8, 10/9, 10/10 (调休上班), 10/12.
 */
export function addWorkingDays(from: string, n: number, calendar: WorkCalendar): string {
  let day = from;
  let left = n;
  while (left > 0) {
    day = nextDay(day);
    if (isWorkingDay(day, calendar)) left -= 1;
  }
  return day;
}

/**
 * How many calendar days after `from` the calendar must cover for `addWorkingDays(from, n)`: enough for the
 * longest holidays on record (春节 and 国庆 of 8–9 days with their weekends); a caller whose answer lands beyond
 * it reads further and counts again.
 */
export function workingDaysSpan(n: number): number {
  return Math.ceil(n * 1.5) + 30;
}

/**
 * Why a day of the 工作日历 cannot be kept, every reason (none: it can): a real day, a known kind, and 调休上班
 * only on a Saturday or Sunday (a 法定节假日 may fall on a weekend: the law's holidays do).
 */
export function workCalendarProblems(day: string, kind: string): string[] {
  const problems: string[] = [];
  const realDay = isRealDate(day);
  if (!realDay) problems.push(`日期“${day.slice(0, 30)}”不正确，应为1900年至2100年之间的日期，如2026-10-01`);
  const knownKind = (WORK_CALENDAR_KINDS as readonly string[]).includes(kind);
  if (!knownKind) problems.push(`类型“${kind.slice(0, 30)}”不正确，应为“法定节假日”或“调休上班”`);
  if (realDay && kind === '调休上班' && !isWeekend(day))
    problems.push(`${day}是${weekdayName(day)}，本就是工作日，不能标为调休上班（调休上班只能在周六或周日）`);
  return problems;
}
