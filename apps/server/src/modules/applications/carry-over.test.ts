import type {
  ApplicationDetail,
  ApplicationSummary,
  CarryOverOffer,
  CatalogueItem,
  ReviewDetail,
  ValidationResult,
} from '@rcpd/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepBlobs } from '../../platform/blob-sweep.js';
import {
  addedEntry,
  basicValues,
  CONFIRMATIONS,
  completeApplication,
  type Draft,
  draftApplication,
  publishedNotice,
  saveModule,
  uploaded,
} from '../../test/applications.js';
import { MINIMAL_PDF } from '../../test/files.js';
import { createTestApp, type TestContext } from '../../test/harness.js';
import { auditRows, expectError } from '../../test/helpers.js';

/** 带入上次申报信息 (issue 14, item 3): a second application starts from the applicant's last submitted one. */

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const TRAINING_PDF = Buffer.concat([MINIMAL_PDF, Buffer.from('% 培训证明\n')]);

/** A complete application with a 培训 entry and its file, submitted: what a second application carries from. */
async function submittedWithTraining(fill?: (draft: Draft) => Promise<unknown>) {
  const draft = await draftApplication(ctx);
  await completeApplication(draft);
  const training = await addedEntry(draft, 'training');
  await uploaded(draft, `slot=entry&entryId=${training.id}`, '培训证明.pdf', TRAINING_PDF);
  await fill?.(draft);
  const submitted = await draft.client.post(`/api/person/applications/${draft.id}/submit`, {
    commitment: true,
  });
  expect(submitted.statusCode, submitted.body).toBe(200);
  return draft;
}

/** 确认并开始申报 of a new notice, carrying from `from` when given. */
async function start(draft: Draft, from?: string) {
  const notice = await publishedNotice(draft.admin, { title: `第二批申报通知${Math.random()}` });
  const response = await draft.client.post('/api/person/applications', {
    noticeId: notice.id,
    employerId: draft.employerId,
    confirmations: CONFIRMATIONS,
    ...(from && { carryOverFrom: from }),
  });
  return { notice, response };
}

const detailOf = async (draft: Draft, id: string) =>
  (await draft.client.get(`/api/person/applications/${id}`)).json<ApplicationDetail>();
const validation = async (draft: Draft, id: string) =>
  (await draft.client.get(`/api/person/applications/${id}/validation`)).json<ValidationResult>();

