import type { ApplicationDetail, ApplicationSummary, SavedModule, SelfCheck } from '@rcpd/shared';
import { SELF_CHECK_CONFIRMATIONS } from '@rcpd/shared';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addEntry,
  addedEntry,
  basicValues,
  boundApplicant,
  CONFIRMATIONS,
  type Draft,
  draftApplication,
  ENTRY_VALUES,
  isoDays,
  publishedNotice,
  saveModule,
} from '../../test/applications.js';
import { createTestApp, type TestContext } from '../../test/harness.js';
import {
  auditRows,
  expectError,
  fieldMessage,
  signedInBusiness,
  signedInPerson,
} from '../../test/helpers.js';
import { MESSAGES } from './applications.service.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const detailOf = async (draft: Draft) =>
  (await draft.client.get(`/api/person/applications/${draft.id}`)).json<ApplicationDetail>();

async function closeWindow(noticeId: string) {
  await sql`update notices set start_at = now() - interval '10 days', end_at = now() - interval '1 minute' where id = ${noticeId}`.execute(
    ctx.database.db,
  );
}

describe('条件自检 and 确认并开始申报', () => {
  it('shows each automatic check with its reason and the confirmations to tick', async () => {
    const { client } = await boundApplicant(ctx, '19900315');
    const response = await client.get('/api/person/self-check');
    expect(response.statusCode, response.body).toBe(200);
    const check = response.json<SelfCheck>();
    expect(check.confirmations).toEqual([...SELF_CHECK_CONFIRMATIONS]);
    const age = check.checks.find((c) => c.key === 'age');
    expect(age?.passed).toBeNull();
    expect(age?.reason).toMatch(/您现年\d+岁/);
    expect(check.checks.find((c) => c.key === 'recentCertified')).toMatchObject({ passed: true });
    expect(check.checks.find((c) => c.key === 'recentRefused')).toMatchObject({ passed: true });
  });

  it('starts one application per notice, audited, with every module editable', async () => {
    const draft = await draftApplication(ctx);
    expect(draft.app).toMatchObject({
      status: '未提交',
      notice: { id: draft.notice.id, window: '申报中' },
      employer: { id: draft.employerId },
      allowedActions: ['编辑', '提交'],
      entries: [],
      flow: [],
    });
    expect(draft.app.identity.maskedIdNumber).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
    expect(draft.app.editableModules).toContain('basic');
    expect(await auditRows(ctx, 'application.create', draft.id)).toHaveLength(1);

    const again = await draft.client.post('/api/person/applications', {
      noticeId: draft.notice.id,
      employerId: draft.employerId,
      confirmations: CONFIRMATIONS,
    });
    expect(expectError(again, 409, 'CONFLICT').message).toBe(MESSAGES.duplicate);
    const list = (await draft.client.get('/api/person/applications')).json<{ items: ApplicationSummary[] }>();
    expect(list.items.map((i) => [i.id, i.status, i.noticeTitle])).toEqual([
      [draft.id, '未提交', draft.notice.title],
    ]);
  });

  it('refuses to start without every confirmation, without an approved 推荐单位, or outside the window', async () => {
    const admin = await signedInBusiness(ctx);
    const notice = await publishedNotice(admin);
    const applicant = await boundApplicant(ctx);
    const start = (body: Record<string, unknown>) =>
      applicant.client.post('/api/person/applications', {
        noticeId: notice.id,
        employerId: applicant.employerId,
        confirmations: CONFIRMATIONS,
        ...body,
      });
    expectError(
      await start({ confirmations: [true, true, true, false] }),
      400,
      'VALIDATION_FAILED',
      'confirmations',
    );

    const unbound = await signedInPerson(ctx);
    const refused = await unbound.client.post('/api/person/applications', {
      noticeId: notice.id,
      employerId: applicant.employerId,
      confirmations: CONFIRMATIONS,
    });
    expect(expectError(refused, 400, 'VALIDATION_FAILED', 'employerId').message).toBe(MESSAGES.notBound);

    const future = await publishedNotice(admin, { startAt: isoDays(2), endAt: isoDays(10) });
    expectError(await start({ noticeId: future.id }), 409, 'WINDOW_CLOSED');
    await closeWindow(notice.id);
    expectError(await start({}), 409, 'WINDOW_CLOSED');
    const list = (await applicant.client.get('/api/person/applications')).json<{ items: unknown[] }>();
    expect(list.items).toEqual([]);
  });

  it('refuses a person certified in the last 3 years unless the department recorded an exception', async () => {
    const admin = await signedInBusiness(ctx);
    const notice = await publishedNotice(admin);
    const applicant = await boundApplicant(ctx);
    const twoYearsAgo = new Date(Date.now() - 2 * 365 * 86_400_000).toISOString().slice(0, 10);
    await ctx.database.db
      .insertInto('talent_results')
      .values({
        applicant_id: applicant.accountId,
        outcome: '认定通过',
        category: 'D',
        decided_on: twoYearsAgo,
      })
      .execute();
    const check = (await applicant.client.get('/api/person/self-check')).json<SelfCheck>();
    expect(check.checks.find((c) => c.key === 'recentCertified')).toMatchObject({ passed: false });
    const body = { noticeId: notice.id, employerId: applicant.employerId, confirmations: CONFIRMATIONS };
    const refused = await applicant.client.post('/api/person/applications', body);
    expect(expectError(refused, 400, 'VALIDATION_FAILED').message).toContain('三年内不能再次申报');

    await ctx.database.db
      .insertInto('eligibility_exceptions')
      .values({ applicant_id: applicant.accountId, reason: '单位书面申请，经研究同意' })
      .execute();
    expect((await applicant.client.post('/api/person/applications', body)).statusCode).toBe(201);
  });
});

