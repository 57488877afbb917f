/**
 * Phone-first (issue 14, items 4 and 5): the applicant's whole journey — register → certificate — on a phone of
 * 390 × 844 with touch, tapping where a person taps. No page scrolls sideways; the 一览表 opens in a new window;
 * a module form with unsaved changes asks before leaving, comes back after a reload with 已恢复未保存的内容, and a
 * session that ends while typing asks to sign in again and then saves what was typed. The employer's and the
 * department's steps, not the subject here, go through the API.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { COMMITMENT_TEXT, type ModuleKey, moduleDef } from '@rcpd/shared';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiLogin, registerApplicant } from './support/api.js';
import { approveApplication } from './support/applications.js';
import { expectAccessible, launchBrowser, newContext } from './support/browser.js';
import { fillField, fillFields } from './support/module-fields.js';
import { login, look } from './support/pages.js';
import { mobile, residentId } from './support/people.js';
import { DEV_CAPTCHA, type RunningServer, startServer } from './support/server.js';

const PHONE = { width: 390, height: 844 };
const DEMO_EMPLOYER = '91220101MA17A0001Q';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let files: { dir: string; jpg: string; pdf: string };

const person = { idNumber: residentId(), phone: mobile(), name: '赵手机', password: 'Shouji#2026' };
/** 居民身份证: the 17th digit odd is 男; digits 7–14 the birth date */
const gender = Number(person.idNumber[16]) % 2 === 1 ? '男' : '女';
const birthDate = `${person.idNumber.slice(6, 10)}-${person.idNumber.slice(10, 12)}-${person.idNumber.slice(12, 14)}`;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  files = await makeFiles();
  context = await browser.newContext({
    baseURL: server.baseUrl,
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    locale: 'zh-CN',
    reducedMotion: 'reduce',
  });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (files) rmSync(files.dir, { recursive: true, force: true });
});

/** A real JPEG and a real PDF, made by the browser itself. */
async function makeFiles() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rcpd-e2e-phone-'));
  const maker = await browser.newPage({ viewport: { width: 400, height: 300 } });
  await maker.setContent('<h1 style="font-family:sans-serif">Certificate 2026</h1>');
  const jpg = path.join(dir, '身份证正反面.jpg');
  await maker.screenshot({ path: jpg, type: 'jpeg', quality: 70 });
  const pdf = path.join(dir, '毕业证书.pdf');
  await maker.pdf({ path: pdf, format: 'A4' });
  await maker.close();
  return { dir, jpg, pdf };
}

/** What is wider than `width` on the page now: the document's scroll width and the first elements past it. */
function overflow(width: number) {
  return page.evaluate((w) => {
    const over = Array.from(document.querySelectorAll('body *')).filter((e) => {
      const box = e.getBoundingClientRect();
      return box.width > 0 && box.right > w + 1 && getComputedStyle(e).position !== 'fixed';
    });
    return {
      scrollWidth: document.documentElement.scrollWidth,
      over: over.slice(0, 3).map((e) => `${e.tagName.toLowerCase()}.${String(e.className).slice(0, 50)}`),
    };
  }, width);
}

/**
 * The page fits the phone — at 390 px and at the narrower 375 px — so nothing scrolls sideways. (With a phone's
 * viewport the browser would widen the layout to the widest element, so the check is against the phone's
 * width, not innerWidth.)
 */
async function expectNoSidewaysScroll(label: string) {
  expect(await overflow(PHONE.width), `sideways scrolling on ${label}`).toEqual({
    scrollWidth: PHONE.width,
    over: [],
  });
  await look(page, `phone-${label}`);
  await page.setViewportSize({ width: 375, height: PHONE.height });
  try {
    await expect
      .poll(() => overflow(375), { message: `sideways scrolling on ${label} at 375 px` })
      .toEqual({ scrollWidth: 375, over: [] });
  } finally {
    await page.setViewportSize(PHONE);
  }
}

