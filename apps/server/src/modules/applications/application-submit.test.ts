import type {
  ApplicationDetail,
  ApplicationSummary,
  ErrorBody,
  NotificationList,
  ValidationResult,
} from '@rcpd/shared';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addedEntry,
  basicValues,
  completeApplication,
  draftApplication,
  saveModule,
  uploaded,
} from '../../test/applications.js';
import { pdfText, poppler } from '../../test/files.js';
import { createTestApp, type TestContext } from '../../test/harness.js';
import { auditRows, expectError, signedInPerson } from '../../test/helpers.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const validation = async (client: { get: (u: string) => Promise<{ json: <T>() => T }> }, id: string) =>
  (await client.get(`/api/person/applications/${id}/validation`)).json<ValidationResult>();

describe('数据验证信息', () => {
  it('lists every missing required module and attachment of an empty application, grouped by section', async () => {
    const draft = await draftApplication(ctx);
    const { issues } = await validation(draft.client, draft.id);
    expect(issues.map((i) => [i.section, i.message])).toEqual([
      ['basic', '请填写并保存基本信息'],
      ['education', '学习经历为必填项，请至少添加一条'],
      ['work', '工作经历为必填项，请至少添加一条'],
      ['achievement', '请填写并保存创新创业成果（突出业绩）'],
      ['attachments', '请上传身份证正反面'],
    ]);
  });

  it('names an entry without its attachments, and the missing 个人照片, then nothing once complete', async () => {
    const draft = await draftApplication(ctx);
    expect((await saveModule(draft, 'basic', basicValues(draft))).statusCode).toBe(200);
    const education = await addedEntry(draft, 'education');
    const { issues } = await validation(draft.client, draft.id);
    expect(issues).toContainEqual({ section: 'basic', field: 'photo', message: '请上传个人照片' });
    expect(issues).toContainEqual({
      section: 'education',
      entryId: education.id,
      message: '第1条学习经历未上传证明材料（附件）',
    });
    await uploaded(draft, `slot=entry&entryId=${education.id}`);
    expect((await validation(draft.client, draft.id)).issues.map((i) => i.section)).not.toContain(
      'education',
    );

    const complete = await draftApplication(ctx);
    await completeApplication(complete);
    expect((await validation(complete.client, complete.id)).issues).toEqual([]);
  });

  it('checks the age of the category at submission: 61 is too old for D', async () => {
    const today = new Date(Date.now() + 8 * 3_600_000);
    const birth = `${today.getUTCFullYear() - 61}0101`;
    const draft = await draftApplication(ctx, { birth });
    await completeApplication(draft);
    const { issues } = await validation(draft.client, draft.id);
    expect(issues).toEqual([
      { section: 'eligibility', field: 'age', message: '您现年61岁，超过D类申报年龄上限60岁' },
    ]);
    // A has no age limit
    expect(
      (await saveModule(draft, 'basic', basicValues(draft, { category: 'A', basis: draft.basisOf('A') }), 1))
        .statusCode,
    ).toBe(200);
    expect((await validation(draft.client, draft.id)).issues).toEqual([]);
  });
});

