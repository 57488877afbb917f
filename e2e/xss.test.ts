/**
 * Cross-site scripting (issue 12, item 10): every field that people write and others read back — names, the
 * application's free text, 办件意见, notice title and body, file names, catalogue items, 主管部门, department and
 * integration-client names, remarks, objections, reasons — is filled with script and markup, through the API;
 * then each page that shows it is opened in the browser, as the role that sees it, under the server's CSP.
 *
 * On every page: each payload shows as literal text; nothing ran (`window.__xss` unset, no dialog, no page
 * error, no console error, no CSP violation); the DOM holds no event-handler attribute, no `javascript:` link
 * and no inline script. A page that rendered any of this as HTML fails on the text alone, before the CSP is
 * needed; the CSP is the second wall, and a violation of it fails the test too.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ApiSession,
  type Applicant,
  apiLogin,
  apiUpload,
  type Employer,
  registerApplicant,
  registerEmployer,
} from './support/api.js';
import { submitApplication } from './support/applications.js';
import { launchBrowser, newContext } from './support/browser.js';
import { adminLogin, login } from './support/pages.js';
import { type RunningServer, startServer } from './support/server.js';

const SCRIPT = '<script>window.__xss=1</script>';
const IMG = '<img src=x onerror="window.__xss=1">';
const SVG = '"><svg onload=window.__xss=1>';
const JS_URL = 'javascript:window.__xss=1';
// React does not evaluate templates; this is for a template engine that ever would (Vue, Angular)
const TEMPLATE = "{{constructor.constructor('window.__xss=1')()}}";
const BOLD = '<b>粗</b>';
// an uploaded file's name keeps only what follows its last '/' or '\' (a path is never a name), so the file
// names carry payloads without a slash: an unquoted handler instead of '</script>'
const IMG_BARE = '<img src=x onerror=window.__xss=1>';

/** What each field is filled with: a payload and a few words, so that each is found on its own. */
const V = {
  employerName: `${IMG}示范单位${BOLD}`,
  supervisor: `${SVG}主管厅`,
  department: `${SCRIPT}人社厅`,
  client: `${IMG}证照库`,
  category: `${SVG}顶尖人才`,
  itemCode: BOLD,
  itemText: `${TEMPLATE}${IMG}条款`,
  guide: [SCRIPT, IMG, SVG, JS_URL, TEMPLATE, `${BOLD}注意事项`].join('\n'),
  noticeTitle: `${SCRIPT}关于${BOLD}的通知`,
  noticeBody: [`${IMG}通知正文`, SVG, JS_URL, TEMPLATE, BOLD].join('\n'),
  noticeFile: `${IMG_BARE}通知附件.pdf`,
  bindingOpinion: `${IMG}不予绑定`,
  position: `${SVG}岗位`,
  school: `${SCRIPT}大学`,
  major: `${BOLD}专业`,
  workEmployer: `${IMG}单位`,
  post: TEMPLATE,
  achievement: [`${SCRIPT}成果`, IMG, SVG, JS_URL, TEMPLATE, BOLD].join('\n'),
  photoFile: `${TEMPLATE}.jpg`,
  entryFile: `${IMG_BARE}.pdf`,
  idCardFile: `${JS_URL}.jpg`,
  returnOpinion: `${SCRIPT}${BOLD}请补充`,
  passOpinion: `${TEMPLATE}同意推荐`,
  departmentOpinion: `${SVG}同意`,
  exception: `${TEMPLATE}例外情形`,
  remark: `${BOLD}${IMG}备注`,
  objection: `${SCRIPT}异议`,
  certificateReason: `${SVG}暂扣`,
};

const PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const JPG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new Array(64).fill(7)]);
const DEMO = { idNumber: '220102199001011239', password: 'Demo@2026', phone: '13900000001' };
const REVIEWER = { username: 'xss_shenhe', password: 'Shenhe#2026x' };
const SHOTS = '/tmp/xss-shots';

