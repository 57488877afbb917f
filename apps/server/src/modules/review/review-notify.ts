import type { StageKey } from '@rcpd/shared';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notify } from '../notifications/notifications.service.js';

/** The enabled accounts that hold `stage` for an application recommended by `employerId`. */
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
    q =
      stage === 'province'
        ? q.where((eb) => eb.or([eb('review_stage', '=', 'province'), eb('review_stage', 'is', null)]))
        : q.where('review_stage', '=', stage);
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
