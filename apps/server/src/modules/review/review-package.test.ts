/**
 * 评审材料包 (manual 3.4): the 材料审核通过 applications of a notice and a category, within the reviewer's scope,
 * as one zip made in the background: a folder `申报编号_姓名/` per applicant with the 一览表 and every attachment
 * under a readable name, and 汇总表.xlsx. Anything else asked for is refused with a Chinese message and
 * nothing is made.
 */
import { randomBytes } from 'node:crypto';
import type { ExportItem, NoticeItem } from '@rcpd/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { DEMO_PASSWORD } from '../../seed/demo.js';
import {
  approvedApplication,
  completeApplication,
  type Draft,
  draftApplication,
  publishedNotice,
  uploaded,
} from '../../test/applications.js';
import { MINIMAL_JPG, MINIMAL_PDF, pdfText, popplerInstalled, sheetRows } from '../../test/files.js';
import { Client, createTestApp, type TestContext } from '../../test/harness.js';
import { auditRows, expectError, signedInAdmin, signedInBusiness } from '../../test/helpers.js';

let ctx: TestContext;
let province: Client;
let notice: NoticeItem;
let first: Draft & { number: string };
let second: Draft & { number: string };
/** 已申报 only: it has a 申报编号 but is not 材料审核通过 */
let waiting: Draft & { number: string };

const OTHER_PDF = Buffer.concat([MINIMAL_PDF, Buffer.from('%second file\n')]);

interface ZipEntry {
  name: string;
  utf8Flag: boolean;
  bytes: Buffer;
}

/** Every entry of a zip, read by a real reader (yauzl), with whether its name carries the UTF-8 flag. */
function unzip(zip: Buffer): Promise<ZipEntry[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true, decodeStrings: true }, (err, file) => {
      if (err || !file) return reject(err);
      const entries: ZipEntry[] = [];
      file.on('error', reject);
      file.on('end', () => resolve(entries));
      file.on('entry', (entry: yauzl.Entry) => {
        file.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            entries.push({
              name: entry.fileName,
              utf8Flag: (entry.generalPurposeBitFlag & 0x800) !== 0,
              bytes: Buffer.concat(chunks),
            });
            file.readEntry();
          });
        });
      });
      file.readEntry();
    });
  });
}

