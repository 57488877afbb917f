/**
 * 统计分析 (issue 13): the 业务管理员 opens the page and sees every chart and its figures table filled from the
 * demo data (the demo's finished round of last year); narrowed to this year's notice, the applications made here
 * through the API (the demo applicant's, 材料审核通过 with a result, one returned, one waiting); a category nobody
 * applied for gives zeros; 导出Excel downloads the workbook.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiLogin, registerApplicant } from './support/api.js';
import { submitApplication } from './support/applications.js';
import { expectAccessible, launchBrowser, newContext } from './support/browser.js';
import { adminLogin, look } from './support/pages.js';
import { type RunningServer, startServer } from './support/server.js';

let server: RunningServer;
let browser: Browser;
let dir: string;

const DEMO = { idNumber: '220102199001011239', password: 'Demo@2026', phone: '13900000001' };

async function decide(portal: 'employer' | 'department', account: string, id: string, body: object) {
  const reviewer = await apiLogin(server, portal, account);
  const { version } = await reviewer.get<{ version: number }>(`/api/review/applications/${id}`);
  await reviewer.post(`/api/review/applications/${id}/decision`, { ...body, version });
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  dir = mkdtempSync(path.join(os.tmpdir(), 'rcpd-e2e-stats-'));
  const approved = await submitApplication(server, DEMO);
  await decide('employer', '91220101MA17A0001Q', approved.id, { action: '审核通过' });
  await decide('department', 'shenhe', approved.id, { action: '审核通过' });
  const business = await apiLogin(server, 'department', 'yewu');
  await business.post('/api/department/results', { applicationId: approved.id, outcome: '认定通过' });
  const returned = await submitApplication(server, await registerApplicant(server, '李统计'));
  await decide('employer', '91220101MA17A0001Q', returned.id, {
    action: '退回',
    opinion: '请补充学历证明',
    modules: ['education'],
  });
  await submitApplication(server, await registerApplicant(server, '王统计'));
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('统计分析', () => {
  it('shows every figure as a chart with its table, filters by category and exports to Excel', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    await page.goto('/admin/login');
    await adminLogin(page, 'yewu', 'Demo@2026');
    await page.waitForURL('**/admin');
    await page.getByRole('link', { name: '统计分析' }).click();
    await page.waitForURL('**/admin/statistics');

    const table = (name: string) => page.getByRole('region', { name: `${name}（数据表）` });
    const row = (name: string, text: string) => table(name).getByRole('row').filter({ hasText: text });
    // everything: the demo's round of last year and the applications of this test
    await expect.poll(() => row('按业务状态', '已申报').textContent()).toBe('已申报7');
    expect(await row('按业务状态', '材料审核通过').textContent()).toBe('材料审核通过15');
    expect(await row('按申报通知', '2025年度').textContent()).toBe(
      '2025年度吉林省人才分类定级评定申报通知30',
    );
    expect(await row('证书状态', '有效').textContent()).toBe('有效9');
    expect(await table('每日提交').getByRole('row').count()).toBeGreaterThan(5);
    // each of the eight figures draws its chart
    await expect.poll(() => page.locator('.stat-chart svg').count()).toBe(8);
    await expectAccessible(page, '统计分析');
    await look(page, '96-statistics');

    // this year's notice: the applications made above
    await page.getByLabel('申报通知', { exact: true }).click();
    await page.getByTitle('2026年度吉林省人才分类定级评定申报通知').click();
    await page.getByRole('button', { name: '查询' }).click();
    await expect.poll(() => row('按业务状态', '已申报').textContent()).toBe('已申报1');
    expect(await row('按业务状态', '被退回').textContent()).toBe('被退回1');
    expect(await row('按业务状态', '材料审核通过').textContent()).toBe('材料审核通过1');
    expect(await row('按申报人才类别', 'A类').textContent()).toBe('A类 国内外顶尖人才3');
    expect(await row('按推荐单位（前20名及其他）', '吉林省示范科技有限公司').textContent()).toBe(
      '吉林省示范科技有限公司3',
    );
    expect(await row('审核环节', '推荐单位审核').textContent()).toMatch(/^推荐单位审核12110/);
    expect(await row('评审结果（按申报人才类别）', 'A类').textContent()).toBe('A类 国内外顶尖人才1001');

    // a category nobody applied for: zeros, not errors
    await page.getByLabel('申报人才类别', { exact: true }).click();
    await page.getByTitle('B类 国家级领军人才').click();
    await page.getByRole('button', { name: '查询' }).click();
    await expect.poll(() => row('按业务状态', '已申报').textContent()).toBe('已申报0');
    expect(await table('按推荐单位（前20名及其他）').getByText('暂无数据').count()).toBe(1);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('统计分析.xlsx');
    const file = path.join(dir, '统计分析.xlsx');
    await download.saveAs(file);
    // an xlsx is a zip: it starts with PK
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');

    // a phone: the figures stack, the wide tables scroll inside their region
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: '重置' }).click();
    await expect.poll(() => row('按业务状态', '已申报').textContent()).toBe('已申报7');
    await expectAccessible(page, '统计分析（手机）');
    await look(page, '96-statistics-phone');
    await context.close();
  });
});
