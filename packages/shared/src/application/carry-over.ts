import { isHigherCategory, TALENT_CATEGORIES, type TalentCategory } from '../api/catalogue.js';
import type { ServiceType } from '../api/notices.js';
import { MODULES, type ModuleKey } from './modules.js';
import type { ModuleValues } from './schemas.js';

/**
 * 带入上次申报信息 (issue 14, item 3): a new application may start from the applicant's own last submitted one.
 * Every module is copied (the attachments are referenced, not copied) and stays marked 已带入（请核对） until the
 * applicant saves it or confirms it (核对无误); 提交 waits for every mark to go.
 */
export const CARRIED_MARK = '已带入（请核对）';
export const CARRIED_CONFIRM = '核对无误';

/** What a past application must be to be carried from: submitted once (whatever became of it since). */
export interface CarrySourceCandidate {
  submittedAt: Date | string | null;
}

/**
 * The application a new one carries from: the applicant's latest submitted one, or null (nothing to carry).
 * The caller passes only the applicant's own applications: that is where ownership is decided.
 */
export function carryOverSource<T extends CarrySourceCandidate>(own: readonly T[]): T | null {
  let best: T | null = null;
  for (const app of own) {
    if (app.submittedAt === null) continue;
    if (best === null || new Date(app.submittedAt) > new Date(best.submittedAt as Date | string)) best = app;
  }
  return best;
}

/** The certificate an applicant holds (the latest 有效 one): 已在吉认定人才类别 and 认定日期 come from it. */
export interface HeldCertificate {
  category: TalentCategory;
  /** YYYY-MM-DD */
  issuedOn: string;
}

/** What carried 基本信息 is checked against: the new notice, today's catalogue, the certificate held. */
export interface CarryContext {
  serviceTypes: readonly ServiceType[];
  /** the enabled 条款 */
  catalogue: readonly { id: string; category: TalentCategory }[];
  certificate: HeldCertificate | null;
}

const isCategory = (v: unknown): v is TalentCategory =>
  typeof v === 'string' && (TALENT_CATEGORIES as readonly string[]).includes(v);

/**
 * 基本信息 as it arrives in the new application, with what the applicant must look at (each a sentence shown on
 * the module): a certificate held makes it a 晋升认定 from that certificate; a choice that no longer holds (a
 * 条款 disabled or removed, a category not above the one held, a 服务类型 the notice does not accept) is left
 * empty rather than carried wrong.
 */
export function carryBasicValues(
  saved: ModuleValues,
  ctx: CarryContext,
): { values: ModuleValues; notes: string[] } {
  const values: ModuleValues = { ...saved };
  const notes: string[] = [];
  const promotion = ctx.certificate !== null && ctx.serviceTypes.includes('晋升认定');
  if (promotion && ctx.certificate) {
    values.serviceType = '晋升认定';
    values.heldCategory = ctx.certificate.category;
    values.heldSince = ctx.certificate.issuedOn;
    notes.push(
      `已按您持有的证书填写“已在吉认定人才类别”（${ctx.certificate.category}类）和“认定日期”（${ctx.certificate.issuedOn}），人才认定服务类型为晋升认定`,
    );
  } else if (
    typeof values.serviceType === 'string' &&
    !ctx.serviceTypes.includes(values.serviceType as ServiceType)
  ) {
    notes.push(`本次申报通知不受理${values.serviceType}，请重新选择人才认定服务类型`);
    delete values.serviceType;
    delete values.heldCategory;
    delete values.heldSince;
  }
  const held = values.serviceType === '晋升认定' ? values.heldCategory : undefined;
  if (isCategory(values.category) && isCategory(held) && !isHigherCategory(values.category, held)) {
    notes.push(`晋升认定须申报高于已认定类别（${held}类）的人才类别，请重新选择申报人才类别和申报依据`);
    delete values.category;
    delete values.basis;
  }
  if (typeof values.basis === 'string') {
    const item = ctx.catalogue.find((c) => c.id === values.basis);
    if (!item || (isCategory(values.category) && item.category !== values.category)) {
      notes.push('上次选择的申报依据已停用或不存在，请重新选择申报依据');
      delete values.basis;
    }
  }
  return { values, notes };
}

/** The 数据验证信息 item of a module still marked 已带入: 提交 waits until the applicant has looked at it. */
export function carriedIssueMessage(module: ModuleKey): string {
  const def = MODULES.find((m) => m.key === module);
  return `${def?.label ?? module}为带入的上次申报信息，请核对：修改并保存，或点击“${CARRIED_CONFIRM}”`;
}

/**
 * 晋升认定 chosen by hand in 基本信息 (without 带入): 已在吉认定人才类别 and 认定日期 fill themselves from the
 * certificate held, where the applicant has not filled them. Nothing when no certificate is held or the choice is
 * another 服务类型.
 */
export function promotionFill(
  values: ModuleValues,
  certificate: HeldCertificate | null,
): { heldCategory?: TalentCategory; heldSince?: string } {
  if (values.serviceType !== '晋升认定' || !certificate) return {};
  const fill: { heldCategory?: TalentCategory; heldSince?: string } = {};
  if (!values.heldCategory) fill.heldCategory = certificate.category;
  if (!values.heldSince) fill.heldSince = certificate.issuedOn;
  return fill;
}
