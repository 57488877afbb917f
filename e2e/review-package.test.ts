/**
 * 评审材料包 (manual 3.4: the evaluation happens offline): the 省人社厅's 审核人 chooses the demo notice and the
 * category, sees how many applications match, makes the package in the background and downloads one zip
 * holding a folder per applicant with the 一览表 and the attachments, and the 汇总表.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Applicant, registerApplicant } from './support/api.js';
import { approveApplication, submitApplication } from './support/applications.js';
import { expectAccessible, launchBrowser, newContext } from './support/browser.js';
import { adminLogin, look } from './support/pages.js';
import { type RunningServer, startServer } from './support/server.js';

const DEMO_NOTICE = '2026年度吉林省人才分类定级评定申报通知';
const PHONE = { width: 390, height: 844 };
/** Info-ZIP's unzip shows the UTF-8 names of the zip only under a UTF-8 locale. */
const UTF8 = { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };

let server: RunningServer;
let browser: Browser;
let dir: string;
const applicants: Applicant[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  dir = mkdtempSync(path.join(os.tmpdir(), 'rcpd-e2e-package-'));
  for (const name of ['赵敏', '钱进']) {
    const applicant = await registerApplicant(server, name);
    const { id } = await submitApplication(server, applicant);
    await approveApplication(server, id);
    applicants.push(applicant);
  }
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function openPage(viewport?: { width: number; height: number }): Promise<Page> {
  const context = await newContext(browser, server.baseUrl, viewport);
  const page = await context.newPage();
  await page.goto('/admin/login');
  await adminLogin(page, 'shenhe', 'Demo@2026');
  await page.waitForURL('**/admin');
  return page;
}

/** Chooses an option of an antd Select by its field's label. */
async function choose(page: Page, label: string, option: string) {
  await page.getByLabel(label).click();
  await page.locator(`.ant-select-item-option[title="${option}"]`).click();
}

describe('评审材料包', () => {
  it('makes the package of the demo notice and downloads the zip with the 一览表 and the attachments', async () => {
    const page = await openPage();
    await page.getByRole('link', { name: '评审材料包' }).first().click();
    await page.waitForURL('**/admin/review-package');
    await expect.poll(() => page.getByRole('heading', { name: '评审材料包' }).count()).toBe(1);
    await expectAccessible(page, '评审材料包');

    await choose(page, '申报通知', DEMO_NOTICE);
    await choose(page, '申报人才类别', 'A类');
    await expect.poll(() => page.getByText('符合条件的申报：2 份').count()).toBe(1);
    await look(page, '60-review-package-desktop');

    // a 申报编号 that is not there is refused with the server's Chinese message
    await page.getByLabel('申报编号（可选）').fill('RC20269999999');
    await page.getByLabel('申报编号（可选）').blur();
    await expect.poll(() => page.getByText(/以下申报编号不是该通知A类中材料审核通过的申报/).count()).toBe(1);
    expect(await page.getByRole('button', { name: '生成材料包' }).isDisabled()).toBe(true);
    await page.getByLabel('申报编号（可选）').fill('');
    await page.getByLabel('申报编号（可选）').blur();
    await expect.poll(() => page.getByText('符合条件的申报：2 份').count()).toBe(1);

    await page.getByRole('button', { name: '生成材料包' }).click();
    const dialog = page.getByRole('dialog', { name: '后台导出' });
    await expect.poll(() => dialog.count()).toBe(1);
    const task = dialog.getByRole('listitem').first();
    await expect.poll(() => task.getByRole('status').textContent(), { timeout: 30_000 }).toBe('已完成');
    expect(await task.getByText('已导出 2 人 / 共 2 人').count()).toBe(1);
    await expectAccessible(page, '评审材料包（已完成）');
    await look(page, '61-review-package-finished');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      task.getByRole('link', { name: '下载' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`评审材料包_${DEMO_NOTICE}_A类.zip`);
    const zip = path.join(dir, 'package.zip');
    await download.saveAs(zip);

    const names = execFileSync('unzip', ['-Z1', zip], { env: UTF8 }).toString().trim().split('\n');
    expect(names).toContain('汇总表.xlsx');
    for (const applicant of applicants) {
      const folder = names
        .find((n) => n.endsWith(`_${applicant.name}/人才分类定级认定一览表.pdf`))
        ?.split('/')[0];
      expect(folder, `${applicant.name}的文件夹`).toMatch(new RegExp(`^RC\\d{11}_${applicant.name}$`));
      expect(names.filter((n) => n.startsWith(`${folder}/`)).sort()).toEqual(
        [
          '人才分类定级认定一览表.pdf',
          '个人照片_1_照片.jpg',
          '学习经历_1_毕业证书.pdf',
          '身份证正反面_1_身份证正反面.jpg',
        ]
          .map((f) => `${folder}/${f}`)
          .sort(),
      );
      const pdf = path.join(dir, `${applicant.name}.pdf`);
      execFileSync(
        'sh',
        ['-c', 'unzip -p "$1" "$2" > "$3"', 'sh', zip, `${folder}/人才分类定级认定一览表.pdf`, pdf],
        {
          env: UTF8,
        },
      );
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-']).toString().replace(/\s+/g, '');
      expect(text).toContain(applicant.name);
    }
    await page.context().close();
  });

  it('fits a phone', async () => {
    const page = await openPage(PHONE);
    await page.goto('/admin/review-package');
    await choose(page, '申报通知', DEMO_NOTICE);
    await choose(page, '申报人才类别', 'A类');
    await expect.poll(() => page.getByText('符合条件的申报：2 份').count()).toBe(1);
    await expectAccessible(page, '评审材料包（手机）');
    await look(page, '62-review-package-phone');
    await page.context().close();
  });
});