/** One field, or each, of a module as a person fills it on a phone: tapped. */
const _fill = (scope: Locator, module: ModuleKey, key: string, value: string) =>
  fillField(scope, module, key, value, { touch: true });
const fillAll = (scope: Locator, module: ModuleKey, values: [string, string][]) =>
  fillFields(scope, module, values, { touch: true });

const card = (label: string) => page.getByRole('region', { name: label, exact: true });

async function upload(button: string, file: string) {
  await page.getByRole('button', { name: button }).tap();
  const dialog = page.getByRole('dialog', { name: '上传附件' });
  await expect.poll(() => dialog.getByText('格式要求').count()).toBeGreaterThan(0);
  await dialog.locator('input[type=file]').setInputFiles(file);
  await expect.poll(() => dialog.getByText(path.basename(file)).count()).toBeGreaterThan(0);
  await expectNoSidewaysScroll(`upload-${button.replace(/[：:]/g, '-')}`);
  await dialog.getByRole('button', { name: '完成' }).tap();
  await expect.poll(() => dialog.count()).toBe(0);
}

async function signIn(account: string, password: string) {
  await page.getByLabel('账号').fill(account);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByLabel('验证码').fill(DEV_CAPTCHA);
  await page.getByRole('button', { name: '登录', exact: true }).tap();
}

/** The portal's menu, a drawer on a phone: 打开菜单, then the entry. */
async function menu(entry: string, parent?: string) {
  await page.getByRole('button', { name: '打开菜单' }).tap();
  const drawer = page.getByRole('dialog', { name: '菜单' });
  const item = drawer.getByRole('menuitem', { name: entry });
  // a submenu is open already when the current page is one of its entries
  if (parent && !(await item.isVisible())) await drawer.getByText(parent, { exact: true }).tap();
  await item.tap();
}

const BASIC: [string, string][] = [
  ['gender', gender],
  ['birthDate', birthDate],
  ['ethnicity', '汉族'],
  ['politicalStatus', '群众'],
  ['phone', '13900000002'],
  ['email', 'zhao@example.cn'],
  ['position', '软件研发'],
  ['education', '大学本科'],
  ['degree', '学士'],
  ['talentSource', '省内人才'],
  ['serviceType', '首次认定'],
  ['longContract', '是'],
  ['employmentForm', '全职'],
  ['category', 'D'],
  ['basis', 'D-1'],
  ['talentType', '其他'],
];

