import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DEV_CAPTCHA } from './server.js';

/** Set SCREENSHOTS=<folder> to keep a picture of every page the journeys pass. */
export async function look(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/** 统一身份认证 of the 个人 or 单位 panel: 账号, 密码, 验证码, 登录. */
export async function login(page: Page, account: string, password: string): Promise<void> {
  await page.getByLabel('账号').fill(account);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByLabel('验证码').fill(DEV_CAPTCHA);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

/** 管理端登录: 用户名, 密码, 验证码, 登录. */
export async function adminLogin(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByLabel('验证码').fill(DEV_CAPTCHA);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}
