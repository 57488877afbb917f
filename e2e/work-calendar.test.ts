/**
 * 工作日历 (issue 13): the 系统管理员 sees the State Council's 2026 schedule, adds a day and removes it again.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newContext } from './support/browser.js';
import { adminLogin, look } from './support/pages.js';
import { type RunningServer, startServer } from './support/server.js';

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

describe('工作日历', () => {
  it('lets the 系统管理员 read a year, add a day and remove it', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    await page.goto('/admin/login');
    await adminLogin(page, 'admin', 'Demo@2026');
    await page.waitForURL('**/admin');
    await page.getByRole('link', { name: '工作日历' }).click();
    await page.waitForURL('**/admin/work-calendar');
    await page.goto('/admin/work-calendar?year=2026');
    const rows = page.getByRole('row');
    await expect.poll(() => page.getByText('共39天：法定节假日33天，调休上班6天。').count()).toBe(1);
    await expect
      .poll(() => rows.filter({ hasText: '2026-10-10' }).textContent())
      .toMatch(/星期六\s*调休上班\s*国庆节/);
    await expectAccessible(page, '工作日历');
    await look(page, '95-work-calendar');

    await page.goto('/admin/work-calendar?year=2031');
    await expect.poll(() => page.getByText('2031年尚无节假日安排').count()).toBe(1);
    await page.getByRole('button', { name: '添加日期' }).click();
    const dialog = page.getByRole('dialog', { name: '添加法定节假日或调休上班日' });
    await dialog.getByLabel('日期').fill('2031-03-03');
    await dialog.getByLabel('日期').press('Enter');
    await dialog.getByLabel('类型').click();
    await page.getByTitle('调休上班').click();
    await dialog.getByLabel('节日名称').fill('测试');
    await dialog.getByRole('button', { name: '保存' }).click();
    // a Monday cannot be 调休上班: the form says why, next to the date
    await expect.poll(() => dialog.getByText('2031-03-03是星期一，本就是工作日').count()).toBe(1);
    await dialog.getByLabel('类型').click();
    await page.getByTitle('法定节假日').click();
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => rows.filter({ hasText: '2031-03-03' }).count()).toBe(1);
    await page.getByRole('button', { name: '删除：2031-03-03' }).click();
    await page.getByRole('button', { name: '删除', exact: true }).click();
    await expect.poll(() => page.getByText('2031年尚无节假日安排').count()).toBe(1);
    await context.close();
  });
});
