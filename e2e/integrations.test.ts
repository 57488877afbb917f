import { createServer, type Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiLogin } from './support/api.js';
import { submitApplication } from './support/applications.js';
import { expectAccessible, launchBrowser, newContext } from './support/browser.js';
import { adminLogin, look } from './support/pages.js';
import { freePort, type RunningServer, startServer } from './support/server.js';

let server: RunningServer;
let browser: Browser;
let receiver: Server;
let receiverPort: number;
/** the statuses the 电子证照库's endpoint received, in order */
const received: string[] = [];

const DEMO = { idNumber: '220102199001011239', password: 'Demo@2026', phone: '13900000001' };

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  receiverPort = await freePort();
  receiver = createServer(async (request, response) => {
    let body = '';
    for await (const chunk of request) body += chunk;
    received.push((JSON.parse(body) as { status: string }).status);
    response.writeHead(204).end();
  });
  await new Promise<void>((resolve) => receiver.listen(receiverPort, '127.0.0.1', resolve));
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  receiver?.closeAllConnections();
  await new Promise((resolve) => receiver?.close(resolve));
});

async function openAdmin(username: string, viewport?: { width: number; height: number }): Promise<Page> {
  const context = await newContext(browser, server.baseUrl, viewport);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.baseUrl });
  const page = await context.newPage();
  await page.goto('/admin/login');
  await adminLogin(page, username, 'Demo@2026');
  await page.waitForURL('**/admin');
  return page;
}

