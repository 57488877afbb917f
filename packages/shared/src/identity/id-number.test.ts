import { describe, expect, it } from 'vitest';
import {
  checkIdNumber,
  checkResidentId,
  DEFAULT_ID_TYPE,
  ID_TYPES,
  type IdType,
  isRealDate,
  residentIdCheckChar,
} from './id-number.js';

/**
 * GB 11643-1999 written independently of the source: weight of position i (0-based) is 2^(17-i) mod 11 and the
 * check value is (12 - sum mod 11) mod 11, written as X when it is 10.
 */
function referenceCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const v = (12 - (sum % 11)) % 11;
  return v === 10 ? 'X' : String(v);
}

/** A valid 居民身份证 number: area code, birth date YYYYMMDD and 3-digit sequence, with its check character. */
function residentId(birth: string, seq = '123', area = '220102'): string {
  const first17 = `${area}${birth}${seq}`;
  return first17 + referenceCheckChar(first17);
}

/** A small deterministic pseudo-random generator (mulberry32), so failures can be reproduced. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DEMO_ID = '220102199001011239';
/** Noon in Beijing on 2026-03-01. */
const TODAY = new Date('2026-03-01T12:00:00+08:00');

describe('the independent reference used by these tests', () => {
  it.each([
    ['22010219900101123', '9'],
    ['11010519491231002', 'X'], // the example of GB 11643 itself
  ])('gives %s the check character %s', (first17, check) => {
    expect(referenceCheckChar(first17)).toBe(check);
  });
});