describe('基本信息', () => {
  it('saves with the version, and the page reads it back', async () => {
    const draft = await draftApplication(ctx);
    const response = await saveModule(draft, 'basic', basicValues(draft, { introducedFrom: '应被丢弃' }));
    expect(response.statusCode, response.body).toBe(200);
    const saved = response.json<SavedModule>();
    expect(saved.version).toBe(1);
    // 省内人才 hides 从何地(单位)引进: it is not stored
    expect(saved.values).not.toHaveProperty('introducedFrom');
    const detail = await detailOf(draft);
    expect(detail.modules.basic?.values).toMatchObject({ category: 'D', serviceType: '首次认定' });
    expect(await auditRows(ctx, 'application.module.save', draft.id)).toHaveLength(1);
    const list = (await draft.client.get('/api/person/applications')).json<{ items: ApplicationSummary[] }>();
    expect(list.items[0]).toMatchObject({ category: 'D', serviceType: '首次认定' });
  });

  it('applies the four conditional rules both ways', async () => {
    const draft = await draftApplication(ctx);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ talentSource: '引进人才' }, 'introducedFrom', '请填写从何地(单位)引进'],
      [{ serviceType: '晋升认定' }, 'heldCategory', '请选择已在吉认定人才类别'],
      [{ serviceType: '晋升认定' }, 'heldSince', '请填写认定日期'],
      [{ longContract: '否' }, 'contractStart', '请填写引进或聘用合同(协议)开始时间'],
      [{ talentType: '技能人才' }, 'skillName', '请填写职业资格或职业技能等级'],
    ];
    for (const [overrides, field, message] of cases) {
      const body = expectError(
        await saveModule(draft, 'basic', basicValues(draft, overrides)),
        400,
        'VALIDATION_FAILED',
      );
      expect(fieldMessage(body, `values.${field}`), field).toBe(message);
    }
    const promotedDown = basicValues(draft, {
      serviceType: '晋升认定',
      heldCategory: 'C',
      heldSince: '2022-01-01',
    });
    const down = expectError(await saveModule(draft, 'basic', promotedDown), 400, 'VALIDATION_FAILED');
    expect(fieldMessage(down, 'values.category')).toBe('晋升认定须申报高于已认定类别（C类）的人才类别');

    const filled = basicValues(draft, {
      talentSource: '引进人才',
      introducedFrom: '北京市某研究院',
      longContract: '否',
      contractStart: '2023-03-01',
      talentType: '其他',
    });
    const ok = await saveModule(draft, 'basic', filled);
    expect(ok.statusCode, ok.body).toBe(200);
    const values = ok.json<SavedModule>().values;
    expect(values).toMatchObject({ introducedFrom: '北京市某研究院', contractStart: '2023-03-01' });
    // 其他 fills nothing: the title fields sent along are dropped
    expect(values).not.toHaveProperty('titleName');
  });

  it('refuses a birth date or gender that disagrees with the 居民身份证', async () => {
    const draft = await draftApplication(ctx, { birth: '19850612', gender: '女' });
    const body = expectError(
      await saveModule(draft, 'basic', basicValues(draft, { birthDate: '1985-06-13', gender: '男' })),
      400,
      'VALIDATION_FAILED',
    );
    expect(fieldMessage(body, 'values.birthDate')).toBe('出生日期与居民身份证号码不一致（证件为1985-06-12）');
    expect(fieldMessage(body, 'values.gender')).toBe('性别与居民身份证号码不一致（证件为女）');
    expect((await detailOf(draft)).modules.basic).toBeUndefined();
  });

  it('refuses a 申报依据 of another category and a 认定服务类型 the notice does not accept', async () => {
    const draft = await draftApplication(ctx, { notice: { serviceTypes: ['首次认定'] } });
    const wrongBasis = basicValues(draft, { basis: draft.basisOf('C') });
    const body = expectError(await saveModule(draft, 'basic', wrongBasis), 400, 'VALIDATION_FAILED');
    expect(fieldMessage(body, 'values.basis')).toBe('申报依据须为所申报人才类别中的条款');
    const promotion = basicValues(draft, {
      serviceType: '晋升认定',
      heldCategory: 'E',
      heldSince: '2022-01-01',
    });
    const refused = expectError(await saveModule(draft, 'basic', promotion), 400, 'VALIDATION_FAILED');
    expect(fieldMessage(refused, 'values.serviceType')).toBe('本次申报通知不受理晋升认定');
  });

  it('detects two tabs saving the same module: the later save is refused, nothing is erased', async () => {
    const draft = await draftApplication(ctx);
    expect(
      (await saveModule(draft, 'basic', basicValues(draft, { position: '第一个标签页' }))).statusCode,
    ).toBe(200);
    // the second tab loaded the page before the first saved: it still holds version 0
    const stale = await saveModule(draft, 'basic', basicValues(draft, { position: '第二个标签页' }), 0);
    expect(expectError(stale, 409, 'CONFLICT').message).toBe(MESSAGES.stale);
    expect((await detailOf(draft)).modules.basic?.values.position).toBe('第一个标签页');
    const fresh = await saveModule(draft, 'basic', basicValues(draft, { position: '刷新后再保存' }), 1);
    expect(fresh.json<SavedModule>().version).toBe(2);
  });

  it('refuses saves after the window closed, and to another applicant (as if it did not exist)', async () => {
    const draft = await draftApplication(ctx);
    const other = await signedInPerson(ctx);
    const intruder = await other.client.send('PUT', `/api/person/applications/${draft.id}/modules/basic`, {
      values: basicValues(draft),
      version: 0,
    });
    expect(expectError(intruder, 404, 'NOT_FOUND').message).toBe(MESSAGES.notFound);
    expectError(await other.client.get(`/api/person/applications/${draft.id}`), 404, 'NOT_FOUND');
    expectError(
      await other.client.post(`/api/person/applications/${draft.id}/entries`, {
        module: 'work',
        values: ENTRY_VALUES.work,
      }),
      404,
      'NOT_FOUND',
    );

    await closeWindow(draft.notice.id);
    expectError(await saveModule(draft, 'basic', basicValues(draft)), 409, 'WINDOW_CLOSED');
    expectError(await addEntry(draft, 'work'), 409, 'WINDOW_CLOSED');
    const detail = await detailOf(draft);
    expect(detail.modules.basic).toBeUndefined();
    expect(detail.entries).toEqual([]);
    expect(detail.allowedActions).toEqual(['查看']);
  });

  it('counts 创新创业成果 by characters: 500 saves, 501 is refused', async () => {
    const draft = await draftApplication(ctx);
    expect((await saveModule(draft, 'achievement', { text: '绩'.repeat(500) })).statusCode).toBe(200);
    const body = expectError(
      await saveModule(draft, 'achievement', { text: '绩'.repeat(501) }, 1),
      400,
      'VALIDATION_FAILED',
    );
    expect(fieldMessage(body, 'values.text')).toBe('创新创业成果（突出业绩）不能超过500个字（现501个字）');
  });
});

