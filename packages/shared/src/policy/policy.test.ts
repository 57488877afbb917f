import { describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../api/applications.js';
import { BINDING_STATUSES } from '../api/binding.js';
import { NOTICE_STATUSES } from '../api/notices.js';
import { CERTIFICATE_STATUSES, RESULT_STATES } from '../api/results.js';
import { ROLES, type Role } from '../roles.js';
import { reviewerActions, STAGE_CHAINS, type StageKey } from '../workflow/transitions.js';
import { allowedActions, decide, type Policy, type PolicyActor, roleMay } from './define.js';
import {
  ACCOUNT_BUTTONS,
  APPLICANT_BUTTONS,
  accountPolicy,
  applicationPolicy,
  applicationScope,
  BINDING_APPLICANT_BUTTONS,
  BINDING_EMPLOYER_BUTTONS,
  bindingPolicy,
  CERTIFICATE_BUTTONS,
  certificatePolicy,
  NOTICE_BUTTONS,
  noticePolicy,
  POLICIES,
  RESULT_BUTTONS,
  REVIEW_BUTTONS,
  resultPolicy,
  SMS_BUTTONS,
  smsMessagePolicy,
  stageOf,
} from './resources.js';

const CJK = /[\u3400-\u9fff]/;

/** An actor of each role; a 审核人 of each stage it can hold. */
function actor(role: Role, extra: Partial<PolicyActor> = {}): PolicyActor {
  return {
    role,
    accountId: `${role}-1`,
    employerId: role.startsWith('employer') ? 'employer-1' : null,
    reviewStage: role === 'dept_reviewer' ? 'province' : null,
    ...extra,
  };
}
const ACTORS: PolicyActor[] = [
  ...ROLES.map((role) => actor(role)),
  actor('dept_reviewer', { reviewStage: 'supervisor', supervisorId: 'sup-1' }),
];
const who = (a: PolicyActor) => (a.role === 'dept_reviewer' ? `dept_reviewer@${a.reviewStage}` : a.role);

/**
 * Who may ever take each action, written out (SPEC §1, §10, 三员分立). Anything not listed is refused.
 */
const WHO_MAY: Record<string, Record<string, readonly Role[]>> = {
  application: {
    start: ['applicant'],
    编辑: ['applicant'],
    提交: ['applicant'],
    查看: ['applicant'],
    进度跟踪: ['applicant'],
    review: ['employer_admin', 'employer_reviewer', 'dept_reviewer'],
    package: ['dept_reviewer'],
    审核通过: ['employer_admin', 'employer_reviewer', 'dept_reviewer'],
    退回: ['employer_admin', 'employer_reviewer', 'dept_reviewer'],
    审核不通过终止审核: ['employer_admin', 'employer_reviewer', 'dept_reviewer'],
  },
  binding: {
    request: ['applicant'],
    解除绑定: ['applicant'],
    list: ['employer_admin', 'employer_reviewer'],
    审核通过: ['employer_admin', 'employer_reviewer'],
    审核不通过终止审核: ['employer_admin', 'employer_reviewer'],
  },
  notice: {
    manage: ['business_admin'],
    编辑: ['business_admin'],
    发布: ['business_admin'],
    关闭: ['business_admin'],
    删除: ['business_admin'],
    read: ROLES,
    browse: ['applicant'],
    editGuide: ['business_admin'],
  },
  catalogue: { read: ROLES, manage: ['business_admin'] },
  eligibility: { manage: ['business_admin'] },
  result: {
    manage: ['business_admin'],
    录入: ['business_admin'],
    公示: ['business_admin'],
    发布: ['business_admin'],
    登记异议: ['business_admin'],
  },
  certificate: {
    manage: ['business_admin'],
    暂扣: ['business_admin'],
    恢复有效: ['business_admin'],
    撤销: ['business_admin'],
    注销: ['business_admin'],
    own: ['applicant'],
  },
  account: {
    manageDepartment: ['sys_admin'],
    manageReviewers: ['employer_admin'],
    编辑审核环节: ['sys_admin'],
    停用: ['sys_admin', 'employer_admin'],
    启用: ['sys_admin', 'employer_admin'],
  },
  audit: { read: ['security_auditor'], export: ['security_auditor'], verify: ['security_auditor'] },
  smsMessage: { list: ['sys_admin'], 重试: ['sys_admin'] },
  supervisor: { manage: ['sys_admin'], ownUnit: ['employer_admin', 'employer_reviewer'] },
  integrationClient: { manage: ['sys_admin'] },
  workCalendar: { manage: ['sys_admin'] },
  statistics: { read: ['business_admin'], export: ['business_admin'] },
};

describe.each(POLICIES.map((p) => [p.resource, p] as const))('who may ever act on %s', (resource, policy) => {
  const p = policy as Policy<string, unknown>;
  const table = WHO_MAY[resource] ?? {};
  it('names every action of the policy in the table, and no other', () => {
    expect(Object.keys(p.rules).sort()).toEqual(Object.keys(table).sort());
  });
  const cases = Object.keys(p.rules).flatMap((action) => ROLES.map((role) => ({ action, role })));
  it.each(cases)('$action × $role', ({ action, role }) => {
    expect(roleMay(p, action, role)).toBe(table[action]?.includes(role) ?? false);
  });
});

describe('三员分立', () => {
  const actionsOf = (role: Role) =>
    POLICIES.flatMap((policy) => {
      const p = policy as Policy<string, unknown>;
      return Object.keys(p.rules)
        .filter((a) => roleMay(p, a, role))
        .map((a) => `${p.resource}.${a}`);
    });
  /** reading the catalogue and open notices is what every signed-in account does; it is not business data */
  const everyone = ['catalogue.read', 'notice.read'];

  it('gives the 系统管理员 accounts and configuration, and no business data', () => {
    expect(actionsOf('sys_admin').filter((a) => !everyone.includes(a))).toEqual([
      'account.manageDepartment',
      'account.编辑审核环节',
      'account.停用',
      'account.启用',
      'smsMessage.list',
      'smsMessage.重试',
      'supervisor.manage',
      'integrationClient.manage',
      'workCalendar.manage',
    ]);
  });
  it('gives the 安全审计员 the audit log and nothing that changes anything', () => {
    expect(actionsOf('security_auditor').filter((a) => !everyone.includes(a))).toEqual([
      'audit.read',
      'audit.export',
      // 验证完整性 reads the chain; what it records is the check itself
      'audit.verify',
    ]);
  });
  it('keeps the 业务管理员 and the 审核人 out of accounts and the audit log', () => {
    for (const role of ['business_admin', 'dept_reviewer'] as const) {
      expect(actionsOf(role).filter((a) => /^(account|audit|smsMessage)\./.test(a))).toEqual([]);
    }
  });
  it('lets only the 审核人 among the 管理端 roles review', () => {
    for (const role of ['sys_admin', 'security_auditor', 'business_admin'] as const) {
      expect(actionsOf(role).filter((a) => a.startsWith('application.'))).toEqual([]);
    }
  });
});

/** A refusal of a role that may take the action says why in Chinese; another role gets FORBIDDEN. */
function expectButtons<A extends string, B extends A, S>(
  policy: Policy<A, S>,
  buttons: readonly B[],
  state: S,
  expected: Partial<Record<string, readonly B[]>>,
) {
  for (const a of ACTORS) {
    const allowed = allowedActions(policy, a, state, buttons);
    expect(allowed, `${policy.resource} ${JSON.stringify(state)} for ${who(a)}`).toEqual(
      expected[who(a)] ?? [],
    );
    for (const action of buttons.filter((b) => !allowed.includes(b))) {
      const d = decide(policy, a, action, state);
      expect(d.ok).toBe(false);
      if (!d.ok) {
        expect(d.code).toBe(roleMay(policy, action, a.role) ? 'CONFLICT' : 'FORBIDDEN');
        expect(d.reason).toMatch(CJK);
      }
    }
  }
}

describe('申报: what the applicant may do in each state', () => {
  const table: Record<ApplicationStatus, { open: string[]; closed: string[] }> = {
    未提交: { open: ['编辑', '提交'], closed: ['查看'] },
    已申报: { open: ['查看', '进度跟踪'], closed: ['查看', '进度跟踪'] },
    被退回: { open: ['编辑', '提交', '进度跟踪'], closed: ['编辑', '提交', '进度跟踪'] },
    审核不通过终止审核: { open: ['查看', '进度跟踪'], closed: ['查看', '进度跟踪'] },
    材料审核通过: { open: ['查看', '进度跟踪'], closed: ['查看', '进度跟踪'] },
  };
  it('covers every status', () =>
    expect(Object.keys(table).sort()).toEqual([...APPLICATION_STATUSES].sort()));
  it.each(
    APPLICATION_STATUSES.flatMap((status) => [true, false].map((windowOpen) => ({ status, windowOpen }))),
  )('$status, notice open: $windowOpen', ({ status, windowOpen }) => {
    const stage = status === '已申报' ? 'employer' : null;
    expectButtons(
      applicationPolicy,
      APPLICANT_BUTTONS,
      { status, windowOpen, stage },
      {
        applicant: table[status][windowOpen ? 'open' : 'closed'] as (typeof APPLICANT_BUTTONS)[number][],
      },
    );
  });
});

describe.each(Object.entries(STAGE_CHAINS))(
  '申报: a reviewer decides only at its own stage (%s chain)',
  (_n, chain) => {
    const states = APPLICATION_STATUSES.flatMap((status) =>
      status === '已申报'
        ? chain.map((stage) => ({ status, stage }))
        : [{ status, stage: null as StageKey | null }],
    );
    it.each(states)('$status@$stage', (s) => {
      const state = { ...s, windowOpen: true, chain };
      for (const a of ACTORS) {
        const allowed = allowedActions(applicationPolicy, a, state, REVIEW_BUTTONS);
        // the policy's decisions are the transition table's, for the stage the account holds
        expect(allowed, who(a)).toEqual(reviewerActions(state, stageOf(a)));
      }
    });
  },
);

describe('申报: which rows an actor sees at all', () => {
  it.each([
    [actor('applicant'), { kind: 'own', applicantId: 'applicant-1' }],
    [actor('employer_admin'), { kind: 'employer', employerId: 'employer-1' }],
    [actor('employer_reviewer'), { kind: 'employer', employerId: 'employer-1' }],
    [actor('dept_reviewer'), { kind: 'all' }],
    [
      actor('dept_reviewer', { reviewStage: 'supervisor', supervisorId: 'sup-1' }),
      { kind: 'supervisor', supervisorId: 'sup-1' },
    ],
    [actor('sys_admin'), { kind: 'none' }],
    [actor('security_auditor'), { kind: 'none' }],
    [actor('business_admin'), { kind: 'none' }],
  ] as const)('%#: %o', (a, scope) => {
    expect(applicationScope(a)).toEqual(scope);
  });
});

describe('绑定推荐单位', () => {
  it.each(BINDING_STATUSES)('%s', (status) => {
    expectButtons(
      bindingPolicy,
      BINDING_APPLICANT_BUTTONS,
      { status },
      {
        applicant: status === '材料终审通过' ? ['解除绑定'] : [],
      },
    );
    const decisions = status === '待审核' ? (['审核通过', '审核不通过终止审核'] as const) : [];
    expectButtons(
      bindingPolicy,
      BINDING_EMPLOYER_BUTTONS,
      { status },
      {
        employer_admin: decisions,
        employer_reviewer: decisions,
      },
    );
  });
});

describe('申报通知', () => {
  const table = { 草稿: ['编辑', '发布', '删除'], 已发布: ['编辑', '关闭'], 已关闭: [] } as const;
  it.each(NOTICE_STATUSES)('%s', (status) => {
    expectButtons(noticePolicy, NOTICE_BUTTONS, { status }, { business_admin: table[status] });
  });
  it('shows a draft only in the 管理端', () => {
    for (const a of ACTORS) {
      expect(decide(noticePolicy, a, 'read', { status: '草稿' }).ok, who(a)).toBe(
        a.role === 'business_admin',
      );
      expect(decide(noticePolicy, a, 'read', { status: '已发布' }).ok, who(a)).toBe(true);
    }
  });
});

describe('电子证书: 撤销 and 注销 are final, 暂扣 can be lifted, an expired one can still be revoked', () => {
  const table = {
    有效: ['暂扣', '撤销', '注销'],
    暂扣: ['恢复有效', '撤销', '注销'],
    失效: ['撤销', '注销'],
    撤销: [],
    注销: [],
  } as const;
  it.each(CERTIFICATE_STATUSES)('%s', (status) => {
    expectButtons(certificatePolicy, CERTIFICATE_BUTTONS, { status }, { business_admin: table[status] });
  });
});

describe('评审结果', () => {
  const today = '2026-12-03';
  const cases = [
    { state: null, publishing: false, ends: null, allowed: ['录入'] },
    { state: '待发布', publishing: false, ends: null, allowed: ['录入', '公示', '发布'] },
    { state: '待发布', publishing: true, ends: null, allowed: [] },
    { state: '公示中', publishing: false, ends: '2026-12-03', allowed: ['录入', '登记异议'] },
    { state: '公示中', publishing: false, ends: '2026-12-02', allowed: ['录入', '发布', '登记异议'] },
    { state: '公示中', publishing: true, ends: '2026-12-02', allowed: ['登记异议'] },
    { state: '已发布', publishing: false, ends: null, allowed: [] },
  ] as const;
  it('covers every state', () => {
    expect(new Set(cases.map((c) => c.state))).toEqual(new Set([null, ...RESULT_STATES]));
  });
  it.each(cases)('$state, publishing $publishing, 公示 until $ends', (c) => {
    expectButtons(
      resultPolicy,
      RESULT_BUTTONS,
      { state: c.state, publishing: c.publishing, publicityEndsOn: c.ends, today },
      { business_admin: c.allowed },
    );
  });
});

describe('账号: nobody disables or enables its own account', () => {
  it.each([true, false])('enabled: %s', (enabled) => {
    for (const role of ['sys_admin', 'employer_admin'] as const) {
      const self = actor(role);
      expect(allowedActions(accountPolicy, self, { id: self.accountId, enabled }, ACCOUNT_BUTTONS)).toEqual(
        [],
      );
      expect(allowedActions(accountPolicy, self, { id: 'other', enabled }, ACCOUNT_BUTTONS)).toEqual([
        enabled ? '停用' : '启用',
      ]);
    }
  });
});

describe('消息发送记录', () => {
  it.each(['待发送', '已发送', '失败'] as const)('%s', (state) => {
    expectButtons(smsMessagePolicy, SMS_BUTTONS, { state }, { sys_admin: state === '失败' ? ['重试'] : [] });
  });
});
