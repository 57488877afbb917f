import type { StageKey } from '@rcpd/shared';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notify } from '../notifications/notifications.service.js';

/**
 * The enabled accounts that hold `stage` for an application recommended by `employerId`: the employer's own
 * reviewers, the reviewers of the 主管部门 that supervises it, or the 省人社厅's.
 */
export async function stageReviewers(
  trx: Transaction<DB>,
  { stage, employerId }: { stage: StageKey; employerId: string },
): Promise<string[]> {
  let q = trx.selectFrom('accounts').select('id').where('enabled', '=', true);
  if (stage === 'employer') {
    q = q.where('employer_id', '=', employerId).where('role', 'in', ['employer_admin', 'employer_reviewer']);
  } else {
    q = q.where('role', '=', 'dept_reviewer');
    // a 审核人 without a stage of its own reviews 省人社厅审核
    if (stage === 'province') {
      q = q.where((eb) => eb.or([eb('review_stage', '=', 'province'), eb('review_stage', 'is', null)]));
    } else {
      // only the 主管部门 that supervises the employer now (none when it has none), as reviewerScope decides
      q = q
        .where('review_stage', '=', stage)
        .where('supervisor_id', '=', (eb) =>
          eb.selectFrom('employers').select('employers.supervisor_id').where('employers.id', '=', employerId),
        );
    }
  }
  return (await q.execute()).map((r) => r.id);
}

/** New work reaches the reviewers' portal (站内消息), in the same transaction as the change that made it. */
export async function notifyStageReviewers(
  trx: Transaction<DB>,
  {
    stage,
    employerId,
    title,
    body,
  }: { stage: StageKey | null; employerId: string; title: string; body: string },
): Promise<void> {
  if (!stage) return;
  for (const accountId of await stageReviewers(trx, { stage, employerId })) {
    await notify({ trx, accountId, title, body });
  }
}
