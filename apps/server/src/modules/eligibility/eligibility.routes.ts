import {
  eligibilityExceptionSchema,
  eligibilityPolicy,
  eligibilityRecordsSchema,
  talentResultSchema,
} from '@rcpd/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.js';
import { requestMeta, requireAuth } from '../../http/auth.js';
import { may } from '../../http/policy.js';
import type { EligibilityService } from './eligibility.service.js';

const idParams = z.object({ id: z.uuid({ error: '该例外情形不存在' }) });

/** 申报条件管理 in the 管理端: exceptions and past results for 条件自检. */
export async function eligibilityRoutes(
  app: FastifyInstance,
  { eligibility, db }: { eligibility: EligibilityService; db: Kysely<DB> },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const business = may(db, eligibilityPolicy, 'manage');
  const tags = ['管理端'];

  r.get(
    '/api/department/eligibility',
    {
      ...business,
      schema: { tags, summary: '申报例外情形与历史认定记录', response: { 200: eligibilityRecordsSchema } },
    },
    async () => eligibility.list(),
  );
  r.post(
    '/api/department/eligibility/exceptions',
    {
      ...business,
      schema: {
        tags,
        summary: '登记申报例外情形',
        body: eligibilityExceptionSchema,
        response: { 201: eligibilityRecordsSchema },
      },
    },
    async (request, reply) => {
      await eligibility.addException({
        auth: requireAuth(request),
        body: request.body,
        meta: requestMeta(request),
      });
      return reply.status(201).send(await eligibility.list());
    },
  );
  r.post(
    '/api/department/eligibility/exceptions/:id/revoke',
    {
      ...business,
      schema: {
        tags,
        summary: '撤销申报例外情形',
        params: idParams,
        response: { 200: eligibilityRecordsSchema },
      },
    },
    async (request) => {
      await eligibility.revokeException({
        auth: requireAuth(request),
        id: request.params.id,
        meta: requestMeta(request),
      });
      return eligibility.list();
    },
  );
  r.post(
    '/api/department/eligibility/results',
    {
      ...business,
      schema: {
        tags,
        summary: '登记历史认定记录',
        body: talentResultSchema,
        response: { 201: eligibilityRecordsSchema },
      },
    },
    async (request, reply) => {
      await eligibility.addResult({
        auth: requireAuth(request),
        body: request.body,
        meta: requestMeta(request),
      });
      return reply.status(201).send(await eligibility.list());
    },
  );
}
