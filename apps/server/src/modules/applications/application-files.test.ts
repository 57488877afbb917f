import type { ApplicationDetail, AttachmentItem } from '@rcpd/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addedEntry, type Draft, draftApplication, uploaded, uploadTo } from '../../test/applications.js';
import { MINIMAL_JPG, MINIMAL_PDF, MINIMAL_PNG } from '../../test/files.js';
import { createTestApp, type TestContext } from '../../test/harness.js';
import { auditRows, expectError, signedInPerson } from '../../test/helpers.js';

let ctx: TestContext;
let draft: Draft;
beforeAll(async () => {
  ctx = await createTestApp();
  draft = await draftApplication(ctx);
});
afterAll(() => ctx.close());

const MB = 1024 * 1024;
const detailOf = async (d: Draft) =>
  (await d.client.get(`/api/person/applications/${d.id}`)).json<ApplicationDetail>();
/** A PDF of exactly `size` bytes: a real signature, then padding. */
const pdfOfSize = (size: number) =>
  Buffer.concat([MINIMAL_PDF, Buffer.alloc(size - MINIMAL_PDF.length, 0x20)]);

describe('附件上传', () => {
  it('stores a PDF for an entry, lists it under 展开, serves it for 预览 and 下载, and deletes it', async () => {
    const entry = await addedEntry(draft, 'education');
    const item = await uploaded(draft, `slot=entry&entryId=${entry.id}`, '学位证书.pdf');
    expect(item).toMatchObject({
      slot: 'entry',
      entryId: entry.id,
      fileName: '学位证书.pdf',
      contentType: 'application/pdf',
    });
    expect(item.size).toBe(MINIMAL_PDF.length);
    expect(
      (await detailOf(draft)).entries.find((e) => e.id === entry.id)?.attachments.map((a) => a.id),
    ).toEqual([item.id]);
    expect(await auditRows(ctx, 'application.attachment.add', draft.id)).not.toHaveLength(0);

    const url = `/api/person/applications/${draft.id}/attachments/${item.id}`;
    const preview = await draft.client.get(url);
    expect(preview.statusCode).toBe(200);
    expect(preview.headers['content-type']).toBe('application/pdf');
    expect(String(preview.headers['content-disposition'])).toMatch(/^inline;/);
    expect(preview.rawPayload.equals(MINIMAL_PDF)).toBe(true);
    const download = await draft.client.get(`${url}?download=1`);
    expect(String(download.headers['content-disposition'])).toContain("filename*=UTF-8''%E5%AD%A6%E4%BD%8D");

    const other = await signedInPerson(ctx);
    expectError(await other.client.get(url), 404, 'NOT_FOUND');
    expectError(await other.client.send('DELETE', url), 404, 'NOT_FOUND');

    expect((await draft.client.send('DELETE', url)).statusCode).toBe(204);
    expectError(await draft.client.get(url), 404, 'NOT_FOUND');
    expect(await auditRows(ctx, 'application.attachment.delete', draft.id)).toHaveLength(1);
  });

  it('takes 3 files per 学习经历 and refuses the 4th; 论文著作 takes 20 and refuses the 21st', async () => {
    const education = await addedEntry(draft, 'education');
    const target = `slot=entry&entryId=${education.id}`;
    for (let i = 1; i <= 3; i++) await uploaded(draft, target, `证明${i}.jpg`, MINIMAL_JPG);
    const fourth = expectError(
      await uploadTo(draft, target, '证明4.jpg', MINIMAL_JPG),
      400,
      'VALIDATION_FAILED',
      'file',
    );
    expect(fourth.message).toBe('每条学习经历最多上传3个附件，请先删除不需要的附件');

    const paper = await addedEntry(draft, 'papers');
    const paperTarget = `slot=entry&entryId=${paper.id}`;
    for (let i = 1; i <= 20; i++) await uploaded(draft, paperTarget, `第${i}页.png`, MINIMAL_PNG);
    expectError(
      await uploadTo(draft, paperTarget, '第21页.png', MINIMAL_PNG),
      400,
      'VALIDATION_FAILED',
      'file',
    );
    expect((await detailOf(draft)).entries.find((e) => e.id === paper.id)?.attachments).toHaveLength(20);
  });

  it('accepts 10 MB and refuses 10 MB + 1 byte, leaving no file behind', async () => {
    const entry = await addedEntry(draft, 'honors');
    const target = `slot=entry&entryId=${entry.id}`;
    const before = (await ctx.storedBlobs()).length;
    const exact = await uploaded(draft, target, '获奖证书.pdf', pdfOfSize(10 * MB));
    expect(exact.size).toBe(10 * MB);
    const over = await uploadTo(draft, target, '太大.pdf', pdfOfSize(10 * MB + 1));
    expect(expectError(over, 413, 'PAYLOAD_TOO_LARGE', 'file').message).toBe('单个附件大小不能超过10MB');
    expect(await ctx.storedBlobs()).toHaveLength(before + 1);
    expect((await detailOf(draft)).entries.find((e) => e.id === entry.id)?.attachments).toHaveLength(1);
  });

  it('checks the type from the bytes: a renamed file, an empty file and a .doc are refused', async () => {
    const entry = await addedEntry(draft, 'training');
    const target = `slot=entry&entryId=${entry.id}`;
    const before = (await ctx.storedBlobs()).length;
    const renamed = await uploadTo(draft, target, '证书.pdf', Buffer.from('这其实是一个文本文件，不是PDF'));
    expect(expectError(renamed, 400, 'VALIDATION_FAILED', 'file').message).toBe(
      '文件“证书.pdf”的内容不是有效的PDF文件，请检查后重新上传',
    );
    const jpgAsPng = await uploadTo(draft, target, '照片.png', MINIMAL_JPG);
    expectError(jpgAsPng, 400, 'VALIDATION_FAILED', 'file');
    const empty = await uploadTo(draft, target, '空白.pdf', Buffer.alloc(0));
    expect(expectError(empty, 400, 'VALIDATION_FAILED', 'file').message).toBe('附件内容为空，请重新选择文件');
    const word = await uploadTo(
      draft,
      target,
      '说明.doc',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    );
    expect(expectError(word, 400, 'VALIDATION_FAILED', 'file').message).toBe(
      '附件格式不支持，仅支持jpg、jpeg、png、pdf格式',
    );
    expect(await ctx.storedBlobs()).toHaveLength(before);
  });

  it('takes one 个人照片 (jpg or png, at most 2 MB), 2 身份证正反面 and 10 其他材料', async () => {
    const d = await draftApplication(ctx);
    expectError(await uploadTo(d, 'slot=photo', '照片.pdf', MINIMAL_PDF), 400, 'VALIDATION_FAILED', 'file');
    const big = Buffer.concat([MINIMAL_JPG, Buffer.alloc(2 * MB)]);
    expect(
      expectError(await uploadTo(d, 'slot=photo', '照片.jpg', big), 413, 'PAYLOAD_TOO_LARGE').message,
    ).toBe('单个附件大小不能超过2MB');
    await uploaded(d, 'slot=photo', '照片.jpeg', MINIMAL_JPG);
    expectError(await uploadTo(d, 'slot=photo', '照片2.png', MINIMAL_PNG), 400, 'VALIDATION_FAILED', 'file');
    await uploaded(d, 'slot=idCard', '身份证正面.jpg', MINIMAL_JPG);
    await uploaded(d, 'slot=idCard', '身份证反面.jpg', MINIMAL_JPG);
    expectError(
      await uploadTo(d, 'slot=idCard', '第三张.jpg', MINIMAL_JPG),
      400,
      'VALIDATION_FAILED',
      'file',
    );
    for (let i = 1; i <= 10; i++) await uploaded(d, 'slot=other', `其他${i}.pdf`);
    expectError(await uploadTo(d, 'slot=other', '其他11.pdf', MINIMAL_PDF), 400, 'VALIDATION_FAILED', 'file');
    const slots = (await detailOf(d)).attachments.map((a: AttachmentItem) => a.slot);
    expect(slots.filter((s) => s === 'photo')).toHaveLength(1);
    expect(slots.filter((s) => s === 'idCard')).toHaveLength(2);
    expect(slots.filter((s) => s === 'other')).toHaveLength(10);
  });

  it('refuses files for 工作经历 (no attachments), for another application’s entry, and without a target', async () => {
    const work = await addedEntry(draft, 'work');
    const refused = await uploadTo(draft, `slot=entry&entryId=${work.id}`, '证明.pdf', MINIMAL_PDF);
    expect(expectError(refused, 400, 'VALIDATION_FAILED', 'file').message).toBe('工作经历无需上传附件');
    const other = await draftApplication(ctx);
    const theirs = await addedEntry(other, 'education');
    expectError(
      await uploadTo(draft, `slot=entry&entryId=${theirs.id}`, '证明.pdf', MINIMAL_PDF),
      404,
      'NOT_FOUND',
    );
    expectError(
      await uploadTo(draft, 'slot=entry', '证明.pdf', MINIMAL_PDF),
      400,
      'VALIDATION_FAILED',
      'entryId',
    );
    expectError(await uploadTo(draft, 'slot=nope', '证明.pdf', MINIMAL_PDF), 400, 'VALIDATION_FAILED');
    // someone else uploading into this application
    expectError(await uploadTo(draft, 'slot=other', '证明.pdf', MINIMAL_PDF, other.client), 404, 'NOT_FOUND');
  });

  it('deletes an entry with its files', async () => {
    const entry = await addedEntry(draft, 'partTime');
    await uploaded(draft, `slot=entry&entryId=${entry.id}`);
    const before = (await ctx.storedBlobs()).length;
    const url = `/api/person/applications/${draft.id}/entries/${entry.id}`;
    expect((await draft.client.send('DELETE', url)).statusCode).toBe(204);
    expect(await ctx.storedBlobs()).toHaveLength(before - 1);
  });

  it('leaves nothing when the upload breaks off halfway', async () => {
    const entry = await addedEntry(draft, 'awards');
    const before = (await ctx.storedBlobs()).length;
    const boundary = '----rcpdbroken';
    // the body ends in the middle of the file: no closing boundary ever comes
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="断开.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      pdfOfSize(64 * 1024),
    ]);
    const response = await draft.client.request({
      method: 'POST',
      url: `/api/person/applications/${draft.id}/attachments?slot=entry&entryId=${entry.id}`,
      headers: {
        'x-csrf-token': draft.client.csrfToken ?? '',
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload,
    });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expect(await ctx.storedBlobs()).toHaveLength(before);
    expect((await detailOf(draft)).entries.find((e) => e.id === entry.id)?.attachments).toEqual([]);
  });
});
