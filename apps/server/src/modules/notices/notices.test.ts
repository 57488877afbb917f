import {
  type DeclarationGuide,
  NOTICE_ATTACHMENT_MAX_BYTES,
  type NoticeAttachment,
  type NoticeItem,
  type PublishedNotice,
} from '@rcpd/shared';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINIMAL_PDF, uploadFile } from '../../test/files.js';
import { type Client, createTestApp, type TestContext } from '../../test/harness.js';
import {
  auditRows,
  expectError,
  signedInBusiness,
  signedInEmployer,
  signedInPerson,
} from '../../test/helpers.js';
import { MAX_SIZE_MESSAGE } from './notices.service.js';

let ctx: TestContext;
let admin: Client;
let applicant: Client;
beforeAll(async () => {
  ctx = await createTestApp();
  admin = await signedInBusiness(ctx);
  applicant = (await signedInPerson(ctx)).client;
});
afterAll(() => ctx.close());

const DAY = 86_400_000;
const iso = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString();

function noticeBody(overrides: Record<string, unknown> = {}) {
  return {
    title: '2026年度第二批人才分类定级评定申报通知',
    body: '各有关单位：现将有关事项通知如下……',
    startAt: iso(-1),
    endAt: iso(30),
    serviceTypes: ['晋升认定', '首次认定'],
    ...overrides,
  };
}

