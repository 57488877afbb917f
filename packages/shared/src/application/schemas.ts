import { z } from 'zod';
import { isHigherCategory, TALENT_CATEGORIES, type TalentCategory } from '../api/catalogue.js';
import type { ServiceType } from '../api/notices.js';
import type { ResidentIdInfo } from '../identity/id-number.js';
import { chinaDate, DAY_MIN, isCalendarDay, isRealDate } from '../identity/id-number.js';
import { MOBILE_PATTERN } from '../identity/phone.js';
import { type FieldDef, fieldVisible, type ModuleKey, moduleDef } from './modules.js';

/** What a module's rules need beyond the values themselves. */
export interface ModuleContext {
  /** the day of the check; dates after it are refused */
  today: Date;
  /** birth date and gender of the applicant's 居民身份证, which 基本信息 must agree with; null for other IDs */
  identity?: ResidentIdInfo | null;
  /** the 认定服务类型 the notice accepts */
  serviceTypes?: readonly ServiceType[];
  /** the enabled 条款 an applicant may cite as 申报依据 */
  catalogue?: readonly { id: string; category: TalentCategory }[];
}

/** The saved values of a module or entry: field key → text or number. */
export const savedValuesSchema = z.record(z.string(), z.union([z.string(), z.number()]));
export type ModuleValues = z.infer<typeof savedValuesSchema>;

export interface FieldIssue {
  field: string;
  message: string;
}

const EMAIL = /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

function missing(field: FieldDef): string {
  const choose = field.kind === 'select' || field.kind === 'radio' || field.kind === 'catalogue';
  return `${choose ? '请选择' : '请填写'}${field.label}`;
}

/**
 * The message of one field's own rule, or null; `values` are the entry's other values and `fields` its
 * definitions (for 结束时间 ≥ 开始时间, whose message names the start field: 毕业时间不能早于入学时间).
 */
function checkField(
  field: FieldDef,
  value: unknown,
  values: Record<string, unknown>,
  fields: readonly FieldDef[],
  ctx: ModuleContext,
) {
  switch (field.kind) {
    case 'text':
    case 'textarea': {
      if (typeof value !== 'string') return `${field.label}应为文字`;
      const length = [...value.trim()].length;
      if (field.max && length > field.max) return `${field.label}不能超过${field.max}个字（现${length}个字）`;
      return null;
    }
    case 'date': {
      if (typeof value !== 'string' || !isCalendarDay(value)) return `${field.label}不是有效的日期`;
      if (value < DAY_MIN) return `${field.label}不能早于1900年`;
      if (value > chinaDate(ctx.today)) return `${field.label}不能晚于今天`;
      const start = field.notBefore ? fields.find((f) => f.key === field.notBefore) : undefined;
      const startValue = start ? values[start.key] : undefined;
      if (start && typeof startValue === 'string' && isRealDate(startValue) && value < startValue) {
        return `${field.label}不能早于${start.label}`;
      }
      return null;
    }
    case 'select':
    case 'radio':
      return typeof value === 'string' && field.options?.includes(value)
        ? null
        : `请从列表中选择${field.label}`;
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return `${field.label}应为数字`;
      if (field.min !== undefined && value < field.min) return `${field.label}不能小于${field.min}`;
      if (field.maxValue !== undefined && value > field.maxValue)
        return `${field.label}不能大于${field.maxValue}`;
      return null;
    }
    case 'catalogue':
      return typeof value === 'string' && UUID.test(value) ? null : `请选择${field.label}`;
  }
}

function isCategory(value: unknown): value is TalentCategory {
  return typeof value === 'string' && (TALENT_CATEGORIES as readonly string[]).includes(value);
}

