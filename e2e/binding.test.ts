/**
 * 个人与单位绑定关系 (manual 3.1) in the browser: the demo applicant binds the demo employer by its code, the
 * employer approves, the history shows 材料终审通过; a second applicant is refused with an 办件意见; 解除绑定
 * shows 已解绑. Every page gets an axe scan.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerApplicant } from './support/api.js';
import { expectAccessible, launchBrowser, newContext } from './support/browser.js';
import { login, look } from './support/pages.js';
import { type RunningServer, startServer } from './support/server.js';

const DEMO_EMPLOYER = { uscc: '91220101MA17A0001Q', name: '吉林省示范科技有限公司' };
const DEMO_APPLICANT = { idNumber: '220102199001011239', name: '张三' };

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signedIn(
  portal: 'person' | 'employer',
  account: string,
  password = 'Demo@2026',
): Promise<Page> {
  const context = await newContext(browser, server.baseUrl);
  const page = await context.newPage();
  await page.goto(`/login?type=${portal}`);
  await login(page, account, password);
  await page.waitForURL(`**/${portal}`);
  return page;
}

/** 去绑定 → 统一社会信用代码 → 查询, from the 人才分类定级评定 page. */
async function searchEmployer(page: Page, uscc: string) {
  await page.goto('/person/rcpd');
  await page.getByRole('link', { name: '去绑定' }).click();
  await page.waitForURL('**/person/rcpd/binding');
  await page.getByLabel('统一社会信用代码').fill(uscc);
  await page.getByRole('button', { name: '查询', exact: true }).click();
}

/** The row of 点击查看绑定单位申报状态 for the employer. */
async function historyRow(page: Page, employerName: string) {
  await page.goto('/person/rcpd');
  await page.getByRole('link', { name: '点击查看绑定单位申报状态' }).click();
  await page.waitForURL('**/person/rcpd/bindings');
  return page.getByRole('row').filter({ hasText: employerName }).first();
}

async function employerDecides(
  page: Page,
  applicantName: string,
  decision: '审核通过' | '审核不通过终止审核',
  opinion?: string,
) {
  await page.goto('/employer/rcpd');
  await page.getByRole('button', { name: `${decision}：${applicantName}` }).click();
  if (opinion) await page.getByLabel('办件意见').fill(opinion);
  await page.getByRole('button', { name: decision === '审核通过' ? '确认通过' : '确认不通过' }).click();
  await expect
    .poll(() => page.getByRole('button', { name: `${decision}：${applicantName}` }).count())
    .toBe(0);
}

describe('个人绑定单位', () => {
  it('says why an employer that never signed in cannot be found', async () => {
    const applicant = await signedIn('person', DEMO_APPLICANT.idNumber);
    await searchEmployer(applicant, DEMO_EMPLOYER.uscc);
    await expect.poll(() => applicant.getByText(/尚未登录过本系统/).count()).toBeGreaterThan(0);
    await applicant.context().close();
  });

  it('binds the demo employer, which approves: the history shows 材料终审通过', async () => {
    const employer = await signedIn('employer', DEMO_EMPLOYER.uscc);
    const applicant = await signedIn('person', DEMO_APPLICANT.idNumber);

    await searchEmployer(applicant, DEMO_EMPLOYER.uscc);
    await expect.poll(() => applicant.getByText(DEMO_EMPLOYER.name).count()).toBeGreaterThan(0);
    await expectAccessible(applicant, '去绑定');
    await look(applicant, '20-binding-search');
    await applicant.getByRole('button', { name: '绑定', exact: true }).click();
    await expect.poll(() => applicant.getByText(/已提交绑定申请/).count()).toBeGreaterThan(0);

    const pending = await historyRow(applicant, DEMO_EMPLOYER.name);
    await expect.poll(() => pending.textContent()).toContain('待审核');
    await expectAccessible(applicant, '点击查看绑定单位申报状态');

    await employer.goto('/employer/rcpd');
    await expect.poll(() => employer.getByText(DEMO_APPLICANT.name).count()).toBeGreaterThan(0);
    await expectAccessible(employer, '绑定审核');
    await look(employer, '21-employer-binding-review');
    await employerDecides(employer, DEMO_APPLICANT.name, '审核通过');

    const approved = await historyRow(applicant, DEMO_EMPLOYER.name);
    await expect.poll(() => approved.textContent()).toContain('材料终审通过');
    expect(await approved.textContent()).toContain(DEMO_EMPLOYER.uscc);
    await look(applicant, '22-binding-history-approved');

    await employer.goto('/employer/applicants');
    await expect.poll(() => employer.getByText(DEMO_APPLICANT.name).count()).toBeGreaterThan(0);
    await expectAccessible(employer, '已绑定人员');
    await employer.context().close();
    await applicant.context().close();
  });

  it('shows the 办件意见 when the employer chooses 审核不通过终止审核', async () => {
    const other = await registerApplicant(server, '孙丽');
    const employer = await signedIn('employer', DEMO_EMPLOYER.uscc);
    const applicant = await signedIn('person', other.idNumber, other.password);
    await searchEmployer(applicant, DEMO_EMPLOYER.uscc);
    await applicant.getByRole('button', { name: '绑定', exact: true }).click();
    await expect.poll(() => applicant.getByText(/已提交绑定申请/).count()).toBeGreaterThan(0);

    await employer.goto('/employer/rcpd');
    await employer.getByRole('button', { name: `审核不通过终止审核：${other.name}` }).click();
    await employer.getByRole('button', { name: '确认不通过' }).click();
    await expect.poll(() => employer.getByText('审核不通过时请填写办件意见').count()).toBeGreaterThan(0);
    await expectAccessible(employer, '审核不通过 dialog');
    await employer.getByLabel('办件意见').fill('经核实，申请人不是本单位在职人员');
    await employer.getByRole('button', { name: '确认不通过' }).click();
    await expect.poll(() => employer.getByRole('dialog').count()).toBe(0);

    const row = await historyRow(applicant, DEMO_EMPLOYER.name);
    await expect.poll(() => row.textContent()).toContain('审核不通过终止审核');
    expect(await row.textContent()).toContain('经核实，申请人不是本单位在职人员');
    await look(applicant, '23-binding-history-rejected');
    await employer.context().close();
    await applicant.context().close();
  });

  it('ends the binding at once with 解除绑定: the history shows 已解绑', async () => {
    const applicant = await signedIn('person', DEMO_APPLICANT.idNumber);
    const row = await historyRow(applicant, DEMO_EMPLOYER.name);
    await row.getByRole('button', { name: `解除绑定：${DEMO_EMPLOYER.name}` }).click();
    await applicant.getByRole('button', { name: '解除绑定', exact: true }).click();
    await expect
      .poll(() => applicant.getByRole('row').filter({ hasText: '已解绑' }).count())
      .toBeGreaterThan(0);
    await look(applicant, '24-binding-history-unbound');
    await applicant.context().close();
  });
});
