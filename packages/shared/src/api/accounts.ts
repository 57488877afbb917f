import { z } from 'zod';
import { ACCOUNT_BUTTONS } from '../policy/resources.js';
import { DEPARTMENT_ROLES } from '../roles.js';
import { isoDateTime, itemsAnswer } from './answers.js';
import { mobile, passwordField, personName, text } from './fields.js';
import { refinePasswordPolicy } from './refine.js';

/** An employer administrator adds a 单位审核人, who signs in with the 手机号码. */
export const reviewerCreateSchema = z
  .object({ name: personName, phone: mobile, password: passwordField })
  .superRefine((data, ctx) => refinePasswordPolicy(ctx, data.password, [data.phone]));
export type ReviewerCreate = z.infer<typeof reviewerCreateSchema>;

/** The stages a department account can hold. */
export const DEPARTMENT_REVIEW_STAGES = ['province', 'supervisor'] as const;

const reviewStageField = z
  .enum(DEPARTMENT_REVIEW_STAGES, { error: '请选择审核环节' })
  .optional()
  .default('province');
const supervisorIdField = z.uuid({ error: '请选择主管部门' }).nullish();

function refineSupervisor(
  data: { reviewStage: string; supervisorId?: string | null },
  ctx: z.RefinementCtx,
): void {
  if (data.reviewStage === 'supervisor' && !data.supervisorId) {
    ctx.addIssue({
      code: 'custom',
      path: ['supervisorId'],
      message: '审核环节为主管部门审核时，请选择主管部门',
    });
  }
}
/** The 主管部门 an account with this stage acts for: none unless it reviews 主管部门审核. */
export function supervisorOfStage(body: {
  reviewStage: string;
  supervisorId?: string | null;
}): string | null {
  return body.reviewStage === 'supervisor' ? (body.supervisorId ?? null) : null;
}

/** The department administrator creates department accounts, which sign in with a 用户名. */
export const departmentAccountCreateSchema = z
  .object({
    username: z
      .string({ error: '请填写用户名' })
      .trim()
      .toLowerCase()
      .regex(/^[a-z][a-z0-9_]{2,31}$/, '用户名为3至32位，以字母开头，只含字母、数字和下划线'),
    name: personName,
    departmentName: text('所属部门', { max: 100 }),
    role: z.enum(DEPARTMENT_ROLES, { error: '请选择角色' }),
    /** the review stage the account holds: 省人社厅审核 unless it is a 主管部门 (SPEC §7) */
    reviewStage: reviewStageField,
    /** the 主管部门 it acts for: required with 主管部门审核, ignored with any other stage */
    supervisorId: supervisorIdField,
    password: passwordField,
  })
  .superRefine((data, ctx) => {
    refineSupervisor(data, ctx);
    refinePasswordPolicy(ctx, data.password, [data.username]);
  });
export type DepartmentAccountCreate = z.infer<typeof departmentAccountCreateSchema>;

/** `PUT /api/department/accounts/:id/review-stage`: change a department account's 审核环节 and 主管部门. */
export const departmentAccountStageSchema = z
  .object({ reviewStage: reviewStageField, supervisorId: supervisorIdField })
  .superRefine(refineSupervisor);
export type DepartmentAccountStage = z.infer<typeof departmentAccountStageSchema>;

export const accountStatusSchema = z.object({ enabled: z.boolean({ error: '请选择启用或停用' }) });

/** A row of an account list; identity numbers and phones are masked. */
export const accountListItemSchema = z
  .object({
    id: z.string(),
    role: z.string(),
    roleLabel: z.string(),
    name: z.string(),
    login: z.string().describe('登录账号：用户名或（脱敏的）手机号码'),
    maskedPhone: z.string().nullable(),
    departmentName: z.string().nullable(),
    /** 审核环节 of a department account */
    reviewStage: z.enum(DEPARTMENT_REVIEW_STAGES).nullable().describe('部门账号的审核环节'),
    reviewStageName: z.string().nullable(),
    /** the 主管部门 a 主管部门审核 account acts for */
    supervisorId: z.string().nullable(),
    supervisorName: z.string().nullable(),
    enabled: z.boolean(),
    createdAt: isoDateTime,
    lastLoginAt: isoDateTime.nullable(),
    /** 停用 or 启用, as the account policy allows the asking administrator (never on its own account) */
    allowedActions: z.array(z.enum(ACCOUNT_BUTTONS)).describe('当前管理员可对该账号执行的操作'),
  })
  .describe('账号（身份证件号码、手机号码已脱敏）');
export type AccountListItem = z.infer<typeof accountListItemSchema>;

/** `GET /api/employer/reviewers`, `GET /api/department/accounts` */
export const accountListSchema = itemsAnswer(accountListItemSchema).describe('账号列表');
export type AccountList = z.infer<typeof accountListSchema>;