const exportCount = async () =>
  (
    await ctx.database.db
      .selectFrom('exports')
      .select(ctx.database.db.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
  ).n;

/** Makes the package as `client`, runs the job and downloads the zip. */
async function made(client: Client, body: Record<string, unknown>) {
  const started = await client.post('/api/review/package', body);
  expect(started.statusCode, started.body).toBe(202);
  const item = started.json<ExportItem>();
  expect(item).toMatchObject({ state: '排队中', rowsDone: 0 });
  expect(item.fileName).toMatch(/^评审材料包_.*_D类\.zip$/);
  await ctx.jobs.runPending();
  const done = (await client.get(`/api/exports/${item.id}`)).json<ExportItem>();
  expect(done).toMatchObject({ state: '已完成', rowsDone: item.rowsTotal });
  const file = await client.get(`/api/exports/${item.id}/file`);
  expect(file.statusCode).toBe(200);
  expect(file.headers['content-type']).toBe('application/zip');
  return { item, entries: await unzip(file.rawPayload) };
}

beforeAll(async () => {
  ctx = await createTestApp();
  // signed in first: it seeds the demo accounts, the 省人社厅's 审核人 among them
  const business = await signedInBusiness(ctx);
  province = new Client(ctx.app);
  const login = await province.login('department', 'shenhe', DEMO_PASSWORD);
  expect(login.statusCode, login.body).toBe(200);
  notice = await publishedNotice(business, {
    title: `2026年度人才分类定级评定申报通知${randomBytes(2).toString('hex')}`,
  });
  first = await approvedApplication(ctx, province, { published: notice });
  second = await approvedApplication(ctx, province, {
    published: notice,
    // two 其他材料 of one name: their sequence numbers tell them apart
    fill: async (draft) => {
      await uploaded(draft, 'slot=other', '获奖证书.pdf', MINIMAL_PDF);
      await uploaded(draft, 'slot=other', '获奖证书.pdf', OTHER_PDF);
    },
  });
  const draft = await draftApplication(ctx, { published: notice });
  await completeApplication(draft);
  expect(
    (await draft.client.post(`/api/person/applications/${draft.id}/submit`, { commitment: true })).statusCode,
  ).toBe(200);
  const row = await ctx.database.db
    .selectFrom('applications')
    .select('number')
    .where('id', '=', draft.id)
    .executeTakeFirstOrThrow();
  waiting = { ...draft, number: row.number ?? '' };
});
afterAll(() => ctx.close());

describe('评审材料包', () => {
  it('packs each 材料审核通过 applicant in a folder with the 一览表, every attachment and the 汇总表', async () => {
    const preview = await province.post('/api/review/package/preview', {
      noticeId: notice.id,
      category: 'D',
    });
    expect(preview.json()).toEqual({ count: 2 });

    const { item, entries } = await made(province, { noticeId: notice.id, category: 'D' });
    expect(item.rowsTotal).toBe(2);
    const names = entries.map((e) => e.name);
    // every name is flagged UTF-8, so Windows Explorer and macOS show the Chinese names
    expect(entries.every((e) => e.utf8Flag)).toBe(true);
    expect(names[0]).toBe('汇总表.xlsx');
    const folderA = `${first.number}_${first.person.name}/`;
    const folderB = `${second.number}_${second.person.name}/`;
    expect(names.filter((n) => n !== '汇总表.xlsx').sort()).toEqual(
      [
        `${folderA}人才分类定级认定一览表.pdf`,
        `${folderA}个人照片_1_照片.jpg`,
        `${folderA}身份证正反面_1_身份证正反面.jpg`,
        `${folderA}学习经历_1_证明.pdf`,
        `${folderB}人才分类定级认定一览表.pdf`,
        `${folderB}个人照片_1_照片.jpg`,
        `${folderB}身份证正反面_1_身份证正反面.jpg`,
        `${folderB}学习经历_1_证明.pdf`,
        `${folderB}其他材料_1_获奖证书.pdf`,
        `${folderB}其他材料_2_获奖证书.pdf`,
      ].sort(),
    );
    expect(names.some((n) => n.startsWith(`${waiting.number}_`))).toBe(false);
    const bytesOf = (name: string) => entries.find((e) => e.name === name)?.bytes;
    // the files as they were uploaded, byte for byte
    expect(bytesOf(`${folderA}个人照片_1_照片.jpg`)).toEqual(MINIMAL_JPG);
    expect(bytesOf(`${folderA}学习经历_1_证明.pdf`)).toEqual(MINIMAL_PDF);
    expect(bytesOf(`${folderB}其他材料_1_获奖证书.pdf`)).toEqual(MINIMAL_PDF);
    expect(bytesOf(`${folderB}其他材料_2_获奖证书.pdf`)).toEqual(OTHER_PDF);

    const summary = bytesOf(`${folderA}人才分类定级认定一览表.pdf`) as Buffer;
    expect(summary.subarray(0, 5).toString()).toBe('%PDF-');
    if (popplerInstalled('pdftotext')) {
      const text = await pdfText(summary);
      expect(text).toContain('人才分类定级认定一览表');
      expect(text).toContain(first.person.name);
    }

    const rows = await sheetRows(bytesOf('汇总表.xlsx') as Buffer);
    expect(rows[1]).toEqual([
      '序号',
      '申报编号',
      '姓名',
      '证件号码',
      '推荐单位',
      '申报类别',
      '申报类型',
      '申报时间',
      '附件数',
      '材料文件夹',
    ]);
    const data = rows.slice(2);
    expect(data.map((r) => r[1])).toEqual([first.number, second.number].sort());
    const rowA = data.find((r) => r[1] === first.number) as string[];
    expect(rowA[2]).toBe(first.person.name);
    expect(rowA[3]).toMatch(/^\d{6}\*+\d{3}[\dX]$/);
    expect(rows.flat().join(' ')).not.toContain(first.person.idNumber);
    expect(rowA[5]).toBe('D类');
    expect(rowA[8]).toBe('3');
    expect(rowA[9]).toBe(folderA.slice(0, -1));

    const [started] = await auditRows(ctx, 'review.package.export', notice.id);
    expect(started?.detail).toMatchObject({ category: 'D', count: 2 });
    expect(await auditRows(ctx, 'export.download', item.id)).toHaveLength(1);
  });

  it('packs only the listed 申报编号, typed in any case and with repeats', async () => {
    const { item, entries } = await made(province, {
      noticeId: notice.id,
      category: 'D',
      applicationNumbers: [second.number.toLowerCase(), second.number],
    });
    expect(item.rowsTotal).toBe(1);
    const folders = new Set(entries.map((e) => e.name.split('/')[0]).filter((n) => n !== '汇总表.xlsx'));
    expect([...folders]).toEqual([`${second.number}_${second.person.name}`]);
  });

  it('refuses 申报编号 not in 材料审核通过, an unknown notice, an empty selection, and makes nothing', async () => {
    const before = await exportCount();
    const wrong = expectError(
      await province.post('/api/review/package', {
        noticeId: notice.id,
        category: 'D',
        applicationNumbers: [first.number, waiting.number],
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(wrong.message).toContain('不是该通知D类中材料审核通过的申报');
    expect(wrong.message).toContain(waiting.number);
    expect(wrong.message).not.toContain(first.number);
    expect(
      expectError(
        await province.post('/api/review/package/preview', {
          noticeId: notice.id,
          category: 'D',
          applicationNumbers: [waiting.number],
        }),
        400,
        'VALIDATION_FAILED',
      ).message,
    ).toContain(waiting.number);
    expect(
      expectError(
        await province.post('/api/review/package', {
          noticeId: notice.id,
          category: 'D',
          applicationNumbers: ['RC2026-1'],
        }),
        400,
        'VALIDATION_FAILED',
      ).message,
    ).toContain('申报编号格式不正确：RC2026-1');
    expect(
      expectError(
        await province.post('/api/review/package', { noticeId: crypto.randomUUID(), category: 'D' }),
        404,
        'NOT_FOUND',
      ).message,
    ).toBe('申报通知不存在');
    expect(
      (await province.post('/api/review/package/preview', { noticeId: notice.id, category: 'A' })).json(),
    ).toEqual({
      count: 0,
    });
    expect(
      expectError(
        await province.post('/api/review/package', { noticeId: notice.id, category: 'A' }),
        400,
        'VALIDATION_FAILED',
      ).message,
    ).toContain('没有您可以打包的材料审核通过的申报');
    expect(
      expectError(await province.post('/api/review/package', { category: 'D' }), 400, 'VALIDATION_FAILED')
        .message,
    ).toContain('请选择申报通知');
    expect(await exportCount()).toBe(before);
    expect(await auditRows(ctx, 'review.package.export', crypto.randomUUID())).toHaveLength(0);
  });

  it('gives a 主管部门 reviewer only the applications of its employers', async () => {
    const admin = await signedInAdmin(ctx);
    const supervisor = await admin.post('/api/department/supervisors', {
      name: `吉林省科学技术厅${randomBytes(3).toString('hex')}`,
    });
    expect(supervisor.statusCode, supervisor.body).toBe(201);
    const supervisorId = supervisor.json<{ id: string }>().id;
    const assigned = await admin.send('PUT', `/api/department/supervisors/employers/${first.employerId}`, {
      supervisorId,
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    const username = `zg_${randomBytes(4).toString('hex')}`;
    const account = await admin.post('/api/department/accounts', {
      username,
      name: '周审核',
      departmentName: '吉林省科学技术厅',
      role: 'dept_reviewer',
      reviewStage: 'supervisor',
      supervisorId,
      password: 'Zhuguan#2026',
    });
    expect(account.statusCode, account.body).toBe(201);
    const reviewer = new Client(ctx.app);
    expect((await reviewer.login('department', username, 'Zhuguan#2026')).statusCode).toBe(200);

    expect(
      (await reviewer.post('/api/review/package/preview', { noticeId: notice.id, category: 'D' })).json(),
    ).toEqual({
      count: 1,
    });
    const before = await exportCount();
    const other = expectError(
      await reviewer.post('/api/review/package', {
        noticeId: notice.id,
        category: 'D',
        applicationNumbers: [second.number],
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(other.message).toContain('不在您的审核范围内');
    expect(other.message).toContain(second.number);
    expect(await exportCount()).toBe(before);

    const { entries } = await made(reviewer, { noticeId: notice.id, category: 'D' });
    const folders = new Set(entries.map((e) => e.name.split('/')[0]).filter((n) => n !== '汇总表.xlsx'));
    expect([...folders]).toEqual([`${first.number}_${first.person.name}`]);
  });

  it('lets no one else make a package', async () => {
    expectError(
      await first.employer.client.post('/api/review/package', { noticeId: notice.id, category: 'D' }),
      403,
      'FORBIDDEN',
    );
    expectError(
      await first.client.post('/api/review/package', { noticeId: notice.id, category: 'D' }),
      403,
      'FORBIDDEN',
    );
    const business = await signedInBusiness(ctx);
    expectError(
      await business.post('/api/review/package/preview', { noticeId: notice.id, category: 'D' }),
      403,
      'FORBIDDEN',
    );
  });
});
