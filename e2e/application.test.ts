import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { COMMITMENT_TEXT, type ModuleKey, moduleDef } from '@rcpd/shared';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bindDemoApplicant } from './support/api.js';
import { expectAccessible, launchBrowser, newContext } from './support/browser.js';
import { fillField, fillFields } from './support/module-fields.js';
import { login, look } from './support/pages.js';
import { confirmSelfCheck, selfCheckRegion } from './support/self-check.js';
import { type RunningServer, startServer } from './support/server.js';

let server: RunningServer;
let browser: Browser;
let files: { dir: string; jpg: string; pdf: string; fakePdf: string };

/** Real small files, made by the browser itself: a JPEG screenshot and a printed PDF. */
async function makeFiles() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rcpd-e2e-files-'));
  const context = await newContext(browser, server.baseUrl, { width: 400, height: 300 });
  const page = await context.newPage();
  await page.setContent('<h1 style="font-family:sans-serif">Certificate 2026</h1><p>Jilin</p>');
  const jpg = path.join(dir, '身份证正反面.jpg');
  await page.screenshot({ path: jpg, type: 'jpeg', quality: 70 });
  const pdf = path.join(dir, '学位证书.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  await context.close();
  const fakePdf = path.join(dir, '伪装成PDF.pdf');
  writeFileSync(fakePdf, '这是一个文本文件，只是改了扩展名');
  return { dir, jpg, pdf, fakePdf };
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  files = await makeFiles();
  await bindDemoApplicant(server);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(files.dir, { recursive: true, force: true });
});

function card(page: Page, label: string): Locator {
  return page.getByRole('region', { name: label, exact: true });
}

/** 添加 an entry in its dialog and 保存 it. */
async function addEntry(page: Page, module: ModuleKey, values: [string, string][]) {
  const label = moduleDef(module).label;
  await page.getByRole('button', { name: `添加：${label}` }).click();
  const dialog = page.getByRole('dialog', { name: `添加${label}` });
  await fillFields(dialog, module, values);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect.poll(() => dialog.count()).toBe(0);
}

/** Opens 上传附件 with `button`, chooses `file` and closes with 完成 once it is listed. */
async function upload(page: Page, button: string, file: string) {
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog', { name: '上传附件' });
  await expect.poll(() => dialog.getByText('格式要求').count()).toBeGreaterThan(0);
  await dialog.locator('input[type=file]').setInputFiles(file);
  await expect.poll(() => dialog.getByText(path.basename(file)).count()).toBeGreaterThan(0);
  return dialog;
}

