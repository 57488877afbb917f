import type { WorkflowState } from '@rcpd/shared';
import { sql, type Transaction, type UpdateObject } from 'kysely';
import type { DB } from '../../db/schema.js';

/** A node of 流程推送 (manual 3.3.1). */
export interface FlowEvent {
  /** the stage's name as 流程推送 shows it (个人申报, 推荐单位审核, …) */
  stage: string;
  /** the stage's key for a reviewer's node; absent for the applicant's */
  stageKey?: string | null;
  handler: string;
  action: string;
  opinion?: string | null;
  /** 退回: the sections it opened */
  sections?: readonly string[] | null;
  actorId: string;
}

/**
 * The one place that writes an application's status: the move `transition()` allowed, the columns that go
 * with it, a raised version (a reviewer acting on the old one is told it moved on) and its 流程推送 node,
 * inside the caller's transaction.
 */
export async function recordMove(
  trx: Transaction<DB>,
  {
    applicationId,
    to,
    set = {},
    event,
  }: {
    applicationId: string;
    to: WorkflowState;
    set?: Omit<UpdateObject<DB, 'applications'>, 'status' | 'stage' | 'version' | 'updated_at'>;
    event: FlowEvent;
  },
): Promise<void> {
  await trx
    .updateTable('applications')
    .set((eb) => ({
      ...set,
      status: to.status,
      stage: to.stage,
      updated_at: sql<Date>`now()`,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', applicationId)
    .execute();
  await trx
    .insertInto('application_events')
    .values({
      application_id: applicationId,
      stage: event.stage,
      stage_key: event.stageKey ?? null,
      handler: event.handler,
      action: event.action,
      opinion: event.opinion ?? null,
      sections: event.sections ? JSON.stringify(event.sections) : null,
      actor_id: event.actorId,
    })
    .execute();
}
