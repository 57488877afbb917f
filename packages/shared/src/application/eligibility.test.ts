import { describe, expect, it } from 'vitest';
import {
  ageLimit,
  ageOn,
  type EligibilityCheck,
  type EligibilityInput,
  type EligibilityKey,
  eligibilityChecks,
  type PastResult,
  SELF_CHECK_CONFIRMATIONS,
} from './eligibility.js';

/** 2026-11-27 at noon in Beijing. */
const TODAY = new Date('2026-11-27T04:00:00Z');

const base: EligibilityInput = { today: TODAY, birthDate: '1980-05-17', history: [], exception: false };

function check(key: EligibilityKey, input: Partial<EligibilityInput>): EligibilityCheck | undefined {
  return eligibilityChecks({ ...base, ...input }).find((c) => c.key === key);
}
/** [passed, reason] of one check */
function outcome(
  key: EligibilityKey,
  input: Partial<EligibilityInput>,
): [boolean | null, string] | undefined {
  const c = check(key, input);
  return c && [c.passed, c.reason];
}
const certified = (decidedOn: string, category: PastResult['category'] = 'D'): PastResult => ({
  outcome: '认定通过',
  category,
  decidedOn,
});
const refused = (decidedOn: string, category: PastResult['category'] = 'C'): PastResult => ({
  outcome: '不予认定',
  category,
  decidedOn,
});

describe('ageOn', () => {
  it('counts a year more on the birthday itself', () => {
    expect(ageOn('1966-11-27', TODAY)).toBe(60);
    expect(ageOn('1966-11-26', TODAY)).toBe(60);
    expect(ageOn('1966-11-28', TODAY)).toBe(59);
    expect(ageOn('1965-11-27', TODAY)).toBe(61);
    expect(ageOn('1966-12-01', TODAY)).toBe(59);
    expect(ageOn('1967-01-01', TODAY)).toBe(59);
  });

  it('counts on the Beijing date', () => {
    // 2026-11-27T16:30Z is already 2026-11-28 in Beijing
    expect(ageOn('1966-11-28', new Date('2026-11-27T16:30:00Z'))).toBe(60);
    expect(ageOn('1966-11-28', new Date('2026-11-27T15:59:59Z'))).toBe(59);
  });

  it('makes someone born on 29 February a year older on 1 March of a common year', () => {
    expect(ageOn('2000-02-29', new Date('2026-02-28T04:00:00Z'))).toBe(25);
    expect(ageOn('2000-02-29', new Date('2026-03-01T04:00:00Z'))).toBe(26);
    expect(ageOn('2000-02-29', new Date('2028-02-29T04:00:00Z'))).toBe(28);
  });
});

describe('ageLimit', () => {
  it('follows SPEC §5', () => {
    expect(ageLimit('A')).toBeNull();
    expect(ageLimit('A', '技能人才')).toBeNull();
    expect(ageLimit('B')).toBe(60);
    expect(ageLimit('C', '技能人才')).toBe(60);
    expect(ageLimit('D', '专业技术人才')).toBe(60);
    expect(ageLimit('E', '专业技术人才')).toBe(45);
    expect(ageLimit('E', '技能人才')).toBe(50);
    expect(ageLimit('E', '其他')).toBe(45);
    expect(ageLimit('E')).toBe(45);
  });
});

