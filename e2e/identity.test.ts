/**
 * 统一身份认证 as a person does it, in Debian's chromium against the built server: register with the SMS code
 * from the outbox, log in, 安全退出, 忘记密码; the demo accounts reach their portals. Every page gets an axe scan.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newContext } from './support/browser.js';
import { login, look } from './support/pages.js';
import { mobile, residentId, uscc } from './support/people.js';
import { DEV_CAPTCHA, type RunningServer, startServer } from './support/server.js';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function freshPage(viewport = { width: 1280, height: 900 }) {
  await context?.close();
  context = await newContext(browser, server.baseUrl, viewport);
  page = await context.newPage();
}

async function fillCaptcha(label = '图形验证码') {
  await page.getByLabel(label).fill(DEV_CAPTCHA);
}

async function getSmsCode(phone: string) {
  await page.getByRole('button', { name: '获取短信验证码' }).click();
  await expect.poll(() => page.getByRole('button', { name: /秒后重新获取/ }).count()).toBe(1);
  return server.smsCode(phone);
}

const signIn = (account: string, password: string) => login(page, account, password);
const snap = (name: string) => look(page, name);

describe('个人账号', () => {
  const person = { idNumber: residentId(), phone: mobile(), name: '王小明', password: 'Xiaoming#2026' };
  const newPassword = 'Renewed@2027';

  it('finds 个人账号登录入口 on the landing page and registers (按步骤进行个人账号注册)', async () => {
    await freshPage();
    await page.goto('/');
    await expect.poll(() => page.getByRole('heading', { name: '吉林智慧人社网上办事大厅' }).count()).toBe(1);
    await expectAccessible(page, 'landing');
    await snap('01-landing');
    await page.getByRole('link', { name: '个人账号登录入口' }).click();
    await page.waitForURL('**/login?type=person');
    await expectAccessible(page, 'login (个人登录)');
    await snap('02-login-person');
    await page.getByRole('link', { name: '没有账号？立即注册' }).click();
    await page.waitForURL('**/register/person');

    await page.getByLabel('证件号码').fill(person.idNumber);
    await page.getByLabel('姓名').fill(person.name);
    await page.getByLabel('手机号码').fill(person.phone);
    await fillCaptcha();
    const code = await getSmsCode(person.phone);
    await page.getByLabel('短信验证码').fill(code);
    await page.getByLabel('密码', { exact: true }).fill(person.password);
    await page.getByLabel('确认密码').fill(person.password);
    await expectAccessible(page, 'registration (person)');
    await snap('03-register-person');
    await page.getByRole('button', { name: '注册', exact: true }).click();
    await expect.poll(() => page.getByText('注册成功').count()).toBeGreaterThan(0);
    await snap('04-registered');
  });

  it('shows the rule as the person types: a wrong check digit is named before anything is sent', async () => {
    await page.goto('/register/person');
    const wrong = `${person.idNumber.slice(0, 17)}${person.idNumber[17] === '0' ? '1' : '0'}`;
    await page.getByLabel('证件号码').fill(wrong);
    await page.getByLabel('姓名').click();
    await expect.poll(() => page.getByText('居民身份证号码校验位不正确，请核对后重新输入').count()).toBe(1);
  });

  it('logs in with the 证件号码 and reaches 【人事人才】—【人才分类定级评定】', async () => {
    await page.goto('/login?type=person');
    await signIn(person.idNumber, person.password);
    await page.waitForURL('**/person');
    await expect.poll(() => page.getByText('吉林智慧人社个人网上办事大厅').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText(person.name).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'personal portal home');
    await snap('05-person-home');
    await page.getByText('人事人才', { exact: true }).first().click();
    await page.getByRole('menuitem', { name: '人才分类定级评定' }).click();
    await page.waitForURL('**/person/rcpd');
    await expectAccessible(page, '人才分类定级评定');
    await snap('06-person-rcpd');
  });

  it('ends the session with 安全退出: the portal asks for login again', async () => {
    await page.getByRole('button', { name: '安全退出' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto('/person');
    await page.waitForURL('**/login?type=person');
  });

  it('sets a new password with 忘记密码, and only the new one works', async () => {
    await page.getByRole('link', { name: '忘记密码' }).click();
    await page.waitForURL('**/forgot?type=person');
    await page.getByLabel('证件号码').fill(person.idNumber);
    await page.getByLabel('手机号码').fill(person.phone);
    await fillCaptcha();
    const code = await getSmsCode(person.phone);
    await page.getByLabel('短信验证码').fill(code);
    await page.getByLabel('新密码', { exact: true }).fill(newPassword);
    await page.getByLabel('确认新密码').fill(newPassword);
    await expectAccessible(page, '忘记密码');
    await snap('07-forgot');
    await page.getByRole('button', { name: '重置密码' }).click();
    await expect.poll(() => page.getByText('密码重置成功，请使用新密码登录').count()).toBeGreaterThan(0);

    await page.goto('/login?type=person');
    await signIn(person.phone, person.password);
    await expect.poll(() => page.getByText(/账号或密码错误/).count()).toBeGreaterThan(0);
    await signIn(person.phone, newPassword);
    await page.waitForURL('**/person');
  });
});