let server: RunningServer;
let browser: Browser;
let employer: Employer;
let applicant: Applicant;
let applicationId: string;
let noticeId: string;
let achievementVersion: number;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();

  // 系统管理员: a 主管部门, a department reviewer of its own 所属部门, an integration client
  const admin = await apiLogin(server, 'department', 'admin');
  const supervisor = await admin.post<{ id: string }>('/api/department/supervisors', { name: V.supervisor });
  await admin.post('/api/department/accounts', {
    username: REVIEWER.username,
    name: '吴审核',
    departmentName: V.department,
    role: 'dept_reviewer',
    reviewStage: 'province',
    password: REVIEWER.password,
  });
  await admin.post('/api/department/integration-clients', {
    name: V.client,
    scopes: ['certificates:read'],
    allowedIps: ['127.0.0.1'],
  });

  // 业务管理员: the catalogue, the 申报注意事项, a notice with an attachment
  const business = await apiLogin(server, 'department', 'yewu');
  await business.post('/api/department/catalogue/categories/A', { name: V.category }, 'PUT');
  const item = await business.post<{ id: string }>('/api/department/catalogue/items', {
    category: 'A',
    code: V.itemCode,
    text: V.itemText,
    sort: 0,
  });
  await business.post('/api/department/declaration-guide', { text: V.guide }, 'PUT');
  const now = Date.now();
  const notice = await business.post<{ id: string }>('/api/department/notices', {
    title: V.noticeTitle,
    body: V.noticeBody,
    startAt: new Date(now - 86_400_000).toISOString(),
    endAt: new Date(now + 30 * 86_400_000).toISOString(),
    serviceTypes: ['首次认定', '晋升认定'],
  });
  noticeId = notice.id;
  await apiUpload(business, `/api/department/notices/${notice.id}/attachments`, V.noticeFile, PDF);
  await business.post(`/api/department/notices/${notice.id}/publish`, {});

  // the employer, under the 主管部门
  employer = await registerEmployer(server, V.employerName);
  const { items: employers } = await admin.get<{ items: { id: string }[] }>(
    `/api/department/supervisors/employers?q=${employer.uscc}`,
  );
  await admin.post(
    `/api/department/supervisors/employers/${employers[0]?.id}`,
    { supervisorId: supervisor.id },
    'PUT',
  );
  const employerApi = await apiLogin(server, 'employer', employer.uscc, employer.password);

  // the applicant: a first binding refused with an opinion, a second one approved
  applicant = await registerApplicant(server, '萧晓');
  const person = await apiLogin(server, 'person', applicant.idNumber, applicant.password);
  const { employerId } = await person.get<{ employerId: string }>(
    `/api/person/employers?uscc=${employer.uscc}`,
  );
  const refused = await person.post<{ id: string }>('/api/person/bindings', { employerId });
  await employerApi.post(`/api/employer/bindings/${refused.id}/decision`, {
    decision: '审核不通过终止审核',
    opinion: V.bindingOpinion,
  });
  const binding = await person.post<{ id: string }>('/api/person/bindings', { employerId });
  await employerApi.post(`/api/employer/bindings/${binding.id}/decision`, { decision: '审核通过' });
  await business.post('/api/department/eligibility/exceptions', {
    idNumber: applicant.idNumber,
    reason: V.exception,
  });

  // the application, every free-text field and file name a payload; submitted, then 退回 by the employer
  applicationId = await fillApplication(person, employerId, item.id);
  const { version } = await employerApi.get<{ version: number }>(`/api/review/applications/${applicationId}`);
  await employerApi.post(`/api/review/applications/${applicationId}/decision`, {
    action: '退回',
    opinion: V.returnOpinion,
    modules: ['achievement'],
    version,
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function fillApplication(person: ApiSession, employerId: string, basis: string): Promise<string> {
  const app = await person.post<{ id: string; identity: { birthDate: string; gender: string } }>(
    '/api/person/applications',
    { noticeId, employerId, confirmations: [true, true, true, true] },
  );
  const base = `/api/person/applications/${app.id}`;
  await person.post(
    `${base}/modules/basic`,
    {
      version: 0,
      values: {
        gender: app.identity.gender,
        birthDate: app.identity.birthDate,
        ethnicity: '汉族',
        politicalStatus: '群众',
        phone: applicant.phone,
        email: 'xss@example.cn',
        position: V.position,
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
  await apiUpload(person, `${base}/attachments?slot=photo`, V.photoFile, JPG);
  const education = await person.post<{ id: string }>(`${base}/entries`, {
    module: 'education',
    values: {
      startDate: '2008-09-01',
      endDate: '2012-07-01',
      school: V.school,
      major: V.major,
      level: '大学本科',
      degree: '学士',
      mode: '全日制',
    },
  });
  await apiUpload(person, `${base}/attachments?slot=entry&entryId=${education.id}`, V.entryFile, PDF);
  await person.post(`${base}/entries`, {
    module: 'work',
    values: { startDate: '2012-07-15', employer: V.workEmployer, post: V.post },
  });
  const saved = await person.post<{ version: number }>(
    `${base}/modules/achievement`,
    { version: 0, values: { text: V.achievement } },
    'PUT',
  );
  achievementVersion = saved.version;
  await apiUpload(person, `${base}/attachments?slot=idCard`, V.idCardFile, JPG);
  await person.post(`${base}/submit`, { commitment: true });
  return app.id;
}

// ---------------------------------------------------------------------------------------------------------
// the browser side

interface Watched {
  page: Page;
  /** everything that went wrong on the page since it opened: dialogs, errors, CSP violations */
  problems: string[];
}

const signedIn = new Map<string, Watched>();

/**
 * The page of `account`, signed in on first use and kept for the run (its pages are then reached as a person
 * clicks through the app, within one document: see `visit`). It records every dialog, page error, console
 * error and CSP violation; the violation listener is installed through the DevTools protocol, which the page's
 * CSP does not govern.
 */
async function openAs(
  portal: 'person' | 'employer' | 'admin' | 'public',
  account = '',
  password = 'Demo@2026',
): Promise<Watched> {
  const key = `${portal}:${account}`;
  const known = signedIn.get(key);
  if (known) return known;
  const context: BrowserContext = await newContext(browser, server.baseUrl);
  const problems: string[] = [];
  await context.exposeFunction('__cspViolation', (text: string) => problems.push(`CSP violation: ${text}`));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __cspViolation(text: string): void }).__cspViolation;
      report(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}: ${e.sample}`);
    });
  });
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    problems.push(`dialog ${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  const loginPage = portal === 'admin' ? '/admin/login' : `/login?type=${portal}`;
  expectCsp(await page.goto(portal === 'public' ? '/' : loginPage), loginPage);
  if (portal === 'admin') {
    await adminLogin(page, account, password);
    await page.waitForURL('**/admin');
  } else if (portal !== 'public') {
    await login(page, account, password);
    await page.waitForURL(`**/${portal}`);
  }
  const watched = { page, problems };
  signedIn.set(key, watched);
  return watched;
}

/** Text inside the page as a person reads it, form fields' values included. */
async function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const values = Array.from(document.querySelectorAll('input, textarea')).map(
      (el) => (el as HTMLInputElement | HTMLTextAreaElement).value,
    );
    // biome-ignore lint/performance/useDomNodeTextContent: the text as drawn; an injected <script>'s source is not
    return `${document.body.innerText}\n${values.join('\n')}`;
  });
}

/** Whatever of an injection the DOM holds: handler attributes, script links, inline scripts. */
function injected(): string[] {
  const found: string[] = [];
  for (const el of Array.from(document.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      const scriptUrl =
        /^(href|src|action|formaction|xlink:href)$/i.test(attr.name) && /^\s*javascript:/i.test(attr.value);
      if (/^on/i.test(attr.name) || scriptUrl)
        found.push(`<${el.tagName.toLowerCase()} ${attr.name}="${attr.value}">`);
    }
  }
  for (const script of Array.from(document.querySelectorAll('script:not([src])')))
    found.push(`inline <script>${script.textContent}`);
  for (const el of Array.from(document.querySelectorAll('body svg *, body b'))) {
    if (el.textContent?.includes('粗')) found.push(`markup rendered: <${el.tagName.toLowerCase()}>`);
  }
  return found;
}

/**
 * The document carries the server's CSP, with no way around it for scripts: the policy holds for every page
 * the app then draws in that document.
 */
function expectCsp(response: Response | null, url: string): void {
  const csp = response?.headers()['content-security-policy'] ?? '';
  // 'wasm-unsafe-eval' (the 扫一扫 QR reader compiles WebAssembly) is the one exception: no eval, no inline script
  expect(csp, `the CSP header of ${url}`).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp.replace("'wasm-unsafe-eval'", ''), `the CSP of ${url}`).not.toMatch(
    /script-src[^;]*(unsafe|data:|\*)/,
  );
  expect(csp, `the CSP of ${url}`).toContain("default-src 'self'");
}

