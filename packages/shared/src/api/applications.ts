import { z } from 'zod';
import type { EligibilityCheck } from '../application/eligibility.js';
import { SELF_CHECK_CONFIRMATIONS } from '../application/eligibility.js';
import { type ApplicationSlot, MODULE_KEYS, type ModuleKey } from '../application/modules.js';
import type { ModuleValues } from '../application/schemas.js';
import type { ValidationIssue } from '../application/validation.js';
import type { TalentCategory } from './catalogue.js';
import type { NoticeWindow } from './notices.js';
import type { PublishedResult } from './results.js';

/** 业务状态 (manual 3.3.2, SPEC §7). */
export const APPLICATION_STATUSES = [
  '未提交',
  '已申报',
  '被退回',
  '审核不通过终止审核',
  '材料审核通过',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Statuses in which an application is with the reviewers or back with the applicant: 解除绑定 waits for them. */
export const UNDER_REVIEW_STATUSES = ['已申报', '被退回'] as const satisfies readonly ApplicationStatus[];

/** What a 退回 can open for change: the modules, and the 材料附件信息. */
export const RETURNABLE_SECTIONS = [...MODULE_KEYS, 'attachments'] as const;
export type ReturnableSection = (typeof RETURNABLE_SECTIONS)[number];

/** The last 退回 of an application: the opinion stands at the top of the edit page (manual 3.3.2). */
export interface ReturnInfo {
  opinion: string;
  sections: ReturnableSection[];
  stageName: string;
  handler: string;
  at: string;
}

export type ApplicationAction = '编辑' | '查看' | '提交' | '删除' | '进度跟踪';

/** `GET /api/person/self-check`: 条件自检 before 确认并开始申报. */
export interface SelfCheck {
  checks: EligibilityCheck[];
  confirmations: readonly string[];
}

/** `POST /api/person/applications`: 确认并开始申报 of one notice. */
export const startApplicationSchema = z.object({
  noticeId: z.uuid({ error: '请选择申报通知' }),
  employerId: z.uuid({ error: '请选择推荐单位' }),
  confirmations: z
    .array(z.boolean())
    .refine((c) => c.length === SELF_CHECK_CONFIRMATIONS.length && c.every(Boolean), {
      message: '请逐项确认申报条件',
    }),
});
export type StartApplicationBody = z.infer<typeof startApplicationSchema>;

/** A row of the applicant's 申报历史信息 on the home page. */
export interface ApplicationSummary {
  id: string;
  noticeId: string;
  noticeTitle: string;
  employerName: string;
  status: ApplicationStatus;
  category: TalentCategory | null;
  serviceType: string | null;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  /** 评审结果 once published */
  result: PublishedResult | null;
  allowedActions: ApplicationAction[];
}

export interface AttachmentItem {
  id: string;
  slot: ApplicationSlot | 'entry';
  entryId: string | null;
  fileName: string;
  contentType: string;
  size: number;
  createdAt: string;
}

export interface SavedModule {
  values: ModuleValues;
  /** optimistic lock: send it back with the next save */
  version: number;
  updatedAt: string;
}

export interface EntryItem extends SavedModule {
  id: string;
  module: ModuleKey;
  attachments: AttachmentItem[];
}

/** A node of 流程推送 (manual 3.3.1). */
export interface FlowNode {
  id: string;
  stage: string;
  handler: string;
  action: string;
  opinion: string | null;
  at: string;
}

/** `GET /api/person/applications/:id`: everything the 信息填报 page draws. */
export interface ApplicationDetail {
  id: string;
  status: ApplicationStatus;
  notice: {
    id: string;
    title: string;
    startAt: string;
    endAt: string;
    window: NoticeWindow;
    serviceTypes: string[];
  };
  employer: { id: string; name: string; uscc: string };
  /** from the account, read-only in 基本信息 */
  identity: {
    name: string;
    idType: string;
    maskedIdNumber: string;
    birthDate: string | null;
    gender: string | null;
  };
  modules: Partial<Record<'basic' | 'achievement', SavedModule>>;
  entries: EntryItem[];
  attachments: AttachmentItem[];
  submittedAt: string | null;
  /** modules the applicant may change now: all while 未提交, the ticked ones while 被退回 */
  editableModules: ModuleKey[];
  /** whether 材料附件信息 (身份证正反面, 其他材料) may change now */
  attachmentsEditable: boolean;
  returned: ReturnInfo | null;
  /** 评审结果 once the department published it (manual 3.4); null before */
  result: PublishedResult | null;
  allowedActions: ApplicationAction[];
  flow: FlowNode[];
}

const version = z.number({ error: '缺少版本号，请刷新后重试' }).int().min(0);
const values = z.record(z.string(), z.unknown(), { error: '填写的内容格式不正确' });

/** `PUT /api/person/applications/:id/modules/:module` (基本信息, 创新创业成果): version 0 for the first save. */
export const saveModuleSchema = z.object({ values, version });
/** `POST /api/person/applications/:id/entries` */
export const addEntrySchema = z.object({ module: z.string({ error: '请选择模块' }).max(40), values });
/** `PUT /api/person/applications/:id/entries/:entryId` */
export const saveEntrySchema = z.object({ values, version });

/** `GET /api/person/applications/:id/validation`, and the `issues` of a refused 提交. */
export interface ValidationResult {
  issues: ValidationIssue[];
}

export const COMMITMENT_TEXT = '本人承诺，申报所提供的材料真实、准确，如有违诺情况，本人愿承担所有责任';

/** `POST /api/person/applications/:id/submit` */
export const submitApplicationSchema = z.object({
  commitment: z.literal(true, { error: `请勾选“${COMMITMENT_TEXT}”` }),
});
