import { z } from 'zod';
import { isHigherCategory, type TalentCategory } from '../api/catalogue.js';
import type { ServiceType } from '../api/notices.js';
import { chinaDate } from '../identity/id-number.js';
import type { TalentType } from './modules.js';

/** A past result of this system (or recorded by the department) that the 3-year and 1-year rules look at. */
export interface PastResult {
  outcome: '认定通过' | '不予认定';
  category: TalentCategory;
  /** YYYY-MM-DD */
  decidedOn: string;
}

export interface EligibilityInput {
  today: Date;
  /** from the 居民身份证; null when the ID carries no birth date and 基本信息 has none yet */
  birthDate: string | null;
  /** what is known so far; the self-check runs before 基本信息 is filled */
  category?: TalentCategory;
  talentType?: TalentType;
  serviceType?: ServiceType;
  /** 已在吉认定人才类别 as declared in 基本信息 (a certification before this system) */
  declaredCategory?: TalentCategory;
  history: readonly PastResult[];
  /** the department recorded an exception for this person (the employer asked in writing) */
  exception: boolean;
}

export const ELIGIBILITY_KEYS = ['age', 'recentCertified', 'recentRefused', 'promotion'] as const;
export type EligibilityKey = (typeof ELIGIBILITY_KEYS)[number];

/** One rule of 条件自检 and how the applicant stands with it. */
export const eligibilityCheckSchema = z.object({
  key: z.enum(ELIGIBILITY_KEYS),
  label: z.string(),
  /** null: cannot be decided until 基本信息 names the category (the check runs again at 提交) */
  passed: z.boolean().nullable().describe('null：待基本信息填写人才类别后（提交时）再核验'),
  reason: z.string(),
});
export type EligibilityCheck = z.infer<typeof eligibilityCheckSchema>;

/** The confirmations of SPEC §5 that the applicant ticks in 条件自检. */
export const SELF_CHECK_CONFIRMATIONS = [
  '本人与吉林省内用人单位签订3年以上全职劳动（聘用）合同，或以柔性方式在吉林省工作每年不少于4个月',
  '本人不是公务员（含参照公务员法管理人员），也不是事业单位专职从事管理工作的人员',
  '本人未受到党纪政务处分、行政处分或处分期已满',
  '本人未被列入失信联合惩戒对象名单',
] as const;

/** Full years of age on `today` (Beijing date) for someone born on `birthDate`. */
export function ageOn(birthDate: string, today: Date): number {
  const day = chinaDate(today);
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** The most years of age a category accepts on the day of submission (SPEC §5); null = no limit. */
export function ageLimit(category: TalentCategory, talentType?: TalentType): number | null {
  if (category === 'A') return null;
  if (category === 'E') return talentType === '技能人才' ? 50 : 45;
  return 60;
}

function yearsBefore(today: Date, years: number): string {
  const day = chinaDate(today);
  return `${Number(day.slice(0, 4)) - years}${day.slice(4)}`;
}

/** The most recent result with this outcome decided after `after` (the reason names it: the wait runs from it). */
function latest(history: readonly PastResult[], outcome: PastResult['outcome'], after: string) {
  return history
    .filter((r) => r.outcome === outcome && r.decidedOn > after)
    .reduce<PastResult | undefined>((a, r) => (a && a.decidedOn >= r.decidedOn ? a : r), undefined);
}

/**
 * The automatic checks of 条件自检 (SPEC §5), each passed, failed or not yet decidable, with the reason in
 * Chinese. The same function decides at 提交, when 基本信息 names the category.
 */
export function eligibilityChecks(input: EligibilityInput): EligibilityCheck[] {
  const checks: EligibilityCheck[] = [];
  const { today, birthDate, category, talentType } = input;

  if (!birthDate) {
    checks.push({ key: 'age', label: '年龄条件', passed: null, reason: '请在基本信息中填写出生日期' });
  } else {
    const age = ageOn(birthDate, today);
    if (!category) {
      checks.push({
        key: 'age',
        label: '年龄条件',
        passed: null,
        reason: `您现年${age}岁。B、C、D类不超过60岁，E类专业技术人才不超过45岁、技能人才不超过50岁，A类不限；提交时按所申报类别核验`,
      });
    } else {
      const limit = ageLimit(category, talentType);
      checks.push(
        limit === null || age <= limit
          ? {
              key: 'age',
              label: '年龄条件',
              passed: true,
              reason: limit === null ? `A类不限年龄` : `您现年${age}岁，${category}类不超过${limit}岁`,
            }
          : {
              key: 'age',
              label: '年龄条件',
              passed: false,
              reason: `您现年${age}岁，超过${category}类申报年龄上限${limit}岁`,
            },
      );
    }
  }

  const threeYearsAgo = yearsBefore(today, 3);
  const oneYearAgo = yearsBefore(today, 1);
  const certified = latest(input.history, '认定通过', threeYearsAgo);
  const refused = latest(input.history, '不予认定', oneYearAgo);
  const excused = input.exception ? '（已登记例外情形）' : '';
  checks.push(
    certified
      ? {
          key: 'recentCertified',
          label: '近三年未获认定',
          passed: input.exception,
          reason: `您于${certified.decidedOn}获认定为${certified.category}类人才，三年内不能再次申报${excused}`,
        }
      : { key: 'recentCertified', label: '近三年未获认定', passed: true, reason: '近三年无认定记录' },
  );
  checks.push(
    refused
      ? {
          key: 'recentRefused',
          label: '近一年未被不予认定',
          passed: input.exception,
          reason: `您于${refused.decidedOn}被不予认定，一年内不能再次申报${excused}`,
        }
      : { key: 'recentRefused', label: '近一年未被不予认定', passed: true, reason: '近一年无不予认定记录' },
  );

  if (input.serviceType === '晋升认定') {
    const held =
      input.history
        .filter((r) => r.outcome === '认定通过')
        .map((r) => r.category)
        .sort()[0] ?? input.declaredCategory;
    if (!held) {
      checks.push({
        key: 'promotion',
        label: '晋升认定条件',
        passed: false,
        reason: '晋升认定仅限已在吉认定的人才，请填写已在吉认定人才类别和认定日期',
      });
    } else if (category && !isHigherCategory(category, held)) {
      checks.push({
        key: 'promotion',
        label: '晋升认定条件',
        passed: false,
        reason: `已认定为${held}类，晋升认定须申报更高类别`,
      });
    } else {
      checks.push({
        key: 'promotion',
        label: '晋升认定条件',
        passed: category ? true : null,
        reason: category ? `已认定为${held}类，申报${category}类` : `已认定为${held}类，须申报更高类别`,
      });
    }
  }
  return checks;
}
