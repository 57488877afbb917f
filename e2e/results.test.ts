import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsqr from 'jsqr';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approveApplication, submitApplication } from './support/applications.js';
import { expectAccessible, launchBrowser, newContext } from './support/browser.js';
import { adminLogin, login, look } from './support/pages.js';
import { type RunningServer, startServer } from './support/server.js';

// jsqr is CommonJS: under NodeNext the default import is its `module.exports`, whose `default` is the decoder.
const jsQR = jsqr.default;

let server: RunningServer;
let browser: Browser;
let dir: string;

const DEMO = { idNumber: '220102199001011239', password: 'Demo@2026', phone: '13900000001' };

/** The text of the QR code on the first page of a PDF, as a phone's camera reads it. */
function qrOf(pdf: string): string {
  const prefix = path.join(dir, 'page');
  execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
  const png = PNG.sync.read(readFileSync(`${prefix}.png`));
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!code) throw new Error('no QR code found on the certificate');
  return code.data;
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  dir = mkdtempSync(path.join(os.tmpdir(), 'rcpd-e2e-cert-'));
  const { id } = await submitApplication(server, DEMO);
  await approveApplication(server, id);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function open(portal: 'person' | 'admin', account: string, password = 'Demo@2026'): Promise<Page> {
  const context = await newContext(browser, server.baseUrl);
  const page = await context.newPage();
  if (portal === 'admin') {
    await page.goto('/admin/login');
    await adminLogin(page, account, password);
    await page.waitForURL('**/admin');
  } else {
    await page.goto('/login?type=person');
    await login(page, account, password);
    await page.waitForURL('**/person');
  }
  return page;
}

