import { z } from 'zod';
import { text } from './fields.js';

/** Jilin's 人才分类目录 (policy 3.0), categories A–E, highest first (SPEC §5). */
export const TALENT_CATEGORIES = ['A', 'B', 'C', 'D', 'E'] as const;
export type TalentCategory = (typeof TALENT_CATEGORIES)[number];

export const DEFAULT_CATEGORY_NAMES: Record<TalentCategory, string> = {
  A: '国内外顶尖人才',
  B: '国家级领军人才',
  C: '省部级领军人才',
  D: '省域拔尖人才',
  E: '青年后备人才',
};

/** Is `a` a higher category than `b`? A is the highest. */
export function isHigherCategory(a: TalentCategory, b: TalentCategory): boolean {
  return TALENT_CATEGORIES.indexOf(a) < TALENT_CATEGORIES.indexOf(b);
}

/** A 条款 of the catalogue, cited by an applicant as 申报依据. */
export const catalogueItemAnswerSchema = z
  .object({
    id: z.string(),
    category: z.enum(TALENT_CATEGORIES),
    /** 条款编号, e.g. C-3 */
    code: z.string().describe('条款编号，如 C-3'),
    text: z.string(),
    sort: z.number(),
    enabled: z.boolean(),
  })
  .describe('人才分类目录条款');
export type CatalogueItem = z.infer<typeof catalogueItemAnswerSchema>;

export const catalogueCategoryAnswerSchema = z
  .object({
    code: z.enum(TALENT_CATEGORIES),
    name: z.string(),
    items: z.array(catalogueItemAnswerSchema),
  })
  .describe('人才类别及其条款');
export type CatalogueCategory = z.infer<typeof catalogueCategoryAnswerSchema>;

/** `GET /api/catalogue`: applicants and employers see the enabled 条款 only, the department all of them. */
export const catalogueAnswerSchema = z
  .object({ categories: z.array(catalogueCategoryAnswerSchema) })
  .describe('人才分类目录');
export type CatalogueAnswer = z.infer<typeof catalogueAnswerSchema>;

export const catalogueCategorySchema = z.object({ name: text('类别名称', { max: 50 }) });

export const catalogueItemSchema = z.object({
  category: z.enum(TALENT_CATEGORIES, { error: '请选择人才类别' }),
  code: z
    .string({ error: '请填写条款编号' })
    .trim()
    .min(1, '请填写条款编号')
    .max(20, '条款编号不能超过20个字'),
  text: text('条款内容', { max: 2000 }),
  sort: z.number({ error: '排序应为数字' }).int('排序应为整数').min(0).max(9999).default(0),
});
export type CatalogueItemBody = z.infer<typeof catalogueItemSchema>;

export const catalogueItemStatusSchema = z.object({ enabled: z.boolean({ error: '请选择启用或停用' }) });
