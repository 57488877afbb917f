/**
 * 申报通知 (SPEC §4) in the browser: the administrator writes a notice, attaches a policy file and
 * publishes it; the applicant finds it on 人才分类定级评定 with 申报 and the attachment, and 申报 works once 条件自检 above it is confirmed
 * with the 申报注意事项. A notice whose window has not opened is not offered.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newContext } from './support/browser.js';
import { adminLogin, login, look } from './support/pages.js';
import { selfCheckRegion } from './support/self-check.js';
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

async function newPage(): Promise<Page> {
  const context = await newContext(browser, server.baseUrl);
  return context.newPage();
}

/** The DatePicker takes typed Beijing time `YYYY-MM-DD HH:mm`, confirmed with Enter. */
async function pickTime(page: Page, label: string, at: Date) {
  const beijing = new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
  const input = page.getByLabel(label);
  await input.click();
  await input.fill(beijing);
  await input.press('Enter');
}

async function writeNotice(page: Page, title: string, start: Date, end: Date) {
  await page.goto('/admin/notices');
  await page.getByRole('link', { name: '新建通知' }).click();
  await page.waitForURL('**/admin/notices/new');
  await page.getByLabel('通知标题').fill(title);
  await page.getByLabel('通知正文').fill('各有关单位：\n现开展人才分类定级评定申报工作，请按要求组织申报。');
  await pickTime(page, '申报开始时间', start);
  await pickTime(page, '申报截止时间', end);
  await page.getByRole('button', { name: '保存草稿' }).click();
  await page.waitForURL(/\/admin\/notices\/[0-9a-f-]{36}$/);
}

async function publish(page: Page, title: string) {
  await page.goto('/admin/notices');
  await page.getByRole('button', { name: `发布：${title}` }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '发布' }).click();
  await expect
    .poll(() => page.getByRole('row').filter({ hasText: title }).first().textContent())
    .toContain('已发布');
}

describe('申报通知', () => {
  const open = '关于开展2027年度第一批人才分类定级评定工作的通知';
  const future = '关于开展2027年度第二批人才分类定级评定工作的通知';

  it('the 业务管理员 writes, attaches and publishes a notice', async () => {
    const admin = await newPage();
    await admin.goto('/admin/login');
    await adminLogin(admin, 'yewu', 'Demo@2026');
    await admin.waitForURL('**/admin');
    const now = Date.now();
    await writeNotice(admin, open, new Date(now - 86_400_000), new Date(now + 30 * 86_400_000));
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rcpd-e2e-files-'));
    const file = path.join(dir, '吉林省人才分类目录.pdf');
    writeFileSync(file, '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const chooser = admin.waitForEvent('filechooser');
    await admin.getByRole('button', { name: '上传附件' }).click();
    await (await chooser).setFiles(file);
    await expect.poll(() => admin.getByText('吉林省人才分类目录.pdf').count()).toBeGreaterThan(0);
    await expectAccessible(admin, 'notice editor');
    await look(admin, '30-admin-notice-edit');
    await publish(admin, open);

    await writeNotice(admin, future, new Date(now + 10 * 86_400_000), new Date(now + 40 * 86_400_000));
    await publish(admin, future);
    await expectAccessible(admin, 'notices list');
    await look(admin, '31-admin-notices');
    // the list searches by words of the title, and says how many it found
    await admin.getByLabel('按标题查询').fill('2027年度第二批');
    await admin.getByLabel('按标题查询').press('Enter');
    await expect.poll(() => admin.getByText('共 1 条').count()).toBe(1);
    expect(await admin.getByRole('row').filter({ hasText: future }).count()).toBe(1);
    expect(await admin.getByRole('row').filter({ hasText: open }).count()).toBe(0);
    await expectAccessible(admin, 'notices list, searched');
    await admin.context().close();
  });

  it('the applicant sees the open notice with 申报 and its attachment, and not the one that has not opened', async () => {
    const applicant = await newPage();
    await applicant.goto('/login?type=person');
    await login(applicant, '220102199001011239', 'Demo@2026');
    await applicant.waitForURL('**/person');
    await applicant.goto('/person/rcpd');
    await expect.poll(() => applicant.getByText(open).count()).toBeGreaterThan(0);
    expect(await applicant.getByText(future).count()).toBe(0);
    expect(await applicant.getByText('吉林省人才分类目录.pdf').count()).toBeGreaterThan(0);
    await expectAccessible(applicant, '人才分类定级评定 with notices');
    await look(applicant, '32-person-notices');

    // manual 3.2.1: 申报 waits for 条件自检 above it; without a 推荐单位 (not bound here) 确认并开始申报 waits too
    const apply = applicant.getByRole('button', { name: `申报：${open}` });
    expect(await apply.isDisabled()).toBe(true);
    const selfCheck = selfCheckRegion(applicant);
    await expect.poll(() => selfCheck.getByText('请先绑定推荐单位').count()).toBe(1);
    for (const box of await selfCheck.locator('.confirm-list').getByRole('checkbox').all()) await box.check();
    expect(await selfCheck.getByRole('button', { name: '确认并开始申报' }).isDisabled()).toBe(true);
    expect(await selfCheck.getByText('请选择推荐单位').count()).toBe(1);
    await expectAccessible(applicant, '条件自检');
    await look(applicant, '33-person-self-check');
    await applicant.context().close();
  });
});
