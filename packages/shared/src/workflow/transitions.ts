import type { ApplicationStatus } from '../api/applications.js';

/**
 * The review workflow (SPEC §7, manual 3.3) as one transition table: nothing else decides a status. The chain
 * of review stages is configuration; an application keeps the chain it was submitted with.
 */

export type StageKey = 'employer' | 'supervisor' | 'province';

export interface ReviewStage {
  key: StageKey;
  /** the stage's name in 流程推送 */
  name: string;
  /** who holds it: the recommending employer's reviewers, or department accounts assigned to the stage */
  unit: 'employer' | 'department';
}

export const REVIEW_STAGES: Record<StageKey, ReviewStage> = {
  employer: { key: 'employer', name: '推荐单位审核', unit: 'employer' },
  supervisor: { key: 'supervisor', name: '主管部门审核', unit: 'department' },
  province: { key: 'province', name: '省人社厅审核', unit: 'department' },
};

/** Default: 推荐单位审核 → 省人社厅审核. A 主管部门审核 stage can be put between them. */
export const DEFAULT_STAGE_CHAIN: readonly StageKey[] = ['employer', 'province'];
export const STAGE_CHAINS = {
  default: DEFAULT_STAGE_CHAIN,
  withSupervisor: ['employer', 'supervisor', 'province'],
} as const satisfies Record<string, readonly StageKey[]>;

export const WORKFLOW_ACTIONS = ['提交', '审核通过', '退回', '审核不通过终止审核'] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];
export const REVIEW_DECISIONS = ['审核通过', '退回', '审核不通过终止审核'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** Who acts: the applicant, or a reviewer holding one stage (an employer reviewer holds `employer`). */
export type WorkflowActor = { kind: 'applicant' } | { kind: 'reviewer'; stage: StageKey };

export interface WorkflowState {
  status: ApplicationStatus;
  /** the stage the application waits in while 已申报; null otherwise */
  stage: StageKey | null;
}

export type TransitionResult = { ok: true; to: WorkflowState } | { ok: false; reason: string };

export const MOVED_ON = '该申报已流转至其他环节或已办结，请刷新后查看最新状态';

const refuse = (reason: string): TransitionResult => ({ ok: false, reason });

/** The one function that decides where `action` by `actor` takes an application in `state`. */
export function transition(
  state: WorkflowState,
  action: WorkflowAction,
  actor: WorkflowActor,
  chain: readonly StageKey[] = DEFAULT_STAGE_CHAIN,
): TransitionResult {
  const first = chain[0];
  if (!first) return refuse('审核环节未配置');
  if (action === '提交') {
    if (actor.kind !== 'applicant') return refuse('只有申报人本人可以提交');
    if (state.status !== '未提交' && state.status !== '被退回')
      return refuse(`业务状态为“${state.status}”，不能提交`);
    return { ok: true, to: { status: '已申报', stage: first } };
  }
  if (actor.kind !== 'reviewer') return refuse('只有审核人员可以审核');
  if (state.status !== '已申报' || state.stage !== actor.stage) return refuse(MOVED_ON);
  if (action === '退回') return { ok: true, to: { status: '被退回', stage: null } };
  if (action === '审核不通过终止审核') return { ok: true, to: { status: '审核不通过终止审核', stage: null } };
  const next = chain[chain.indexOf(actor.stage) + 1];
  return next
    ? { ok: true, to: { status: '已申报', stage: next } }
    : { ok: true, to: { status: '材料审核通过', stage: null } };
}

/** The decisions a reviewer holding `stage` may take now: what the UI draws as buttons. */
export function reviewerActions(state: WorkflowState, stage: StageKey | null): ReviewDecision[] {
  if (!stage) return [];
  return REVIEW_DECISIONS.filter((d) => transition(state, d, { kind: 'reviewer', stage }).ok);
}

/** The name of a stage, or of where an application stands, for lists and 流程推送. */
export function stageName(stage: StageKey | null | undefined): string {
  return stage ? REVIEW_STAGES[stage].name : '';
}
