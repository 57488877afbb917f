import { DEFAULT_STAGE_CHAIN, maskIdNumber, type StageKey, type TalentCategory } from '@rcpd/shared';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { renderSummaryTable, type SummaryRow } from '../../platform/pdf/summary-table.js';
import type { FieldCipher } from '../../platform/secrets.js';
import type { AuthContext } from '../identity/sessions.js';
import { identityOf } from './application-context.js';
import { ownedWithNotice } from './applications.service.js';

/** The review stages whose opinions the table shows or leaves room for. */
const OPINION_TITLES: Record<StageKey, string> = {
  employer: '推荐单位意见',
  supervisor: '主管部门意见',
  province: '省人社厅意见',
};

const SHOWN_MODULES = ['basic', 'achievement'] as const;

const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/** 业务表册: the 人才分类定级认定一览表 of one application, built from what is saved now. */
export function createSummaryTableService({
  db,
  cipher,
}: {
  db: Kysely<DB>;
  cipher: Pick<FieldCipher, 'decrypt'>;
}) {
  /**
   * The latest decision of each review stage, in the table's boxes; a stage not yet decided (or whose
   * decision was a 退回 answered by a resubmission) leaves its box empty for the signature.
   */
  async function opinionsOf(applicationId: string, chain: readonly StageKey[]) {
    const events = await db
      .selectFrom('application_events')
      .select(['stage_key', 'handler', 'action', 'opinion', 'created_at'])
      .where('application_id', '=', applicationId)
      .orderBy('created_at', 'desc')
      .execute();
    const lastSubmit = events.findIndex((e) => e.stage_key === null);
    const sinceSubmit = lastSubmit === -1 ? events : events.slice(0, lastSubmit);
    return chain.map((key) => {
      const title = OPINION_TITLES[key];
      const decided = sinceSubmit.find((e) => e.stage_key === key);
      return decided
        ? {
            stage: title,
            opinion: `${decided.action}${decided.opinion ? `。${decided.opinion}` : ''}`,
            handler: decided.handler,
            at: decided.created_at.toISOString(),
          }
        : { stage: title, opinion: null, handler: null, at: null };
    });
  }

  /**
   * The two modules the table shows (基本信息, 创新创业成果), not the whole snapshot: every entry of every other
   * module and the attachment counts are of no use here.
   */
  async function shownModulesOf(applicationId: string) {
    const rows = await db
      .selectFrom('application_entries')
      .select(['module', 'data'])
      .where('application_id', '=', applicationId)
      .where('module', 'in', SHOWN_MODULES)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    const modules: Partial<Record<(typeof SHOWN_MODULES)[number], Record<string, unknown>>> = {};
    for (const row of rows) modules[row.module as (typeof SHOWN_MODULES)[number]] = row.data;
    return modules;
  }

  async function rowOf(app: {
    id: string;
    applicant_id: string;
    employer_id: string;
    stage_chain: string[] | null;
  }): Promise<SummaryRow> {
    const [identity, modules, employer, opinions] = await Promise.all([
      identityOf(db, cipher, app.applicant_id),
      shownModulesOf(app.id),
      db
        .selectFrom('employers')
        .select(['name', 'uscc'])
        .where('id', '=', app.employer_id)
        .executeTakeFirstOrThrow(),
      // the boxes of the chain it was submitted with; a draft shows the default chain's
      opinionsOf(app.id, (app.stage_chain as StageKey[] | null) ?? DEFAULT_STAGE_CHAIN),
    ]);
    const basic = modules.basic ?? {};
    const [category, basis] = await Promise.all([
      basic.category
        ? db
            .selectFrom('talent_categories')
            .select('name')
            .where('code', '=', str(basic.category) as TalentCategory)
            .executeTakeFirst()
        : undefined,
      basic.basis
        ? db
            .selectFrom('catalogue_items')
            .select(['code', 'text'])
            .where('id', '=', str(basic.basis))
            .executeTakeFirst()
        : undefined,
    ]);
    const birth = str(basic.birthDate) || identity.info?.birthDate || '';
    const title =
      basic.talentType === '专业技术人才'
        ? `${str(basic.titleName)}（${str(basic.titleLevel)}）`
        : basic.talentType === '技能人才'
          ? `${str(basic.skillName)}（${str(basic.skillLevel)}）`
          : '';
    return {
      index: 1,
      name: identity.name,
      gender: str(basic.gender) || identity.info?.gender || '',
      birthMonth: birth ? birth.slice(0, 7).replace('-', '.') : '',
      maskedIdNumber: maskIdNumber(identity.idNumber),
      employerName: employer.name,
      uscc: employer.uscc,
      education: [str(basic.education), str(basic.degree)].filter((s) => s && s !== '无').join('/'),
      position: str(basic.position),
      titleOrSkill: title,
      category: basic.category ? `${str(basic.category)}类 ${category?.name ?? ''}`.trim() : '',
      serviceType: str(basic.serviceType),
      basis: basis ? `${basis.code} ${basis.text}` : '',
      achievementSummary: str(modules.achievement?.text),
      opinions,
    };
  }

  return {
    async forApplicant({ auth, id }: { auth: AuthContext; id: string }): Promise<Buffer> {
      const app = await ownedWithNotice(db, auth, id);
      return renderSummaryTable({
        noticeTitle: app.notice_title,
        generatedAt: new Date(),
        rows: [await rowOf(app)],
      });
    },

    /** For a reviewer: the caller checked that the application is visible to them. */
    async forApplication(app: {
      id: string;
      applicant_id: string;
      employer_id: string;
      notice_title: string;
      stage_chain: string[] | null;
    }) {
      return renderSummaryTable({
        noticeTitle: app.notice_title,
        generatedAt: new Date(),
        rows: [await rowOf(app)],
      });
    },
  };
}

export type SummaryTableService = ReturnType<typeof createSummaryTableService>;
