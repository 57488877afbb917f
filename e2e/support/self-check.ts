/**
 * 条件自检 in the manual's order (3.2.1), on 人才分类定级评定 itself: tick the conditions, the 推荐单位 at the bottom
 * (chosen already when there is one), 确认并开始申报, then 申报 of a notice. For journeys that need a draft.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export const selfCheckRegion = (page: Page): Locator =>
  page.getByRole('region', { name: '条件自检', exact: true });

/** Ticks every condition of 条件自检 and presses 确认并开始申报 (带入上次申报信息 as offered, unless `carry` says). */
export async function confirmSelfCheck(page: Page, options: { carry?: boolean } = {}): Promise<void> {
  const selfCheck = selfCheckRegion(page);
  const boxes = selfCheck.locator('.confirm-list').getByRole('checkbox');
  await expect.poll(() => boxes.count()).toBe(4);
  for (const box of await boxes.all()) await box.check();
  const carry = selfCheck.getByRole('checkbox', { name: '带入上次申报信息' });
  if (options.carry !== undefined && (await carry.count()) > 0) await carry.setChecked(options.carry);
  await selfCheck.getByRole('button', { name: '确认并开始申报' }).click();
  await expect.poll(() => selfCheck.getByText('已确认').count()).toBe(1);
}

/** 条件自检, then 申报 of the notice titled `title` (the first open one without): the new application's page. */
export async function startApplication(page: Page, title?: string): Promise<void> {
  await confirmSelfCheck(page);
  const apply = page.getByRole('button', { name: title ? `申报：${title}` : /^申报：/ }).first();
  await expect.poll(() => apply.isDisabled()).toBe(false);
  await apply.click();
  await page.waitForURL(/\/person\/rcpd\/applications\/[0-9a-f-]{36}$/);
}
