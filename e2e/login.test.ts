/**
 * 扫码登录 and 统一身份认证平台登录 (issue 14 items 1–2) in Debian's chromium against the built server: the desktop's
 * login panel shows a QR code, a phone (390×844, touch) signed in as 张三 reads a photo of it on 扫一扫 and confirms,
 * and the desktop lands in the 个人网厅; then the same person signs in through a real OpenID Connect provider
 * (`oidc-provider`, in this process). Every new page gets an axe scan.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { OIDC_ERROR_MESSAGES } from '@rcpd/shared';
import jsqr from 'jsqr';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestIssuer, type TestIssuer } from '../apps/server/src/test/oidc-issuer.js';
import { expectAccessible, launchBrowser, newContext } from './support/browser.js';
import { login, look } from './support/pages.js';
import { mobile, residentId } from './support/people.js';
import { DEV_CAPTCHA, freePort, type RunningServer, startServer } from './support/server.js';

const ZHANG_SAN = {
  name: '张三',
  idNumber: '220102199001011239',
  phone: '13900000001',
  password: 'Demo@2026',
};

let server: RunningServer;
let platform: TestIssuer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  platform = await startTestIssuer([`${base}/api/auth/oidc/callback`]);
  server = await startServer({
    port,
    env: {
      // the QR code links to where the phone reaches this server
      PUBLIC_BASE_URL: base,
      OIDC_ISSUER: platform.issuer,
      OIDC_CLIENT_ID: platform.clientId,
      OIDC_CLIENT_SECRET: platform.clientSecret,
    },
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.stop();
  await platform?.close();
});

async function desktop(): Promise<Page> {
  const context = await newContext(browser, server.baseUrl);
  contexts.push(context);
  return context.newPage();
}

async function phone(): Promise<Page> {
  const context = await browser.newContext({
    baseURL: server.baseUrl,
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    locale: 'zh-CN',
    reducedMotion: 'reduce',
  });
  contexts.push(context);
  return context.newPage();
}

describe('扫码登录', () => {
  it('the desktop shows a QR code, 张三 confirms it on the phone, the desktop lands in the 个人网厅', async () => {
    const desk = await desktop();
    await desk.goto('/login?type=person');
    await desk.getByRole('tab', { name: '扫码登录' }).first().click();
    const qr = desk.getByRole('img', { name: /扫码登录二维码/ });
    await qr.waitFor();
    await expect.poll(() => desk.getByText('二维码2分钟内有效').count()).toBe(1);
    await expectAccessible(desk, 'login panel, 扫码登录');
    await look(desk, 'login-01-qr-panel');
    // a photo of the screen: the QR image as a file the phone picks
    const src = String(await qr.getAttribute('src'));
    const photo = path.join(mkdtempSync(path.join(os.tmpdir(), 'rcpd-qr-')), 'qr.png');
    writeFileSync(photo, Buffer.from(src.replace(/^data:image\/png;base64,/, ''), 'base64'));
    expect(qrText(photo)).toMatch(new RegExp(`^${server.baseUrl}/scan\\?c=[\\w-]{43}$`));

    const mobile = await phone();
    // the QR reader (zxing-wasm) comes from this server, as WebAssembly the CSP lets compile, with no error
    const wasm: { url: string; type: string; status: number }[] = [];
    const errors: string[] = [];
    mobile.on('response', (response) => {
      if (response.url().endsWith('.wasm'))
        wasm.push({
          url: response.url(),
          type: response.headers()['content-type'] ?? '',
          status: response.status(),
        });
    });
    mobile.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    mobile.on('pageerror', (error) => errors.push(error.message));
    await mobile.goto('/login?type=person');
    await login(mobile, ZHANG_SAN.phone, ZHANG_SAN.password);
    await mobile.waitForURL('**/person');
    await mobile.goto('/person/scan');
    await mobile.getByRole('button', { name: '拍照或选择二维码图片' }).waitFor();
    await expectAccessible(mobile, '扫一扫');
    await look(mobile, 'login-02-scan');
    await mobile.getByLabel('二维码图片').setInputFiles(photo);

    await mobile.getByRole('button', { name: '确认登录' }).waitFor();
    expect(wasm).toEqual([
      {
        url: expect.stringMatching(new RegExp(`^${server.baseUrl}/assets/zxing_reader-[\\w-]+\\.wasm$`)),
        type: 'application/wasm',
        status: 200,
      },
    ]);
    expect(errors).toEqual([]);
    const card = mobile.locator('.scan-card');
    await expect.poll(() => card.textContent()).toContain('个人登录请求');
    const text = String(await card.textContent());
    expect(text).toContain('张三');
    expect(text).toContain('127.0.0.1');
    expect(text).toMatch(/Chrome \d+ · Linux/);
    expect(text).not.toContain(ZHANG_SAN.idNumber);
    await expectAccessible(mobile, '扫一扫 confirm');
    await look(mobile, 'login-03-scan-confirm');
    await mobile.getByRole('button', { name: '确认登录' }).click();
    await mobile.getByText('已确认登录').waitFor();
    await look(mobile, 'login-04-scan-confirmed');

    await desk.waitForURL('**/person', { timeout: 5_000 });
    await expect.poll(() => desk.getByText('张三').count()).toBeGreaterThan(0);
    await look(desk, 'login-05-desktop-signed-in');

    // the code was used: opened again, the phone is told so and cannot confirm
    await mobile.goto(qrText(photo));
    await mobile.waitForURL('**/person/scan?c=*');
    await expect.poll(() => mobile.getByText('该二维码已确认登录，不能重复确认').count()).toBeGreaterThan(0);
    expect(await mobile.getByRole('button', { name: '确认登录' }).isDisabled()).toBe(true);
  });
});

