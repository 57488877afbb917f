import type { EligibilityRecords, SelfCheck } from '@rcpd/shared';
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
    const list = recorded.json<EligibilityRecords>();
    expect(list.results[0]).toMatchObject({
      name: applicant.person.name,
      outcome: '认定通过',
      category: 'C',
    });
    expect(list.results[0]?.maskedIdNumber).toContain('********');
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
    const exception = excepted.json<EligibilityRecords>().exceptions[0];
    expect(exception).toMatchObject({ name: applicant.person.name, revokedAt: null });
    expect((await start()).statusCode).toBe(201);

    const revoked = await admin.post(`/api/department/eligibility/exceptions/${exception?.id}/revoke`);
    expect(revoked.json<EligibilityRecords>().exceptions[0]?.revokedAt).not.toBeNull();
    expectError(
      await admin.post(`/api/department/eligibility/exceptions/${exception?.id}/revoke`),
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
    expectError(await person.client.get('/api/department/eligibility'), 403, 'FORBIDDEN');
  });
});
