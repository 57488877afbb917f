import { z } from 'zod';
import { TALENT_CATEGORIES } from './catalogue.js';

/** 申报编号 as the server gives them at the first 提交: RC, the year, 7 digits. */
export const APPLICATION_NUMBER = /^RC\d{11}$/;

/** At most this many applications in one 评审材料包 (a notice's category rarely has more). */
export const REVIEW_PACKAGE_MAX = 5000;

/**
 * The 申报编号 a person typed or pasted: one a line, or separated by commas, 顿号 or spaces; upper-cased,
 * each once, in the order given.
 */
export function parseApplicationNumbers(text: string): string[] {
  const numbers = text
    .split(/[\s,，、;；]+/)
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);
  return [...new Set(numbers)];
}

/**
 * `POST /api/review/package` (and its preview): the 评审材料包 of the 材料审核通过 applications of a notice and
 * a category, or of the listed 申报编号 among them.
 */
export const reviewPackageRequestSchema = z.object({
  noticeId: z.uuid({ error: '请选择申报通知' }),
  category: z.enum(TALENT_CATEGORIES, { error: '请选择申报人才类别' }),
  applicationNumbers: z
    .array(z.string({ error: '申报编号应为文字' }).max(40, '申报编号格式不正确'), {
      error: '申报编号应为列表',
    })
    .max(REVIEW_PACKAGE_MAX, `一次最多选择${REVIEW_PACKAGE_MAX}个申报编号`)
    .optional()
    .transform((list) => (list ? parseApplicationNumbers(list.join('\n')) : undefined))
    .superRefine((list, ctx) => {
      const bad = (list ?? []).filter((n) => !APPLICATION_NUMBER.test(n));
      if (bad.length > 0)
        ctx.addIssue({
          code: 'custom',
          message: `申报编号格式不正确：${bad.slice(0, 10).join('、')}${bad.length > 10 ? ` 等${bad.length}个` : ''}`,
        });
    }),
});
export type ReviewPackageRequest = z.input<typeof reviewPackageRequestSchema>;
export type ReviewPackageQuery = z.output<typeof reviewPackageRequestSchema>;

/** `POST /api/review/package/preview`: how many applications the package would hold. */
export const reviewPackagePreviewSchema = z
  .object({ count: z.number().int().describe('材料包包含的申报数') })
  .describe('评审材料包预览');
export type ReviewPackagePreview = z.infer<typeof reviewPackagePreviewSchema>;
