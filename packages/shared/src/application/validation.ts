import { z } from 'zod';
import type { TalentCategory } from '../api/catalogue.js';
import type { ServiceType } from '../api/notices.js';
import { carriedIssueMessage } from './carry-over.js';
import { type EligibilityInput, eligibilityChecks, type PastResult } from './eligibility.js';
import {
  APPLICATION_SLOTS,
  type ApplicationSlot,
  MODULE_KEYS,
  MODULES,
  type ModuleKey,
  SLOT_RULES,
  type TalentType,
} from './modules.js';
import { checkModuleValues, type ModuleContext, type ModuleValues } from './schemas.js';

/** Where a 数据验证信息 item belongs: a module, the 材料附件信息, or the 申报条件 of 条件自检. */
export const VALIDATION_SECTIONS = [...MODULE_KEYS, 'attachments', 'eligibility'] as const;
export type ValidationSection = (typeof VALIDATION_SECTIONS)[number];

export const SECTION_LABELS: Record<ValidationSection, string> = {
  ...(Object.fromEntries(MODULES.map((m) => [m.key, m.label])) as Record<ModuleKey, string>),
  attachments: '材料附件信息',
  eligibility: '申报条件',
};

/** One failing rule, pointing at the field (or entry, or slot) to fix. */
export const validationIssueSchema = z.object({
  section: z.enum(VALIDATION_SECTIONS),
  /** the entry of a list module */
  entryId: z.string().optional().describe('列表模块中的那一条记录'),
  /** the field of the module, or the attachment slot */
  field: z.string().optional().describe('模块的字段，或附件类别'),
  message: z.string(),
});
export type ValidationIssue = z.infer<typeof validationIssueSchema>;

/** What the rules look at: the saved modules, entries and attachment counts. */
export interface ApplicationSnapshot {
  /** 基本信息 and 创新创业成果 as saved; absent = never saved */
  modules: Partial<Record<'basic' | 'achievement', ModuleValues>>;
  entries: readonly { id: string; module: ModuleKey; values: ModuleValues; attachmentCount: number }[];
  slots: Record<ApplicationSlot, number>;
  /** modules still marked 已带入（请核对）: carried from the last application and not yet saved or confirmed */
  carried?: readonly ModuleKey[];
}

/** The age rule uses the birth date of the 居民身份证 (`identity`), else the one of 基本信息. */
export interface ApplicationContext extends ModuleContext {
  /** the applicant's past results, for the 3-year and 1-year rules and 晋升认定 */
  history: readonly PastResult[];
  exception: boolean;
}

/**
 * Every rule of SPEC §5 and §6 that the application breaks, in the order of the page: 数据验证信息. 提交 is refused
 * while the list is not empty, and the server answers a failed 提交 with the same list.
 */
export function validateApplication(app: ApplicationSnapshot, ctx: ApplicationContext): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const def of MODULES) {
    if (app.carried?.includes(def.key))
      issues.push({ section: def.key, message: carriedIssueMessage(def.key) });
    if (def.kind !== 'entries') {
      const saved = app.modules[def.key as 'basic' | 'achievement'];
      if (!saved) {
        if (def.required) issues.push({ section: def.key, message: `请填写并保存${def.label}` });
        continue;
      }
      const result = checkModuleValues(def.key, saved, ctx);
      if (!result.ok) {
        for (const i of result.issues) issues.push({ section: def.key, field: i.field, message: i.message });
      }
      if (def.key === 'basic') {
        // 个人照片 is uploaded once 基本信息 is saved (manual 3.2.2 A), and is listed with it
        const photo = SLOT_RULES.photo;
        if (app.slots.photo < photo.min) {
          issues.push({ section: 'basic', field: 'photo', message: `请上传${photo.label}` });
        }
        if (app.slots.photo > photo.max) {
          issues.push({ section: 'basic', field: 'photo', message: `${photo.label}最多${photo.max}个` });
        }
      }
      continue;
    }
    const entries = app.entries.filter((e) => e.module === def.key);
    if (def.required && entries.length === 0) {
      issues.push({ section: def.key, message: `${def.label}为必填项，请至少添加一条` });
    }
    if (entries.length > def.maxEntries) {
      issues.push({ section: def.key, message: `${def.label}最多填写${def.maxEntries}条，请删除多余的` });
    }
    entries.forEach((entry, index) => {
      const n = `第${index + 1}条${def.label}`;
      const result = checkModuleValues(def.key, entry.values, ctx);
      if (!result.ok) {
        for (const i of result.issues) {
          issues.push({ section: def.key, entryId: entry.id, field: i.field, message: `${n}：${i.message}` });
        }
      }
      const rule = def.attachments;
      if (rule && entry.attachmentCount < rule.min) {
        issues.push({ section: def.key, entryId: entry.id, message: `${n}未上传证明材料（附件）` });
      }
      if (rule && entry.attachmentCount > rule.max) {
        issues.push({ section: def.key, entryId: entry.id, message: `${n}的附件最多${rule.max}个` });
      }
    });
    if (def.key === 'performance') {
      // an entry without a valid year already has its own issue above
      const years = entries.map((e) => e.values.year).filter((y) => typeof y === 'number');
      const repeated = years.filter((y, i) => years.indexOf(y) !== i);
      for (const year of new Set(repeated)) {
        issues.push({ section: def.key, message: `企业人才业绩每年一条，${year}年填写了多条` });
      }
    }
  }

  for (const slot of APPLICATION_SLOTS) {
    if (slot === 'photo') continue;
    const rule = SLOT_RULES[slot];
    if (app.slots[slot] < rule.min) {
      issues.push({ section: 'attachments', field: slot, message: `请上传${rule.label}` });
    }
    if (app.slots[slot] > rule.max) {
      issues.push({ section: 'attachments', field: slot, message: `${rule.label}最多${rule.max}个` });
    }
  }

  const basic = app.modules.basic ?? {};
  const input: EligibilityInput = {
    today: ctx.today,
    birthDate: ctx.identity?.birthDate ?? (typeof basic.birthDate === 'string' ? basic.birthDate : null),
    category: basic.category as TalentCategory | undefined,
    talentType: basic.talentType as TalentType | undefined,
    serviceType: basic.serviceType as ServiceType | undefined,
    declaredCategory: basic.heldCategory as TalentCategory | undefined,
    history: ctx.history,
    exception: ctx.exception,
  };
  for (const check of eligibilityChecks(input)) {
    if (check.passed === false)
      issues.push({ section: 'eligibility', field: check.key, message: check.reason });
  }
  return issues;
}