describe('信息填报 and 提交 (manual 3.2)', () => {
  it('the demo applicant fills every module, fixes the 数据验证信息, opens the 一览表 and submits: 已申报', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    await page.goto('/login?type=person');
    await login(page, '220102199001011239', 'Demo@2026');
    await page.waitForURL('**/person');
    await page.goto('/person/rcpd');

    // 3.2.1 条件自检 on the page: 申报注意事项, the checks, the 推荐单位 at the bottom, 确认并开始申报; then 申报
    const selfCheck = selfCheckRegion(page);
    await expect.poll(() => selfCheck.getByText('申报注意事项').count()).toBeGreaterThan(0);
    const apply = page.getByRole('button', { name: /^申报：/ }).first();
    expect(await apply.isDisabled()).toBe(true);
    const start = selfCheck.getByRole('button', { name: '确认并开始申报' });
    expect(await start.isDisabled()).toBe(true);
    await expectAccessible(page, '条件自检');
    await look(page, '30-self-check');
    await confirmSelfCheck(page);
    await apply.click();
    await page.waitForURL(/\/person\/rcpd\/applications\/[0-9a-f-]{36}$/);

    // A: 基本信息 — a wrong birth date is named at once, before anything is sent
    const basic = card(page, '基本信息');
    await expect.poll(() => basic.getByText('220102********1239').count()).toBe(1);
    await fillField(basic, 'basic', 'birthDate', '1990-01-02');
    await expect
      .poll(() => basic.getByText('出生日期与居民身份证号码不一致（证件为1990-01-01）').count())
      .toBe(1);
    await fillFields(basic, 'basic', [
      ['gender', '男'],
      ['birthDate', '1990-01-01'],
      ['ethnicity', '汉族'],
      ['politicalStatus', '中共党员'],
      ['phone', '13900000001'],
      ['email', 'zhangsan@example.cn'],
      ['position', '软件研发/高级工程师'],
      ['education', '硕士研究生'],
      ['degree', '硕士'],
      ['talentSource', '引进人才'],
      ['introducedFrom', '北京市某研究院'],
      ['serviceType', '首次认定'],
      ['longContract', '否'],
      ['contractStart', '2021-03-01'],
      ['employmentForm', '全职'],
      ['category', 'D'],
      ['basis', 'D-2'],
      ['talentType', '专业技术人才'],
      ['titleName', '高级工程师'],
      ['titleLevel', '副高级'],
      ['titleDate', '2020-06-30'],
      ['titleIssuer', '吉林省人力资源和社会保障厅'],
    ]);
    await basic.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(() => page.getByText('基本信息已保存').count()).toBeGreaterThan(0);

    // B, C, D: every entry module, with its files
    await addEntry(page, 'education', [
      ['startDate', '2012-09-01'],
      ['endDate', '2015-07-01'],
      ['school', '吉林大学'],
      ['major', '计算机科学与技术'],
      ['level', '硕士研究生'],
      ['degree', '硕士'],
      ['mode', '全日制'],
    ]);
    let dialog = await upload(page, '上传附件：学习经历第1条', files.pdf);
    await dialog.getByRole('button', { name: '完成' }).click();
    // a file renamed to .pdf is refused by its bytes, with the reason
    dialog = await upload(page, '上传附件：学习经历第1条', files.fakePdf);
    await expect.poll(() => dialog.getByText(/不是有效的PDF文件/).count()).toBeGreaterThan(0);
    await look(page, '31-upload-refused');
    await dialog.getByRole('button', { name: '完成' }).click();

    await addEntry(page, 'training', [
      ['startDate', '2019-03-01'],
      ['endDate', '2019-03-20'],
      ['mode', '脱产'],
      ['institution', '吉林省专业技术人员继续教育基地'],
      ['content', '人工智能应用与实践'],
    ]);
    await (await upload(page, '上传附件：继续教育(培训)经历第1条', files.jpg))
      .getByRole('button', { name: '完成' })
      .click();
    await addEntry(page, 'papers', [
      ['title', '基于深度学习的图像识别方法研究'],
      ['kind', '论文'],
      ['publishedAt', '2021-05-01'],
      ['publication', '吉林大学学报'],
      ['rank', '第一作者'],
    ]);
    await (await upload(page, '上传附件：论文著作第1条', files.pdf))
      .getByRole('button', { name: '完成' })
      .click();
    await addEntry(page, 'work', [
      ['startDate', '2015-07-15'],
      ['employer', '吉林省示范科技有限公司'],
      ['post', '软件研发'],
      ['duty', '技术负责人'],
    ]);
    await expect.poll(() => card(page, '工作经历').getByText('至今').count()).toBeGreaterThan(0);
    await addEntry(page, 'partTime', [
      ['organization', '吉林省计算机学会'],
      ['authority', '吉林省科学技术协会'],
      ['role', '理事'],
      ['startDate', '2020-01-01'],
    ]);
    await (await upload(page, '上传附件：专业兼职第1条', files.pdf))
      .getByRole('button', { name: '完成' })
      .click();
    const year = String(new Date().getFullYear() - 1);
    await addEntry(page, 'performance', [
      ['year', year],
      ['company', '吉林省示范科技有限公司（中型企业）'],
      ['duty', '技术总监'],
      ['summary', '主持研发项目三项，新增销售收入两千万元。'],
    ]);
    await (await upload(page, '上传附件：企业人才业绩第1条', files.pdf))
      .getByRole('button', { name: '完成' })
      .click();
    const achievement = card(page, '创新创业成果（突出业绩）');
    await achievement
      .getByLabel('创新创业成果（突出业绩）')
      .fill('主持完成省级重点研发项目两项，成果在省内二十余家企业推广应用。');
    await expect.poll(() => achievement.getByText(/\/ 500/).count()).toBeGreaterThan(0);
    await achievement.getByRole('button', { name: '保存', exact: true }).click();
    await addEntry(page, 'honors', [
      ['name', '吉林省五一劳动奖章'],
      ['awardedAt', '2022-04-28'],
      ['grantor', '吉林省总工会'],
      ['level', '省部级'],
    ]);
    await (await upload(page, '上传附件：人才荣誉表彰第1条', files.jpg))
      .getByRole('button', { name: '完成' })
      .click();
    await addEntry(page, 'awards', [
      ['name', '吉林省科学技术进步奖'],
      ['awardedAt', '2023-01-10'],
      ['grantor', '吉林省人民政府'],
      ['grade', '二等奖'],
      ['rank', '第一完成人'],
    ]);
    await (await upload(page, '上传附件：专业获奖第1条', files.pdf))
      .getByRole('button', { name: '完成' })
      .click();
    await page.getByRole('button', { name: '展开：学习经历第1条' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: '预览：学位证书.pdf' }).count())
      .toBeGreaterThan(0);
    await expectAccessible(page, '信息填报');
    await look(page, '32-filled');

    // 下一步: 数据验证信息 names the missing 个人照片 and 身份证正反面
    await page.getByRole('link', { name: '下一步' }).click();
    await page.waitForURL(/\/submit$/);
    await expect.poll(() => page.getByRole('link', { name: '请上传个人照片' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('link', { name: '请上传身份证正反面' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: '提交', exact: true }).isDisabled()).toBe(true);
    await expectAccessible(page, '数据验证信息');
    await look(page, '33-validation');

    // the link leads back to the field
    await page.getByRole('link', { name: '请上传个人照片' }).click();
    await page.waitForURL(/\/applications\/[0-9a-f-]{36}(#.*)?$/);
    await (await upload(page, '上传个人照片', files.jpg)).getByRole('button', { name: '完成' }).click();
    await expect.poll(() => page.getByRole('img', { name: '个人照片' }).count()).toBeGreaterThan(0);
    await page.getByRole('link', { name: '下一步' }).click();
    await page.waitForURL(/\/submit$/);
    await (await upload(page, '上传附件：身份证正反面', files.jpg))
      .getByRole('button', { name: '完成' })
      .click();
    await expect.poll(() => page.getByText('数据验证通过', { exact: true }).count()).toBeGreaterThan(0);

    // 业务表册: the 一览表 downloads as a PDF whose Chinese text reads back
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '下载：人才分类定级认定一览表' }).click(),
    ]);
    const pdfPath = path.join(files.dir, 'summary.pdf');
    await download.saveAs(pdfPath);
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-raw', pdfPath, '-']).toString().replace(/\s+/g, '');
    for (const expected of [
      '人才分类定级认定一览表',
      '张三',
      '220102********1239',
      '吉林省示范科技有限公司',
      '高级工程师',
    ]) {
      expect(text).toContain(expected);
    }
    if (process.env.SCREENSHOTS) {
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '60',
        '-f',
        '1',
        '-l',
        '1',
        pdfPath,
        path.join(process.env.SCREENSHOTS, '34-summary-table'),
      ]);
    }

    // 提交 with the commitment
    const submit = page.getByRole('button', { name: '提交', exact: true });
    expect(await submit.isDisabled()).toBe(true);
    await page.getByRole('checkbox', { name: COMMITMENT_TEXT }).check();
    await submit.click();
    await expect.poll(() => page.getByText('提交成功').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('heading', { name: '流程推送' }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('已申报').count()).toBeGreaterThan(0);
    await expectAccessible(page, '提交成功');
    await look(page, '35-submitted');

    // the home page lists it with its 业务状态
    await page.goto('/person/rcpd');
    const history = page.getByRole('region', { name: '申报历史信息' });
    await expect
      .poll(async () =>
        (await history.count()) > 0 ? history.textContent() : page.locator('body').textContent(),
      )
      .toContain('已申报');
    // one application per notice: the notice offers the submitted application instead of a second 申报
    expect(await page.getByRole('link', { name: '查看申报' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /^申报：/ }).count()).toBe(0);
    await look(page, '36-home-history');
    await context.close();
  });
});
