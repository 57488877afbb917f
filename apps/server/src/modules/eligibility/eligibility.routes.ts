import {
  eligibilityExceptionItemSchema,
  eligibilityExceptionPageSchema,
  eligibilityExceptionSchema,
  eligibilityPolicy,
  eligibilityQuerySchema,
  talentResultItemSchema,
  talentResultPageSchema,
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
    '/api/department/eligibility/exceptions',
    {
      ...business,
      schema: {
        tags,
        summary: '申报例外情形（分页）',
        querystring: eligibilityQuerySchema,
        response: { 200: eligibilityExceptionPageSchema },
      },
    },
    async (request) => eligibility.exceptions({ query: request.query }),
  );
  r.get(
    '/api/department/eligibility/results',
    {
      ...business,
      schema: {
        tags,
        summary: '历史认定记录（分页）',
        querystring: eligibilityQuerySchema,
        response: { 200: talentResultPageSchema },
      },
    },
    async (request) => eligibility.results({ query: request.query }),
  );
  r.post(
    '/api/department/eligibility/exceptions',
    {
      ...business,
      schema: {
        tags,
        summary: '登记申报例外情形',
        body: eligibilityExceptionSchema,
        response: { 201: eligibilityExceptionItemSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await eligibility.addException({
          auth: requireAuth(request),
          body: request.body,
          meta: requestMeta(request),
        }),
      ),
  );
  r.post(
    '/api/department/eligibility/exceptions/:id/revoke',
    {
      ...business,
      schema: {
        tags,
        summary: '撤销申报例外情形',
        params: idParams,
        response: { 200: eligibilityExceptionItemSchema },
      },
    },
    async (request) =>
      eligibility.revokeException({
        auth: requireAuth(request),
        id: request.params.id,
        meta: requestMeta(request),
      }),
  );
  r.post(
    '/api/department/eligibility/results',
    {
      ...business,
      schema: {
        tags,
        summary: '登记历史认定记录',
        body: talentResultSchema,
        response: { 201: talentResultItemSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await eligibility.addResult({
          auth: requireAuth(request),
          body: request.body,
          meta: requestMeta(request),
        }),
      ),
  );
}