describe('带入上次申报信息', () => {
  it('offers the last submitted application, and nothing before one was submitted', async () => {
    const draft = await draftApplication(ctx);
    const before = (await draft.client.get('/api/person/carry-over')).json<CarryOverOffer>();
    expect(before).toEqual({ source: null, certificate: null });
    await completeApplication(draft);
    await draft.client.post(`/api/person/applications/${draft.id}/submit`, { commitment: true });
    const after = (await draft.client.get('/api/person/carry-over')).json<CarryOverOffer>();
    expect(after.source).toMatchObject({ id: draft.id, noticeTitle: draft.notice.title, status: '已申报' });
    expect(after.certificate).toBeNull();
  });

  it('copies every module and references its files; each module is 已带入 until saved or 核对无误, and 提交 waits', async () => {
    const first = await submittedWithTraining();
    const old = await detailOf(first, first.id);
    const storedBefore = (await ctx.storedBlobs()).length;

    const { response } = await start(first, first.id);
    expect(response.statusCode, response.body).toBe(201);
    const carried = response.json<ApplicationDetail>();
    expect(carried.id).not.toBe(first.id);
    expect(carried.status).toBe('未提交');
    expect(carried.modules.basic?.values).toEqual(old.modules.basic?.values);
    expect(carried.modules.achievement?.values).toEqual(old.modules.achievement?.values);
    expect(carried.entries.map((e) => [e.module, e.values])).toEqual(
      old.entries.map((e) => [e.module, e.values]),
    );
    expect(carried.entries.map((e) => e.attachments.map((a) => a.fileName))).toEqual(
      old.entries.map((e) => e.attachments.map((a) => a.fileName)),
    );
    expect(carried.attachments.map((a) => [a.slot, a.fileName])).toEqual(
      old.attachments.map((a) => [a.slot, a.fileName]),
    );
    expect(carried.carried.map((c) => c.module)).toEqual([
      'basic',
      'education',
      'training',
      'work',
      'achievement',
    ]);
    // referenced, not copied: no new file in the store, and the carried one opens with the same bytes
    expect((await ctx.storedBlobs()).length).toBe(storedBefore);
    const file = carried.entries.find((e) => e.module === 'training')?.attachments[0];
    const download = await first.client.get(`/api/person/applications/${carried.id}/attachments/${file?.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(TRAINING_PDF)).toBe(true);
    const [created] = await auditRows(ctx, 'application.create', carried.id);
    expect(created?.detail).toMatchObject({ carriedFrom: first.id });

    // 数据验证信息 asks to look at each carried module, and 提交 is refused meanwhile
    const issues = (await validation(first, carried.id)).issues;
    expect(issues.map((i) => i.message)).toEqual([
      '基本信息为带入的上次申报信息，请核对：修改并保存，或点击“核对无误”',
      '学习经历为带入的上次申报信息，请核对：修改并保存，或点击“核对无误”',
      '继续教育(培训)经历为带入的上次申报信息，请核对：修改并保存，或点击“核对无误”',
      '工作经历为带入的上次申报信息，请核对：修改并保存，或点击“核对无误”',
      '创新创业成果（突出业绩）为带入的上次申报信息，请核对：修改并保存，或点击“核对无误”',
    ]);
    const submitUrl = `/api/person/applications/${carried.id}/submit`;
    expectError(await first.client.post(submitUrl, { commitment: true }), 400, 'VALIDATION_FAILED');

    // 保存 of 基本信息 and of an entry clears their marks; 核对无误 the others
    const next = { ...first, id: carried.id, app: carried };
    const saved = await saveModule(next, 'basic', basicValues(next), carried.modules.basic?.version);
    expect(saved.statusCode, saved.body).toBe(200);
    const work = carried.entries.find((e) => e.module === 'work');
    const savedWork = await first.client.send(
      'PUT',
      `/api/person/applications/${carried.id}/entries/${work?.id}`,
      {
        values: { ...work?.values, post: '技术总监' },
        version: work?.version,
      },
    );
    expect(savedWork.statusCode, savedWork.body).toBe(200);
    expect((await detailOf(first, carried.id)).carried.map((c) => c.module)).toEqual([
      'education',
      'training',
      'achievement',
    ]);
    for (const module of ['education', 'training', 'achievement']) {
      const confirmed = await first.client.post(
        `/api/person/applications/${carried.id}/carried/${module}/confirm`,
      );
      expect(confirmed.statusCode, confirmed.body).toBe(204);
    }
    expectError(
      await first.client.post(`/api/person/applications/${carried.id}/carried/basic/confirm`),
      404,
      'NOT_FOUND',
    );
    expect((await auditRows(ctx, 'application.carried.confirm', carried.id)).length).toBe(3);
    expect((await validation(first, carried.id)).issues).toEqual([]);
    const submitted = await first.client.post(submitUrl, { commitment: true });
    expect(submitted.statusCode, submitted.body).toBe(200);
    // the earlier application is as it was
    expect(await detailOf(first, first.id)).toEqual(old);
  });

  it("refuses to bring in another person's application, or one not the last submitted: nothing is created", async () => {
    const other = await submittedWithTraining();
    const me = await draftApplication(ctx);
    await completeApplication(me);
    await me.client.post(`/api/person/applications/${me.id}/submit`, { commitment: true });
    const stored = (await ctx.storedBlobs()).length;
    for (const from of [other.id, me.id.replace(/.$/, (c) => (c === '0' ? '1' : '0'))]) {
      const { notice, response } = await start(me, from);
      const body = expectError(response, 404, 'NOT_FOUND');
      expect(body.message).toBe('上次申报信息不存在，无法带入');
      const mine = (await me.client.get('/api/person/applications')).json<{ items: ApplicationSummary[] }>();
      expect(mine.items.map((a) => a.noticeId)).not.toContain(notice.id);
      expect((await auditRows(ctx, 'application.carry-over.refused', from)).length).toBe(1);
    }
    // a draft (never submitted) cannot be carried from either
    const draft = await draftApplication(ctx);
    expectError((await start(draft, draft.id)).response, 404, 'NOT_FOUND');
    expect((await ctx.storedBlobs()).length).toBe(stored);
    // the other person's application is untouched
    expect((await detailOf(other, other.id)).status).toBe('已申报');
  });

  it('leaves a 申报依据 that was disabled since empty, and the module says so', async () => {
    const business = (await draftApplication(ctx)).admin;
    const item = (
      await business.post('/api/department/catalogue/items', {
        category: 'D',
        code: 'D-带入',
        text: '带入测试条款',
      })
    ).json<CatalogueItem>();
    const first = await submittedWithTraining(async (d) => {
      const saved = await saveModule(d, 'basic', basicValues(d, { basis: item.id }), 1);
      expect(saved.statusCode, saved.body).toBe(200);
    });
    const disabled = await business.send('PATCH', `/api/department/catalogue/items/${item.id}`, {
      enabled: false,
    });
    expect(disabled.statusCode, disabled.body).toBe(200);

    const { response } = await start(first, first.id);
    expect(response.statusCode, response.body).toBe(201);
    const carried = response.json<ApplicationDetail>();
    expect(carried.modules.basic?.values.basis).toBeUndefined();
    expect(carried.modules.basic?.values.category).toBe('D');
    expect(carried.carried.find((c) => c.module === 'basic')?.notes).toEqual([
      '上次选择的申报依据已停用或不存在，请重新选择申报依据',
    ]);
    expect((await validation(first, carried.id)).issues).toContainEqual({
      section: 'basic',
      field: 'basis',
      message: '请选择申报依据',
    });
  });

  it('makes it a 晋升认定 from the certificate held: 已在吉认定人才类别 and 认定日期 fill themselves', async () => {
    const first = await submittedWithTraining();
    // the certificate of that application (category D), as the department issues it (results tests cover how)
    const owner = ctx.ownerDatabase.db;
    const result = await owner
      .insertInto('review_results')
      .values({
        application_id: first.id,
        outcome: '认定通过',
        category: 'D',
        state: '已发布',
        published_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await owner
      .insertInto('certificates')
      .values({
        number: `JLRC-T-${Date.now()}`,
        application_id: first.id,
        result_id: result.id,
        holder_id: first.accountId,
        holder_name: first.person.name,
        category: 'D',
        issued_on: '2025-03-01',
        token: 'test',
      })
      .execute();
    const offer = (await first.client.get('/api/person/carry-over')).json<CarryOverOffer>();
    expect(offer.certificate).toMatchObject({ category: 'D', issuedOn: '2025-03-01' });

    const { response } = await start(first, first.id);
    expect(response.statusCode, response.body).toBe(201);
    const carried = response.json<ApplicationDetail>();
    const basic = carried.modules.basic?.values ?? {};
    expect([basic.serviceType, basic.heldCategory, basic.heldSince]).toEqual(['晋升认定', 'D', '2025-03-01']);
    // D is not above the D held: the category and its 条款 are left for the applicant to choose
    expect([basic.category, basic.basis]).toEqual([undefined, undefined]);
    expect(carried.carried.find((c) => c.module === 'basic')?.notes).toEqual([
      '已按您持有的证书填写“已在吉认定人才类别”（D类）和“认定日期”（2025-03-01），人才认定服务类型为晋升认定',
      '晋升认定须申报高于已认定类别（D类）的人才类别，请重新选择申报人才类别和申报依据',
    ]);
    const next = { ...first, id: carried.id, app: carried };
    const promoted = await saveModule(
      next,
      'basic',
      { ...basic, category: 'C', basis: first.basisOf('C') },
      carried.modules.basic?.version,
    );
    expect(promoted.statusCode, promoted.body).toBe(200);
  });

  it('keeps a file two applications name when one deletes it, and the sweep keeps it too', async () => {
    const first = await submittedWithTraining();
    const { response } = await start(first, first.id);
    const carried = response.json<ApplicationDetail>();
    const training = carried.entries.find((e) => e.module === 'training');
    const file = training?.attachments[0];
    const stored = (await ctx.storedBlobs()).length;

    // deleted from the new application: the first still opens it
    const removed = await first.client.send(
      'DELETE',
      `/api/person/applications/${carried.id}/attachments/${file?.id}`,
    );
    expect(removed.statusCode, removed.body).toBe(204);
    expect((await ctx.storedBlobs()).length).toBe(stored);
    const oldFile = (await detailOf(first, first.id)).entries.find((e) => e.module === 'training')
      ?.attachments[0];
    const opened = await first.client.get(`/api/person/applications/${first.id}/attachments/${oldFile?.id}`);
    expect(opened.statusCode).toBe(200);
    expect(opened.rawPayload.equals(TRAINING_PDF)).toBe(true);
    const later = new Date(Date.now() + 2 * 3_600_000);
    await sweepBlobs({ db: ctx.database.db, blobs: ctx.blobs, now: later });
    expect(
      (await first.client.get(`/api/person/applications/${first.id}/attachments/${oldFile?.id}`)).statusCode,
    ).toBe(200);

    // the first application, returned with 继续教育 opened, deletes the entry: the new one keeps the other file
    const education = carried.entries.find((e) => e.module === 'education');
    const eduFile = education?.attachments[0];
    for (const reviewer of [first.employer.client]) {
      const { version } = (await reviewer.get(`/api/review/applications/${first.id}`)).json<ReviewDetail>();
      const returned = await reviewer.post(`/api/review/applications/${first.id}/decision`, {
        action: '退回',
        version,
        opinion: '请更新学习经历',
        modules: ['education'],
      });
      expect(returned.statusCode, returned.body).toBe(200);
    }
    const oldEducation = (await detailOf(first, first.id)).entries.find((e) => e.module === 'education');
    const deleted = await first.client.send(
      'DELETE',
      `/api/person/applications/${first.id}/entries/${oldEducation?.id}`,
    );
    expect(deleted.statusCode, deleted.body).toBe(204);
    await sweepBlobs({ db: ctx.database.db, blobs: ctx.blobs, now: later });
    const kept = await first.client.get(`/api/person/applications/${carried.id}/attachments/${eduFile?.id}`);
    expect(kept.statusCode).toBe(200);
    expect(kept.rawPayload.equals(MINIMAL_PDF)).toBe(true);

    // once no row names it, the file goes
    const last = await first.client.send(
      'DELETE',
      `/api/person/applications/${carried.id}/attachments/${eduFile?.id}`,
    );
    expect(last.statusCode, last.body).toBe(204);
    expect((await ctx.storedBlobs()).length).toBe(stored - 1);
  });
});
