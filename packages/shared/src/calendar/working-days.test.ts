import { describe, expect, it } from 'vitest';
import { normalizeDay } from '../api/work-calendar.js';
import {
  addWorkingDays,
  isWorkingDay,
  type WorkCalendar,
  type WorkCalendarKind,
  workCalendarProblems,
} from './working-days.js';

/** 2026 as the State Council set it (国办发明电〔2025〕7号), written out by hand. */
const range = (from: number, to: number, month: string) =>
  Array.from({ length: to - from + 1 }, (_, i) => `2026-${month}-${String(from + i).padStart(2, '0')}`);
const HOLIDAYS_2026 = [
  ...range(1, 3, '01'),
  ...range(15, 23, '02'),
  ...range(4, 6, '04'),
  ...range(1, 5, '05'),
  ...range(19, 21, '06'),
  ...range(25, 27, '09'),
  ...range(1, 7, '10'),
];
const MAKEUP_2026 = ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'];
const CALENDAR_2026: WorkCalendar = new Map<string, WorkCalendarKind>([
  ...HOLIDAYS_2026.map((d) => [d, '法定节假日'] as const),
  ...MAKEUP_2026.map((d) => [d, '调休上班'] as const),
]);
const NONE: WorkCalendar = new Map();

describe('isWorkingDay', () => {
  it('is Monday to Friday unless a 法定节假日, Saturday and Sunday only when 调休上班', () => {
    expect(isWorkingDay('2026-09-30', CALENDAR_2026)).toBe(true); // Wednesday
    expect(isWorkingDay('2026-10-01', CALENDAR_2026)).toBe(false); // Thursday, 国庆节
    expect(isWorkingDay('2026-10-03', CALENDAR_2026)).toBe(false); // Saturday, 国庆节
    expect(isWorkingDay('2026-10-10', CALENDAR_2026)).toBe(true); // Saturday, 调休上班
    expect(isWorkingDay('2026-10-11', CALENDAR_2026)).toBe(false); // Sunday
    expect(isWorkingDay('2026-09-20', CALENDAR_2026)).toBe(true); // Sunday, 调休上班
    expect(isWorkingDay('2026-10-01', NONE)).toBe(true); // a weekday, with no calendar
  });
});

describe('addWorkingDays', () => {
  it('counts a 公示 started before 国庆节 to the right working day: 9/30, 10/8, 10/9, 10/10 (调休上班), 10/12', () => {
    expect(addWorkingDays('2026-09-29', 5, CALENDAR_2026)).toBe('2026-10-12');
    expect(addWorkingDays('2026-09-29', 4, CALENDAR_2026)).toBe('2026-10-10');
    // without the calendar it would end in the middle of the holiday
    expect(addWorkingDays('2026-09-29', 5, NONE)).toBe('2026-10-06');
  });
  it('never counts the day it starts on, whatever it is', () => {
    expect(addWorkingDays('2026-09-30', 1, CALENDAR_2026)).toBe('2026-10-08');
    expect(addWorkingDays('2026-10-01', 1, CALENDAR_2026)).toBe('2026-10-08'); // started on a holiday
    expect(addWorkingDays('2026-10-10', 1, CALENDAR_2026)).toBe('2026-10-12'); // started on a 调休上班 day
    expect(addWorkingDays('2026-10-12', 0, CALENDAR_2026)).toBe('2026-10-12');
  });
  it('counts a Sunday worked (调休上班) and the whole 春节', () => {
    expect(addWorkingDays('2026-09-18', 1, CALENDAR_2026)).toBe('2026-09-20'); // Friday → Sunday 调休上班
    expect(addWorkingDays('2026-02-13', 1, CALENDAR_2026)).toBe('2026-02-14'); // Friday → Saturday 调休上班
    expect(addWorkingDays('2026-02-14', 1, CALENDAR_2026)).toBe('2026-02-24'); // over 2/15–2/23
    expect(addWorkingDays('2026-02-13', 30, CALENDAR_2026)).toBe('2026-04-02');
  });
  it('is Monday to Friday on days the calendar does not name', () => {
    expect(addWorkingDays('2026-11-27', 5, CALENDAR_2026)).toBe('2026-12-04'); // Friday → next Friday
    expect(addWorkingDays('2026-11-28', 1, CALENDAR_2026)).toBe('2026-11-30'); // Saturday → Monday
    expect(addWorkingDays('2026-12-31', 1, NONE)).toBe('2027-01-01'); // across the year
  });
});

describe('workCalendarProblems', () => {
  it('takes a 法定节假日 on any day and 调休上班 on a weekend', () => {
    expect(workCalendarProblems('2026-10-03', '法定节假日')).toEqual([]); // Saturday
    expect(workCalendarProblems('2026-10-01', '法定节假日')).toEqual([]);
    expect(workCalendarProblems('2026-10-10', '调休上班')).toEqual([]);
  });
  it('refuses a 调休上班 weekday, a day that does not exist and an unknown kind, in Chinese', () => {
    expect(workCalendarProblems('2026-10-09', '调休上班')).toEqual([
      '2026-10-09是星期五，本就是工作日，不能标为调休上班（调休上班只能在周六或周日）',
    ]);
    expect(workCalendarProblems('2026-02-30', '法定节假日')[0]).toMatch(/^日期“2026-02-30”不正确/);
    expect(workCalendarProblems('2026-10-01', '休息日')[0]).toMatch(/^类型“休息日”不正确/);
    expect(workCalendarProblems('1899-12-31', '法定节假日')).toHaveLength(1);
  });
});

describe('normalizeDay', () => {
  it('reads the ways a person writes a day', () => {
    expect(normalizeDay('2026-10-01')).toBe('2026-10-01');
    expect(normalizeDay(' 2026/10/1 ')).toBe('2026-10-01');
    expect(normalizeDay('2026.10.1')).toBe('2026-10-01');
    expect(normalizeDay('2026年10月1日')).toBe('2026-10-01');
    expect(normalizeDay('2026-10-01 00:00')).toBe('2026-10-01');
    expect(normalizeDay('十月一日')).toBe('十月一日');
  });
});