/** The demo applicant's application, through both review stages, recorded 认定通过 and published. */
async function publishDemoCertificate(): Promise<{ id: string; number: string }> {
  const { id } = await submitApplication(server, DEMO);
  for (const [portal, account] of [
    ['employer', '91220101MA17A0001Q'],
    ['department', 'shenhe'],
  ] as const) {
    const reviewer = await apiLogin(server, portal, account);
    const { version } = await reviewer.get<{ version: number }>(`/api/review/applications/${id}`);
    await reviewer.post(`/api/review/applications/${id}/decision`, { action: '审核通过', version });
  }
  // the 业务管理员 records and publishes
  const admin = await apiLogin(server, 'department', 'yewu');
  await admin.post('/api/department/results', { applicationId: id, outcome: '认定通过' });
  const { items } = await admin.get<{ items: { applicationId: string; result: { id: string } | null }[] }>(
    '/api/department/results',
  );
  const resultId = items.find((i) => i.applicationId === id)?.result?.id;
  await admin.post('/api/department/results/publish', { resultIds: [resultId] });
  for (let i = 0; i < 100; i++) {
    const list = await admin.get<{ items: { id: string; number: string; holderName: string }[] }>(
      '/api/department/certificates',
    );
    // the demo applicant's (the demo's finished round of last year has certificates of its own)
    const mine = list.items.find((c) => c.holderName === '张三');
    if (mine) return mine;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the certificate was not issued');
}

/** 新增 in the browser: fills the form and returns the credential the window shows once. */
async function addClient(
  page: Page,
  values: { name: string; allowList: string; webhookUrl?: string },
): Promise<{ credential: string; signingSecret: string }> {
  await page.getByRole('button', { name: '新增', exact: true }).click();
  const form = page.getByRole('dialog', { name: '新增接口客户端' });
  await form.getByLabel('客户端名称').fill(values.name);
  if (values.webhookUrl) {
    await form.getByRole('checkbox', { name: /证书状态变更推送/ }).check();
    await form.getByLabel('回调地址').fill(values.webhookUrl);
  }
  await form.getByLabel('调用地址白名单').fill(values.allowList);
  await form.getByRole('button', { name: '保存' }).click();
  const shown = page.getByRole('dialog', { name: '接口客户端已创建' });
  await expect.poll(() => shown.count()).toBe(1);
  const credential = (await shown.locator('.secret-value').nth(1).textContent()) ?? '';
  const signingSecret = (await shown.locator('.secret-value').nth(2).textContent()) ?? '';
  return { credential, signingSecret };
}

const lookup = (credential: string, number: string) =>
  fetch(`${server.baseUrl}/api/integration/v1/certificates/${number}`, {
    headers: { authorization: `Bearer ${credential}` },
  });

describe('接口客户端 (SPEC §1: integration clients)', () => {
  it('registers a client, shows its secrets once, the client looks up and receives webhooks; 重置密钥 and 停用', async () => {
    const admin = await openAdmin('admin');
    await admin.getByRole('link', { name: '接口客户端' }).first().click();
    await admin.waitForURL('**/admin/integrations');
    await expect.poll(() => admin.getByRole('heading', { level: 1, name: '接口客户端' }).count()).toBe(1);

    // a bad allow-list entry is refused under its field, before anything is sent
    await admin.getByRole('button', { name: '新增', exact: true }).click();
    const form = admin.getByRole('dialog', { name: '新增接口客户端' });
    await form.getByLabel('客户端名称').fill('吉林省电子证照库');
    await form.getByLabel('调用地址白名单').fill('10.0.0.300');
    await form.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => form.getByText(/“10\.0\.0\.300”不是有效的IP地址或网段/).count()).toBe(1);
    await look(admin, '79-integration-client-form');
    await form.getByLabel('调用地址白名单').fill('');
    await expect.poll(() => form.getByText('白名单为空时，该客户端的所有调用都会被拒绝。').count()).toBe(1);
    await form.getByRole('button', { name: '取消' }).click();

    const zzk = await addClient(admin, {
      name: '吉林省电子证照库',
      allowList: '127.0.0.1\n10.1.0.0/16',
      webhookUrl: `http://127.0.0.1:${receiverPort}/hooks/rcpd`,
    });
    expect(zzk.credential).toMatch(/^ic_[0-9a-f]{16}\.[A-Za-z0-9_-]{43}$/);
    expect(zzk.signingSecret).toMatch(/^whsec_/);
    const shown = admin.getByRole('dialog', { name: '接口客户端已创建' });
    expect(await shown.getByText('密钥只显示这一次').count()).toBe(1);
    await shown.getByRole('button', { name: '复制接口凭据' }).click();
    await expect.poll(() => shown.getByRole('button', { name: '已复制' }).count()).toBe(1);
    expect(await admin.evaluate(() => navigator.clipboard.readText())).toBe(zzk.credential);
    await expectAccessible(admin, '接口客户端：密钥');
    await look(admin, '80-integration-secrets');
    await shown.getByRole('button', { name: '我已妥善保存，关闭' }).click();
    await expect.poll(() => shown.count()).toBe(0);
    // once closed, nothing on the page shows the secret again
    expect(await admin.content()).not.toContain(zzk.credential.split('.')[1]);

    const down = await addClient(admin, {
      name: '人社一体化平台',
      allowList: '127.0.0.1',
      webhookUrl: `http://127.0.0.1:${await freePort()}/hooks`,
    });
    await admin.getByRole('button', { name: '我已妥善保存，关闭' }).click();
    await addClient(admin, { name: '吉事办', allowList: '' });
    await admin.getByRole('button', { name: '我已妥善保存，关闭' }).click();
    expect(await admin.getByText('未登记（拒绝所有调用）').count()).toBe(1);

    // 发布 issues the certificate: the 电子证照库 hears of it, looks it up with its credential
    const certificate = await publishDemoCertificate();
    await expect.poll(() => received, { timeout: 30_000 }).toEqual(['有效']);
    const found = await lookup(zzk.credential, certificate.number);
    expect(found.status).toBe(200);
    expect(
      ((await found.json()) as { certificate: { maskedIdNumber: string } }).certificate.maskedIdNumber,
    ).toBe('220102********1239');
    const api = await apiLogin(server, 'department', 'yewu');
    await api.post(`/api/department/certificates/${certificate.id}/status`, {
      status: '暂扣',
      reason: '核查需要',
    });
    await expect.poll(() => received, { timeout: 30_000 }).toEqual(['有效', '暂扣']);

    // the deliveries, by state; the list reads again while any waits
    await admin.reload();
    const deliveries = admin.getByRole('region', { name: '证书状态推送记录列表' });
    await expect
      .poll(
        () =>
          deliveries
            .getByRole('row')
            .filter({ hasText: '吉林省电子证照库' })
            .filter({ hasText: '已送达' })
            .count(),
        {
          timeout: 30_000,
        },
      )
      .toBe(2);

    // 停用 the platform whose endpoint is down: its waiting deliveries are given up, not retried
    const clients = admin.getByRole('region', { name: '接口客户端列表' });
    const platformRow = clients.getByRole('row').filter({ hasText: '人社一体化平台' });
    await platformRow.getByRole('button', { name: '停用：人社一体化平台' }).click();
    await admin.getByRole('button', { name: '停用', exact: true }).click();
    await expect.poll(() => platformRow.getByText('已停用', { exact: true }).count()).toBe(1);
    expect((await lookup(down.credential, certificate.number)).status).toBe(401);
    await admin
      .getByRole('radiogroup', { name: '推送状态' })
      .getByText(/^失败（\d+）$/)
      .click();
    await admin.waitForURL(/state=/);
    await expect
      .poll(() => deliveries.getByRole('row').filter({ hasText: '接口客户端已停用，不再推送' }).count())
      .toBe(2);
    expect(await deliveries.getByText('客户端已停用').count()).toBeGreaterThan(0);
    await admin
      .getByRole('radiogroup', { name: '推送状态' })
      .getByText(/^全部（\d+）$/)
      .click();

    // 重置密钥: new secrets shown once, the old credential stops at once
    const zzkRow = clients.getByRole('row').filter({ hasText: '吉林省电子证照库' });
    await zzkRow.getByRole('button', { name: '重置密钥：吉林省电子证照库' }).click();
    await admin.getByRole('button', { name: '重置密钥', exact: true }).click();
    const renewed = admin.getByRole('dialog', { name: '密钥已重置' });
    await expect.poll(() => renewed.count()).toBe(1);
    const fresh = (await renewed.locator('.secret-value').nth(1).textContent()) ?? '';
    expect(fresh).not.toBe(zzk.credential);
    expect((await lookup(zzk.credential, certificate.number)).status).toBe(401);
    expect((await lookup(fresh, certificate.number)).status).toBe(200);
    await renewed.getByRole('button', { name: '我已妥善保存，关闭' }).click();

    await expectAccessible(admin, '接口客户端');
    await look(admin, '81-integration-clients');

    const phone = await openAdmin('admin', { width: 390, height: 844 });
    await phone.goto('/admin/integrations');
    await expect.poll(() => phone.getByRole('list', { name: '接口客户端列表' }).count()).toBe(1);
    await expect
      .poll(() => phone.getByRole('list', { name: '证书状态推送记录列表' }).getByRole('listitem').count())
      .toBe(4);
    await expectAccessible(phone, '接口客户端（手机）');
    await look(phone, '82-integration-clients-phone');
  });

  it('is the 系统管理员’s alone', async () => {
    const reviewer = await openAdmin('shenhe');
    expect(await reviewer.getByRole('link', { name: '接口客户端' }).count()).toBe(0);
    await reviewer.goto('/admin/integrations');
    await expect.poll(() => reviewer.getByRole('heading', { name: '无权访问' }).count()).toBeGreaterThan(0);
  });
});