describe('单位账号', () => {
  it('registers an employer and logs in with the 统一社会信用代码', async () => {
    const employer = {
      uscc: uscc(),
      name: '长春新材料研究院有限公司',
      phone: mobile(),
      password: 'Danwei$2026',
    };
    await freshPage();
    await page.goto('/');
    await page.getByRole('link', { name: '单位账号登录入口' }).click();
    await page.waitForURL('**/login?type=employer');
    await expectAccessible(page, 'login (单位登录)');
    await snap('08-login-employer');
    await page.getByRole('link', { name: '没有账号？立即注册' }).click();
    await page.waitForURL('**/register/employer');
    await page.getByLabel('单位名称').fill(employer.name);
    await page.getByLabel('统一社会信用代码').fill(employer.uscc);
    await page.getByLabel('经办人姓名').fill('周经办');
    await page.getByLabel('经办人手机号').fill(employer.phone);
    await fillCaptcha();
    const code = await getSmsCode(employer.phone);
    await page.getByLabel('短信验证码').fill(code);
    await page.getByLabel('密码', { exact: true }).fill(employer.password);
    await page.getByLabel('确认密码').fill(employer.password);
    await expectAccessible(page, 'registration (employer)');
    await snap('09-register-employer');
    await page.getByRole('button', { name: '注册', exact: true }).click();
    await expect.poll(() => page.getByText('注册成功').count()).toBeGreaterThan(0);

    await page.goto('/login?type=employer');
    await signIn(employer.uscc, employer.password);
    await page.waitForURL('**/employer');
    await expect.poll(() => page.getByText('吉林智慧人社单位网上办事大厅').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'employer portal home');
    await snap('10-employer-home');
  });
});

describe('演示账号', () => {
  it.each([
    ['个人网厅', '/login?type=person', '220102199001011239', '/person', '张三'],
    ['单位网厅', '/login?type=employer', '91220101MA17A0001Q', '/employer', '李经办'],
    ['管理端', '/admin/login', 'admin', '/admin', '系统管理员'],
  ])('the demo account of the %s logs into its portal', async (portal, loginPath, account, home, name) => {
    await freshPage();
    await page.goto(loginPath);
    if (portal === '管理端') {
      await page.getByLabel('用户名').fill(account);
      await page.getByLabel('密码', { exact: true }).fill('Demo@2026');
      await page.getByLabel('验证码').fill(DEV_CAPTCHA);
      await expectAccessible(page, 'admin login');
      await snap('11-admin-login');
      await page.getByRole('button', { name: '登录', exact: true }).click();
    } else {
      await signIn(account, 'Demo@2026');
    }
    await page.waitForURL(`**${home}`);
    await expect.poll(() => page.getByText(name).count()).toBeGreaterThan(0);
    await expectAccessible(page, `${portal} home`);
    await snap(`12-demo-${home.slice(1)}`);
  });

  // 三员分立: each 管理端 role sees only its own menu, its 首页 says what it is for, and another's page is closed
  const COMMON = ['首页', '站内消息', '修改密码'];
  it.each([
    [
      'admin',
      '系统管理员',
      ['账号管理', '主管部门管理', '工作日历', '接口客户端', '消息发送记录'],
      '/admin/results',
    ],
    ['shenji', '安全审计员', ['审计日志'], '/admin/accounts'],
    [
      'yewu',
      '业务管理员',
      ['评审结果', '证书管理', '申报通知', '申报注意事项', '人才分类目录', '申报条件管理', '统计分析'],
      '/admin/audit',
    ],
    ['shenhe', '审核人', ['申报审核', '评审材料包'], '/admin/certificates'],
  ])('the demo %s (%s) sees only its menu and its duties', async (username, role, own, closed) => {
    await freshPage();
    await page.goto('/admin/login');
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码', { exact: true }).fill('Demo@2026');
    await page.getByLabel('验证码').fill(DEV_CAPTCHA);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL('**/admin');
    const menu = page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem');
    await expect
      .poll(async () => (await menu.allTextContents()).map((t) => t.trim()))
      .toEqual([COMMON[0], ...own, ...COMMON.slice(1)]);
    await expect.poll(() => page.getByText(`${role}：`).count()).toBe(1);
    await snap(`14-roles-${username}`);
    await page.goto(closed);
    await expect.poll(() => page.getByText('无权访问').count()).toBeGreaterThan(0);
  });

  it('the 安全审计员 reads the 审计日志 and exports a week of it as Excel', async () => {
    await freshPage();
    await page.goto('/admin/login');
    await page.getByLabel('用户名').fill('shenji');
    await page.getByLabel('密码', { exact: true }).fill('Demo@2026');
    await page.getByLabel('验证码').fill(DEV_CAPTCHA);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL('**/admin');
    await page.getByRole('link', { name: '审计日志' }).first().click();
    await expect
      .poll(() => page.getByRole('cell', { name: /钱审计（安全审计员）/ }).count())
      .toBeGreaterThan(0);
    await expectAccessible(page, '审计日志');
    await snap('15-audit-auditor');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^审计日志_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const file = await download.path();
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');

    // 操作 = 登录 alone: every row shown is a sign-in
    // typed into the select's search (its list is virtual: an option far down is not rendered until then)
    await page.getByRole('combobox', { name: '操作' }).fill('（login）');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: '查询' }).click();
    await expect.poll(() => page.getByRole('cell', { name: '登录', exact: true }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('cell', { name: '新建部门账号', exact: true }).count()).toBe(0);

    // 验证完整性: the whole chain checked in the background, the result shown
    await page.getByRole('button', { name: '验证完整性' }).click();
    await expect.poll(() => page.getByText('未发现篡改').count(), { timeout: 60_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('完整', { exact: true }).count()).toBeGreaterThan(0);
    await expectAccessible(page, '审计日志 filtered and verified');
    await snap('15b-audit-verified');
  });

  it('at phone width the portal menu opens from a button', async () => {
    await freshPage({ width: 375, height: 800 });
    await page.goto('/login?type=person');
    await signIn('13900000001', 'Demo@2026');
    await page.waitForURL('**/person');
    await page.getByRole('button', { name: '打开菜单' }).click();
    await expect.poll(() => page.getByText('人事人才', { exact: true }).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'personal portal at 375 px');
    await snap('13-person-mobile');
  });
});
