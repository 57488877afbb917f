import type { BindingAction, BindingDecision, BindingStatus } from '@rcpd/shared';

/**
 * Where each action takes a binding (a new request starts at 待审核). Who may take it, and from which status,
 * is the binding policy's (packages/shared/src/policy): the applicant unbinds, the employer's reviewers decide.
 */
export const BINDING_TRANSITIONS = {
  审核通过: { to: '材料终审通过', audit: 'binding.approve' },
  审核不通过终止审核: { to: '审核不通过终止审核', audit: 'binding.reject' },
  解除绑定: { to: '已解绑', audit: 'binding.unbind' },
} as const satisfies Record<BindingAction | BindingDecision, { to: BindingStatus; audit: string }>;
