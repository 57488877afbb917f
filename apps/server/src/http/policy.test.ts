/**
 * 三员分立 at the door: each 管理端 role reaches its own work and is refused (403, recorded) everywhere else,
 * before any body is read. The policies themselves are walked in packages/shared/src/policy/policy.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, DEMO_PASSWORD } from '../seed/demo.js';
import { Client, createTestApp, type TestContext } from '../test/harness.js';
import { auditRows, signedInAdmin, signedInAuditor, signedInBusiness } from '../test/helpers.js';

let ctx: TestContext;
const clients: Record<string, Client> = {};
const ID = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  ctx = await createTestApp();
  clients.sys_admin = await signedInAdmin(ctx);
  clients.security_auditor = await signedInAuditor(ctx);
  clients.business_admin = await signedInBusiness(ctx);
  const reviewer = new Client(ctx.app);
  expect((await reviewer.login('department', DEMO.reviewer.username, DEMO_PASSWORD)).statusCode).toBe(200);
  clients.dept_reviewer = reviewer;
});
afterAll(() => ctx.close());

type Role = 'sys_admin' | 'security_auditor' | 'business_admin' | 'dept_reviewer';
/** A request of each page of the 管理端, and the one role that may make it. */
const DOORS: [method: 'GET' | 'POST', url: string, role: Role][] = [
  ['GET', '/api/department/accounts', 'sys_admin'],
  ['GET', '/api/department/sms-messages', 'sys_admin'],
  ['GET', '/api/department/work-calendar', 'sys_admin'],
  ['GET', '/api/department/audit', 'security_auditor'],
  ['GET', '/api/department/notices', 'business_admin'],
  ['GET', '/api/department/results', 'business_admin'],
  ['POST', '/api/department/results/publish', 'business_admin'],
  ['GET', '/api/department/certificates', 'business_admin'],
  ['POST', `/api/department/certificates/${ID}/status`, 'business_admin'],
  ['GET', '/api/department/eligibility/exceptions', 'business_admin'],
  ['GET', '/api/department/eligibility/results', 'business_admin'],
  ['GET', '/api/review/queue', 'dept_reviewer'],
  ['GET', `/api/review/applications/${ID}`, 'dept_reviewer'],
  ['POST', `/api/review/applications/${ID}/decision`, 'dept_reviewer'],
  ['POST', '/api/review/package/preview', 'dept_reviewer'],
];

describe('三员分立 in the 管理端', () => {
  const cases = DOORS.flatMap(([method, url, owner]) =>
    (['sys_admin', 'security_auditor', 'business_admin', 'dept_reviewer'] as const).map((role) => ({
      method,
      url,
      owner,
      role,
    })),
  );
  it.each(cases)('$method $url as $role', async ({ method, url, owner, role }) => {
    const client = clients[role] as Client;
    const response = method === 'GET' ? await client.get(url) : await client.post(url, {});
    if (role === owner) {
      // its own door opens: whatever the answer, it is not a refusal of the role
      expect(response.statusCode, response.body).not.toBe(403);
      expect(response.statusCode).toBeLessThan(500);
    } else {
      expect(response.statusCode, response.body).toBe(403);
      expect(response.json<{ code: string }>().code).toBe('FORBIDDEN');
    }
  });

  it('records every refusal with the policy it broke', async () => {
    const rows = await auditRows(ctx, 'access.denied');
    const policies = new Set(rows.map((r) => (r.detail as { policy?: string }).policy));
    for (const policy of ['account.manageDepartment', 'audit.read', 'result.manage', 'application.review']) {
      expect(policies).toContain(policy);
    }
  });
});
