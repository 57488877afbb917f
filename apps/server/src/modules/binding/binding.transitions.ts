import type { BindingAction, BindingDecision, BindingStatus } from '@rcpd/shared';

/**
 * The only ways a binding's status changes (a new request starts at 待审核). Who may take each action is
 * part of the row: the applicant unbinds, the employer's reviewers decide.
 */
export const BINDING_TRANSITIONS = {
  审核通过: { from: '待审核', to: '材料终审通过', by: 'employer', audit: 'binding.approve' },
  审核不通过终止审核: { from: '待审核', to: '审核不通过终止审核', by: 'employer', audit: 'binding.reject' },
  解除绑定: { from: '材料终审通过', to: '已解绑', by: 'applicant', audit: 'binding.unbind' },
} as const satisfies Record<
  BindingAction | BindingDecision,
  { from: BindingStatus; to: BindingStatus; by: 'employer' | 'applicant'; audit: string }
>;

type Action = keyof typeof BINDING_TRANSITIONS;

function actionsFrom<A extends Action>(status: BindingStatus, by: 'employer' | 'applicant'): A[] {
  return (Object.keys(BINDING_TRANSITIONS) as Action[]).filter((a) => {
    const t = BINDING_TRANSITIONS[a];
    return t.from === status && t.by === by;
  }) as A[];
}

export const applicantActions = (status: BindingStatus) => actionsFrom<BindingAction>(status, 'applicant');
export const employerActions = (status: BindingStatus) => actionsFrom<BindingDecision>(status, 'employer');