describe('eligibilityChecks', () => {
  it('runs the age, 3-year and 1-year checks, and the 晋升认定 check only for 晋升认定', () => {
    const keys = (input: Partial<EligibilityInput>) =>
      eligibilityChecks({ ...base, ...input }).map((c) => c.key);
    expect(keys({})).toEqual(['age', 'recentCertified', 'recentRefused']);
    expect(keys({ serviceType: '首次认定' })).toEqual(['age', 'recentCertified', 'recentRefused']);
    expect(keys({ serviceType: '晋升认定' })).toEqual([
      'age',
      'recentCertified',
      'recentRefused',
      'promotion',
    ]);
    expect(eligibilityChecks(base).map((c) => c.label)).toEqual([
      '年龄条件',
      '近三年未获认定',
      '近一年未被不予认定',
    ]);
  });

  it('passes a clean record', () => {
    expect(eligibilityChecks({ ...base, category: 'C' }).map((c) => [c.passed, c.reason])).toEqual([
      [true, '您现年46岁，C类不超过60岁'],
      [true, '近三年无认定记录'],
      [true, '近一年无不予认定记录'],
    ]);
  });

  describe('age', () => {
    it('passes B on the 60th birthday and the day after, fails it on the 61st', () => {
      expect(outcome('age', { birthDate: '1966-11-27', category: 'B' })).toEqual([
        true,
        '您现年60岁，B类不超过60岁',
      ]);
      expect(outcome('age', { birthDate: '1966-11-26', category: 'B' })).toEqual([
        true,
        '您现年60岁，B类不超过60岁',
      ]);
      expect(outcome('age', { birthDate: '1965-11-28', category: 'D' })).toEqual([
        true,
        '您现年60岁，D类不超过60岁',
      ]);
      expect(outcome('age', { birthDate: '1965-11-27', category: 'B' })).toEqual([
        false,
        '您现年61岁，超过B类申报年龄上限60岁',
      ]);
    });

    it('limits E to 45 for 专业技术人才 and to 50 for 技能人才', () => {
      // born 1981-11-27: 45 today; born 1980-11-27: 46 today
      expect(outcome('age', { birthDate: '1981-11-27', category: 'E', talentType: '专业技术人才' })).toEqual([
        true,
        '您现年45岁，E类不超过45岁',
      ]);
      expect(outcome('age', { birthDate: '1980-11-27', category: 'E', talentType: '专业技术人才' })).toEqual([
        false,
        '您现年46岁，超过E类申报年龄上限45岁',
      ]);
      expect(outcome('age', { birthDate: '1980-11-27', category: 'E', talentType: '技能人才' })).toEqual([
        true,
        '您现年46岁，E类不超过50岁',
      ]);
      expect(outcome('age', { birthDate: '1976-11-27', category: 'E', talentType: '技能人才' })).toEqual([
        true,
        '您现年50岁，E类不超过50岁',
      ]);
      expect(outcome('age', { birthDate: '1975-11-27', category: 'E', talentType: '技能人才' })).toEqual([
        false,
        '您现年51岁，超过E类申报年龄上限50岁',
      ]);
    });

    it('sets no limit for A', () => {
      expect(outcome('age', { birthDate: '1930-01-01', category: 'A' })).toEqual([true, 'A类不限年龄']);
    });

    it('cannot decide before a category is chosen, and says the limits', () => {
      expect(outcome('age', {})).toEqual([
        null,
        '您现年46岁。B、C、D类不超过60岁，E类专业技术人才不超过45岁、技能人才不超过50岁，A类不限；提交时按所申报类别核验',
      ]);
    });

    it('cannot decide without a birth date', () => {
      expect(outcome('age', { birthDate: null, category: 'B' })).toEqual([
        null,
        '请在基本信息中填写出生日期',
      ]);
    });
  });

  describe('certified in the last three years', () => {
    it('fails for a certification 2 years and 364 days ago', () => {
      expect(outcome('recentCertified', { history: [certified('2023-11-28')] })).toEqual([
        false,
        '您于2023-11-28获认定为D类人才，三年内不能再次申报',
      ]);
    });

    it('passes for a certification exactly three years ago (the three years are over)', () => {
      expect(outcome('recentCertified', { history: [certified('2023-11-27')] })).toEqual([
        true,
        '近三年无认定记录',
      ]);
      expect(outcome('recentCertified', { history: [certified('2020-01-01')] })).toEqual([
        true,
        '近三年无认定记录',
      ]);
    });

    it('counts three years to the Beijing date', () => {
      // 2026-11-27T16:30Z is 2026-11-28 in Beijing: 2023-11-28 is exactly three years ago
      expect(
        outcome('recentCertified', {
          today: new Date('2026-11-27T16:30:00Z'),
          history: [certified('2023-11-28')],
        }),
      ).toEqual([true, '近三年无认定记录']);
    });

    it('names the most recent certification', () => {
      const history = [
        certified('2024-05-01', 'D'),
        certified('2025-09-01', 'C'),
        certified('2024-12-01', 'D'),
      ];
      expect(outcome('recentCertified', { history })?.[1]).toBe(
        '您于2025-09-01获认定为C类人才，三年内不能再次申报',
      );
    });

    it('does not count a refusal', () => {
      expect(outcome('recentCertified', { history: [refused('2026-01-01')] })).toEqual([
        true,
        '近三年无认定记录',
      ]);
    });

    it('passes with a recorded exception, and says so', () => {
      expect(outcome('recentCertified', { history: [certified('2025-01-01')], exception: true })).toEqual([
        true,
        '您于2025-01-01获认定为D类人才，三年内不能再次申报（已登记例外情形）',
      ]);
    });
  });

  describe('refused in the last year', () => {
    it('fails for a refusal 364 days ago', () => {
      expect(outcome('recentRefused', { history: [refused('2025-11-28')] })).toEqual([
        false,
        '您于2025-11-28被不予认定，一年内不能再次申报',
      ]);
    });

    it('passes for a refusal exactly a year ago', () => {
      expect(outcome('recentRefused', { history: [refused('2025-11-27')] })).toEqual([
        true,
        '近一年无不予认定记录',
      ]);
    });

    it('names the most recent refusal and does not count a certification', () => {
      const history = [refused('2026-01-10'), refused('2026-06-30'), certified('2026-10-01')];
      expect(outcome('recentRefused', { history })).toEqual([
        false,
        '您于2026-06-30被不予认定，一年内不能再次申报',
      ]);
      expect(outcome('recentRefused', { history: [certified('2026-10-01')] })).toEqual([
        true,
        '近一年无不予认定记录',
      ]);
    });

    it('passes with a recorded exception, as does the 3-year check', () => {
      const checks = eligibilityChecks({
        ...base,
        category: 'C',
        history: [certified('2024-06-01'), refused('2026-06-01')],
        exception: true,
      });
      expect(checks.map((c) => [c.key, c.passed, c.reason])).toEqual([
        ['age', true, '您现年46岁，C类不超过60岁'],
        ['recentCertified', true, '您于2024-06-01获认定为D类人才，三年内不能再次申报（已登记例外情形）'],
        ['recentRefused', true, '您于2026-06-01被不予认定，一年内不能再次申报（已登记例外情形）'],
      ]);
    });
  });

  describe('晋升认定', () => {
    const promotion: Partial<EligibilityInput> = { serviceType: '晋升认定' };

    it('fails without any category held', () => {
      const reason = '晋升认定仅限已在吉认定的人才，请填写已在吉认定人才类别和认定日期';
      expect(outcome('promotion', { ...promotion, category: 'C' })).toEqual([false, reason]);
      // a refusal is not a category held
      expect(
        outcome('promotion', { ...promotion, category: 'C', history: [refused('2020-01-01', 'D')] }),
      ).toEqual([false, reason]);
    });

    it('fails for the same or a lower category than the one held', () => {
      expect(outcome('promotion', { ...promotion, declaredCategory: 'D', category: 'D' })).toEqual([
        false,
        '已认定为D类，晋升认定须申报更高类别',
      ]);
      expect(outcome('promotion', { ...promotion, declaredCategory: 'D', category: 'E' })).toEqual([
        false,
        '已认定为D类，晋升认定须申报更高类别',
      ]);
    });

    it('passes for a higher category', () => {
      expect(outcome('promotion', { ...promotion, declaredCategory: 'D', category: 'C' })).toEqual([
        true,
        '已认定为D类，申报C类',
      ]);
    });

    it('cannot decide before a category is chosen', () => {
      expect(outcome('promotion', { ...promotion, declaredCategory: 'D' })).toEqual([
        null,
        '已认定为D类，须申报更高类别',
      ]);
    });

    it('prefers the highest category certified by this system over the one declared', () => {
      const history = [
        certified('2019-01-01', 'D'),
        certified('2022-06-01', 'C'),
        refused('2023-01-01', 'B'),
      ];
      expect(outcome('promotion', { ...promotion, declaredCategory: 'E', category: 'C', history })).toEqual([
        false,
        '已认定为C类，晋升认定须申报更高类别',
      ]);
      expect(outcome('promotion', { ...promotion, declaredCategory: 'B', category: 'B', history })).toEqual([
        true,
        '已认定为C类，申报B类',
      ]);
    });
  });
});

describe('SELF_CHECK_CONFIRMATIONS', () => {
  it('lists the four conditions of SPEC §5 the applicant confirms', () => {
    expect(SELF_CHECK_CONFIRMATIONS).toHaveLength(4);
    expect(SELF_CHECK_CONFIRMATIONS[0]).toContain('3年以上全职劳动（聘用）合同');
    expect(SELF_CHECK_CONFIRMATIONS[0]).toContain('每年不少于4个月');
    expect(SELF_CHECK_CONFIRMATIONS[1]).toContain('公务员');
    expect(SELF_CHECK_CONFIRMATIONS[2]).toContain('处分');
    expect(SELF_CHECK_CONFIRMATIONS[3]).toContain('失信联合惩戒对象名单');
  });
});
