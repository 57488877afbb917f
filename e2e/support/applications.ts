/**
 * A complete application submitted through the API, for the review journeys (the application journey fills
 * it in the browser itself).
 */
import { type ApiSession, apiLogin, apiUpload } from './api.js';
import type { RunningServer } from './server.js';

const PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const JPG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new Array(64).fill(7)]);

interface Detail {
  id: string;
  identity: { birthDate: string; gender: string };
}

const DEMO_EMPLOYER = { uscc: '91220101MA17A0001Q', password: 'Demo@2026' };

/** Binds `applicant` to the employer (the demo one unless given; approved), fills every required module and submits. */
export async function submitApplication(
  server: RunningServer,
  account: { idNumber: string; password: string; phone: string },
  recommending: { uscc: string; password: string } = DEMO_EMPLOYER,
): Promise<{ id: string; api: ApiSession }> {
  const employer = await apiLogin(server, 'employer', recommending.uscc, recommending.password);
  const api = await apiLogin(server, 'person', account.idNumber, account.password);
  const { employerId } = await api.get<{ employerId: string }>(
    `/api/person/employers?uscc=${recommending.uscc}`,
  );
  const binding = await api.post<{ id: string }>('/api/person/bindings', { employerId });
  await employer.post(`/api/employer/bindings/${binding.id}/decision`, { decision: '审核通过' });
  const { items } = await api.get<{ items: { id: string }[] }>('/api/person/notices');
  const notice = items[0];
  if (!notice) throw new Error('no open notice');
  const app = await api.post<Detail>('/api/person/applications', {
    noticeId: notice.id,
    employerId,
    confirmations: [true, true, true, true],
  });
  const base = `/api/person/applications/${app.id}`;
  const catalogue = await api.get<{ categories: { code: string; items: { id: string }[] }[] }>(
    '/api/catalogue',
  );
  const basis = catalogue.categories.find((c) => c.code === 'A')?.items[0]?.id;
  await api.post(
    `${base}/modules/basic`,
    {
      version: 0,
      values: {
        gender: app.identity.gender,
        birthDate: app.identity.birthDate,
        ethnicity: '汉族',
        politicalStatus: '群众',
        phone: account.phone,
        email: 'applicant@example.cn',
        position: '软件研发',
        education: '大学本科',
        degree: '学士',
        talentSource: '省内人才',
        serviceType: '首次认定',
        longContract: '是',
        employmentForm: '全职',
        category: 'A',
        basis,
        talentType: '其他',
      },
    },
    'PUT',
  );
  await apiUpload(api, `${base}/attachments?slot=photo`, '照片.jpg', JPG);
  const education = await api.post<{ id: string }>(`${base}/entries`, {
    module: 'education',
    values: {
      startDate: '2008-09-01',
      endDate: '2012-07-01',
      school: '吉林大学',
      major: '计算机科学与技术',
      level: '大学本科',
      degree: '学士',
      mode: '全日制',
    },
  });
  await apiUpload(api, `${base}/attachments?slot=entry&entryId=${education.id}`, '毕业证书.pdf', PDF);
  await api.post(`${base}/entries`, {
    module: 'work',
    values: { startDate: '2012-07-15', employer: '吉林省示范科技有限公司', post: '软件研发' },
  });
  await api.post(
    `${base}/modules/achievement`,
    { version: 0, values: { text: '主持完成省级重点研发项目两项。' } },
    'PUT',
  );
  await apiUpload(api, `${base}/attachments?slot=idCard`, '身份证正反面.jpg', JPG);
  await api.post(`${base}/submit`, { commitment: true });
  return { id: app.id, api };
}

/** Both review stages (the demo employer's and the 省人社厅's 审核人) pass the application: 材料审核通过. */
export async function approveApplication(server: RunningServer, id: string): Promise<void> {
  for (const [portal, account] of [
    ['employer', DEMO_EMPLOYER.uscc],
    ['department', 'shenhe'],
  ] as const) {
    const reviewer = await apiLogin(server, portal, account);
    const { version } = await reviewer.get<{ version: number }>(`/api/review/applications/${id}`);
    await reviewer.post(`/api/review/applications/${id}/decision`, { action: '审核通过', version });
  }
}

/**
 * The department records 认定通过 for the approved application `id` and publishes it: the applicant then holds a
 * certificate of the category applied for. Publication runs as a background batch: waits until it is issued.
 */
export async function certifyApplication(
  server: RunningServer,
  id: string,
  applicant: ApiSession,
): Promise<void> {
  const business = await apiLogin(server, 'department', 'yewu');
  const recorded = await business.post<{ result: { id: string } | null }>('/api/department/results', {
    applicationId: id,
    outcome: '认定通过',
  });
  if (!recorded.result) throw new Error('no result recorded');
  await business.post('/api/department/results/publish', { resultIds: [recorded.result.id] });
  for (let i = 0; i < 100; i++) {
    const offer = await applicant.get<{ certificate: unknown }>('/api/person/carry-over');
    if (offer.certificate) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the certificate was not issued');
}

/**
 * What a certified applicant needs to apply again within 3 years: the department's 申报例外情形, and a second
 * open notice (published by 业务管理员) that accepts 晋升认定. Returns the notice's title.
 */
export async function secondRound(server: RunningServer, idNumber: string): Promise<string> {
  const business = await apiLogin(server, 'department', 'yewu');
  await business.post('/api/department/eligibility/exceptions', {
    idNumber,
    reason: '单位书面申请：已取得重大突破，申请晋升认定',
  });
  const title = '2026年度第二批人才分类定级评定（晋升认定）申报通知';
  const day = 86_400_000;
  const notice = await business.post<{ id: string }>('/api/department/notices', {
    title,
    body: '第二批申报，受理首次认定与晋升认定。',
    startAt: new Date(Date.now() - day).toISOString(),
    endAt: new Date(Date.now() + 30 * day).toISOString(),
    serviceTypes: ['首次认定', '晋升认定'],
  });
  await business.post(`/api/department/notices/${notice.id}/publish`, {});
  return title;
}
