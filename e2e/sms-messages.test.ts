import { maskPhone } from '@rcpd/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Applicant, registerApplicant } from './support/api.js';
import { submitApplication } from './support/applications.js';
import { expectAccessible, launchBrowser, newContext } from './support/browser.js';
import { adminLogin, look } from './support/pages.js';
import { type RunningServer, startServer } from './support/server.js';

let server: RunningServer;
let browser: Browser;
let applicant: Applicant;

const SUBMITTED = '您的人才分类定级认定申报已提交';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  // 提交 records a status SMS to the applicant, which the job worker sends a moment later
  applicant = await registerApplicant(server, '短信测试');
  await submitApplication(server, applicant);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function openAdmin(username: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await (await newContext(browser, server.baseUrl, viewport)).newPage();
  await page.goto('/admin/login');
  await adminLogin(page, username, 'Demo@2026');
  await page.waitForURL('**/admin');
  return page;
}

describe('消息发送记录 (SPEC §11: side effects visible to operators)', () => {
  it('shows the status SMS of a submission as 已发送 with the phone masked, by state', async () => {
    const admin = await openAdmin('admin');
    await admin.getByRole('link', { name: '消息发送记录' }).first().click();
    await admin.waitForURL('**/admin/sms-messages');
    await expect.poll(() => admin.getByRole('heading', { level: 1, name: '消息发送记录' }).count()).toBe(1);

    // the page reads again while a message it shows is 待发送: the row turns 已发送 on its own
    const masked = maskPhone(applicant.phone);
    const row = admin.getByRole('row').filter({ hasText: masked }).filter({ hasText: SUBMITTED });
    await expect.poll(() => row.filter({ hasText: '已发送' }).count()).toBe(1);
    expect(await row.getByRole('cell').nth(3).textContent()).toBe('1');
    expect(await row.getByRole('cell').nth(6).textContent()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(await admin.content()).not.toContain(applicant.phone);
    await expectAccessible(admin, '消息发送记录');
    await look(admin, '60-sms-messages');

    // 已发送 only: the filter, with its count, goes into the address and the list
    const filter = admin.getByRole('radiogroup', { name: '短信状态' });
    await filter.getByText(/^已发送（\d+）$/).click();
    await admin.waitForURL(/state=/);
    expect(decodeURIComponent(admin.url())).toContain('state=已发送');
    await expect.poll(() => row.count()).toBe(1);
    const states = admin.getByRole('region', { name: '消息发送记录列表' }).locator('tbody .status-tag');
    await expect.poll(async () => [...new Set(await states.allTextContents())]).toEqual(['已发送']);
    await expectAccessible(admin, '消息发送记录：已发送');

    // 失败 has none: the empty list says so
    await filter.getByText(/^失败（0）$/).click();
    await expect.poll(() => admin.getByText('暂无失败的短信').count()).toBe(1);
    await admin.context().close();

    // a phone-width window: the table scrolls inside its region, the page does not
    const phone = await openAdmin('admin', { width: 390, height: 844 });
    await phone.goto('/admin/sms-messages');
    await expect.poll(() => phone.getByRole('row').filter({ hasText: masked }).count()).toBeGreaterThan(0);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await look(phone, '61-sms-messages-phone');
    await phone.context().close();
  });

  it('is for the 系统管理员 only: a reviewer has no menu entry and is refused', async () => {
    const reviewer = await openAdmin('shenhe');
    expect(await reviewer.getByRole('link', { name: '消息发送记录' }).count()).toBe(0);
    await reviewer.goto('/admin/sms-messages');
    await expect.poll(() => reviewer.getByRole('heading', { name: '无权访问' }).count()).toBe(1);
    await reviewer.context().close();
  });
});
