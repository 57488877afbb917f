import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

/** Debian's chromium, headless, kept off the network (the machine has none beyond localhost). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
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
