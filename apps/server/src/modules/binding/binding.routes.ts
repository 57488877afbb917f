import {
  bindingDecisionSchema,
  bindingHistorySchema,
  bindingItemSchema,
  bindingPolicy,
  bindingRequestSchema,
  employerApplicantQuerySchema,
  employerApplicantsAnswerSchema,
  employerBindingItemSchema,
  employerBindingQuerySchema,
  employerBindingsAnswerSchema,
  employerSearchResultSchema,
  employerSearchSchema,
  recommendingEmployersAnswerSchema,
} from '@rcpd/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.js';
import { requestMeta, requireAuth } from '../../http/auth.js';
import { may } from '../../http/policy.js';
import type { BindingService } from './binding.service.js';

const idParams = z.object({ id: z.uuid({ error: '绑定记录不存在' }) });

/** 个人与单位绑定关系: 去绑定 and its history in the 个人网厅, 绑定申请审核 in the 单位网厅. */
export async function bindingRoutes(
  app: FastifyInstance,
  { binding, db }: { binding: BindingService; db: Kysely<DB> },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const applicant = may(db, bindingPolicy, 'request');
  const employer = may(db, bindingPolicy, 'list');
  const person = ['个人网厅'];
  const unit = ['单位网厅'];

  r.get(
    '/api/person/employers',
    {
      ...applicant,
      schema: {
        tags: person,
        summary: '按统一社会信用代码查询推荐单位',
        querystring: employerSearchSchema,
        response: { 200: employerSearchResultSchema },
      },
    },
    async (request) => binding.searchEmployer({ auth: requireAuth(request), uscc: request.query.uscc }),
  );
  r.get(
    '/api/person/bindings',
    {
      ...applicant,
      schema: { tags: person, summary: '绑定单位申报状态（历史）', response: { 200: bindingHistorySchema } },
    },
    async (request) => binding.history({ auth: requireAuth(request) }),
  );
  r.post(
    '/api/person/bindings',
    {
      ...applicant,
      schema: {
        tags: person,
        summary: '申请绑定推荐单位',
        body: bindingRequestSchema,
        response: { 201: bindingItemSchema },
      },
    },
    async (request, reply) => {
      const item = await binding.requestBinding({
        auth: requireAuth(request),
        employerId: request.body.employerId,
        meta: requestMeta(request),
      });
      return reply.status(201).send(item);
    },
  );
  r.post(
    '/api/person/bindings/:id/unbind',
    {
      ...applicant,
      schema: { tags: person, summary: '解除绑定', params: idParams, response: { 200: bindingItemSchema } },
    },
    async (request) =>
      binding.unbind({ auth: requireAuth(request), id: request.params.id, meta: requestMeta(request) }),
  );
  r.get(
    '/api/person/recommending-employers',
    {
      ...applicant,
      schema: {
        tags: person,
        summary: '可选的推荐单位（材料终审通过）',
        response: { 200: recommendingEmployersAnswerSchema },
      },
    },
    async (request) => binding.recommendingEmployers({ auth: requireAuth(request) }),
  );

  r.get(
    '/api/employer/bindings',
    {
      ...employer,
      schema: {
        tags: unit,
        summary: '绑定申请列表',
        querystring: employerBindingQuerySchema,
        response: { 200: employerBindingsAnswerSchema },
      },
    },
    async (request) => binding.employerBindings({ auth: requireAuth(request), query: request.query }),
  );
  r.post(
    '/api/employer/bindings/:id/decision',
    {
      ...employer,
      schema: {
        tags: unit,
        summary: '审核绑定申请',
        params: idParams,
        body: bindingDecisionSchema,
        response: { 200: employerBindingItemSchema },
      },
    },
    async (request) =>
      binding.decide({
        auth: requireAuth(request),
        id: request.params.id,
        body: request.body,
        meta: requestMeta(request),
      }),
  );
  r.get(
    '/api/employer/applicants',
    {
      ...employer,
      schema: {
        tags: unit,
        summary: '本单位已绑定的申报人',
        querystring: employerApplicantQuerySchema,
        response: { 200: employerApplicantsAnswerSchema },
      },
    },
    async (request) => binding.employerApplicants({ auth: requireAuth(request), query: request.query }),
  );
}
