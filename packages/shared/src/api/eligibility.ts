import { z } from 'zod';
import { isRealDate } from '../identity/id-number.js';
import { TALENT_CATEGORIES, type TalentCategory } from './catalogue.js';
import { text } from './fields.js';

/**
 * What the department records for the 3-year and 1-year rules of 条件自检 (SPEC §5): exceptions the employer
 * asked for in writing, and results from before this system.
 */

const idNumber = z
  .string({ error: '请填写证件号码' })
  .trim()
  .min(1, '请填写证件号码')
  .max(30, '证件号码不能超过30位')
  .transform((v) => v.toUpperCase());

/** `POST /api/department/eligibility/exceptions` */
export const eligibilityExceptionSchema = z.object({
  idNumber,
  reason: text('例外情形说明', { max: 500 }),
});
export type EligibilityExceptionBody = z.infer<typeof eligibilityExceptionSchema>;

export const TALENT_RESULT_OUTCOMES = ['认定通过', '不予认定'] as const;

/** `POST /api/department/eligibility/results` */
export const talentResultSchema = z.object({
  idNumber,
  outcome: z.enum(TALENT_RESULT_OUTCOMES, { error: '请选择认定结果' }),
  category: z.enum(TALENT_CATEGORIES, { error: '请选择人才类别' }),
  decidedOn: z
    .string({ error: '请填写认定日期' })
    .refine(isRealDate, '认定日期不是有效的日期')
    .refine(
      (d) => d <= new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10),
      '认定日期不能晚于今天',
    ),
});
export type TalentResultBody = z.infer<typeof talentResultSchema>;

export interface EligibilityExceptionItem {
  id: string;
  name: string;
  maskedIdNumber: string;
  reason: string;
  createdAt: string;
  createdBy: string | null;
  revokedAt: string | null;
}

export interface TalentResultItem {
  id: string;
  name: string;
  maskedIdNumber: string;
  outcome: (typeof TALENT_RESULT_OUTCOMES)[number];
  category: TalentCategory;
  decidedOn: string;
  createdAt: string;
}

/** `GET /api/department/eligibility` */
export interface EligibilityRecords {
  exceptions: EligibilityExceptionItem[];
  results: TalentResultItem[];
}