async function createNotice(overrides: Record<string, unknown> = {}) {
  const response = await admin.post('/api/department/notices', noticeBody(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json<NoticeItem>();
}

async function published(overrides: Record<string, unknown> = {}) {
  const notice = await createNotice(overrides);
  const response = await admin.post(`/api/department/notices/${notice.id}/publish`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<NoticeItem>();
}

const upload = (client: Client, noticeId: string, fileName: string, content: Buffer) =>
  uploadFile(client, `/api/department/notices/${noticeId}/attachments`, fileName, content);

describe('申报通知 in the 管理端', () => {
  it('creates a draft, audited, with the actions a draft allows', async () => {
    const notice = await createNotice();
    expect(notice).toMatchObject({
      status: '草稿',
      window: '申报中',
      serviceTypes: ['首次认定', '晋升认定'],
      version: 0,
      attachments: [],
      allowedActions: ['编辑', '发布', '删除'],
    });
    expect(await auditRows(ctx, 'notice.create', notice.id)).toHaveLength(1);
    const list = (await admin.get('/api/department/notices')).json<{ items: NoticeItem[] }>();
    expect(list.items.map((n) => n.id)).toContain(notice.id);
  });

  it('refuses an end before the start on endAt, and nothing is created', async () => {
    const before = (await admin.get('/api/department/notices')).json<{ items: NoticeItem[] }>().items.length;
    const response = await admin.post(
      '/api/department/notices',
      noticeBody({ startAt: iso(5), endAt: iso(1) }),
    );
    expectError(response, 400, 'VALIDATION_FAILED', 'endAt');
    const after = (await admin.get('/api/department/notices')).json<{ items: NoticeItem[] }>().items.length;
    expect(after).toBe(before);
  });

  it('edits with the version it started from; a stale version is 409', async () => {
    const notice = await createNotice();
    const first = await admin.send('PUT', `/api/department/notices/${notice.id}`, {
      ...noticeBody({ title: '修改后的标题' }),
      version: 0,
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<NoticeItem>()).toMatchObject({ title: '修改后的标题', version: 1 });
    const stale = await admin.send('PUT', `/api/department/notices/${notice.id}`, {
      ...noticeBody({ title: '过期的修改' }),
      version: 0,
    });
    expectError(stale, 409, 'CONFLICT');
    expectError(
      await admin.send('PUT', `/api/department/notices/${notice.id}`, noticeBody()),
      400,
      'VALIDATION_FAILED',
      'version',
    );
    expect(await auditRows(ctx, 'notice.update', notice.id)).toHaveLength(1);
  });

  it('publishes a draft, closes a published notice, and then allows nothing more', async () => {
    const notice = await createNotice();
    const pub = await published();
    expect(pub).toMatchObject({ status: '已发布', allowedActions: ['编辑', '关闭'] });
    expect(pub.publishedAt).not.toBeNull();
    expectError(await admin.post(`/api/department/notices/${notice.id}/close`), 409, 'CONFLICT');
    expectError(await admin.post(`/api/department/notices/${pub.id}/publish`), 409, 'CONFLICT');
    expectError(await admin.send('DELETE', `/api/department/notices/${pub.id}`), 409, 'CONFLICT');
    const closed = await admin.post(`/api/department/notices/${pub.id}/close`);
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json<NoticeItem>()).toMatchObject({ status: '已关闭', allowedActions: [] });
    const edit = await admin.send('PUT', `/api/department/notices/${pub.id}`, {
      ...noticeBody(),
      version: closed.json<NoticeItem>().version,
    });
    expectError(edit, 409, 'CONFLICT');
    expect(await auditRows(ctx, 'notice.publish', pub.id)).toHaveLength(1);
    expect(await auditRows(ctx, 'notice.close', pub.id)).toHaveLength(1);
  });

  it('deletes a draft only, with its attachments', async () => {
    const notice = await createNotice();
    const uploaded = await upload(admin, notice.id, '政策文件.pdf', MINIMAL_PDF);
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const response = await admin.send('DELETE', `/api/department/notices/${notice.id}`);
    expect(response.statusCode, response.body).toBe(204);
    expect(await auditRows(ctx, 'notice.delete', notice.id)).toHaveLength(1);
    expectError(await admin.send('DELETE', `/api/department/notices/${notice.id}`), 404, 'NOT_FOUND');
    expect(await ctx.storedBlobs()).not.toContain(uploaded.json<NoticeAttachment>().id);
  });
});

type NoticePage = { items: NoticeItem[]; next: string | null; total: number };

/** Every page of `/api/department/notices?…` walked by `next`, `limit` a page. */
async function walkNotices(query: string, limit: number) {
  const seen: NoticeItem[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const response = await admin.get(
      `/api/department/notices?limit=${limit}&${query}${after ? `&after=${after}` : ''}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<NoticePage>();
    seen.push(...body.items);
    totals.push(body.total);
    after = body.next;
    if (!after) return { seen, totals };
  }
  throw new Error('the pages did not end');
}

describe('申报通知列表：分页、查询，不截断', () => {
  it('pages newest first by keyset, every notice once, searches the title, filters by 状态 and 年度', async () => {
    const made: NoticeItem[] = [];
    for (const n of [1, 2, 3, 4, 5]) made.push(await createNotice({ title: `分页测试通知${n}` }));
    const closed = made[1] as NoticeItem;
    expect((await admin.post(`/api/department/notices/${closed.id}/publish`)).statusCode).toBe(200);
    expect((await admin.post(`/api/department/notices/${closed.id}/close`)).statusCode).toBe(200);

    const found = await walkNotices(`q=${encodeURIComponent('分页测试')}`, 2);
    expect(found.seen.map((i) => i.title)).toEqual([5, 4, 3, 2, 1].map((n) => `分页测试通知${n}`));
    expect(found.totals).toEqual([5, 5, 5]);

    // the whole list, a page of 3 at a time: each notice exactly once, in the order of one long page
    const all = await walkNotices('', 3);
    const one = (await admin.get('/api/department/notices?limit=100')).json<NoticePage>();
    expect(one.total).toBeGreaterThan(5);
    expect(all.seen.map((i) => i.id)).toEqual(one.items.map((i) => i.id));
    expect(new Set(all.seen.map((i) => i.id)).size).toBe(one.total);

    const closedOnly = (
      await admin.get(
        `/api/department/notices?status=${encodeURIComponent('已关闭')}&q=${encodeURIComponent('分页测试')}`,
      )
    ).json<NoticePage>();
    expect(closedOnly.items.map((i) => i.title)).toEqual(['分页测试通知2']);
    expect(closedOnly.total).toBe(1);
    // 年度: the year (Beijing) the 申报 opens — 1 January 00:30 in Beijing is still the year before in UTC
    const later = await createNotice({
      title: '2031年度申报通知',
      startAt: '2030-12-31T16:30:00.000Z',
      endAt: '2031-03-01T00:00:00.000Z',
    });
    const in2031 = (await admin.get('/api/department/notices?year=2031')).json<NoticePage>();
    expect(in2031.items.map((i) => i.id)).toEqual([later.id]);
    expect((await admin.get('/api/department/notices?year=2030')).json<NoticePage>().total).toBe(0);
    // `%` and `_` are characters, not wildcards
    expect(
      (await admin.get(`/api/department/notices?q=${encodeURIComponent('%')}`)).json<NoticePage>().total,
    ).toBe(0);

    expect(
      expectError(await admin.get('/api/department/notices?after=garbage'), 400, 'VALIDATION_FAILED', 'after')
        .message,
    ).toBe('分页参数无效，请从第一页重新查询');
    expectError(await admin.get('/api/department/notices?limit=101'), 400, 'VALIDATION_FAILED', 'limit');
    expectError(await admin.get('/api/department/notices?year=abc'), 400, 'VALIDATION_FAILED', 'year');
    expectError(await admin.get('/api/department/notices?status=x'), 400, 'VALIDATION_FAILED', 'status');
  });

  it('keeps notices made within one millisecond apart: the cursor holds the microseconds', async () => {
    const made: NoticeItem[] = [];
    for (const n of [1, 2, 3]) made.push(await createNotice({ title: `同一毫秒通知${n}` }));
    for (const [i, notice] of made.entries()) {
      await sql`update notices set created_at = ${`2026-03-01T08:00:00.000${i + 1}00Z`}::timestamptz where id = ${notice.id}`.execute(
        ctx.database.db,
      );
    }
    const found = await walkNotices(`q=${encodeURIComponent('同一毫秒')}`, 1);
    expect(found.seen.map((i) => i.title)).toEqual(['同一毫秒通知3', '同一毫秒通知2', '同一毫秒通知1']);
  });

  it('reads one notice by id for its 编辑 page; an unknown id is 404, another role 403', async () => {
    const notice = await createNotice({ title: '按编号读取的通知' });
    const read = await admin.get(`/api/department/notices/${notice.id}`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json<NoticeItem>()).toEqual(notice);
    expect(
      expectError(
        await admin.get('/api/department/notices/00000000-0000-4000-8000-000000000000'),
        404,
        'NOT_FOUND',
      ).message,
    ).toBe('申报通知不存在');
    expectError(await admin.get('/api/department/notices/nope'), 400, 'VALIDATION_FAILED');
    const employer = (await signedInEmployer(ctx)).client;
    for (const client of [applicant, employer])
      expectError(await client.get(`/api/department/notices/${notice.id}`), 403, 'FORBIDDEN');
  });
});

describe('notice attachments', () => {
  it('stores a real PDF and serves it to an applicant once the notice is published, not before', async () => {
    const notice = await createNotice();
    const response = await upload(admin, notice.id, '吉林省人才分类目录.pdf', MINIMAL_PDF);
    expect(response.statusCode, response.body).toBe(201);
    const attachment = response.json<NoticeAttachment>();
    expect(attachment).toMatchObject({
      fileName: '吉林省人才分类目录.pdf',
      contentType: 'application/pdf',
      size: MINIMAL_PDF.length,
    });
    expect(await auditRows(ctx, 'notice.attachment.add', notice.id)).toHaveLength(1);
    const url = `/api/notices/${notice.id}/attachments/${attachment.id}`;
    expectError(await applicant.get(url), 404, 'NOT_FOUND');
    const own = await admin.get(url);
    expect(own.statusCode).toBe(200);

    await admin.post(`/api/department/notices/${notice.id}/publish`);
    const download = await applicant.get(url);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="_________.pdf"; filename*=UTF-8''${encodeURIComponent('吉林省人才分类目录.pdf')}`,
    );
    expect(download.rawPayload.equals(MINIMAL_PDF)).toBe(true);
    const listed = (await admin.get('/api/department/notices')).json<{ items: NoticeItem[] }>();
    expect(listed.items.find((n) => n.id === notice.id)?.attachments).toEqual([attachment]);

    // a file lost from the blob store is a 404 with a message, not a server error
    await ctx.loseBlobs();
    const lost = expectError(await applicant.get(url), 404, 'NOT_FOUND');
    expect(lost.message).toBe('附件文件已不存在，请联系管理员重新上传');
  });

  it('refuses a .pdf that is really text, a type not allowed, and an empty file — leaving no file behind', async () => {
    const notice = await createNotice();
    const before = (await ctx.storedBlobs()).length;
    const fake = expectError(
      await upload(admin, notice.id, '通知.pdf', Buffer.from('这其实是一个文本文件，不是PDF')),
      400,
      'VALIDATION_FAILED',
      'file',
    );
    expect(fake.message).toContain('不是有效的PDF文件');
    const exe = expectError(
      await upload(admin, notice.id, 'setup.exe', MINIMAL_PDF),
      400,
      'VALIDATION_FAILED',
      'file',
    );
    expect(exe.message).toContain('pdf、doc、docx、xls、xlsx、jpg、jpeg、png');
    expectError(
      await upload(admin, notice.id, 'empty.pdf', Buffer.alloc(0)),
      400,
      'VALIDATION_FAILED',
      'file',
    );
    // a JPEG named .png is not a PNG
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
    expectError(await upload(admin, notice.id, 'photo.png', jpeg), 400, 'VALIDATION_FAILED', 'file');
    const ok = await upload(admin, notice.id, 'photo.JPEG', jpeg);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json<NoticeAttachment>()).toMatchObject({ contentType: 'image/jpeg', fileName: 'photo.JPEG' });
    expect((await ctx.storedBlobs()).length).toBe(before + 1);
    expectError(
      await admin.request({
        method: 'POST',
        url: `/api/department/notices/${notice.id}/attachments`,
        headers: { 'x-csrf-token': admin.csrfToken ?? '', 'content-type': 'application/json' },
        payload: '{}',
      }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
  });

  it('refuses a file over 20 MB and leaves nothing', async () => {
    const notice = await createNotice();
    const before = (await ctx.storedBlobs()).length;
    const big = Buffer.alloc(NOTICE_ATTACHMENT_MAX_BYTES + 1, 0x20);
    MINIMAL_PDF.copy(big);
    const body = expectError(await upload(admin, notice.id, 'big.pdf', big), 413, 'PAYLOAD_TOO_LARGE');
    expect(body.message).toBe(MAX_SIZE_MESSAGE);
    expect((await ctx.storedBlobs()).length).toBe(before);
    expect(
      (await admin.get('/api/department/notices'))
        .json<{ items: NoticeItem[] }>()
        .items.find((n) => n.id === notice.id)?.attachments,
    ).toEqual([]);
  });

  it('takes at most 10 files per notice; deleting one makes room', async () => {
    const notice = await createNotice();
    const ids: string[] = [];
    for (let i = 1; i <= 10; i++) {
      const response = await upload(admin, notice.id, `附件${i}.pdf`, MINIMAL_PDF);
      expect(response.statusCode, response.body).toBe(201);
      ids.push(response.json<NoticeAttachment>().id);
    }
    const eleventh = expectError(
      await upload(admin, notice.id, '附件11.pdf', MINIMAL_PDF),
      400,
      'VALIDATION_FAILED',
      'file',
    );
    expect(eleventh.message).toContain('最多上传10个附件');
    const removed = await admin.send('DELETE', `/api/department/notices/${notice.id}/attachments/${ids[0]}`);
    expect(removed.statusCode, removed.body).toBe(204);
    expect(await auditRows(ctx, 'notice.attachment.delete', notice.id)).toHaveLength(1);
    expect((await upload(admin, notice.id, '附件11.pdf', MINIMAL_PDF)).statusCode).toBe(201);
    expectError(
      await admin.send('DELETE', `/api/department/notices/${notice.id}/attachments/${ids[0]}`),
      404,
      'NOT_FOUND',
    );
  });
});

describe('申报通知 in the 个人网厅', () => {
  it('lists only published notices whose window holds now', async () => {
    const open = await published({ title: '正在申报的通知' });
    const future = await published({ title: '尚未开始的通知', startAt: iso(10), endAt: iso(40) });
    const past = await published({ title: '已经截止的通知', startAt: iso(-40), endAt: iso(-10) });
    const draft = await createNotice({ title: '草稿通知' });
    const closed = await published({ title: '已关闭的通知' });
    await admin.post(`/api/department/notices/${closed.id}/close`);
    const response = await applicant.get('/api/person/notices');
    expect(response.statusCode).toBe(200);
    const items = response.json<{ items: PublishedNotice[] }>().items;
    const ids = items.map((n) => n.id);
    expect(ids).toContain(open.id);
    for (const hidden of [future, past, draft, closed]) expect(ids).not.toContain(hidden.id);
    expect(items.find((n) => n.id === open.id)).toMatchObject({
      title: '正在申报的通知',
      window: '申报中',
      canApply: true,
      serviceTypes: ['首次认定', '晋升认定'],
    });
    expect(future.window).toBe('未开始');
    expect(past.window).toBe('已截止');
  });
});

describe('申报注意事项', () => {
  it('is read by anyone signed in and written by the administrator, audited', async () => {
    const text = '一、申报条件……\n二、年龄要求……';
    const put = await admin.send('PUT', '/api/department/declaration-guide', { text });
    expect(put.statusCode, put.body).toBe(200);
    const got = (await applicant.get('/api/declaration-guide')).json<DeclarationGuide>();
    expect(got.text).toBe(text);
    expect(got.updatedAt).not.toBeNull();
    await admin.send('PUT', '/api/department/declaration-guide', { text: `${text}\n三、其他` });
    expect((await applicant.get('/api/declaration-guide')).json<DeclarationGuide>().text).toContain(
      '三、其他',
    );
    expect(await auditRows(ctx, 'declaration_guide.update')).toHaveLength(2);
    expectError(
      await admin.send('PUT', '/api/department/declaration-guide', { text: ' ' }),
      400,
      'VALIDATION_FAILED',
      'text',
    );
  });
});

describe('roles', () => {
  it('keeps the notice and guide management to the administrator', async () => {
    const employer = (await signedInEmployer(ctx)).client;
    const notice = await createNotice();
    for (const client of [applicant, employer]) {
      expectError(await client.get('/api/department/notices'), 403, 'FORBIDDEN');
      expectError(await client.post('/api/department/notices', noticeBody()), 403, 'FORBIDDEN');
      expectError(await client.post(`/api/department/notices/${notice.id}/publish`), 403, 'FORBIDDEN');
      expectError(await upload(client, notice.id, 'a.pdf', MINIMAL_PDF), 403, 'FORBIDDEN');
      expectError(
        await client.send('PUT', '/api/department/declaration-guide', { text: 'x' }),
        403,
        'FORBIDDEN',
      );
    }
    expectError(await employer.get('/api/person/notices'), 403, 'FORBIDDEN');
    expect((await employer.get('/api/declaration-guide')).statusCode).toBe(200);
  });
});
