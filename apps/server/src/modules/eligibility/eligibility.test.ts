import type { EligibilityExceptionItem, SelfCheck, TalentResultItem } from '@rcpd/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boundApplicant, CONFIRMATIONS, publishedNotice } from '../../test/applications.js';
import { createTestApp, type TestContext } from '../../test/harness.js';
import {
  auditRows,
  expectError,
  fieldMessage,
  signedInBusiness,
  signedInPerson,
} from '../../test/helpers.js';
import { NO_PERSON } from './eligibility.service.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const yearsAgo = (years: number) =>
  new Date(Date.now() + 8 * 3_600_000 - years * 365.25 * 86_400_000).toISOString().slice(0, 10);

describe('申报条件管理 in the 管理端', () => {
  it('records a past 认定通过: the person cannot start for 3 years, until an exception is recorded', async () => {
    const admin = await signedInBusiness(ctx);
    const notice = await publishedNotice(admin);
    const applicant = await boundApplicant(ctx);
    const recorded = await admin.post('/api/department/eligibility/results', {
      idNumber: applicant.person.idNumber.toLowerCase(),
      outcome: '认定通过',
      category: 'C',
      decidedOn: yearsAgo(1),
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    // the answer is the record made, not the list again
    const made = recorded.json<TalentResultItem>();
    expect(made).toMatchObject({ name: applicant.person.name, outcome: '认定通过', category: 'C' });
    expect(made.maskedIdNumber).toContain('********');
    expect(await auditRows(ctx, 'talent_result.create', applicant.accountId)).toHaveLength(1);

    const start = () =>
      applicant.client.post('/api/person/applications', {
        noticeId: notice.id,
        employerId: applicant.employerId,
        confirmations: CONFIRMATIONS,
      });
    const check = (await applicant.client.get('/api/person/self-check')).json<SelfCheck>();
    expect(check.checks.find((c) => c.key === 'recentCertified')?.passed).toBe(false);
    expectError(await start(), 400, 'VALIDATION_FAILED');

    const excepted = await admin.post('/api/department/eligibility/exceptions', {
      idNumber: applicant.person.idNumber,
      reason: '用人单位书面申请，经研究同意其本年度申报',
    });
    expect(excepted.statusCode, excepted.body).toBe(201);
    const exception = excepted.json<EligibilityExceptionItem>();
    expect(exception).toMatchObject({ name: applicant.person.name, revokedAt: null });
    expect((await start()).statusCode).toBe(201);

    const revoked = await admin.post(`/api/department/eligibility/exceptions/${exception.id}/revoke`);
    expect(revoked.json<EligibilityExceptionItem>()).toMatchObject({ id: exception.id });
    expect(revoked.json<EligibilityExceptionItem>().revokedAt).not.toBeNull();
    expectError(
      await admin.post(`/api/department/eligibility/exceptions/${exception.id}/revoke`),
      404,
      'NOT_FOUND',
    );
    const after = (await applicant.client.get('/api/person/self-check')).json<SelfCheck>();
    expect(after.checks.find((c) => c.key === 'recentCertified')?.passed).toBe(false);
  });

  it('refuses an unknown 证件号码, a future date and a wrong outcome, and is only for the administrator', async () => {
    const admin = await signedInBusiness(ctx);
    const unknown = await admin.post('/api/department/eligibility/exceptions', {
      idNumber: '220102199001011239X',
      reason: '说明',
    });
    expect(fieldMessage(expectError(unknown, 400, 'VALIDATION_FAILED'), 'idNumber')).toBe(NO_PERSON);
    const future = await admin.post('/api/department/eligibility/results', {
      idNumber: '220102199001011239',
      outcome: '认定通过',
      category: 'C',
      decidedOn: '2999-01-01',
    });
    expect(fieldMessage(expectError(future, 400, 'VALIDATION_FAILED'), 'decidedOn')).toBe(
      '认定日期不能晚于今天',
    );
    const wrong = await admin.post('/api/department/eligibility/results', {
      idNumber: '220102199001011239',
      outcome: '通过',
      category: 'C',
      decidedOn: '2024-01-01',
    });
    expectError(wrong, 400, 'VALIDATION_FAILED', 'outcome');
    const person = await signedInPerson(ctx);
    expectError(await person.client.get('/api/department/eligibility/exceptions'), 403, 'FORBIDDEN');
    expectError(await person.client.get('/api/department/eligibility/results'), 403, 'FORBIDDEN');
  });
});

describe('申报条件管理 lists: paged, searched, never cut off', () => {
  it('pages both lists newest first by keyset, every row once, searched by 姓名 or 证件号码, with the total', async () => {
    const admin = await signedInBusiness(ctx);
    const people = [await signedInPerson(ctx), await signedInPerson(ctx), await signedInPerson(ctx)];
    for (const [i, p] of people.entries()) {
      const e = await admin.post('/api/department/eligibility/exceptions', {
        idNumber: p.person.idNumber,
        reason: `分页例外${i}`,
      });
      expect(e.statusCode, e.body).toBe(201);
      const r = await admin.post('/api/department/eligibility/results', {
        idNumber: p.person.idNumber,
        outcome: '不予认定',
        category: 'E',
        decidedOn: yearsAgo(2),
      });
      expect(r.statusCode, r.body).toBe(201);
    }
    for (const list of ['exceptions', 'results'] as const) {
      type Page = { items: { id: string; name: string }[]; next: string | null; total: number };
      const one = (await admin.get(`/api/department/eligibility/${list}?limit=100`)).json<Page>();
      expect(one.total).toBeGreaterThanOrEqual(3);
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 50; page++) {
        const response = await admin.get(
          `/api/department/eligibility/${list}?limit=2${after ? `&after=${after}` : ''}`,
        );
        expect(response.statusCode, response.body).toBe(200);
        const body = response.json<Page>();
        expect(body.total).toBe(one.total);
        seen.push(...body.items.map((i) => i.id));
        after = body.next;
        if (!after) break;
      }
      expect(seen).toEqual(one.items.map((i) => i.id));
      expect(new Set(seen).size).toBe(one.total);
      const target = people[1]?.person;
      const byId = (
        await admin.get(`/api/department/eligibility/${list}?q=${target?.idNumber}`)
      ).json<Page>();
      expect(byId.items.map((i) => i.name)).toEqual([target?.name]);
      expect(byId.total).toBe(1);
      const byName = (
        await admin.get(`/api/department/eligibility/${list}?q=${encodeURIComponent(target?.name ?? '')}`)
      ).json<Page>();
      expect(byName.items.every((i) => i.name.startsWith(target?.name ?? ''))).toBe(true);
      expect(
        expectError(
          await admin.get(`/api/department/eligibility/${list}?after=garbage`),
          400,
          'VALIDATION_FAILED',
          'after',
        ).message,
      ).toBe('分页参数无效，请从第一页重新查询');
    }
  });
});
