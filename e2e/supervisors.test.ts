/**
 * 主管部门 (SPEC §1, §7, §10) with the 主管部门审核 stage in the chain: the 系统管理员 keeps the 主管部门 and their
 * employers in 主管部门管理; a 主管部门 reviewer's queue holds only the applications of its employers, and an
 * employer moved to it brings its waiting application along.
 */
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiLogin, registerApplicant } from './support/api.js';
import { submitApplication } from './support/applications.js';
import { expectAccessible, launchBrowser, newContext } from './support/browser.js';
import { adminLogin, look } from './support/pages.js';
import { mobile, uscc } from './support/people.js';
import { DEV_CAPTCHA, type RunningServer, startServer } from './support/server.js';

let server: RunningServer;
let browser: Browser;
const DEMO = { idNumber: '220102199001011239', password: 'Demo@2026', phone: '13900000001' };
const DEMO_USCC = '91220101MA17A0001Q';
const OTHER = { uscc: uscc(), password: 'Danwei#2026', name: '长白山智能制造有限公司' };
const REVIEWER = { username: 'zg_kjt', password: 'Zhuguan#2026' };

/** An employer registered through the API, as 单位注册 does, and signed in once (so that it can be bound). */
async function registerEmployer(): Promise<void> {
  const phone = mobile();
  const anon = await fetch(`${server.baseUrl}/api/auth/session`);
  const cookie = (anon.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await anon.json()) as { csrfToken: string };
  const post = async (url: string, body: unknown) => {
    const response = await fetch(server.baseUrl + url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  };
  const { captchaId } = (await (
    await fetch(`${server.baseUrl}/api/auth/captcha`, { headers: { cookie } })
  ).json()) as { captchaId: string };
  await post('/api/auth/sms-code', {
    purpose: 'register',
    portal: 'employer',
    phone,
    captchaId,
    captchaCode: DEV_CAPTCHA,
  });
  await post('/api/auth/register/employer', {
    uscc: OTHER.uscc,
    employerName: OTHER.name,
    operatorName: '孟经办',
    phone,
    smsCode: await server.smsCode(phone),
    password: OTHER.password,
    passwordConfirm: OTHER.password,
  });
  await apiLogin(server, 'employer', OTHER.uscc, OTHER.password);
}

/** 审核通过 by the recommending employer, through the API. */
async function employerApproves(recommending: { uscc: string; password: string }, id: string) {
  const employer = await apiLogin(server, 'employer', recommending.uscc, recommending.password);
  const { version } = await employer.get<{ version: number }>(`/api/review/applications/${id}`);
  await employer.post(`/api/review/applications/${id}/decision`, { action: '审核通过', version });
}

beforeAll(async () => {
  server = await startServer({ env: { REVIEW_CHAIN: 'employer,supervisor,province' } });
  browser = await launchBrowser();
  const admin = await apiLogin(server, 'department', 'admin');
  const kjt = await admin.post<{ id: string }>('/api/department/supervisors', { name: '吉林省科学技术厅' });
  const jyt = await admin.post<{ id: string }>('/api/department/supervisors', { name: '吉林省教育厅' });
  await admin.post('/api/department/supervisors', { name: '吉林省卫生健康委员会' });
  await registerEmployer();
  const employerId = async (code: string) =>
    (await admin.get<{ items: { id: string }[] }>(`/api/department/supervisors/employers?q=${code}`)).items[0]
      ?.id;
  await admin.post(
    `/api/department/supervisors/employers/${await employerId(DEMO_USCC)}`,
    { supervisorId: kjt.id },
    'PUT',
  );
  await admin.post(
    `/api/department/supervisors/employers/${await employerId(OTHER.uscc)}`,
    { supervisorId: jyt.id },
    'PUT',
  );
  await admin.post('/api/department/accounts', {
    username: REVIEWER.username,
    name: '周审核',
    departmentName: '吉林省科学技术厅',
    role: 'dept_reviewer',
    reviewStage: 'supervisor',
    supervisorId: kjt.id,
    password: REVIEWER.password,
  });

  const mine = await submitApplication(server, DEMO);
  await employerApproves({ uscc: DEMO_USCC, password: 'Demo@2026' }, mine.id);
  const other = await registerApplicant(server, '孙丽');
  const theirs = await submitApplication(server, other, OTHER);
  await employerApproves(OTHER, theirs.id);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function openAdmin(username: string, password: string, viewport?: { width: number; height: number }) {
  const context = await newContext(browser, server.baseUrl, viewport);
  const page = await context.newPage();
  await page.goto('/admin/login');
  await adminLogin(page, username, password);
  await page.waitForURL('**/admin');
  return page;
}

/** The links of a queue tab, by their accessible names (审核：姓名 or 查看：姓名). */
async function queueLinks(page: Page, scope: 'waiting' | 'all'): Promise<(string | null)[]> {
  await page.goto(`/admin/review?scope=${scope}`);
  const links = page.getByRole('link', { name: /^(审核|查看)：/ });
  await expect.poll(() => links.count()).toBeGreaterThan(0);
  return links.evaluateAll((found) => found.map((l) => l.getAttribute('aria-label')));
}

describe('主管部门', () => {
  it('gives a 主管部门 reviewer only the applications of its employers', async () => {
    const page = await openAdmin(REVIEWER.username, REVIEWER.password);
    for (const scope of ['waiting', 'all'] as const) {
      expect(await queueLinks(page, scope)).toEqual(['审核：张三']);
    }
    await expect.poll(() => page.getByText('本账号办理“主管部门审核”环节').count()).toBe(1);
    await expectAccessible(page, '主管部门审核的审核列表');
    await look(page, '90-supervisor-queue');
    await page.context().close();
  });

  it('lets the 系统管理员 keep 主管部门 and move an employer, whose waiting application follows it', async () => {
    const page = await openAdmin('admin', 'Demo@2026');
    await page.getByRole('link', { name: '主管部门管理' }).click();
    await page.waitForURL('**/admin/supervisors');
    const list = page.getByRole('region', { name: '主管部门列表' });
    await expect.poll(() => list.getByText('吉林省科学技术厅').count()).toBe(1);
    const employers = page.getByRole('region', { name: '单位列表' });
    await expect.poll(() => employers.getByText(OTHER.name).count()).toBe(1);
    await expectAccessible(page, '主管部门管理');
    await look(page, '91-supervisors-desktop');

    // a 主管部门 with an employer cannot be deleted: the reason is shown
    await list.getByRole('button', { name: '删除：吉林省教育厅' }).click();
    await page.getByRole('button', { name: '删除', exact: true }).click();
    await expect.poll(() => page.getByText(/仍有1家单位属于该主管部门，不能删除/).count()).toBe(1);

    // move the other employer to 吉林省科学技术厅
    await page.getByLabel('单位名称或统一社会信用代码').fill(OTHER.uscc);
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await expect.poll(() => employers.getByRole('row').count()).toBe(2);
    await employers.getByRole('button', { name: `设置主管部门：${OTHER.name}` }).click();
    const dialog = page.getByRole('dialog', { name: '设置主管部门' });
    // as on a keyboard: type to filter the 主管部门, Enter takes the one found
    const select = dialog.getByLabel('主管部门', { exact: true });
    await select.click();
    await select.fill('科学技术');
    await select.press('Enter');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => employers.getByText('吉林省科学技术厅').count()).toBe(1);

    // the import dialog, with its template
    await page.getByRole('button', { name: '导入', exact: true }).click();
    const importing = page.getByRole('dialog', { name: '导入单位的主管部门' });
    await expect.poll(() => importing.getByRole('link', { name: '下载导入模板' }).count()).toBe(1);
    // a sheet with one bad row imports nothing, and says which row and why
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('单位主管部门');
    sheet.addRow(['统一社会信用代码', '主管部门名称']);
    sheet.addRow([DEMO_USCC, '吉林省卫生健康委员会']);
    sheet.addRow([OTHER.uscc, '吉林省不存在厅']);
    await importing.locator('input[type=file]').setInputFiles({
      name: '单位主管部门.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
    });
    await expect.poll(() => importing.getByText('导入失败：共1处错误，未导入任何数据').count()).toBe(1);
    await expect
      .poll(() => importing.getByText('主管部门“吉林省不存在厅”不存在，请先在主管部门列表中添加').count())
      .toBe(1);
    await expectAccessible(page, '导入单位的主管部门');
    await look(page, '92-supervisors-import');
    await importing.getByRole('button', { name: '完成' }).click();

    // at phone width
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expect
      .poll(() => page.getByRole('region', { name: '主管部门列表' }).getByText('吉林省教育厅').count())
      .toBe(1);
    await expectAccessible(page, '主管部门管理（手机）');
    await look(page, '93-supervisors-phone');
    await page.context().close();

    const reviewer = await openAdmin(REVIEWER.username, REVIEWER.password);
    await reviewer.goto('/admin/review');
    await expect.poll(() => reviewer.getByRole('link', { name: '审核：孙丽' }).count()).toBe(1);
    await expect.poll(() => reviewer.getByRole('link', { name: '审核：张三' }).count()).toBe(1);
    await reviewer.context().close();
  });
});