describe('residentIdCheckChar', () => {
  it.each([
    ['22010219900101123', '9'],
    ['11010519491231002', 'X'],
    ['00000000000000000', '1'],
  ])('gives %s the check character %s', (first17, check) => {
    expect(residentIdCheckChar(first17)).toBe(check);
  });

  it('agrees with GB 11643 on 2,000 pseudo-random numbers and produces every one of the 11 check characters', () => {
    const next = random(11643);
    const seen = new Set<string>();
    for (let n = 0; n < 2000; n++) {
      const first17 = Array.from({ length: 17 }, () => Math.floor(next() * 10)).join('');
      const expected = referenceCheckChar(first17);
      expect(residentIdCheckChar(first17), first17).toBe(expected);
      seen.add(expected);
    }
    expect([...seen].sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X']);
  });

  it('gives no check character for something that is not 17 digits', () => {
    expect(residentIdCheckChar('2201021990010112A')).toBe('');
    expect(residentIdCheckChar('')).toBe('');
  });
});

describe('isRealDate', () => {
  it.each([
    ['2024-02-29', true], // leap year
    ['2000-02-29', true], // divisible by 400: leap
    ['2023-02-29', false],
    ['1900-02-29', false], // divisible by 100 but not 400: not leap
    ['2026-02-28', true],
    ['2026-04-30', true],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-01-32', false],
    ['1900-01-01', true],
    ['1899-12-31', false], // before any day the service takes
    ['0000-01-01', false],
    ['2100-12-31', true],
    ['2101-01-01', false],
    ['9999-12-31', false],
    ['2026-1-1', false],
    ['20260101', false],
    [' 2026-01-01', false],
    ['', false],
  ])('%j is a real day: %s', (iso, real) => {
    expect(isRealDate(iso)).toBe(real);
  });
});

describe('checkResidentId', () => {
  it('accepts the demo number and reads the birth date and gender from it', () => {
    expect(checkResidentId(DEMO_ID, TODAY)).toEqual({
      ok: true,
      value: DEMO_ID,
      info: { birthDate: '1990-01-01', gender: '男' },
    });
  });

  it.each([
    ['123', '男'],
    ['125', '男'],
    ['120', '女'],
    ['128', '女'],
  ])('reads gender from the 17th digit (sequence %s → %s)', (seq, gender) => {
    const check = checkResidentId(residentId('19850615', seq), TODAY);
    expect(check).toEqual({
      ok: true,
      value: residentId('19850615', seq),
      info: { birthDate: '1985-06-15', gender },
    });
  });

  it('accepts an X check character, also typed as lowercase x, and stores it as X', () => {
    expect(checkResidentId('11010519491231002X', TODAY)).toMatchObject({
      ok: true,
      value: '11010519491231002X',
    });
    expect(checkResidentId('11010519491231002x', TODAY)).toMatchObject({
      ok: true,
      value: '11010519491231002X',
    });
  });

  it('ignores spaces around the number', () => {
    expect(checkResidentId(`  ${DEMO_ID}\t`, TODAY)).toMatchObject({ ok: true, value: DEMO_ID });
  });

  it.each([
    ['17 characters', DEMO_ID.slice(0, 17)],
    ['19 characters', `${DEMO_ID}0`],
    ['15 characters (the old first-generation card)', '220102900101123'],
    ['nothing', ''],
    ['only spaces', '   '],
    ['a space inside', '220102 199001011239'],
  ])('asks for 18 characters when given %s', (_, value) => {
    expect(checkResidentId(value, TODAY)).toEqual({ ok: false, message: '居民身份证号码应为18位' });
  });

  it.each([
    ['a letter among the first 17', '2201021990O1011239'],
    ['X before the last place', '22010219900101X239'],
    ['a last character other than a digit or X', '22010219900101123Y'],
    ['a full-width digit', '２20102199001011239'],
    ['a hyphen', '220102-99001011239'],
  ])('says what the characters must be when given %s', (_, value) => {
    expect(checkResidentId(value, TODAY)).toEqual({
      ok: false,
      message: '居民身份证号码前17位应为数字，末位为数字或X',
    });
  });

  it.each([
    ['29 February of a leap year', '20000229'],
    ['29 February of another leap year', '20040229'],
    ['1 January 1900, the first day allowed', '19000101'],
    ['31 December', '19991231'],
  ])('accepts a birth date on %s', (_, birth) => {
    expect(checkResidentId(residentId(birth), TODAY)).toMatchObject({ ok: true });
  });

  it.each([
    ['29 February of a non-leap year', '20010229'],
    ['29 February 1900 (not a leap year)', '19000229'],
    ['31 April', '19900431'],
    ['month 13', '19901301'],
    ['month 00', '19900001'],
    ['day 00', '19900100'],
    ['day 32', '19900132'],
    ['a day before 1900', '18991231'],
    ['year 0000', '00000101'],
  ])('rejects a birth date on %s', (_, birth) => {
    expect(checkResidentId(residentId(birth), TODAY)).toEqual({
      ok: false,
      message: '居民身份证号码中的出生日期无效',
    });
  });

  it('accepts someone born today and rejects someone born tomorrow', () => {
    expect(checkResidentId(residentId('20260301'), TODAY)).toMatchObject({
      ok: true,
      info: { birthDate: '2026-03-01' },
    });
    expect(checkResidentId(residentId('20260302'), TODAY)).toEqual({
      ok: false,
      message: '居民身份证号码中的出生日期不能晚于今天',
    });
  });

  it('rejects a birth date far in the future when no day is given (today is the default)', () => {
    expect(checkResidentId(residentId('29991231'))).toEqual({
      ok: false,
      message: '居民身份证号码中的出生日期不能晚于今天',
    });
    expect(checkResidentId(DEMO_ID)).toMatchObject({ ok: true });
  });

  it('counts days in Beijing time, whatever the time zone of the browser or server', () => {
    // 01:00 on 1 March in Beijing is still 28 February in UTC: a baby born on 1 March is not "born in the future".
    const earlyMorning = new Date('2026-03-01T01:00:00+08:00');
    expect(checkResidentId(residentId('20260301'), earlyMorning)).toMatchObject({ ok: true });
    // 23:59 on 28 February in Beijing: 1 March has not begun yet.
    const lateEvening = new Date('2026-02-28T23:59:00+08:00');
    expect(checkResidentId(residentId('20260301'), lateEvening)).toEqual({
      ok: false,
      message: '居民身份证号码中的出生日期不能晚于今天',
    });
  });

  it.each(['0', '1', '2', '3', '4', '5', '6', '7', '8', 'X'])(
    'rejects the demo number with the check character changed to %s',
    (wrong) => {
      expect(checkResidentId(DEMO_ID.slice(0, 17) + wrong, TODAY)).toEqual({
        ok: false,
        message: '居民身份证号码校验位不正确，请核对后重新输入',
      });
    },
  );

  it.each([
    ['one digit mistyped', '220102199001011249'],
    ['two neighbouring digits swapped', '220102199001011329'],
    ['x where the check digit is a number', '22010219900101123x'],
  ])('rejects a number with %s', (_, value) => {
    expect(checkResidentId(value, TODAY)).toEqual({
      ok: false,
      message: '居民身份证号码校验位不正确，请核对后重新输入',
    });
  });
});

describe('checkIdNumber', () => {
  it('offers the five 证件类型 of SPEC §2 with 居民身份证 first and as the default', () => {
    expect(ID_TYPES).toEqual([
      '居民身份证',
      '港澳居民来往内地通行证',
      '台湾居民来往大陆通行证',
      '外国人永久居留身份证',
      '护照',
    ]);
    expect(DEFAULT_ID_TYPE).toBe('居民身份证');
  });

  it('applies the full 居民身份证 rule, including the day it is checked on', () => {
    expect(checkIdNumber('居民身份证', ' 11010519491231002x ', TODAY)).toEqual({
      ok: true,
      value: '11010519491231002X',
      info: { birthDate: '1949-12-31', gender: '女' },
    });
    expect(checkIdNumber('居民身份证', '220102199001011238', TODAY)).toEqual({
      ok: false,
      message: '居民身份证号码校验位不正确，请核对后重新输入',
    });
    expect(checkIdNumber('居民身份证', residentId('20260302'), TODAY)).toEqual({
      ok: false,
      message: '居民身份证号码中的出生日期不能晚于今天',
    });
    expect(checkIdNumber('居民身份证', DEMO_ID)).toMatchObject({ ok: true, value: DEMO_ID });
  });

  it.each<[IdType, string, string]>([
    ['港澳居民来往内地通行证', 'H12345678', 'H12345678'],
    ['港澳居民来往内地通行证', 'M1234567890', 'M1234567890'],
    ['港澳居民来往内地通行证', ' h12345678 ', 'H12345678'],
    ['台湾居民来往大陆通行证', '12345678', '12345678'],
    ['外国人永久居留身份证', 'USA123456789012', 'USA123456789012'],
    ['外国人永久居留身份证', 'usa123456789012', 'USA123456789012'],
    ['外国人永久居留身份证', '912345678901234567', '912345678901234567'],
    ['护照', 'E12345678', 'E12345678'],
    ['护照', 'e1234', 'E1234'],
    ['护照', 'A1234567890123456', 'A1234567890123456'],
  ])('accepts the %s number %j as %j', (type, raw, value) => {
    expect(checkIdNumber(type, raw, TODAY)).toEqual({ ok: true, value });
  });

  it.each<[IdType, string, string]>([
    ['港澳居民来往内地通行证', 'H1234567', '港澳居民来往内地通行证号码应为H或M开头，后跟8位或10位数字'],
    ['港澳居民来往内地通行证', 'H123456789', '港澳居民来往内地通行证号码应为H或M开头，后跟8位或10位数字'],
    ['港澳居民来往内地通行证', 'H12345678901', '港澳居民来往内地通行证号码应为H或M开头，后跟8位或10位数字'],
    ['港澳居民来往内地通行证', 'A12345678', '港澳居民来往内地通行证号码应为H或M开头，后跟8位或10位数字'],
    ['台湾居民来往大陆通行证', '1234567', '台湾居民来往大陆通行证号码应为8位数字'],
    ['台湾居民来往大陆通行证', '123456789', '台湾居民来往大陆通行证号码应为8位数字'],
    ['台湾居民来往大陆通行证', 'T1234567', '台湾居民来往大陆通行证号码应为8位数字'],
    [
      '外国人永久居留身份证',
      'US1234567890123',
      '外国人永久居留身份证号码应为15位（3位字母加12位数字）或以9开头的18位数字',
    ],
    [
      '外国人永久居留身份证',
      'USA12345678901',
      '外国人永久居留身份证号码应为15位（3位字母加12位数字）或以9开头的18位数字',
    ],
    [
      '外国人永久居留身份证',
      '812345678901234567',
      '外国人永久居留身份证号码应为15位（3位字母加12位数字）或以9开头的18位数字',
    ],
    ['护照', 'E123', '护照号码应为5至17位字母或数字'],
    ['护照', 'A12345678901234567', '护照号码应为5至17位字母或数字'],
    ['护照', 'E1234-567', '护照号码应为5至17位字母或数字'],
    ['护照', 'E 12345678', '护照号码应为5至17位字母或数字'],
  ])('rejects the %s number %j with its own message', (type, raw, message) => {
    expect(checkIdNumber(type, raw, TODAY)).toEqual({ ok: false, message });
  });

  it.each<IdType>(['港澳居民来往内地通行证', '台湾居民来往大陆通行证', '外国人永久居留身份证', '护照'])(
    'asks for a %s number when nothing but spaces is typed',
    (type) => {
      expect(checkIdNumber(type, '  ')).toEqual({ ok: false, message: '请输入证件号码' });
    },
  );

  it('does not apply the 居民身份证 check digit to other types', () => {
    // 18 digits starting with 9 and a wrong GB 11643 check digit is still a valid 外国人永久居留身份证 pattern.
    expect(checkIdNumber('外国人永久居留身份证', '912345678901234560', TODAY)).toMatchObject({ ok: true });
  });
});
