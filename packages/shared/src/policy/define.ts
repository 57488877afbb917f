import type { Role } from '../roles.js';
import type { StageKey } from '../workflow/transitions.js';

/**
 * Who asks: the signed-in account as a policy sees it. Everything a rule may look at is here, so a rule is a
 * pure function of (actor, resource state) and the browser can run the same rule as the server.
 */
export interface PolicyActor {
  role: Role;
  accountId: string;
  /** the employer of an 单位网厅 account */
  employerId: string | null;
  /** the review stage a department 审核人 holds */
  reviewStage: StageKey | null;
  /** the 主管部门 a 主管部门审核 审核人 acts for */
  supervisorId?: string | null;
}

/** One action on a resource: the roles that may ever take it and, when the state matters, whether it may now. */
export interface Rule<S> {
  roles: readonly Role[];
  /** true, or why not now (a Chinese sentence the person reads) */
  when?: (state: S, actor: PolicyActor) => true | string;
}

export interface Policy<A extends string, S> {
  /** the resource's key, as audit rows and the access-control tests name it */
  resource: string;
  /** what the 管理端 calls it */
  label: string;
  rules: Readonly<Record<A, Rule<S>>>;
}

/** Why an action is refused: the role never may (FORBIDDEN), or the resource's state does not allow it now. */
export type Decision = { ok: true } | { ok: false; code: 'FORBIDDEN' | 'CONFLICT'; reason: string };

export const FORBIDDEN_REASON = '无权限执行此操作';

export function definePolicy<A extends string, S = undefined>(policy: Policy<A, S>): Policy<A, S> {
  return policy;
}

/** Whether a role may ever take the action (what the route checks before the body is read). */
export function roleMay<A extends string, S>(policy: Policy<A, S>, action: A, role: Role): boolean {
  return policy.rules[action].roles.includes(role);
}

/** The one decision: may `actor` take `action` on a resource in `state` now. */
export function decide<A extends string, S>(
  policy: Policy<A, S>,
  actor: PolicyActor,
  action: A,
  state: S,
): Decision {
  const rule = policy.rules[action];
  if (!rule.roles.includes(actor.role)) return { ok: false, code: 'FORBIDDEN', reason: FORBIDDEN_REASON };
  const now = rule.when ? rule.when(state, actor) : true;
  return now === true ? { ok: true } : { ok: false, code: 'CONFLICT', reason: now };
}

/** The actions of `among` that `actor` may take now, in that order: what a response's `allowedActions` says. */
export function allowedActions<A extends string, B extends A, S>(
  policy: Policy<A, S>,
  actor: PolicyActor,
  state: S,
  among: readonly B[],
): B[] {
  return among.filter((action) => decide(policy, actor, action, state).ok);
}

/** Why each of `among` that `actor` may not take now is refused: for a button drawn disabled with its reason. */
export function refusals<A extends string, B extends A, S>(
  policy: Policy<A, S>,
  actor: PolicyActor,
  state: S,
  among: readonly B[],
): Partial<Record<B, string>> {
  const out: Partial<Record<B, string>> = {};
  for (const action of among) {
    const d = decide(policy, actor, action, state);
    if (!d.ok) out[action] = d.reason;
  }
  return out;
}

/** The roles that may ever take an action: for menus and the documentation. */
export function rolesFor<A extends string, S>(policy: Policy<A, S>, action: A): readonly Role[] {
  return policy.rules[action].roles;
}