describe('扫码登录 from a phone not signed in yet', () => {
  it('opens the code, signs in as 张三 first, comes back to it and confirms', async () => {
    const desk = await desktop();
    await desk.goto('/login?type=person');
    await desk.getByRole('tab', { name: '扫码登录' }).first().click();
    const qr = desk.getByRole('img', { name: /扫码登录二维码/ });
    await qr.waitFor();
    const src = String(await qr.getAttribute('src'));
    const photo = path.join(mkdtempSync(path.join(os.tmpdir(), 'rcpd-qr-')), 'qr.png');
    writeFileSync(photo, Buffer.from(src.replace(/^data:image\/png;base64,/, ''), 'base64'));

    const mobile = await phone();
    await mobile.goto(qrText(photo));
    await mobile.getByText('请先在手机上登录本系统').waitFor();
    await expectAccessible(mobile, '扫一扫, signed in nowhere');
    await look(mobile, 'login-09-scan-not-signed-in');
    await mobile.getByRole('link', { name: '个人账号登录后确认' }).click();
    await mobile.waitForURL('**/login?type=person');
    await login(mobile, ZHANG_SAN.idNumber, ZHANG_SAN.password);
    await mobile.waitForURL('**/person/scan?c=*');
    await mobile.getByRole('button', { name: '确认登录' }).click();
    await mobile.getByText('已确认登录').waitFor();
    await desk.waitForURL('**/person', { timeout: 5_000 });
  });
});

/** The text of a QR photo, read in Node by jsqr: a second decoder, independent of the page's zxing-wasm. */
function qrText(photo: string): string {
  const png = PNG.sync.read(readFileSync(photo));
  return jsqr.default(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? '';
}

describe('统一身份认证平台登录', () => {
  it('signs 张三 in through the province identity platform', async () => {
    platform.people.set('zhangsan', {
      name: ZHANG_SAN.name,
      id_number: ZHANG_SAN.idNumber,
      phone_number: ZHANG_SAN.phone,
    });
    const page = await desktop();
    await page.goto('/login?type=person');
    await page.getByRole('link', { name: '统一身份认证登录' }).first().click();
    await page.waitForURL(`${platform.issuer}/**`);
    await page.locator('input[name="login"]').fill('zhangsan');
    await page.locator('input[name="password"]').fill('any');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(`${server.baseUrl}/person`);
    await expect.poll(() => page.getByText('张三').count()).toBeGreaterThan(0);
    await look(page, 'login-06-oidc-signed-in');
  });

  it('a first sign-in without a 手机号码 verifies one by SMS, registers and lands in the 个人网厅', async () => {
    const idNumber = residentId();
    const phoneNumber = mobile();
    platform.people.set('wangwu', { name: '王五', id_number: idNumber });
    const page = await desktop();
    await page.goto('/login?type=person');
    await page.getByRole('link', { name: '统一身份认证登录' }).first().click();
    await page.waitForURL(`${platform.issuer}/**`);
    await page.locator('input[name="login"]').fill('wangwu');
    await page.locator('input[name="password"]').fill('any');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL('**/login/oidc-phone');
    await page.getByText('王五').waitFor();
    expect(await page.getByText(idNumber).count()).toBe(0);
    await page.getByLabel('手机号码').fill(phoneNumber);
    await page.getByLabel('图形验证码').fill(DEV_CAPTCHA);
    await page.getByRole('button', { name: '获取短信验证码' }).click();
    await expect.poll(() => page.getByRole('button', { name: /秒后重新获取/ }).count()).toBe(1);
    await page.getByLabel('短信验证码').fill(await server.smsCode(phoneNumber));
    await expectAccessible(page, '验证手机号码');
    await look(page, 'login-08-oidc-phone');
    await page.getByRole('button', { name: '完成注册并登录' }).click();
    await page.waitForURL(`${server.baseUrl}/person`);
    await expect.poll(() => page.getByText('王五').count()).toBeGreaterThan(0);
  });

  it('says clearly when the platform cannot be used, and keeps the password login', async () => {
    const page = await desktop();
    await page.goto('/login?type=employer&oidc_error=unavailable');
    await page.getByText(OIDC_ERROR_MESSAGES.unavailable).waitFor();
    expect(await page.getByRole('button', { name: '登录', exact: true }).count()).toBe(1);
    await expectAccessible(page, 'login with the platform down');
    await look(page, 'login-07-oidc-unavailable');
  });
});
