import { randomInt } from 'node:crypto';
import type {
  ApplicationDetail,
  AttachmentItem,
  BindingItem,
  CatalogueCategory,
  EmployerSearchResult,
  EntryItem,
  ModuleKey,
  NoticeItem,
  ReviewDetail,
} from '@rcpd/shared';
import { expect } from 'vitest';
import { MINIMAL_JPG, MINIMAL_PDF, uploadFile } from './files.js';
import { type Client, residentId, type TestContext } from './harness.js';
import { signedInAdmin, signedInBusiness, signedInEmployer, signedInPerson } from './helpers.js';

/** Factories for the application tests: each builds its own notice, employer and applicant. */

const DAY = 86_400_000;
export const isoDays = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString();

export async function publishedNotice(
  admin: Client,
  overrides: Record<string, unknown> = {},
): Promise<NoticeItem> {
  const created = await admin.post('/api/department/notices', {
    title: '2026年度人才分类定级评定申报通知',
    body: '各有关单位：现将有关事项通知如下……',
    startAt: isoDays(-1),
    endAt: isoDays(30),
    serviceTypes: ['首次认定', '晋升认定'],
    ...overrides,
  });
  expect(created.statusCode, created.body).toBe(201);
  const notice = created.json<NoticeItem>();
  const published = await admin.post(`/api/department/notices/${notice.id}/publish`);
  expect(published.statusCode, published.body).toBe(200);
  return published.json<NoticeItem>();
}