describe('entries', () => {
  it('adds up to 3 学习经历 and refuses the 4th; 专业获奖 takes 10', async () => {
    const draft = await draftApplication(ctx);
    for (let i = 0; i < 3; i++) await addedEntry(draft, 'education');
    const fourth = expectError(await addEntry(draft, 'education'), 400, 'VALIDATION_FAILED');
    expect(fourth.message).toBe('学习经历最多填写3条');
    for (let i = 0; i < 10; i++) await addedEntry(draft, 'awards');
    expect(expectError(await addEntry(draft, 'awards'), 400, 'VALIDATION_FAILED').message).toBe(
      '专业获奖最多填写10条',
    );
    const detail = await detailOf(draft);
    expect(detail.entries.filter((e) => e.module === 'education')).toHaveLength(3);
  });

  it('keeps a 工作经历 without an end date (至今) and refuses an end before its start', async () => {
    const draft = await draftApplication(ctx);
    const work = await addedEntry(draft, 'work');
    expect(work.values).not.toHaveProperty('endDate');
    const backwards = { ...ENTRY_VALUES.work, endDate: '2010-01-01' };
    const body = expectError(await addEntry(draft, 'work', backwards), 400, 'VALIDATION_FAILED');
    expect(fieldMessage(body, 'values.endDate')).toBe('结束时间不能早于开始时间');
    const future = expectError(
      await addEntry(draft, 'work', { ...ENTRY_VALUES.work, startDate: isoDays(3).slice(0, 10) }),
      400,
      'VALIDATION_FAILED',
    );
    expect(fieldMessage(future, 'values.startDate')).toBe('开始时间不能晚于今天');
  });

  it('edits with the version, refuses a stale edit, and deletes', async () => {
    const draft = await draftApplication(ctx);
    const entry = await addedEntry(draft, 'education');
    const url = `/api/person/applications/${draft.id}/entries/${entry.id}`;
    const edited = await draft.client.send('PUT', url, {
      values: { ...ENTRY_VALUES.education, school: '东北师范大学' },
      version: 1,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expectError(
      await draft.client.send('PUT', url, { values: ENTRY_VALUES.education, version: 1 }),
      409,
      'CONFLICT',
    );
    expect((await detailOf(draft)).entries[0]?.values.school).toBe('东北师范大学');
    expect((await draft.client.send('DELETE', url)).statusCode).toBe(204);
    expect((await detailOf(draft)).entries).toEqual([]);
    expectError(await draft.client.send('DELETE', url), 404, 'NOT_FOUND');
  });

  it('takes one 企业人才业绩 a year, of the last three years', async () => {
    const draft = await draftApplication(ctx);
    const year = new Date().getFullYear() - 1;
    await addedEntry(draft, 'performance', { ...ENTRY_VALUES.performance, year });
    const twice = expectError(
      await addEntry(draft, 'performance', { ...ENTRY_VALUES.performance, year }),
      400,
      'VALIDATION_FAILED',
    );
    expect(fieldMessage(twice, 'values.year')).toBe(`${year}年的企业人才业绩已填写，每年一条`);
    const old = expectError(
      await addEntry(draft, 'performance', { ...ENTRY_VALUES.performance, year: year - 5 }),
      400,
      'VALIDATION_FAILED',
    );
    expect(fieldMessage(old, 'values.year')).toMatch(/^业绩年度须为近三年/);
  });

  it('refuses an unknown module, a single module as an entry, and malformed values', async () => {
    const draft = await draftApplication(ctx);
    expectError(
      await addEntry(draft, 'basic' as never, basicValues(draft)),
      400,
      'VALIDATION_FAILED',
      'module',
    );
    expectError(
      await draft.client.post(`/api/person/applications/${draft.id}/entries`, { module: 'nope', values: {} }),
      400,
      'VALIDATION_FAILED',
      'module',
    );
    expectError(
      await draft.client.post(`/api/person/applications/${draft.id}/entries`, {
        module: 'work',
        values: ['x'],
      }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(await saveModule(draft, 'nope' as never, {}), 404, 'NOT_FOUND');
    expect((await detailOf(draft)).entries).toEqual([]);
  });
});
