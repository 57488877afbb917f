/**
 * 条件自检 in the manual's order (3.2.1) and 带入上次申报信息 (issue 14, items 3 and 6): the demo applicant, certified
 * after last round, reads the 申报注意事项 on 人才分类定级评定, chooses the 推荐单位 at the bottom, keeps
 * 带入上次申报信息 ticked, presses 确认并开始申报, then 申报 of the second notice: a 晋升认定 that arrives filled in.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiLogin } from './support/api.js';
import {
  approveApplication,
  certifyApplication,
  secondRound,
  submitApplication,
} from './support/applications.js';
import { expectAccessible, launchBrowser, newContext } from './support/browser.js';
import { login, look } from './support/pages.js';
import { type RunningServer, startServer } from './support/server.js';

const DEMO = { idNumber: '220102199001011239', password: 'Demo@2026', phone: '13900000001' };

let server: RunningServer;
let browser: Browser;
let second: string;
let first: string;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const { id, api } = await submitApplication(server, DEMO);
  first = (await api.get<{ notice: { title: string } }>(`/api/person/applications/${id}`)).notice.title;
  await approveApplication(server, id);
  await certifyApplication(server, id, api);
  second = await secondRound(server, DEMO.idNumber);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function openAsApplicant(): Promise<Page> {
  const context = await newContext(browser, server.baseUrl);
  const page = await context.newPage();
  await page.goto('/login?type=person');
  await login(page, DEMO.idNumber, DEMO.password);
  await page.waitForURL('**/person');
  await page.goto('/person/rcpd');
  return page;
}

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

describe('条件自检 → 确认并开始申报 → 申报, with 带入上次申报信息', () => {
  it('the certified applicant starts a 晋升认定 that arrives filled in from the last application', async () => {
    const page = await openAsApplicant();
    const selfCheck = page
      .locator('.ant-card')
      .filter({ has: page.getByRole('heading', { name: '条件自检' }) });
    const notices = page.locator('#notices');
    await expect.poll(() => selfCheck.getByRole('checkbox', { name: '带入上次申报信息' }).count()).toBe(1);

    // the manual's order: 条件自检 (申报注意事项 … 推荐单位 … 确认并开始申报) comes before the notices' 申报
    const top = async (locator: ReturnType<Page['locator']>) => (await locator.boundingBox())?.y ?? -1;
    const startButton = selfCheck.getByRole('button', { name: '确认并开始申报' });
    expect(await top(selfCheck.getByRole('region', { name: '申报注意事项' }))).toBeLessThan(
      await top(selfCheck.getByText('推荐单位', { exact: true })),
    );
    expect(await top(selfCheck.getByText('推荐单位', { exact: true }))).toBeLessThan(await top(startButton));
    expect(await top(startButton)).toBeLessThan(await top(notices));
    const apply = page.getByRole('button', { name: `申报：${second}` });
    expect(await apply.isDisabled()).toBe(true);
    expect(await notices.getByText('请先在上方“条件自检”中确认申报条件').count()).toBe(1);
    // the first notice was applied for already: 查看申报 instead of 申报
    expect(await page.getByRole('button', { name: `申报：${first}` }).count()).toBe(0);

    // 带入上次申报信息 is offered, ticked, and says what the certificate fills
    const carry = selfCheck.getByRole('checkbox', { name: '带入上次申报信息' });
    expect(await carry.isChecked()).toBe(true);
    expect(
      await selfCheck.getByText(/您持有A类人才证书（JLRC\d{10}），人才认定服务类型将为晋升认定/).count(),
    ).toBe(1);
    expect(await startButton.isDisabled()).toBe(true);
    for (const box of await selfCheck.locator('.confirm-list').getByRole('checkbox').all()) await box.check();
    expect(await startButton.isDisabled()).toBe(false);
    await expectAccessible(page, '条件自检 on 人才分类定级评定');
    await look(page, '60-self-check-on-page');
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page, '条件自检 on a phone');
    await look(page, '60-self-check-on-page-phone');
    await page.setViewportSize({ width: 1280, height: 900 });

    await startButton.click();
    await expect.poll(() => selfCheck.getByText('已确认').count()).toBe(1);
    expect(await selfCheck.getByText('带入', { exact: true }).count()).toBe(1);
    await expect.poll(() => apply.isDisabled()).toBe(false);
    await look(page, '61-notices-after-confirm');
    await apply.click();
    await page.waitForURL(/\/person\/rcpd\/applications\/[0-9a-f-]{36}$/);

    // 信息填报: every module arrived, each marked 已带入（请核对）
    const basic = region(page, '基本信息');
    await expect.poll(() => basic.getByText('已带入（请核对）').count()).toBe(1);
    expect(await basic.getByRole('radio', { name: '晋升认定', exact: true }).isChecked()).toBe(true);
    expect(await basic.getByText('已按您持有的证书填写“已在吉认定人才类别”（A类）').count()).toBe(1);
    // A was held: the category applied for is left to choose, and the module says so
    expect(await basic.getByText(/晋升认定须申报高于已认定类别（A类）的人才类别/).count()).toBe(1);
    expect(await basic.getByLabel('现从事专业/岗位', { exact: true }).inputValue()).toBe('软件研发');
    const education = region(page, '学习经历');
    expect(await education.getByText('已带入（请核对）').count()).toBe(1);
    expect(await education.getByText('吉林大学').count()).toBeGreaterThan(0);
    expect(await region(page, '工作经历').getByText('已带入（请核对）').count()).toBe(1);
    await expectAccessible(page, '信息填报 carried from the last application');
    await look(page, '62-carried-application');

    // 核对无误 takes the mark off 学习经历; the others stay until saved or confirmed
    await education.getByRole('button', { name: '核对无误：学习经历' }).click();
    await expect.poll(() => education.getByText('已带入（请核对）').count()).toBe(0);
    expect(await basic.getByText('已带入（请核对）').count()).toBe(1);

    // 晋升认定 chosen by hand: an emptied 认定日期 fills itself again from the certificate
    const heldSince = basic.getByLabel('认定日期', { exact: true });
    const issuedOn = await heldSince.inputValue();
    expect(issuedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const picker = basic.locator('.ant-picker', { has: page.locator('#field-heldSince') });
    await picker.hover();
    await picker.locator('.ant-picker-clear').click();
    await expect.poll(() => heldSince.inputValue()).toBe('');
    await basic.getByRole('radio', { name: '首次认定', exact: true }).check();
    await basic.getByRole('radio', { name: '晋升认定', exact: true }).check();
    await expect.poll(() => basic.getByLabel('认定日期', { exact: true }).inputValue()).toBe(issuedOn);

    // 数据验证信息 lists the modules still to look at
    const api = await apiLogin(server, 'person', DEMO.idNumber, DEMO.password);
    const id = page.url().split('/').pop() ?? '';
    const { issues } = await api.get<{ issues: { section: string; message: string }[] }>(
      `/api/person/applications/${id}/validation`,
    );
    expect(issues.filter((i) => i.message.includes('带入')).map((i) => i.section)).toEqual([
      'basic',
      'work',
      'achievement',
    ]);
    await page.context().close();
  });
});