describe('评审结果 and 电子证书 (manual 3.4, 3.5)', () => {
  it('records and publishes a result; the applicant downloads the certificate, whose QR verifies until revoked', async () => {
    const admin = await open('admin', 'yewu');
    await admin.goto('/admin/results');
    await admin.getByRole('button', { name: '录入结果：张三' }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByRole('radio', { name: '认定通过' }).check();
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => admin.getByRole('dialog').count()).toBe(0);
    await expectAccessible(admin, '评审结果');
    await admin.getByRole('row').filter({ hasText: '张三' }).getByRole('checkbox').check();
    await admin.getByRole('button', { name: '发布', exact: true }).click();
    await admin.getByRole('button', { name: '确定' }).click();
    // 发布 runs in the background: the page follows the batch until it has finished, then the row is 已发布
    const progress = admin.getByRole('region', { name: '发布进度' });
    await expect.poll(() => progress.getByRole('progressbar', { name: '发布进度' }).count()).toBe(1);
    await expect.poll(() => progress.getByRole('status').textContent()).toBe('发布完成');
    expect(await progress.getByText('已发布 1 条 / 失败 0 条 / 共 1 条').count()).toBe(1);
    await expect
      .poll(() => admin.getByRole('row').filter({ hasText: '张三' }).filter({ hasText: '已发布' }).count())
      .toBe(1);
    expect(await admin.getByRole('checkbox', { name: '选择：张三' }).isDisabled()).toBe(true);
    await expectAccessible(admin, '评审结果：发布进度');
    await look(admin, '50-results-published');

    // 最近发布 lists the batch, also after a reload, and 查看进度 follows it on the page again
    await progress.getByRole('button', { name: '关闭' }).click();
    await admin.reload();
    await admin.getByRole('button', { name: '最近发布' }).click();
    const drawer = admin.getByRole('dialog', { name: '最近发布' });
    const recent = drawer.getByRole('listitem');
    await expect.poll(() => recent.count()).toBe(1);
    expect(await recent.getByText('发布完成').count()).toBe(1);
    expect(await recent.getByText('已发布 1 条 / 失败 0 条 / 共 1 条').count()).toBe(1);
    await expectAccessible(admin, '评审结果：最近发布');
    await look(admin, '50-results-recent-batches');
    await recent.getByRole('button', { name: '查看进度' }).click();
    await expect.poll(() => progress.getByRole('status').textContent()).toBe('发布完成');
    await admin.setViewportSize({ width: 390, height: 844 });
    await look(admin, '50-results-published-phone');
    await admin.setViewportSize({ width: 1280, height: 900 });

    // the applicant: 评审结果 on the application, the certificate in 我的证照
    const applicant = await open('person', DEMO.idNumber, DEMO.password);
    await applicant.goto('/person/rcpd');
    const certificates = applicant.getByRole('region', { name: '我的证照' });
    await expect.poll(() => certificates.getByText(/^JLRC\d{10}$/).count()).toBe(1);
    const number = ((await certificates.getByText(/^JLRC\d{10}$/).textContent()) ?? '').trim();
    await expectAccessible(applicant, '我的证照');
    await look(applicant, '51-my-certificates');
    const [download] = await Promise.all([
      applicant.waitForEvent('download'),
      applicant.getByRole('link', { name: `下载：${number}` }).click(),
    ]);
    const pdf = path.join(dir, 'certificate.pdf');
    await download.saveAs(pdf);
    const text = execFileSync('pdftotext', ['-raw', pdf, '-']).toString().replace(/\s+/g, '');
    expect(text).toContain('吉林省人才分类定级认定证书');
    expect(text).toContain('张三');
    expect(text).toContain(number);
    if (process.env.SCREENSHOTS) {
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '60',
        '-singlefile',
        pdf,
        path.join(process.env.SCREENSHOTS, '52-certificate'),
      ]);
    }

    // the QR code, as a phone reads it, opens the public verification page: valid
    const link = new URL(qrOf(pdf));
    expect(link.pathname).toBe('/verify');
    // signed with the profile's algorithm: Ed25519 (64 bytes), or SM2 as DER under CRYPTO_PROFILE=gm (issue 15)
    const signature = Buffer.from(link.searchParams.get('t')?.split('.')[2] ?? '', 'base64url');
    if (process.env.CRYPTO_PROFILE === 'gm') {
      expect(signature[0]).toBe(0x30);
      expect(signature.length).toBeGreaterThanOrEqual(70);
    } else expect(signature.length).toBe(64);
    const verifier = await (await newContext(browser, server.baseUrl)).newPage();
    await verifier.goto(`${link.pathname}${link.search}`);
    await expect.poll(() => verifier.getByText('证书有效').count()).toBeGreaterThan(0);
    expect(await verifier.getByText(number).count()).toBeGreaterThan(0);
    await expectAccessible(verifier, '证书验证');
    await look(verifier, '53-verify-valid');

    // revoked in 证书管理: the same link shows 撤销 at once
    await admin.goto('/admin/certificates');
    // found by its number, counted
    await admin.getByLabel('姓名、证书编号或证件号码').fill(number);
    await admin.getByLabel('姓名、证书编号或证件号码').press('Enter');
    await expect.poll(() => admin.getByText('共 1 张').count()).toBe(1);
    await expectAccessible(admin, '证书管理');
    await look(admin, '55-admin-certificates');
    await admin.setViewportSize({ width: 390, height: 844 });
    await look(admin, '55-admin-certificates-phone');
    await admin.setViewportSize({ width: 1280, height: 900 });
    await admin.getByRole('button', { name: `撤销：${number}` }).click();
    const revoke = admin.getByRole('dialog');
    await revoke.getByLabel('原因').fill('经查实申报材料弄虚作假');
    await revoke.getByRole('button', { name: '确定' }).click();
    await expect
      .poll(() => admin.getByRole('row').filter({ hasText: number }).filter({ hasText: '撤销' }).count())
      .toBe(1);
    await verifier.reload();
    await expect
      .poll(() => verifier.getByText(/证书状态：撤销（\d{4}-\d{2}-\d{2}）/).count())
      .toBeGreaterThan(0);
    await look(verifier, '54-verify-revoked');
    for (const page of [admin, applicant, verifier]) await page.context().close();
  });
});
