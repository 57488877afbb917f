import { describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../api/applications.js';
import {
  DEFAULT_STAGE_CHAIN,
  MOVED_ON,
  reviewerActions,
  STAGE_CHAINS,
  type StageKey,
  transition,
  WORKFLOW_ACTIONS,
  type WorkflowActor,
  type WorkflowState,
} from './transitions.js';

/** Every state an application can be in under a chain: 已申报 at each stage, the others without one. */
function statesOf(chain: readonly StageKey[]): WorkflowState[] {
  return APPLICATION_STATUSES.flatMap((status) =>
    status === '已申报' ? chain.map((stage) => ({ status, stage })) : [{ status, stage: null }],
  );
}

const ACTORS: WorkflowActor[] = [
  { kind: 'applicant' },
  { kind: 'reviewer', stage: 'employer' },
  { kind: 'reviewer', stage: 'supervisor' },
  { kind: 'reviewer', stage: 'province' },
];

const label = (s: WorkflowState) => (s.stage ? `${s.status}@${s.stage}` : s.status);
const who = (a: WorkflowActor) => (a.kind === 'applicant' ? 'applicant' : `reviewer@${a.stage}`);

/**
 * The whole matrix, written out: state × action × actor → the resulting state, or `null` for refused.
 * Anything not listed is refused.
 */
function expected(
  chain: readonly StageKey[],
  state: WorkflowState,
  action: (typeof WORKFLOW_ACTIONS)[number],
  actor: WorkflowActor,
): string | null {
  if (action === '提交') {
    return actor.kind === 'applicant' && (state.status === '未提交' || state.status === '被退回')
      ? `已申报@${chain[0]}`
      : null;
  }
  if (actor.kind !== 'reviewer' || state.status !== '已申报' || state.stage !== actor.stage) return null;
  if (action === '退回') return '被退回';
  if (action === '审核不通过终止审核') return '审核不通过终止审核';
  const next = chain[chain.indexOf(actor.stage) + 1];
  return next ? `已申报@${next}` : '材料审核通过';
}

describe.each(Object.entries(STAGE_CHAINS))('the transition table with the %s chain', (_name, chain) => {
  const cases = statesOf(chain).flatMap((state) =>
    WORKFLOW_ACTIONS.flatMap((action) => ACTORS.map((actor) => ({ state, action, actor }))),
  );

  it.each(cases)(
    '$state.status@$state.stage × $action × $actor.kind $actor.stage',
    ({ state, action, actor }) => {
      const result = transition(state, action, actor, chain);
      const want = expected(chain, state, action, actor);
      if (want === null) {
        expect(result.ok, `${label(state)} ${action} by ${who(actor)} must be refused`).toBe(false);
        if (!result.ok) expect(result.reason).toMatch(/[\u4e00-\u9fff]/);
      } else {
        expect(result).toEqual({ ok: true, to: expect.anything() });
        if (result.ok) expect(label(result.to)).toBe(want);
      }
    },
  );
});

describe('the workflow as a person sees it', () => {
  it('walks the default chain: 推荐单位审核 → 省人社厅审核 → 材料审核通过', () => {
    let state: WorkflowState = { status: '未提交', stage: null };
    const steps: [(typeof WORKFLOW_ACTIONS)[number], WorkflowActor][] = [
      ['提交', { kind: 'applicant' }],
      ['审核通过', { kind: 'reviewer', stage: 'employer' }],
      ['审核通过', { kind: 'reviewer', stage: 'province' }],
    ];
    const seen: string[] = [];
    for (const [action, actor] of steps) {
      const result = transition(state, action, actor);
      if (!result.ok) throw new Error(result.reason);
      state = result.to;
      seen.push(label(state));
    }
    expect(seen).toEqual(['已申报@employer', '已申报@province', '材料审核通过']);
  });

  it('puts 主管部门审核 between the two defaults when configured', () => {
    const chain = STAGE_CHAINS.withSupervisor;
    const afterEmployer = transition(
      { status: '已申报', stage: 'employer' },
      '审核通过',
      { kind: 'reviewer', stage: 'employer' },
      chain,
    );
    expect(afterEmployer).toEqual({ ok: true, to: { status: '已申报', stage: 'supervisor' } });
    // the province cannot act before the supervisor did
    expect(
      transition(
        { status: '已申报', stage: 'supervisor' },
        '审核通过',
        { kind: 'reviewer', stage: 'province' },
        chain,
      ),
    ).toEqual({
      ok: false,
      reason: MOVED_ON,
    });
  });

  it('sends a resubmitted (被退回) application to the recommending employer again', () => {
    expect(
      transition({ status: '被退回', stage: null }, '提交', { kind: 'applicant' }, DEFAULT_STAGE_CHAIN),
    ).toEqual({
      ok: true,
      to: { status: '已申报', stage: 'employer' },
    });
  });

  it('keeps a terminated application final, and says it moved on to a second reviewer', () => {
    const done: WorkflowState = { status: '审核不通过终止审核', stage: null };
    for (const action of WORKFLOW_ACTIONS) {
      expect(transition(done, action, { kind: 'reviewer', stage: 'employer' }).ok).toBe(false);
      expect(transition(done, action, { kind: 'applicant' }).ok).toBe(false);
    }
    const moved = transition({ status: '已申报', stage: 'province' }, '审核通过', {
      kind: 'reviewer',
      stage: 'employer',
    });
    expect(moved).toEqual({ ok: false, reason: MOVED_ON });
  });

  it('offers a reviewer the buttons of their own stage only', () => {
    const waiting: WorkflowState = { status: '已申报', stage: 'employer' };
    expect(reviewerActions(waiting, 'employer')).toEqual(['审核通过', '退回', '审核不通过终止审核']);
    expect(reviewerActions(waiting, 'province')).toEqual([]);
    expect(reviewerActions(waiting, null)).toEqual([]);
    const statuses: ApplicationStatus[] = ['未提交', '被退回', '材料审核通过', '审核不通过终止审核'];
    for (const status of statuses) expect(reviewerActions({ status, stage: null }, 'employer')).toEqual([]);
  });
});
