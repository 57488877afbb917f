import type {
  ApplicationDetail,
  NotificationList,
  QueuePage,
  ReviewDecisionBody,
  ReviewDetail,
} from '@rcpd/shared';
import { MOVED_ON } from '@rcpd/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../seed/demo.js';
import {
  completeApplication,
  type Draft,
  draftApplication,
  ENTRY_VALUES,
  saveModule,
  submittedApplication,
  uploaded,
} from '../../test/applications.js';
import { pdfText } from '../../test/files.js';
import { Client, createTestApp, type TestContext } from '../../test/harness.js';
import {
  auditRows,
  expectError,
  fieldMessage,
  outboxFor,
  signedInAdmin,
  signedInEmployer,
} from '../../test/helpers.js';

let ctx: TestContext;
let province: Client;
beforeAll(async () => {
  ctx = await createTestApp();
  await draftApplication(ctx); // seeds the demo accounts, among them 省人社厅 reviewer `shenhe`
  province = new Client(ctx.app);
  expect((await province.login('department', 'shenhe', DEMO_PASSWORD)).statusCode).toBe(200);
});
afterAll(() => ctx.close());

const submitted = () => submittedApplication(ctx);

const reviewOf = async (client: Client, id: string) => {
  const response = await client.get(`/api/review/applications/${id}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<ReviewDetail>();
};

async function decide(client: Client, id: string, body: Partial<ReviewDecisionBody>) {
  const version = body.version ?? (await reviewOf(client, id)).version;
  return client.post(`/api/review/applications/${id}/decision`, { ...body, version });
}

async function decided(client: Client, id: string, body: Partial<ReviewDecisionBody>) {
  const response = await decide(client, id, body);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<ReviewDetail>();
}

const queue = async (client: Client, query = '') =>
  (await client.get(`/api/review/queue?${query}`)).json<QueuePage>();

const applicantView = async (draft: Draft) =>
  (await draft.client.get(`/api/person/applications/${draft.id}`)).json<ApplicationDetail>();

describe('推荐单位审核 → 省人社厅审核', () => {
  it('passes an application through both stages to 材料审核通过, with the timeline, messages and audit', async () => {
    const draft = await submitted();
    const employer = draft.employer.client;
    const waiting = await queue(employer);
    expect(waiting.items.map((i) => [i.id, i.status, i.stageName])).toEqual([
      [draft.id, '已申报', '推荐单位审核'],
    ]);
    expect(waiting.items[0]?.maskedIdNumber).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
    const before = await reviewOf(employer, draft.id);
    expect(before.allowedDecisions).toEqual(['审核通过', '退回', '审核不通过终止审核']);
    expect(before.changes).toBeNull();
    // the province cannot act before the employer did
    expect((await reviewOf(province, draft.id)).allowedDecisions).toEqual([]);
    expectError(await decide(province, draft.id, { action: '审核通过' }), 409, 'CONFLICT');

    const afterEmployer = await decided(employer, draft.id, {
      action: '审核通过',
      opinion: '情况属实，同意推荐',
    });
    expect(afterEmployer).toMatchObject({
      status: '已申报',
      stage: 'province',
      stageName: '省人社厅审核',
      allowedDecisions: [],
    });
    expect((await queue(employer)).items).toEqual([]);
    expect((await queue(employer, 'scope=all')).items.map((i) => i.id)).toEqual([draft.id]);
    expect((await queue(province)).items.map((i) => i.id)).toContain(draft.id);

    const done = await decided(province, draft.id, { action: '审核通过' });
    expect(done.status).toBe('材料审核通过');
    const seen = await applicantView(draft);
    expect(seen.status).toBe('材料审核通过');
    expect(seen.flow.map((n) => [n.stage, n.action, n.opinion])).toEqual([
      ['个人申报', '提交', null],
      ['推荐单位审核', '审核通过', '情况属实，同意推荐'],
      ['省人社厅审核', '审核通过', null],
    ]);
    expect(seen.flow[1]?.handler).toBe(
      `${draft.employer.employer.employerName}（${draft.employer.employer.operatorName}）`,
    );
    expect(seen.flow[2]?.handler).toMatch(/^吉林省人力资源和社会保障厅（.+）$/);

    const titles = (await draft.client.get('/api/notifications'))
      .json<NotificationList>()
      .items.map((m) => m.title);
    expect(titles).toEqual(expect.arrayContaining(['申报已提交', '申报审核通过']));
    const sms = await outboxFor(ctx, draft.person.phone);
    expect(sms.map((m) => m.text).join('\n')).toContain('材料审核通过');
    expect(await auditRows(ctx, 'application.review.approve', draft.id)).toHaveLength(2);
    const employerMessages = (await employer.get('/api/notifications')).json<NotificationList>();
    expect(employerMessages.items.map((m) => m.title)).toContain('新的申报待审核');
  });

  it('keeps each employer to its own applicants', async () => {
    const draft = await submitted();
    const stranger = await signedInEmployer(ctx);
    expect((await queue(stranger.client, 'scope=all')).items).toEqual([]);
    expectError(await stranger.client.get(`/api/review/applications/${draft.id}`), 404, 'NOT_FOUND');
    expectError(
      await decide(stranger.client, draft.id, { action: '审核通过', version: 0 }),
      404,
      'NOT_FOUND',
    );
    expectError(
      await stranger.client.get(`/api/review/applications/${draft.id}/summary-table.pdf`),
      404,
      'NOT_FOUND',
    );
    // and applicants cannot reach the reviewers' endpoints at all
    expectError(await draft.client.get('/api/review/queue'), 403, 'FORBIDDEN');
  });

  it('lets exactly one of two simultaneous 审核通过 win; the other is told it moved on', async () => {
    const draft = await submitted();
    const second = new Client(ctx.app);
    expect(
      (await second.login('employer', draft.employer.employer.uscc, draft.employer.employer.password))
        .statusCode,
    ).toBe(200);
    const { version } = await reviewOf(draft.employer.client, draft.id);
    const answers = await Promise.all([
      decide(draft.employer.client, draft.id, { action: '审核通过', version }),
      decide(second, draft.id, { action: '审核不通过终止审核', opinion: '不同意', version }),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const loser = answers.find((a) => a.statusCode === 409);
    expect(loser?.json<{ message: string }>().message).toBe(MOVED_ON);
    const events = (await applicantView(draft)).flow.filter((n) => n.stage === '推荐单位审核');
    expect(events).toHaveLength(1);
  });
});

describe('退回 and resubmission', () => {
  it('requires an opinion and ticked modules, then opens only those modules to the applicant', async () => {
    const draft = await submitted();
    const employer = draft.employer.client;
    const noModules = expectError(
      await decide(employer, draft.id, { action: '退回', opinion: '请补充' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(fieldMessage(noModules, 'modules')).toBe('退回时请勾选申报人需要修改的模块');
    const noOpinion = expectError(
      await decide(employer, draft.id, { action: '退回', modules: ['education'] }),
      400,
      'VALIDATION_FAILED',
    );
    expect(fieldMessage(noOpinion, 'opinion')).toBe('退回时请填写办件意见');

    await decided(employer, draft.id, {
      action: '退回',
      opinion: '学习经历缺少学位证书，请补充',
      modules: ['education'],
    });
    const returned = await applicantView(draft);
    expect(returned.status).toBe('被退回');
    expect(returned.editableModules).toEqual(['education']);
    expect(returned.attachmentsEditable).toBe(false);
    expect(returned.returned).toMatchObject({
      opinion: '学习经历缺少学位证书，请补充',
      sections: ['education'],
      stageName: '推荐单位审核',
    });
    expect(returned.allowedActions).toContain('提交');

    // only 学习经历 can change; the server refuses the others
    const basic = returned.modules.basic;
    const refused = await saveModule(draft, 'basic', basic?.values, basic?.version);
    expect(expectError(refused, 409, 'NOT_EDITABLE').message).toContain('该模块未被退回修改');
    expectError(
      await draft.client.post(`/api/person/applications/${draft.id}/entries`, {
        module: 'work',
        values: ENTRY_VALUES.work,
      }),
      409,
      'NOT_EDITABLE',
    );
    const idCard = returned.attachments.find((a) => a.slot === 'idCard');
    expectError(
      await draft.client.send('DELETE', `/api/person/applications/${draft.id}/attachments/${idCard?.id}`),
      409,
      'NOT_EDITABLE',
    );
    const education = returned.entries.find((e) => e.module === 'education');
    const edit = await draft.client.send(
      'PUT',
      `/api/person/applications/${draft.id}/entries/${education?.id}`,
      {
        values: { ...ENTRY_VALUES.education, degree: '硕士', level: '硕士研究生' },
        version: education?.version,
      },
    );
    expect(edit.statusCode, edit.body).toBe(200);
    await uploaded(draft, `slot=entry&entryId=${education?.id}`, '学位证书.pdf');

    const again = await draft.client.post(`/api/person/applications/${draft.id}/submit`, {
      commitment: true,
    });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json<ApplicationDetail>()).toMatchObject({
      status: '已申报',
      returned: null,
      editableModules: [],
    });

    // back with the recommending employer, who sees what changed
    const review = await reviewOf(employer, draft.id);
    expect(review.stage).toBe('employer');
    expect(review.changes?.map((c) => c.label)).toEqual(['学习经历']);
    expect(review.changes?.[0]?.changes[0]?.fields).toEqual(
      expect.arrayContaining([
        { label: '学历', before: '大学本科', after: '硕士研究生' },
        { label: '附件', before: '1个', after: '2个' },
      ]),
    );
    expect(review.flow.map((n) => n.action)).toEqual(['提交', '退回', '重新提交']);
  });

  it('refuses a resubmission that fails validation, and it stays 被退回', async () => {
    const draft = await submitted();
    await decided(draft.employer.client, draft.id, {
      action: '退回',
      opinion: '请完善学习经历',
      modules: ['education'],
    });
    const education = (await applicantView(draft)).entries.find((e) => e.module === 'education');
    const file = education?.attachments[0];
    expect(
      (await draft.client.send('DELETE', `/api/person/applications/${draft.id}/attachments/${file?.id}`))
        .statusCode,
    ).toBe(204);
    const refused = await draft.client.post(`/api/person/applications/${draft.id}/submit`, {
      commitment: true,
    });
    const body = expectError(refused, 400, 'VALIDATION_FAILED');
    expect(body.issues?.map((i) => i.message)).toEqual(['第1条学习经历未上传证明材料（附件）']);
    expect((await applicantView(draft)).status).toBe('被退回');
  });
});

describe('审核不通过终止审核', () => {
  it('requires an opinion, is final, and the applicant sees it', async () => {
    const draft = await submitted();
    const employer = draft.employer.client;
    await decided(employer, draft.id, { action: '审核通过' });
    const noOpinion = await decide(province, draft.id, { action: '审核不通过终止审核' });
    expect(fieldMessage(expectError(noOpinion, 400, 'VALIDATION_FAILED'), 'opinion')).toBe(
      '审核不通过终止审核时请填写办件意见',
    );
    await decided(province, draft.id, { action: '审核不通过终止审核', opinion: '不符合D类申报条件' });
    const seen = await applicantView(draft);
    expect(seen.status).toBe('审核不通过终止审核');
    expect(seen.flow.at(-1)).toMatchObject({
      stage: '省人社厅审核',
      action: '审核不通过终止审核',
      opinion: '不符合D类申报条件',
    });
    expect(seen.allowedActions).toEqual(['查看', '进度跟踪']);
    for (const action of ['审核通过', '退回', '审核不通过终止审核'] as const) {
      expectError(
        await decide(province, draft.id, { action, opinion: '再次处理', modules: ['basic'] }),
        409,
        'CONFLICT',
      );
    }
    expectError(await saveModule(draft, 'achievement', { text: '修改' }, 1), 409, 'NOT_EDITABLE');
    expect(await auditRows(ctx, 'application.review.terminate', draft.id)).toHaveLength(1);
  });
});

describe('review queues', () => {
  it('searches by 姓名 and 证件号码, filters, and pages by keyset', async () => {
    const first = await submitted();
    const second = await draftApplication(ctx);
    await completeApplication(second);
    await second.client.post(`/api/person/applications/${second.id}/submit`, { commitment: true });
    const byId = await queue(province, `scope=all&q=${first.person.idNumber}`);
    expect(byId.items.map((i) => i.id)).toEqual([first.id]);
    const byName = await queue(province, `scope=all&q=${encodeURIComponent(first.person.name)}`);
    expect(byName.items.map((i) => i.id)).toContain(first.id);
    expect((await queue(province, `scope=all&category=A&noticeId=${first.notice.id}`)).items).toEqual([]);
    expect((await queue(province, `scope=all&noticeId=${first.notice.id}`)).items.map((i) => i.id)).toEqual([
      first.id,
    ]);

    const page1 = await queue(province, 'scope=all&limit=1');
    expect(page1.items).toHaveLength(1);
    expect(page1.next).not.toBeNull();
    const page2 = await queue(province, `scope=all&limit=1&after=${page1.next}`);
    expect(page2.items[0]?.id).not.toBe(page1.items[0]?.id);
    expectError(
      await province.get('/api/review/queue?after=not-a-cursor'),
      400,
      'VALIDATION_FAILED',
      'after',
    );
    expectError(await province.get('/api/review/queue?submittedFrom=2026-13-45x'), 400, 'VALIDATION_FAILED');
    // the right shape, not a real day
    expectError(
      await province.get('/api/review/queue?submittedFrom=2026-13-01'),
      400,
      'VALIDATION_FAILED',
      'submittedFrom',
    );
  });

  it('exports the filtered list to Excel', async () => {
    const draft = await submitted();
    const response = await draft.employer.client.get('/api/review/queue.xlsx?scope=all');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(String(response.headers['content-disposition'])).toContain('.xlsx');
    expect(response.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('serves the reviewers the attachments and the 一览表 with the opinions so far', async () => {
    const draft = await submitted();
    const review = await reviewOf(draft.employer.client, draft.id);
    const file = review.entries.find((e) => e.module === 'education')?.attachments[0];
    const served = await draft.employer.client.get(
      `/api/review/applications/${draft.id}/attachments/${file?.id}`,
    );
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('application/pdf');
    await decided(draft.employer.client, draft.id, { action: '审核通过', opinion: '同意推荐' });
    const pdf = await province.get(`/api/review/applications/${draft.id}/summary-table.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('a 主管部门审核 stage between the two defaults', () => {
  it('goes 推荐单位审核 → 主管部门审核 → 省人社厅审核', async () => {
    const chained = await createTestApp({ REVIEW_CHAIN: 'employer,supervisor,province' });
    try {
      const draft = await draftApplication(chained);
      await completeApplication(draft);
      expect(
        (await draft.client.post(`/api/person/applications/${draft.id}/submit`, { commitment: true }))
          .statusCode,
      ).toBe(200);
      const provinceReviewer = new Client(chained.app);
      await provinceReviewer.login('department', 'shenhe', DEMO_PASSWORD);
      // a 审核人 the 系统管理员 assigns to the 主管部门审核 stage, for the 主管部门 of the employer
      const { id: supervisorId } = await chained.database.db
        .insertInto('supervisors')
        .values({ name: '吉林省科学技术厅' })
        .returning('id')
        .executeTakeFirstOrThrow();
      await chained.database.db
        .updateTable('employers')
        .set({ supervisor_id: supervisorId })
        .where('id', '=', draft.employerId)
        .execute();
      const created = await (await signedInAdmin(chained)).post('/api/department/accounts', {
        username: 'zhuguan',
        name: '周主管',
        departmentName: '吉林省科学技术厅',
        role: 'dept_reviewer',
        reviewStage: 'supervisor',
        supervisorId,
        password: DEMO_PASSWORD,
      });
      expect(created.statusCode, created.body).toBe(201);
      const supervisor = new Client(chained.app);
      await supervisor.login('department', 'zhuguan', DEMO_PASSWORD);

      const afterEmployer = await (async () => {
        const d = await draft.employer.client.get(`/api/review/applications/${draft.id}`);
        const version = d.json<ReviewDetail>().version;
        return draft.employer.client.post(`/api/review/applications/${draft.id}/decision`, {
          action: '审核通过',
          version,
        });
      })();
      expect(afterEmployer.json<ReviewDetail>()).toMatchObject({
        stage: 'supervisor',
        stageName: '主管部门审核',
      });
      const early = await provinceReviewer.get(`/api/review/applications/${draft.id}`);
      expect(early.json<ReviewDetail>().allowedDecisions).toEqual([]);
      const supervisorView = (
        await supervisor.get(`/api/review/applications/${draft.id}`)
      ).json<ReviewDetail>();
      expect(supervisorView.allowedDecisions).toEqual(['审核通过', '退回', '审核不通过终止审核']);
      const passed = await supervisor.post(`/api/review/applications/${draft.id}/decision`, {
        action: '审核通过',
        version: supervisorView.version,
      });
      expect(passed.json<ReviewDetail>().stage).toBe('province');
      const last = (await provinceReviewer.get(`/api/review/applications/${draft.id}`)).json<ReviewDetail>();
      const done = await provinceReviewer.post(`/api/review/applications/${draft.id}/decision`, {
        action: '审核通过',
        version: last.version,
      });
      expect(done.json<ReviewDetail>().status).toBe('材料审核通过');
      // the 一览表 has a box for each stage of the chain, with its decision
      const pdf = await provinceReviewer.get(`/api/review/applications/${draft.id}/summary-table.pdf`);
      const text = await pdfText(pdf.rawPayload);
      for (const box of ['推荐单位意见', '主管部门意见', '省人社厅意见']) expect(text).toContain(box);
      expect(text).toContain('审核通过');
    } finally {
      await chained.close();
    }
  });
});
