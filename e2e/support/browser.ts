import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Machines without a Chinese system font would draw every character of a screenshot as an empty box: point
 * fontconfig at the Noto Sans SC files the server embeds in its PDFs.
 */
function cjkFontConfig(): Record<string, string> {
  const fonts = path.resolve('node_modules/@expo-google-fonts/noto-sans-sc');
  if (!existsSync(fonts)) return {};
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rcpd-fonts-'));
  const file = path.join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${fonts}/400Regular</dir>
  <dir>${fonts}/700Bold</dir>
  <cachedir>${dir}/cache</cachedir>
</fontconfig>
`,
  );
  return { FONTCONFIG_FILE: file };
}

/** Debian's chromium, headless, kept off the network (the machine has none beyond localhost). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    env: { ...process.env, ...cjkFontConfig() } as Record<string, string>,
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A fresh context as a person at a desk sees it: Chinese locale, a desktop window, and reduced motion, so that a
 * click never lands on a dialog still zooming in (the web app turns antd's animations off when asked to).
 */
export function newContext(
  browser: Browser,
  baseURL: string,
  viewport = { width: 1280, height: 900 },
): Promise<BrowserContext> {
  return browser.newContext({ baseURL, viewport, locale: 'zh-CN', reducedMotion: 'reduce' });
}

/** Fails with the list of serious and critical axe findings of the page as it is now. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  // Ant Design's toasts fade in and out over their few seconds on screen; axe would measure the contrast of a
  // half-transparent frame of that animation. Everything else on the page is scanned.
  const result = await new AxeBuilder({ page }).exclude('.ant-message').analyze();
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad, `axe findings on ${label}`).toEqual([]);
}