/**
 * Goes to `url` as a click on a link of the app does (the router follows the history; the document, its CSP
 * and everything that ran in it stay, so a payload that ran on any page before is still found), waits until
 * every text in `expected` is shown, then checks that nothing ran and nothing was injected.
 */
async function visit(
  watched: Watched,
  url: string,
  expected: string[],
  options: { shot?: string; before?: (page: Page) => Promise<void> } = {},
): Promise<void> {
  const { page, problems } = watched;
  const go = (to: string) =>
    page.evaluate((target) => {
      window.history.pushState(null, '', target);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, to);
  // by way of the portal's 页面不存在 first, so that nothing of the page before is still drawn when the texts
  // are looked for, and the page is mounted afresh even when it is the one already open
  const portal = new URL(page.url()).pathname.split('/')[1];
  await go(portal === 'person' || portal === 'employer' || portal === 'admin' ? `/${portal}/-` : '/-');
  await expect.poll(() => page.getByRole('heading', { name: '页面不存在' }).count()).toBe(1);
  await go(url);
  await options.before?.(page);
  for (const text of expected) {
    await expect.poll(() => shownText(page), { message: `${url} shows ${text} as text` }).toContain(text);
  }
  // an image that failed to load fires its onerror after the text is there: let that moment pass
  await page.waitForTimeout(300);
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss),
    `${url}: window.__xss`,
  ).toBeUndefined();
  expect(await page.evaluate(injected), `${url}: injected markup`).toEqual([]);
  expect(problems, `${url}: dialogs, errors, CSP violations`).toEqual([]);
  if (options.shot) {
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, `${options.shot}.png`), fullPage: true });
  }
}