describe('提交', () => {
  it('refuses without the commitment ticked, and with failing rules it answers the 数据验证信息', async () => {
    const draft = await draftApplication(ctx);
    const url = `/api/person/applications/${draft.id}/submit`;
    const unticked = expectError(
      await draft.client.post(url, { commitment: false }),
      400,
      'VALIDATION_FAILED',
      'commitment',
    );
    expect(unticked.message).toBe(
      '请勾选“本人承诺，申报所提供的材料真实、准确，如有违诺情况，本人愿承担所有责任”',
    );
    const refused = await draft.client.post(url, { commitment: true });
    const body = expectError(refused, 400, 'VALIDATION_FAILED') as ErrorBody;
    expect(body.issues).toEqual((await validation(draft.client, draft.id)).issues);
    expect(body.message).toBe('数据验证未通过，共5项需要修改，请根据数据验证信息修改后再提交');
    const detail = (await draft.client.get(`/api/person/applications/${draft.id}`)).json<ApplicationDetail>();
    expect(detail.status).toBe('未提交');
    expect(await auditRows(ctx, 'application.submit', draft.id)).toEqual([]);
  });

  it('submits: 已申报, frozen as version 1, 流程推送 shows the node, audited and notified, then read-only', async () => {
    const draft = await draftApplication(ctx);
    await completeApplication(draft);
    const response = await draft.client.post(`/api/person/applications/${draft.id}/submit`, {
      commitment: true,
    });
    expect(response.statusCode, response.body).toBe(200);
    const detail = response.json<ApplicationDetail>();
    expect(detail.status).toBe('已申报');
    expect(detail.submittedAt).not.toBeNull();
    expect(detail.editableModules).toEqual([]);
    expect(detail.allowedActions).toEqual(['查看', '进度跟踪']);
    expect(detail.flow.map((n) => [n.stage, n.handler, n.action])).toEqual([
      ['个人申报', draft.person.name, '提交'],
    ]);

    const versions = await ctx.database.db
      .selectFrom('application_versions')
      .select(['number', 'snapshot'])
      .where('application_id', '=', draft.id)
      .execute();
    expect(versions.map((v) => v.number)).toEqual([1]);
    expect(versions[0]?.snapshot).toMatchObject({
      modules: { basic: { category: 'D' } },
      slots: { idCard: 1, photo: 1 },
    });
    expect(await auditRows(ctx, 'application.submit', draft.id)).toHaveLength(1);
    const messages = (await draft.client.get('/api/notifications')).json<NotificationList>();
    expect(messages.items.map((m) => m.title)).toContain('申报已提交');
    const list = (await draft.client.get('/api/person/applications')).json<{ items: ApplicationSummary[] }>();
    expect(list.items[0]).toMatchObject({ id: draft.id, status: '已申报' });

    // frozen: nothing can change any more, and a second 提交 is refused
    expectError(await saveModule(draft, 'achievement', { text: '提交后修改' }, 1), 409, 'NOT_EDITABLE');
    expectError(
      await draft.client.post(`/api/person/applications/${draft.id}/submit`, { commitment: true }),
      409,
      'NOT_EDITABLE',
    );
  });

  it('refuses 提交 after the window closed', async () => {
    const draft = await draftApplication(ctx);
    await completeApplication(draft);
    await sql`update notices set end_at = now() - interval '1 second', start_at = now() - interval '2 days' where id = ${draft.notice.id}`.execute(
      ctx.database.db,
    );
    expectError(
      await draft.client.post(`/api/person/applications/${draft.id}/submit`, { commitment: true }),
      409,
      'WINDOW_CLOSED',
    );
  });

  it('refuses another applicant’s 提交 and 数据验证信息', async () => {
    const draft = await draftApplication(ctx);
    const other = await signedInPerson(ctx);
    expectError(
      await other.client.post(`/api/person/applications/${draft.id}/submit`, { commitment: true }),
      404,
      'NOT_FOUND',
    );
    expectError(await other.client.get(`/api/person/applications/${draft.id}/validation`), 404, 'NOT_FOUND');
    expectError(
      await other.client.get(`/api/person/applications/${draft.id}/summary-table.pdf`),
      404,
      'NOT_FOUND',
    );
  });

  it('keeps the applicant bound while the application is under review: 解除绑定 is refused', async () => {
    const draft = await draftApplication(ctx);
    await completeApplication(draft);
    // a draft does not hold the binding
    expect(
      (await draft.client.post(`/api/person/applications/${draft.id}/submit`, { commitment: true }))
        .statusCode,
    ).toBe(200);
    const refused = await draft.client.post(`/api/person/bindings/${draft.bindingId}/unbind`);
    expect(expectError(refused, 409, 'CONFLICT').message).toContain(
      '推荐的申报正在审核中或已被退回，暂不能解除绑定',
    );
    // returned (被退回) holds it too; once the review ends it is free again
    await ctx.database.db
      .updateTable('applications')
      .set({ status: '被退回', stage: null })
      .where('id', '=', draft.id)
      .execute();
    expectError(await draft.client.post(`/api/person/bindings/${draft.bindingId}/unbind`), 409, 'CONFLICT');
    await ctx.database.db
      .updateTable('applications')
      .set({ status: '材料审核通过', stage: null })
      .where('id', '=', draft.id)
      .execute();
    expect((await draft.client.post(`/api/person/bindings/${draft.bindingId}/unbind`)).statusCode).toBe(200);
  });

  it('lets a draft go: 解除绑定 of the 推荐单位 of an unsubmitted application is allowed', async () => {
    const draft = await draftApplication(ctx);
    expect((await draft.client.post(`/api/person/bindings/${draft.bindingId}/unbind`)).statusCode).toBe(200);
  });
});

describe('业务表册', () => {
  it('serves the 人才分类定级认定一览表 as an A4 PDF whose Chinese text reads back', async () => {
    const draft = await draftApplication(ctx);
    await completeApplication(draft);
    const url = `/api/person/applications/${draft.id}/summary-table.pdf`;
    const response = await draft.client.get(url);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(String(response.headers['content-disposition'])).toMatch(/^inline;/);
    expect(String((await draft.client.get(`${url}?download=1`)).headers['content-disposition'])).toMatch(
      /^attachment;/,
    );
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const text = await pdfText(response.rawPayload);
    for (const expected of [
      '人才分类定级认定一览表',
      draft.person.name,
      '高级工程师',
      '首次认定',
      '主持完成省级重点研发项目两项。',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toContain(draft.app.identity.maskedIdNumber);
    expect(text).not.toContain(draft.person.idNumber);
    const info = await poppler('pdfinfo', response.rawPayload);
    expect(info).toMatch(/Page size:\s+(595\.\d+ x 841\.\d+|841\.\d+ x 595\.\d+) pts \(A4/);
  });
});
