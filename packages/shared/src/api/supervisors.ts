import { z } from 'zod';
import { importErrorsSchema, isoDateTime, itemsAnswer, pagedAnswer } from './answers.js';
import { text } from './fields.js';

/**
 * 主管部门 (SPEC §1, §7): the 系统管理员 keeps the list and which employers each one supervises. A department
 * account reviewing the 主管部门审核 stage acts for one of them and sees only its employers' applications.
 */

/** `POST /api/department/supervisors`, `PUT /api/department/supervisors/:id` */
export const supervisorBodySchema = z.object({ name: text('主管部门名称', { max: 100 }) });
export type SupervisorBody = z.infer<typeof supervisorBodySchema>;

/** A row of the 主管部门 list. */
export const supervisorItemSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** employers it supervises */
  employerCount: z.number().describe('所辖单位数'),
  /** department accounts that review for it */
  accountCount: z.number().describe('为其审核的部门账号数'),
  createdAt: isoDateTime,
});
export type SupervisorItem = z.infer<typeof supervisorItemSchema>;

/** `GET /api/department/supervisors` */
export const supervisorListSchema = itemsAnswer(supervisorItemSchema).describe('主管部门列表');
export type SupervisorList = z.infer<typeof supervisorListSchema>;

/** What adding or renaming a 主管部门 answers. */
export const supervisorRefSchema = z.object({ id: z.string(), name: z.string() }).describe('主管部门');
export type SupervisorRef = z.infer<typeof supervisorRefSchema>;

/** The filter value of the employers that have no 主管部门 yet. */
export const UNASSIGNED = 'none';
export const UNASSIGNED_LABEL = '未分配主管部门';

/** `GET /api/department/supervisors/employers`: employers by name or 统一社会信用代码, paged. */
export const supervisedEmployersQuerySchema = z.object({
  q: z
    .string({ error: '查询内容应为文字' })
    .trim()
    .max(100, '查询内容不能超过100个字')
    .optional()
    .transform((v) => v || undefined),
  /** a 主管部门's id, or `none`: the employers without one */
  supervisorId: z.union([z.uuid(), z.literal(UNASSIGNED)], { error: '主管部门不正确' }).optional(),
  page: z.coerce
    .number({ error: '页码不正确' })
    .int('页码不正确')
    .min(1, '页码不正确')
    .max(100_000)
    .default(1),
  pageSize: z.coerce
    .number({ error: '每页条数不正确' })
    .int('每页条数不正确')
    .min(1, '每页条数不正确')
    .max(100, '每页最多100条')
    .default(20),
});
export type SupervisedEmployersQuery = z.infer<typeof supervisedEmployersQuerySchema>;

export const supervisedEmployerItemSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    uscc: z.string(),
    supervisorId: z.string().nullable(),
    /** null: 未分配主管部门 */
    supervisorName: z.string().nullable().describe('主管部门名称；null 为未分配主管部门'),
  })
  .describe('单位及其主管部门');
export type SupervisedEmployerItem = z.infer<typeof supervisedEmployerItemSchema>;

export const supervisedEmployerPageSchema = pagedAnswer(supervisedEmployerItemSchema).describe(
  '单位及其主管部门（分页）',
);
export type SupervisedEmployerPage = z.infer<typeof supervisedEmployerPageSchema>;

/** `PUT /api/department/supervisors/employers/:id`: assign an employer to a 主管部门 (null: none). */
export const employerSupervisorSchema = z.object({
  supervisorId: z.uuid({ error: '请选择主管部门' }).nullable(),
});
export type EmployerSupervisorBody = z.infer<typeof employerSupervisorSchema>;

/** The columns of the import sheet (`POST /api/department/supervisors/import`). */
export const SUPERVISOR_IMPORT_COLUMNS = {
  uscc: '统一社会信用代码',
  supervisor: '主管部门名称',
  /** in the template for the person's eyes; not read */
  name: '单位名称',
} as const;

/** The most rows one import may have. */
export const SUPERVISOR_IMPORT_MAX_ROWS = 5000;

/** The answer of an import: every row applied, or (400) nothing and the reasons row by row in `errors`. */
export const supervisorImportReportSchema = z
  .object({
    /** employers whose 主管部门 changed */
    updated: z.number().describe('主管部门有变化的单位数'),
    /** rows that named the 主管部门 the employer already had */
    unchanged: z.number().describe('主管部门未变的行数'),
    errors: importErrorsSchema,
  })
  .describe('导入结果');
export type SupervisorImportReport = z.infer<typeof supervisorImportReportSchema>;

/** `GET /api/employer/unit`: the employer's own information in the 单位网厅. */
export const employerUnitSchema = z
  .object({
    name: z.string(),
    uscc: z.string(),
    /** null: 未分配主管部门 */
    supervisorName: z.string().nullable().describe('主管部门名称；null 为未分配主管部门'),
  })
  .describe('本单位信息');
export type EmployerUnit = z.infer<typeof employerUnitSchema>;
