import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerApplicant } from './support/api.js';
import { submitApplication } from './support/applications.js';
import { expectAccessible, launchBrowser, newContext } from './support/browser.js';
import { adminLogin, login, look } from './support/pages.js';
import { type RunningServer, startServer } from './support/server.js';

let server: RunningServer;
let browser: Browser;
let second: { name: string; idNumber: string; password: string };

const DEMO = { idNumber: '220102199001011239', password: 'Demo@2026', phone: '13900000001' };

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await submitApplication(server, DEMO);
  const other = await registerApplicant(server, '孙丽');
  await submitApplication(server, other);
  second = other;
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function open(
  portal: 'person' | 'employer' | 'admin',
  account: string,
  password = 'Demo@2026',
): Promise<Page> {
  const context = await newContext(browser, server.baseUrl);
  const page = await context.newPage();
  if (portal === 'admin') {
    await page.goto('/admin/login');
    await adminLogin(page, account, password);
    await page.waitForURL('**/admin');
  } else {
    await page.goto(`/login?type=${portal}`);
    await login(page, account, password);
    await page.waitForURL(`**/${portal}`);
  }
  return page;
}

/** Opens the reviewer's queue and the application of `name`, waiting for the reviewer's own stage. */
async function openForReview(page: Page, base: '/employer' | '/admin', name: string) {
  await page.goto(`${base}/review`);
  const link = page.getByRole('link', { name: `审核：${name}` });
  await expect.poll(() => link.count()).toBe(1);
  await link.click();
  await page.waitForURL(new RegExp(`${base}/review/[0-9a-f-]{36}$`));
}

async function decide(
  page: Page,
  action: '审核通过' | '退回' | '审核不通过终止审核',
  opinion?: string,
  modules: string[] = [],
) {
  await page.getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect.poll(() => dialog.count()).toBe(1);
  for (const label of modules) await dialog.getByRole('checkbox', { name: label, exact: true }).check();
  if (opinion) await dialog.getByLabel('办件意见').fill(opinion);
  const confirm = { 审核通过: '确认通过', 退回: '确认退回', 审核不通过终止审核: '确认不通过' }[action];
  await dialog.getByRole('button', { name: confirm }).click();
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
}

describe('审核 (manual 3.3)', () => {
  it('returns with 学习经历 ticked, the applicant changes only that and resubmits, both stages approve', async () => {
    // 推荐单位审核: 退回 with 学习经历 ticked
    const employer = await open('employer', '91220101MA17A0001Q');
    await openForReview(employer, '/employer', '张三');
    await expectAccessible(employer, '审核详情');
    await look(employer, '40-employer-review-detail');
    await decide(employer, '退回', '学习经历缺少学位证书，请补充上传', ['学习经历']);
    await expect.poll(() => employer.getByText('被退回').count()).toBeGreaterThan(0);

    // the applicant sees the opinion and may change only 学习经历
    const applicant = await open('person', DEMO.idNumber, DEMO.password);
    await applicant.goto('/person/rcpd');
    await expect.poll(() => applicant.getByText('被退回').count()).toBeGreaterThan(0);
    await applicant
      .getByRole('link', { name: /^编辑：/ })
      .first()
      .click();
    await expect
      .poll(() => applicant.getByText('学习经历缺少学位证书，请补充上传').count())
      .toBeGreaterThan(0);
    const basic = applicant.getByRole('region', { name: '基本信息', exact: true });
    expect(await basic.getByRole('button', { name: '保存', exact: true }).count()).toBe(0);
    expect(await applicant.getByRole('button', { name: '添加：工作经历' }).count()).toBe(0);
    await expectAccessible(applicant, '被退回的申报');
    await look(applicant, '41-returned-edit');
    await applicant.getByRole('button', { name: '编辑：学习经历第1条' }).click();
    const dialog = applicant.getByRole('dialog', { name: /学习经历/ });
    await dialog.getByLabel('毕业学校', { exact: true }).fill('东北师范大学');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await applicant.getByRole('link', { name: '下一步' }).click();
    await applicant.waitForURL(/\/submit$/);
    await applicant.getByRole('checkbox', { name: /^本人承诺/ }).check();
    await applicant.getByRole('button', { name: '提交', exact: true }).click();
    await expect.poll(() => applicant.getByText('提交成功').count()).toBeGreaterThan(0);

    // the employer sees what changed, and approves; then the 省人社厅
    await openForReview(employer, '/employer', '张三');
    await expect.poll(() => employer.getByText('东北师范大学').count()).toBeGreaterThan(0);
    await expect.poll(() => employer.getByText('本次修改内容').count()).toBeGreaterThan(0);
    await look(employer, '42-employer-sees-changes');
    await decide(employer, '审核通过', '情况属实，同意推荐');
    const department = await open('admin', 'shenhe');
    // 推荐单位 of the filter: typed, the server finds the names that hold the text
    await department.goto('/admin/review');
    await department.getByRole('combobox', { name: '推荐单位' }).fill('示范科技');
    const option = department.getByRole('option', { name: '吉林省示范科技有限公司' });
    await expect.poll(() => option.count()).toBe(1);
    await department.keyboard.press('Enter');
    await department.getByRole('button', { name: '查询' }).click();
    await department.waitForURL(/employerId=[0-9a-f-]{36}/);
    await expect.poll(() => department.getByRole('link', { name: '审核：张三' }).count()).toBe(1);
    // the filter from the URL shows the employer's name after a reload
    await department.reload();
    await expect.poll(() => department.getByTitle('吉林省示范科技有限公司').count()).toBeGreaterThan(0);
    await openForReview(department, '/admin', '张三');
    await expectAccessible(department, '省人社厅审核');
    await decide(department, '审核通过');

    // 材料审核通过, with the whole timeline
    await applicant.goto('/person/rcpd');
    await expect.poll(() => applicant.getByText('材料审核通过').count()).toBeGreaterThan(0);
    await applicant
      .getByRole('link', { name: /^进度跟踪：/ })
      .first()
      .click();
    await expect.poll(() => applicant.getByRole('heading', { name: '流程推送' }).count()).toBeGreaterThan(0);
    const timeline = (await applicant.locator('body').textContent()) ?? '';
    for (const node of [
      '提交',
      '退回',
      '重新提交',
      '审核通过',
      '推荐单位审核',
      '省人社厅审核',
      '情况属实，同意推荐',
    ]) {
      expect(timeline).toContain(node);
    }
    await look(applicant, '43-approved-timeline');
    for (const page of [employer, department, applicant]) await page.context().close();
  });

  it('terminates a second application: it shows 审核不通过终止审核 with its opinion', async () => {
    const employer = await open('employer', '91220101MA17A0001Q');
    await openForReview(employer, '/employer', '孙丽');
    await decide(employer, '审核不通过终止审核', '经核实，申请人不满足A类申报条件');
    const applicant = await open('person', second.idNumber, second.password);
    await applicant.goto('/person/rcpd');
    await expect.poll(() => applicant.getByText('审核不通过终止审核').count()).toBeGreaterThan(0);
    await applicant
      .getByRole('link', { name: /^进度跟踪：/ })
      .first()
      .click();
    await expect
      .poll(() => applicant.getByText('经核实，申请人不满足A类申报条件').count())
      .toBeGreaterThan(0);
    await look(applicant, '44-terminated');
    for (const page of [employer, applicant]) await page.context().close();
  });
});
