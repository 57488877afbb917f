import { z } from 'zod';
import { DAY_MIN, isCalendarDay } from '../identity/id-number.js';
import { isoDate, isoDateTime, keysetAnswer, personSearchPageFields } from './answers.js';
import { TALENT_CATEGORIES } from './catalogue.js';
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
    .refine(isCalendarDay, '认定日期不是有效的日期')
    .refine((d) => d >= DAY_MIN, '认定日期不能早于1900年')
    .refine(
      (d) => d <= new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10),
      '认定日期不能晚于今天',
    ),
});
export type TalentResultBody = z.infer<typeof talentResultSchema>;

export const eligibilityExceptionItemSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    maskedIdNumber: z.string().describe('证件号码（脱敏）'),
    reason: z.string().describe('例外情形说明'),
    createdAt: isoDateTime,
    createdBy: z.string().nullable().describe('登记人姓名'),
    revokedAt: isoDateTime.nullable().describe('撤销时间；null 为仍有效'),
  })
  .describe('申报例外情形');
export type EligibilityExceptionItem = z.infer<typeof eligibilityExceptionItemSchema>;

export const talentResultItemSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    maskedIdNumber: z.string().describe('证件号码（脱敏）'),
    outcome: z.enum(TALENT_RESULT_OUTCOMES),
    category: z.enum(TALENT_CATEGORIES),
    decidedOn: isoDate.describe('认定日期 YYYY-MM-DD'),
    createdAt: isoDateTime,
  })
  .describe('历史认定记录');
export type TalentResultItem = z.infer<typeof talentResultItemSchema>;

/**
 * `GET /api/department/eligibility/exceptions` and `…/results?q=…&after=…`: newest first, searched by 姓名 (its
 * start) or a full 证件号码. A change answers with the row it made or changed.
 */
export const eligibilityQuerySchema = z.object(personSearchPageFields);
export type EligibilityQuery = z.infer<typeof eligibilityQuerySchema>;
export const eligibilityExceptionPageSchema = keysetAnswer(eligibilityExceptionItemSchema).describe(
  '申报例外情形（分页）',
);
export type EligibilityExceptionPage = z.infer<typeof eligibilityExceptionPageSchema>;
export const talentResultPageSchema = keysetAnswer(talentResultItemSchema).describe('历史认定记录（分页）');
export type TalentResultPage = z.infer<typeof talentResultPageSchema>;