const lines = (text: string) => text.split('\n');

/** 展开 of every entry and attachment slot, so that the file names are on the page. */
async function expandAll(page: Page): Promise<void> {
  const expand = page.getByRole('button', { name: /^展开：/ });
  await expect.poll(() => expand.count()).toBeGreaterThan(0);
  while ((await expand.count()) > 0) await expand.first().click();
}

describe('script and markup in every field shown back (issue 12, item 10)', () => {
  it('the watch sees an injection: the CSP blocks the handler and reports it, the DOM scan finds it', async () => {
    // the control that every check below relies on: markup put into the page the way a careless render would
    const { page, problems } = await openAs('public', 'control');
    await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), IMG);
    await expect.poll(() => problems.some((p) => p.startsWith('CSP violation: script-src'))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await page.evaluate(injected)).toContain('<img onerror="window.__xss=1">');
    signedIn.delete('public:control');
    await page.context().close();
  });

  it('refuses the payloads where a field has a format: names of people, a webhook address', async () => {
    await expect(registerApplicant(server, SCRIPT)).rejects.toThrow(
      /400.*姓名只能包含汉字、字母、空格和间隔号/,
    );
    await expect(registerEmployer(server, '示范单位', IMG)).rejects.toThrow(/400.*姓名只能包含/);
    const admin = await apiLogin(server, 'department', 'admin');
    await expect(
      admin.post('/api/department/integration-clients', {
        name: '推送客户端',
        scopes: ['certificates:webhook'],
        allowedIps: ['127.0.0.1'],
        webhookUrl: JS_URL,
      }),
    ).rejects.toThrow(/400.*回调地址/);
  });

  it('the applicant reads them as text: notices, bindings, the returned application, messages', async () => {
    const person = await openAs('person', applicant.idNumber, applicant.password);
    await visit(
      person,
      '/person/rcpd',
      [V.noticeTitle, ...lines(V.noticeBody), V.noticeFile, V.employerName],
      {
        shot: 'applicant-notices',
      },
    );
    await visit(person, '/person/rcpd/bindings', [V.employerName, V.bindingOpinion]);
    await visit(
      person,
      `/person/rcpd/applications/${applicationId}`,
      [
        V.returnOpinion,
        V.position,
        V.category,
        V.itemText,
        V.school,
        V.major,
        V.workEmployer,
        V.post,
        ...lines(V.achievement),
        V.photoFile,
        V.entryFile,
      ],
      { before: expandAll, shot: 'applicant-returned-application' },
    );
    await visit(
      person,
      `/person/rcpd/applications/${applicationId}/submit`,
      [V.idCardFile, V.returnOpinion],
      {
        before: expandAll,
      },
    );
    await visit(person, '/person/messages', [V.bindingOpinion, V.returnOpinion]);
    // 条件自检 on 人才分类定级评定 with the 申报注意事项 (manual 3.2.1)
    await visit(person, '/person/rcpd', lines(V.guide), {
      before: async (page) => {
        await expect.poll(() => page.getByRole('region', { name: '申报注意事项' }).count()).toBe(1);
      },
    });
  });

  it('the employer reads them as text: its unit, binding requests, the application under review', async () => {
    const unit = await openAs('employer', employer.uscc, employer.password);
    await visit(unit, '/employer', [V.employerName, V.supervisor]);
    await visit(unit, '/employer/rcpd', [V.bindingOpinion]);
    await visit(unit, `/employer/review/${applicationId}`, [
      V.noticeTitle,
      V.position,
      V.category,
      V.itemText,
      V.school,
      V.major,
      V.workEmployer,
      V.post,
      ...lines(V.achievement),
      V.photoFile,
      V.entryFile,
      V.idCardFile,
      V.returnOpinion,
      V.employerName,
    ]);
    // 预览 of a file: its name titles the dialog of a PDF, and names the image in the viewer
    const preview = (name: string, dialog: string) => async (page: Page) => {
      await page.getByRole('button', { name: `预览：${name}`, exact: true }).click();
      await expect.poll(() => page.getByRole('dialog', { name: dialog, exact: true }).count()).toBe(1);
    };
    await visit(unit, `/employer/review/${applicationId}`, [`预览：${V.entryFile}`], {
      before: preview(V.entryFile, `预览：${V.entryFile}`),
    });
    await visit(unit, `/employer/review/${applicationId}`, [], { before: preview(V.photoFile, V.photoFile) });
  });

  it('the 管理端 reads them as text: notices, catalogue, guide, exceptions, 主管部门, accounts, clients, SMS, audit', async () => {
    const business = await openAs('admin', 'yewu');
    await visit(business, '/admin/notices', [V.noticeTitle]);
    await visit(business, `/admin/notices/${noticeId}`, [V.noticeTitle, V.noticeBody, V.noticeFile]);
    await visit(business, '/admin/catalogue', [V.category, V.itemCode, V.itemText], {
      shot: 'admin-catalogue',
    });
    await visit(business, '/admin/guide', [V.guide]);
    await visit(business, '/admin/eligibility', [V.exception]);

    const admin = await openAs('admin', 'admin');
    await visit(admin, '/admin/supervisors', [V.supervisor, V.employerName]);
    await visit(admin, '/admin/accounts', [V.department]);
    await visit(admin, '/admin/integrations', [V.client]);
    await visit(admin, '/admin/sms-messages', [V.employerName, V.bindingOpinion]);

    const auditor = await openAs('admin', 'shenji');
    await visit(auditor, '/admin/audit', [V.noticeTitle, V.noticeFile, V.supervisor, V.bindingOpinion]);
  });

  it('after the review and the results: opinions, remarks, objections, reasons, the public 公示', async () => {
    // 重新提交; both stages pass it with an opinion, the 省人社厅 stage by the reviewer of the named 所属部门
    const person = await apiLogin(server, 'person', applicant.idNumber, applicant.password);
    const base = `/api/person/applications/${applicationId}`;
    await person.post(
      `${base}/modules/achievement`,
      { version: achievementVersion, values: { text: `${V.achievement}\n${BOLD}` } },
      'PUT',
    );
    await person.post(`${base}/submit`, { commitment: true });
    const decide = async (api: ApiSession, id: string, opinion = '') => {
      const { version } = await api.get<{ version: number }>(`/api/review/applications/${id}`);
      await api.post(`/api/review/applications/${id}/decision`, { action: '审核通过', opinion, version });
    };
    await decide(
      await apiLogin(server, 'employer', employer.uscc, employer.password),
      applicationId,
      V.passOpinion,
    );
    const reviewerApi = await apiLogin(server, 'department', REVIEWER.username, REVIEWER.password);
    await decide(reviewerApi, applicationId, V.departmentOpinion);
    // 张三 (the demo applicant) too, for a certificate while 萧晓's result stays on 公示
    const demo = await submitApplication(server, DEMO);
    await decide(await apiLogin(server, 'employer', '91220101MA17A0001Q'), demo.id);
    await decide(reviewerApi, demo.id);

    const business = await apiLogin(server, 'department', 'yewu');
    for (const id of [applicationId, demo.id]) {
      await business.post('/api/department/results', {
        applicationId: id,
        outcome: '认定通过',
        remark: V.remark,
      });
    }
    const { items } = await business.get<{
      items: { applicationId: string; result: { id: string } | null }[];
    }>('/api/department/results');
    const resultOf = (id: string) => items.find((i) => i.applicationId === id)?.result?.id ?? '';
    await business.post('/api/department/results/publicity', { resultIds: [resultOf(applicationId)] });
    await business.post(`/api/department/results/${resultOf(applicationId)}/objections`, {
      content: V.objection,
    });
    await business.post('/api/department/results/publish', { resultIds: [resultOf(demo.id)] });
    let certificate: { id: string } | undefined;
    await expect
      .poll(async () => {
        // the demo applicant's (the demo's finished round of last year has certificates of its own)
        certificate = (
          await business.get<{ items: { id: string; holderName: string }[] }>('/api/department/certificates')
        ).items.find((c) => c.holderName === '张三');
        return certificate;
      })
      .toBeDefined();
    await business.post(`/api/department/certificates/${certificate?.id}/status`, {
      status: '暂扣',
      reason: V.certificateReason,
    });

    const applicantPage = await openAs('person', applicant.idNumber, applicant.password);
    await visit(applicantPage, `/person/rcpd/applications/${applicationId}`, [
      V.returnOpinion,
      V.passOpinion,
      V.departmentOpinion,
      V.department,
    ]);

    const reviewer = await openAs('admin', REVIEWER.username, REVIEWER.password);
    await visit(reviewer, '/admin/review?scope=all', [V.employerName]);
    await visit(
      reviewer,
      `/admin/review/${applicationId}`,
      [V.noticeTitle, V.employerName, V.returnOpinion, V.passOpinion, V.departmentOpinion, V.itemText, BOLD],
      { shot: 'department-review-detail' },
    );

    const results = await openAs('admin', 'yewu');
    await visit(results, '/admin/results', [V.employerName, V.remark, V.objection], {
      before: async (page) => {
        for (const name of ['萧晓', '张三']) {
          const expand = page.getByRole('button', { name: `备注与异议：${name}` });
          await expect.poll(() => expand.count()).toBe(1);
          await expand.click();
        }
      },
    });
    await visit(results, '/admin/certificates', [V.certificateReason]);

    const holder = await openAs('person', DEMO.idNumber, DEMO.password);
    await visit(holder, '/person/messages', [V.certificateReason]);
    await visit(holder, '/person/rcpd', [V.category]); // 我的证照

    const anyone = await openAs('public');
    await visit(anyone, '/publicity', [V.employerName, V.category]);
  });
});
