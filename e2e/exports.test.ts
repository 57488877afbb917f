/**
 * 导出Excel of the 申报审核 list: over the server's limit (1 row in these journeys, EXPORT_DIRECT_MAX_ROWS in
 * support/server.ts) the workbook is made by a background job whose progress the reviewer follows to 下载;
 * a single row still downloads at once.
 */
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Applicant, registerApplicant } from './support/api.js';
import { submitApplication } from './support/applications.js';
import { expectAccessible, launchBrowser, newContext } from './support/browser.js';
import { login, look } from './support/pages.js';
import { type RunningServer, startServer } from './support/server.js';

const EMPLOYER = '91220101MA17A0001Q';
const PHONE = { width: 390, height: 844 };

let server: RunningServer;
let browser: Browser;
let first: Applicant;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  first = await registerApplicant(server, '王芳');
  await submitApplication(server, first);
  await submitApplication(server, await registerApplicant(server, '李强'));
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The demo employer's reviewer on 申报审核, both applications listed. */
async function openQueue(viewport?: { width: number; height: number }, search = ''): Promise<Page> {
  const context = await newContext(browser, server.baseUrl, viewport);
  const page = await context.newPage();
  await page.goto('/login?type=employer');
  await login(page, EMPLOYER, 'Demo@2026');
  await page.waitForURL('**/employer');
  await page.goto(`/employer/review${search}`);
  return page;
}

/** The file a download saved, checked to be a workbook (a zip: it starts with PK). */
async function savedWorkbook(download: Download): Promise<Buffer> {
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const file = path.join(os.tmpdir(), `rcpd-e2e-${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  const bytes = readFileSync(file);
  rmSync(file);
  expect(bytes.length).toBeGreaterThan(0);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  return bytes;
}

/** 导出Excel of a list over the limit: the 后台导出 window follows the job to 已完成, then 下载. */
async function exportInBackground(page: Page, shot: string): Promise<void> {
  await expect.poll(() => page.getByRole('link', { name: /^审核：/ }).count()).toBe(2);
  await page.getByRole('button', { name: '导出Excel' }).click();
  const dialog = page.getByRole('dialog', { name: '后台导出' });
  await expect.poll(() => dialog.count()).toBe(1);
  // the newest export is listed first
  const task = dialog.getByRole('listitem').first();
  await expect.poll(() => task.getByRole('progressbar').count()).toBe(1);
  await look(page, `${shot}-running`);
  await expect.poll(() => task.getByRole('status').textContent()).toBe('已完成');
  expect(await task.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
  expect(await task.getByText('已导出 2 条 / 共 2 条').count()).toBe(1);
  expect(await task.getByText(/^文件保留至 \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}（北京时间）/).count()).toBe(1);
  expect(await task.getByText(/^申报审核列表\.xlsx（\d+ KB）$/).count()).toBe(1);
  await expectAccessible(page, '后台导出（已完成）');
  await look(page, `${shot}-finished`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    task.getByRole('link', { name: '下载' }).click(),
  ]);
  await savedWorkbook(download);
}

describe('导出Excel of 申报审核', () => {
  it('a list over the limit is made in the background: progress, 下载, and 导出任务 reopens it', async () => {
    const page = await openQueue();
    // the direct download refuses such a list and says why
    const refused = await page.request.get('/api/review/queue.xlsx?scope=waiting');
    expect(refused.status()).toBe(409);
    expect(((await refused.json()) as { message: string }).message).toBe('导出超过1条，请使用后台导出');

    await expect.poll(() => page.getByRole('link', { name: /^审核：/ }).count()).toBe(2);
    await page.getByRole('button', { name: '导出Excel' }).click();
    const dialog = page.getByRole('dialog', { name: '后台导出' });
    await expect.poll(() => dialog.count()).toBe(1);
    await expectAccessible(page, '后台导出（进行中）');
    // closing the window while it runs loses nothing: 导出任务 in the toolbar opens it again
    await dialog.getByRole('button', { name: '关闭' }).first().click();
    await expect.poll(() => dialog.count()).toBe(0);
    const tasks = page.getByRole('button', { name: /^导出任务/ });
    await expect.poll(() => tasks.count()).toBe(1);
    await tasks.click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('已完成');
    await dialog.getByRole('button', { name: '关闭' }).first().click();

    // a second export, followed from the start
    await exportInBackground(page, '50-export-desktop');
    // both are kept for the tab, also after opening an application and coming back
    await dialog.getByRole('button', { name: '关闭' }).first().click();
    await expect.poll(() => dialog.count()).toBe(0);
    await page.getByRole('link', { name: '审核：王芳' }).click();
    await page.waitForURL(/\/employer\/review\/[0-9a-f-]{36}$/);
    await page.goBack();
    await page.waitForURL(/\/employer\/review$/);
    await tasks.click();
    await expect.poll(() => dialog.getByRole('link', { name: '下载' }).count()).toBe(2);
    await page.context().close();
  });

  it('the same at phone width', async () => {
    const page = await openQueue(PHONE);
    await exportInBackground(page, '51-export-phone');
    await page.context().close();
  });

  it('one row (a full 证件号码) still downloads at once, with no window', async () => {
    const page = await openQueue(undefined, `?scope=waiting&q=${first.idNumber}`);
    await expect.poll(() => page.getByRole('link', { name: /^审核：/ }).count()).toBe(1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出Excel' }).click(),
    ]);
    await savedWorkbook(download);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^导出任务/ }).count()).toBe(0);
    await page.context().close();
  });
});