/** Rules that look at several fields of 基本信息 or at the context. */
function basicRules(
  values: Record<string, unknown>,
  ctx: ModuleContext,
  add: (f: string, m: string) => void,
) {
  const { phone, email, gender, birthDate, serviceType, category, heldCategory, basis } = values;
  if (typeof phone === 'string' && phone && !MOBILE_PATTERN.test(phone))
    add('phone', '请输入正确的11位手机号码');
  if (typeof email === 'string' && email && !EMAIL.test(email)) add('email', '电子邮箱格式不正确');
  if (ctx.identity) {
    if (typeof birthDate === 'string' && birthDate && birthDate !== ctx.identity.birthDate) {
      add('birthDate', `出生日期与居民身份证号码不一致（证件为${ctx.identity.birthDate}）`);
    }
    if (typeof gender === 'string' && gender && gender !== ctx.identity.gender) {
      add('gender', `性别与居民身份证号码不一致（证件为${ctx.identity.gender}）`);
    }
  }
  if (
    typeof serviceType === 'string' &&
    ctx.serviceTypes &&
    !ctx.serviceTypes.includes(serviceType as ServiceType)
  ) {
    add('serviceType', `本次申报通知不受理${serviceType}`);
  }
  if (
    serviceType === '晋升认定' &&
    isCategory(category) &&
    isCategory(heldCategory) &&
    !isHigherCategory(category, heldCategory)
  ) {
    add('category', `晋升认定须申报高于已认定类别（${heldCategory}类）的人才类别`);
  }
  if (ctx.catalogue && typeof basis === 'string' && basis) {
    const item = ctx.catalogue.find((c) => c.id === basis);
    if (!item) add('basis', '申报依据不存在或已停用，请重新选择');
    else if (isCategory(category) && item.category !== category) {
      add('basis', '申报依据须为所申报人才类别中的条款');
    }
  }
}

/**
 * The years 企业人才业绩 accepts on `today` (Beijing date): the last three complete years, oldest first, e.g.
 * 2023, 2024 and 2025 during 2026. 营业收入 and 纳税额 are figures of a finished year.
 */
export function performanceYears(today: Date): number[] {
  const thisYear = Number(chinaDate(today).slice(0, 4));
  return [thisYear - 3, thisYear - 2, thisYear - 1];
}

function performanceRules(
  values: Record<string, unknown>,
  ctx: ModuleContext,
  add: (f: string, m: string) => void,
) {
  const year = values.year;
  if (typeof year !== 'number') return;
  const years = performanceYears(ctx.today);
  if (!Number.isInteger(year)) add('year', '业绩年度应为整数年份');
  else if (!years.includes(year)) add('year', `业绩年度须为近三年（${years[0]}—${years[2]}年）`);
}

/**
 * Checks one entry (or 基本信息, or the 创新创业成果 text) of `module`. Hidden conditional fields are dropped,
 * empty optional ones are left out, text is trimmed. The server runs this on every save; the browser as the
 * applicant types.
 */
export function checkModuleValues(
  module: ModuleKey,
  raw: unknown,
  ctx: ModuleContext,
): { ok: true; values: ModuleValues } | { ok: false; issues: FieldIssue[] } {
  const def = moduleDef(module);
  const input: Record<string, unknown> =
    raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => {
    if (!issues.some((i) => i.field === field)) issues.push({ field, message });
  };
  const values: ModuleValues = {};
  const trimmed: Record<string, unknown> = {};
  for (const field of def.fields) {
    const v = input[field.key];
    trimmed[field.key] = typeof v === 'string' ? v.trim() : v;
  }
  for (const field of def.fields) {
    if (!fieldVisible(field, trimmed)) continue;
    const value = trimmed[field.key];
    if (isEmpty(value)) {
      if (field.required) add(field.key, missing(field));
      continue;
    }
    const problem = checkField(field, value, trimmed, def.fields, ctx);
    if (problem) add(field.key, problem);
    else values[field.key] = value as string | number;
  }
  if (module === 'basic') basicRules(trimmed, ctx, add);
  if (module === 'performance') performanceRules(trimmed, ctx, add);
  return issues.length ? { ok: false, issues } : { ok: true, values };
}

/** The zod schema of one module's values, for request bodies and forms; the rules are those of `checkModuleValues`. */
export function moduleValuesSchema(module: ModuleKey, ctx: ModuleContext) {
  return z.record(z.string(), z.unknown(), { error: '填写的内容格式不正确' }).transform((raw, zctx) => {
    const result = checkModuleValues(module, raw, ctx);
    if (result.ok) return result.values;
    for (const issue of result.issues) {
      zctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
    }
    return z.NEVER;
  });
}