/** A random birth date (YYYYMMDD) that makes a person 27 to 56 years old: every category's age rule passes. */
function workingAgeBirth(): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${randomInt(1970, 2000)}${pad(randomInt(1, 13))}${pad(randomInt(1, 29))}`;
}

/** An applicant bound to an employer that approved the binding. */
export async function boundApplicant(ctx: TestContext, birth?: string, gender: '男' | '女' = '男') {
  const employer = await signedInEmployer(ctx);
  const applicant = await signedInPerson(ctx, { idNumber: residentId(birth ?? workingAgeBirth(), gender) });
  const found = await applicant.client.get(`/api/person/employers?uscc=${employer.employer.uscc}`);
  const { employerId } = found.json<EmployerSearchResult>();
  const requested = await applicant.client.post('/api/person/bindings', { employerId });
  expect(requested.statusCode, requested.body).toBe(201);
  const binding = requested.json<BindingItem>();
  const decided = await employer.client.post(`/api/employer/bindings/${binding.id}/decision`, {
    decision: '审核通过',
  });
  expect(decided.statusCode, decided.body).toBe(200);
  return { ...applicant, employer, employerId, bindingId: binding.id };
}

export const CONFIRMATIONS = [true, true, true, true];

/** A bound applicant with a fresh draft application of a fresh open notice (or of `options.in`, an open one). */
export async function draftApplication(
  ctx: TestContext,
  options: {
    birth?: string;
    gender?: '男' | '女';
    notice?: Record<string, unknown>;
    /** a notice published already, for several applications of one notice */
    published?: NoticeItem;
  } = {},
) {
  const admin = await signedInBusiness(ctx);
  const notice = options.published ?? (await publishedNotice(admin, options.notice));
  const applicant = await boundApplicant(ctx, options.birth, options.gender);
  const started = await applicant.client.post('/api/person/applications', {
    noticeId: notice.id,
    employerId: applicant.employerId,
    confirmations: CONFIRMATIONS,
  });
  expect(started.statusCode, started.body).toBe(201);
  const app = started.json<ApplicationDetail>();
  const catalogue = (await admin.get('/api/catalogue')).json<{ categories: CatalogueCategory[] }>();
  const basisOf = (category: string) => {
    const item = catalogue.categories.find((c) => c.code === category)?.items.find((i) => i.enabled);
    if (!item) throw new Error(`no 条款 in category ${category}`);
    return item.id;
  };
  return { ...applicant, admin, notice, app, id: app.id, basisOf };
}

export type Draft = Awaited<ReturnType<typeof draftApplication>>;

/** 基本信息 that passes every rule for an applicant born on `birthDate` with `gender`. */
export function basicValues(draft: Draft, overrides: Record<string, unknown> = {}) {
  return {
    gender: draft.app.identity.gender,
    birthDate: draft.app.identity.birthDate,
    ethnicity: '汉族',
    politicalStatus: '群众',
    phone: draft.person.phone,
    email: 'zhangsan@example.cn',
    position: '软件工程师',
    education: '大学本科',
    degree: '学士',
    talentSource: '省内人才',
    serviceType: '首次认定',
    longContract: '是',
    employmentForm: '全职',
    category: 'D',
    basis: draft.basisOf('D'),
    talentType: '专业技术人才',
    titleName: '高级工程师',
    titleLevel: '副高级',
    titleDate: '2020-06-30',
    titleIssuer: '吉林省人力资源和社会保障厅',
    ...overrides,
  };
}

export const ENTRY_VALUES: Partial<Record<ModuleKey, Record<string, unknown>>> = {
  education: {
    startDate: '2008-09-01',
    endDate: '2012-07-01',
    school: '吉林大学',
    major: '计算机科学与技术',
    level: '大学本科',
    degree: '学士',
    mode: '全日制',
  },
  training: {
    startDate: '2019-03-01',
    endDate: '2019-03-20',
    mode: '脱产',
    institution: '吉林省专业技术人员继续教育基地',
    content: '人工智能应用',
  },
  papers: {
    title: '基于深度学习的图像识别方法研究',
    kind: '论文',
    publishedAt: '2021-05-01',
    publication: '吉林大学学报',
    rank: '第一作者',
  },
  work: { startDate: '2012-07-15', employer: '长春某科技有限公司', post: '软件开发' },
  partTime: {
    organization: '吉林省计算机学会',
    authority: '吉林省科学技术协会',
    role: '理事',
    startDate: '2020-01-01',
  },
  performance: {
    year: new Date().getFullYear() - 1,
    company: '长春某科技有限公司（中型企业）',
    duty: '技术总监',
    summary: '主持研发项目',
  },
  honors: { name: '吉林省五一劳动奖章', awardedAt: '2022-04-28', grantor: '吉林省总工会', level: '省部级' },
  awards: {
    name: '吉林省科学技术进步奖',
    awardedAt: '2023-01-10',
    grantor: '吉林省人民政府',
    grade: '二等奖',
    rank: '第一完成人',
  },
};

export async function saveModule(
  draft: Draft,
  module: 'basic' | 'achievement',
  values: unknown,
  version = 0,
) {
  return draft.client.send('PUT', `/api/person/applications/${draft.id}/modules/${module}`, {
    values,
    version,
  });
}

export async function addEntry(draft: Draft, module: ModuleKey, values: unknown = ENTRY_VALUES[module]) {
  return draft.client.post(`/api/person/applications/${draft.id}/entries`, { module, values });
}

export async function addedEntry(draft: Draft, module: ModuleKey, values: unknown = ENTRY_VALUES[module]) {
  const response = await addEntry(draft, module, values);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<EntryItem>();
}

export function uploadTo(
  draft: Draft,
  target: string,
  fileName: string,
  content: Buffer,
  client = draft.client,
) {
  return uploadFile(client, `/api/person/applications/${draft.id}/attachments?${target}`, fileName, content);
}

export async function uploaded(draft: Draft, target: string, fileName = '证明.pdf', content = MINIMAL_PDF) {
  const response = await uploadTo(draft, target, fileName, content);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<AttachmentItem>();
}

/** Fills every required module and attachment, so that 数据验证信息 is empty. */
export async function completeApplication(draft: Draft) {
  expect((await saveModule(draft, 'basic', basicValues(draft))).statusCode).toBe(200);
  await uploaded(draft, 'slot=photo', '照片.jpg', MINIMAL_JPG);
  const education = await addedEntry(draft, 'education');
  await uploaded(draft, `slot=entry&entryId=${education.id}`);
  await addedEntry(draft, 'work');
  expect(
    (await saveModule(draft, 'achievement', { text: '主持完成省级重点研发项目两项。' })).statusCode,
  ).toBe(200);
  await uploaded(draft, 'slot=idCard', '身份证正反面.jpg', MINIMAL_JPG);
}

/** A complete application, 提交 by its applicant: 已申报 at the first review stage. */
export async function submittedApplication(ctx: TestContext): Promise<Draft> {
  const draft = await draftApplication(ctx);
  await completeApplication(draft);
  const response = await draft.client.post(`/api/person/applications/${draft.id}/submit`, {
    commitment: true,
  });
  expect(response.statusCode, response.body).toBe(200);
  return draft;
}

/** An application that both stages approved (`province` signed in as a 省人社厅 reviewer): 材料审核通过, applied for category D. */
export async function approvedApplication(
  ctx: TestContext,
  province: Client,
  options: {
    published?: NoticeItem;
    /** more for the draft before it is submitted (more attachments) */
    fill?: (draft: Draft) => Promise<unknown>;
  } = {},
): Promise<Draft & { number: string }> {
  const draft = await draftApplication(ctx, options.published ? { published: options.published } : {});
  await completeApplication(draft);
  await options.fill?.(draft);
  expect(
    (await draft.client.post(`/api/person/applications/${draft.id}/submit`, { commitment: true })).statusCode,
  ).toBe(200);
  for (const reviewer of [draft.employer.client, province]) {
    const { version } = (await reviewer.get(`/api/review/applications/${draft.id}`)).json<ReviewDetail>();
    const response = await reviewer.post(`/api/review/applications/${draft.id}/decision`, {
      action: '审核通过',
      version,
    });
    expect(response.statusCode, response.body).toBe(200);
  }
  const row = await ctx.database.db
    .selectFrom('applications')
    .select('number')
    .where('id', '=', draft.id)
    .executeTakeFirstOrThrow();
  return { ...draft, number: row.number ?? '' };
}

/**
 * Every route that takes an upload, each with a signed-in client that may use it (CSRF token ready): the
 * application's attachments, a notice's attachments, and the three Excel imports.
 */
export async function uploadRoutes(
  ctx: TestContext,
): Promise<{ name: string; client: Client; url: string }[]> {
  const draft = await draftApplication(ctx);
  const business = await signedInBusiness(ctx);
  const notice = await publishedNotice(business);
  const admin = await signedInAdmin(ctx);
  const routes = [
    {
      name: '申报附件',
      client: draft.client,
      url: `/api/person/applications/${draft.id}/attachments?slot=idCard`,
    },
    { name: '申报通知附件', client: business, url: `/api/department/notices/${notice.id}/attachments` },
    { name: '评审结果导入', client: business, url: '/api/department/results/import' },
    { name: '主管部门导入', client: admin, url: '/api/department/supervisors/import' },
    { name: '工作日历导入', client: admin, url: '/api/department/work-calendar/import?year=2026' },
  ];
  for (const route of routes) if (!route.client.csrfToken) await route.client.session();
  return routes;
}