describe('the applicant on a phone (390 × 844, touch)', () => {
  let applicationUrl = '';

  it('registers, signs in, finds 人才分类定级评定 in the menu drawer and binds the employer', async () => {
    await page.goto('/register/person');
    await page.getByLabel('证件号码').fill(person.idNumber);
    await page.getByLabel('姓名').fill(person.name);
    await page.getByLabel('手机号码').fill(person.phone);
    await page.getByLabel('图形验证码').fill(DEV_CAPTCHA);
    await page.getByRole('button', { name: '获取短信验证码' }).tap();
    await expect.poll(() => page.getByRole('button', { name: /秒后重新获取/ }).count()).toBe(1);
    await page.getByLabel('短信验证码').fill(await server.smsCode(person.phone));
    await page.getByLabel('密码', { exact: true }).fill(person.password);
    await page.getByLabel('确认密码').fill(person.password);
    await expectNoSidewaysScroll('register');
    await page.getByRole('button', { name: '注册', exact: true }).tap();
    await expect.poll(() => page.getByText('注册成功').count()).toBeGreaterThan(0);

    await page.goto('/login?type=person');
    await expectNoSidewaysScroll('login');
    await signIn(person.idNumber, person.password);
    await page.waitForURL('**/person');
    await expectNoSidewaysScroll('home');
    await menu('人才分类定级评定', '人事人才');
    await page.waitForURL('**/person/rcpd');
    await expectNoSidewaysScroll('rcpd');

    // only an employer that has signed in once can be found (manual 3.1.1)
    const employer = await apiLogin(server, 'employer', DEMO_EMPLOYER);
    await page.getByRole('link', { name: '去绑定' }).tap();
    await page.waitForURL('**/person/rcpd/binding');
    await page.getByLabel('统一社会信用代码').fill(DEMO_EMPLOYER);
    await page.getByRole('button', { name: '查询', exact: true }).tap();
    await page.getByRole('button', { name: '绑定', exact: true }).tap();
    await expect.poll(() => page.getByText(/已提交绑定申请/).count()).toBeGreaterThan(0);
    await expectNoSidewaysScroll('binding');

    // the employer approves in its own portal (through the API here)
    const { items } = await employer.get<{ items: { id: string; applicantName: string }[] }>(
      '/api/employer/bindings?status=待审核',
    );
    const request = items.find((b) => b.applicantName === person.name);
    if (!request) throw new Error('the binding request is not in the employer queue');
    await employer.post(`/api/employer/bindings/${request.id}/decision`, { decision: '审核通过' });

    await page.goto('/person/rcpd/bindings');
    await expect.poll(() => page.getByText('材料终审通过').count()).toBeGreaterThan(0);
    await expectNoSidewaysScroll('bindings');
    await expectAccessible(page, '绑定单位申报状态 (phone)');
  });

  it('passes 条件自检 and fills 基本信息: the 申报依据 wraps inside the field', async () => {
    await page.goto('/person/rcpd');
    const apply = page.getByRole('button', { name: /^申报：/ }).first();
    await expect.poll(() => apply.count()).toBe(1);
    // 条件自检 on the page itself (the manual's order): the conditions, 确认并开始申报, then 申报 of a notice
    const onPage = page.getByRole('region', { name: '条件自检', exact: true });
    const boxes = onPage.locator('.confirm-list').getByRole('checkbox');
    await expect.poll(() => boxes.count()).toBe(4);
    for (const box of await boxes.all()) await box.tap();
    await expectNoSidewaysScroll('self-check');
    await onPage.getByRole('button', { name: '确认并开始申报' }).tap();
    await expect.poll(() => onPage.getByText('已确认').count()).toBe(1);
    await expect.poll(() => apply.isDisabled()).toBe(false);
    await apply.tap();
    await page.waitForURL(/\/person\/rcpd\/applications\/[0-9a-f-]{36}$/);
    applicationUrl = new URL(page.url()).pathname;

    const basic = card('基本信息');
    await fillAll(basic, 'basic', BASIC);
    await expect.poll(() => basic.getByText(/^D-1 /).count()).toBe(1);
    const chosen = await basic.locator('.catalogue-select').boundingBox();
    expect(chosen && chosen.height > 40, 'the long 条款 wraps onto a second line').toBe(true);
    await expectNoSidewaysScroll('basic-filled');
    await expectAccessible(page, '信息填报 (phone)');
  });

  it('asks before leaving unsaved changes, and a reload brings them back with a notice', async () => {
    // a menu entry of the app: asked, 留在本页 keeps everything
    await menu('首页');
    const ask = page.getByRole('dialog', { name: '有未保存的内容' });
    await expect.poll(() => ask.count()).toBe(1);
    await expectAccessible(page, '有未保存的内容 (phone)');
    await ask.getByRole('button', { name: '留在本页' }).tap();
    expect(new URL(page.url()).pathname).toBe(applicationUrl);

    // a reload: the browser asks (beforeunload); afterwards the values come back from this browser
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.type());
        void dialog.accept();
      }),
    );
    await page.reload();
    expect(await asked).toBe('beforeunload');
    const basic = card('基本信息');
    await expect.poll(() => basic.getByText('已恢复未保存的内容').count()).toBe(1);
    expect(await basic.getByLabel('电子邮箱', { exact: true }).inputValue()).toBe('zhao@example.cn');
    await expect.poll(() => basic.getByText(/^D-1 /).count()).toBe(1);
    await expectNoSidewaysScroll('basic-restored');

    // a closed tab: a new tab of the same browser finds them too
    await page.close({ runBeforeUnload: false });
    page = await context.newPage();
    await page.goto(applicationUrl);
    await expect.poll(() => card('基本信息').getByText('已恢复未保存的内容').count()).toBe(1);
    expect(await card('基本信息').getByLabel('手机号码', { exact: true }).inputValue()).toBe('13900000002');
  });

  it('a session that ended while typing asks to sign in again, then saves what was typed', async () => {
    const basic = card('基本信息');
    await basic.getByLabel('现从事专业/岗位', { exact: true }).fill('软件研发/移动端');
    // the session ends (as after 30 idle minutes): the browser no longer holds it
    await context.clearCookies();
    await basic.getByRole('button', { name: '保存', exact: true }).tap();
    const renewal = page.getByRole('dialog', { name: '登录已失效，请重新登录' });
    await expect.poll(() => renewal.count()).toBe(1);
    await expectNoSidewaysScroll('session-renewal');
    await expectAccessible(page, '重新登录 (phone)');
    await renewal.getByLabel('账号').fill(person.phone);
    await renewal.getByLabel('密码', { exact: true }).fill(person.password);
    await renewal.getByLabel('验证码').fill(DEV_CAPTCHA);
    await renewal.getByRole('button', { name: '登录', exact: true }).tap();
    await expect.poll(() => page.getByText('基本信息已保存').count()).toBeGreaterThan(0);
    expect(new URL(page.url()).pathname).toBe(applicationUrl);

    // saved on the server: a fresh page shows it, with no notice and no question on leaving
    await page.reload();
    await expect
      .poll(() => card('基本信息').getByLabel('现从事专业/岗位', { exact: true }).inputValue())
      .toBe('软件研发/移动端');
    expect(await card('基本信息').getByText('已恢复未保存的内容').count()).toBe(0);
  });

  it('fills the other required modules with their files, opens the 一览表 and submits', async () => {
    await upload('上传个人照片', files.jpg);

    const addEntry = async (module: ModuleKey, values: [string, string][]) => {
      const label = moduleDef(module).label;
      await page.getByRole('button', { name: `添加：${label}` }).tap();
      const dialog = page.getByRole('dialog', { name: `添加${label}` });
      await fillAll(dialog, module, values);
      await expectNoSidewaysScroll(`entry-${module}`);
      await dialog.getByRole('button', { name: '保存' }).tap();
      await expect.poll(() => dialog.count()).toBe(0);
    };
    await addEntry('education', [
      ['startDate', '2008-09-01'],
      ['endDate', '2012-07-01'],
      ['school', '吉林大学'],
      ['major', '计算机科学与技术'],
      ['level', '大学本科'],
      ['degree', '学士'],
      ['mode', '全日制'],
    ]);
    await upload('上传附件：学习经历第1条', files.pdf);
    await addEntry('work', [
      ['startDate', '2012-07-15'],
      ['employer', '吉林省示范科技有限公司'],
      ['post', '软件研发'],
    ]);
    const achievement = card('创新创业成果（突出业绩）');
    await achievement.getByLabel('创新创业成果（突出业绩）').fill('主持完成省级重点研发项目两项。');
    await achievement.getByRole('button', { name: '保存', exact: true }).tap();
    await expect.poll(() => page.getByText('创新创业成果（突出业绩）已保存').count()).toBeGreaterThan(0);
    await expectNoSidewaysScroll('modules-filled');

    await page.getByRole('link', { name: '下一步' }).tap();
    await page.waitForURL(/\/submit$/);
    await upload('上传附件：身份证正反面', files.jpg);
    // 数据验证通过 itself (the hint under 承诺 also begins with those words); else what the list still says
    await expect
      .poll(async () =>
        (await page.getByText('数据验证通过', { exact: true }).count()) > 0
          ? '数据验证通过'
          : await page.locator('#validation').textContent(),
      )
      .toBe('数据验证通过');
    await expectNoSidewaysScroll('submit');

    // 预览 of the 一览表: a phone's browser cannot show a PDF in the page; it opens in a new window
    await page.getByRole('button', { name: '预览：人才分类定级认定一览表' }).tap();
    const preview = page.getByRole('dialog', { name: '预览：人才分类定级认定一览表' });
    const open = preview.getByRole('link', { name: '在新窗口打开' });
    await expect.poll(() => open.count()).toBe(1);
    await expectNoSidewaysScroll('summary-preview');
    // a dialog's long title stays clear of its close button (the 条件自检 dialog's ran under it)
    const clear = await preview.evaluate((dialog) => {
      const title = dialog.querySelector('.ant-modal-title');
      const close = dialog.querySelector('.ant-modal-close');
      if (!title || !close) return false;
      const text = document.createRange();
      text.selectNodeContents(title);
      const right = Math.max(...Array.from(text.getClientRects()).map((r) => r.right));
      return right <= close.getBoundingClientRect().left;
    });
    expect(clear, 'the dialog title clear of the close button').toBe(true);
    await expectAccessible(page, '一览表预览 (phone)');
    const href = await open.getAttribute('href');
    const pdf = await context.request.get(href ?? '');
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await preview.getByRole('button', { name: 'Close' }).or(preview.getByLabel('关闭')).first().tap();
    await expect.poll(() => preview.count()).toBe(0);

    const commitment = page.getByRole('checkbox', { name: COMMITMENT_TEXT });
    await commitment.tap();
    await expect.poll(() => commitment.isChecked()).toBe(true);
    const submit = page.getByRole('button', { name: '提交', exact: true });
    // enabled; else why not, to read in a failure
    await expect
      .poll(async () =>
        (await submit.isEnabled())
          ? 'enabled'
          : `committed: ${await commitment.isChecked()}; ${await page.locator('#validation').textContent()}`,
      )
      .toBe('enabled');
    await submit.tap();
    await expect.poll(() => page.getByText('提交成功').count()).toBeGreaterThan(0);
    await expectNoSidewaysScroll('submitted');
  });

  it('follows the progress, reads the result, downloads the certificate and reads 站内消息', async () => {
    const id = applicationUrl.split('/').pop() ?? '';
    await approveApplication(server, id);
    const department = await apiLogin(server, 'department', 'yewu');
    const recorded = await department.post<{ result: { id: string } }>('/api/department/results', {
      applicationId: id,
      outcome: '认定通过',
    });
    await department.post('/api/department/results/publish', { resultIds: [recorded.result.id] });

    await menu('人才分类定级评定', '人事人才');
    await page.waitForURL('**/person/rcpd');
    // 发布 runs in the background: wait until it has issued the certificate, then read the page afresh
    await expect
      .poll(
        async () => {
          const answer = await context.request.get('/api/person/certificates');
          return ((await answer.json()) as { items: unknown[] }).items.length;
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe(1);
    await page.reload();
    // on a phone, 我的证照 is a list of cards instead of a table
    const certificates = page.getByRole('list', { name: '我的证照列表' });
    await expect.poll(() => certificates.getByText(/^JLRC\d{10}$/).count()).toBe(1);
    await expectNoSidewaysScroll('rcpd-certificate');
    await expectAccessible(page, '我的证照 (phone)');
    const number = ((await certificates.getByText(/^JLRC\d{10}$/).textContent()) ?? '').trim();
    const download = certificates.getByRole('link', { name: `下载：${number}` });
    const certificate = await context.request.get((await download.getAttribute('href')) ?? '');
    expect((await certificate.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // 进度跟踪 and 评审结果 on the application
    await page.goto(applicationUrl);
    await expect.poll(() => page.getByRole('heading', { name: '流程推送' }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('heading', { name: '评审结果' }).count()).toBe(1);
    expect(await page.getByText('认定通过').count()).toBeGreaterThan(0);
    await expectNoSidewaysScroll('application-result');

    // a session that ended is found by a read too (another page): the page stays, signing in again goes on
    await context.clearCookies();
    await menu('站内消息');
    await page.waitForURL('**/person/messages');
    const renewal = page.getByRole('dialog', { name: '登录已失效，请重新登录' });
    await expect.poll(() => renewal.count()).toBe(1);
    await renewal.getByLabel('账号').fill(person.idNumber);
    await renewal.getByLabel('密码', { exact: true }).fill(person.password);
    await renewal.getByLabel('验证码').fill(DEV_CAPTCHA);
    await renewal.getByRole('button', { name: '登录', exact: true }).tap();
    await expect.poll(() => renewal.count()).toBe(0);
    expect(new URL(page.url()).pathname).toBe('/person/messages');
    await expect.poll(() => page.getByText('评审结果已发布').count()).toBeGreaterThan(0);
    await expectNoSidewaysScroll('messages');
    await expectAccessible(page, '站内消息 (phone)');
  });
});

describe('at a desk (1280 wide): an entry being added is kept too', () => {
  it('a reload offers 继续填写 with the typed values; closing the dialog and 安全退出 ask before giving them up', async () => {
    const desk = await registerApplicant(server, '钱桌面');
    const api = await apiLogin(server, 'person', desk.idNumber, desk.password);
    const employer = await apiLogin(server, 'employer', DEMO_EMPLOYER);
    const { employerId } = await api.get<{ employerId: string }>(
      `/api/person/employers?uscc=${DEMO_EMPLOYER}`,
    );
    const binding = await api.post<{ id: string }>('/api/person/bindings', { employerId });
    await employer.post(`/api/employer/bindings/${binding.id}/decision`, { decision: '审核通过' });
    const { items } = await api.get<{ items: { id: string }[] }>('/api/person/notices');
    const created = await api.post<{ id: string }>('/api/person/applications', {
      noticeId: items[0]?.id,
      employerId,
      confirmations: [true, true, true, true],
    });

    const deskContext = await newContext(browser, server.baseUrl);
    const at = await deskContext.newPage();
    await at.goto('/login?type=person');
    await login(at, desk.idNumber, desk.password);
    await at.waitForURL('**/person');
    await at.goto(`/person/rcpd/applications/${created.id}`);
    await at.getByRole('button', { name: '添加：学习经历' }).click();
    const dialog = at.getByRole('dialog', { name: '添加学习经历' });
    await dialog.getByLabel('毕业学校', { exact: true }).fill('东北师范大学');

    at.once('dialog', (question) => void question.accept());
    await at.reload();
    const education = at.getByRole('region', { name: '学习经历', exact: true });
    await expect.poll(() => education.getByText('有未保存的学习经历内容').count()).toBe(1);
    await expectAccessible(at, '有未保存的学习经历内容');
    await education.getByRole('button', { name: '继续填写' }).click();
    await expect.poll(() => dialog.getByText('已恢复未保存的内容').count()).toBe(1);
    expect(await dialog.getByLabel('毕业学校', { exact: true }).inputValue()).toBe('东北师范大学');

    // 取消 asks; 放弃 gives the values up, in the browser too
    await dialog.getByRole('button', { name: '取消' }).click();
    const ask = at.getByRole('dialog', { name: '有未保存的内容' });
    await expect.poll(() => ask.count()).toBe(1);
    await ask.getByRole('button', { name: '放弃' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await at.reload();
    await expect.poll(() => education.getByRole('button', { name: '添加：学习经历' }).count()).toBe(1);
    expect(await education.getByText('有未保存的学习经历内容').count()).toBe(0);
    expect(await at.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    // 安全退出 with something unsaved asks first, then leaves nothing of it in this (maybe shared) browser
    await at
      .getByRole('region', { name: '基本信息', exact: true })
      .getByLabel('电子邮箱', { exact: true })
      .fill('qian@example.cn');
    await at.getByRole('button', { name: '安全退出' }).click();
    const leave = at.getByRole('dialog', { name: '有未保存的内容' });
    await expect.poll(() => leave.count()).toBe(1);
    await leave.getByRole('button', { name: '安全退出' }).click();
    await at.waitForURL((url) => url.pathname === '/');
    expect(
      await at.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('rcpd-draft:'))),
    ).toEqual([]);
    await deskContext.close();
  });
});
