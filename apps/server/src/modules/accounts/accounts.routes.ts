import {
  accountListItemSchema,
  accountListSchema,
  accountPolicy,
  accountStatusSchema,
  departmentAccountCreateSchema,
  departmentAccountStageSchema,
  reviewerCreateSchema,
} from '@rcpd/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.js';
import { requestMeta, requireAuth } from '../../http/auth.js';
import { may } from '../../http/policy.js';
import type { AccountsService } from './accounts.service.js';

const idParams = z.object({ id: z.uuid({ error: '账号不存在' }) });

/** 审核人账号管理 (单位网厅) and 账号管理 (管理端). */
export async function accountsRoutes(
  app: FastifyInstance,
  { accounts, db }: { accounts: AccountsService; db: Kysely<DB> },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const employerAdmin = may(db, accountPolicy, 'manageReviewers');
  const sysAdmin = may(db, accountPolicy, 'manageDepartment');

  r.get(
    '/api/employer/reviewers',
    {
      ...employerAdmin,
      schema: { tags: ['单位网厅'], summary: '本单位账号列表', response: { 200: accountListSchema } },
    },
    async (request) => accounts.listEmployerAccounts({ auth: requireAuth(request) }),
  );
  r.post(
    '/api/employer/reviewers',
    {
      ...employerAdmin,
      schema: {
        tags: ['单位网厅'],
        summary: '添加审核人',
        body: reviewerCreateSchema,
        response: { 201: accountListItemSchema },
      },
    },
    async (request, reply) => {
      const item = await accounts.createReviewer({
        auth: requireAuth(request),
        body: request.body,
        meta: requestMeta(request),
      });
      return reply.status(201).send(item);
    },
  );
  r.patch(
    '/api/employer/reviewers/:id',
    {
      ...employerAdmin,
      schema: {
        tags: ['单位网厅'],
        summary: '停用或启用审核人',
        params: idParams,
        body: accountStatusSchema,
        response: { 200: accountListItemSchema },
      },
    },
    async (request) =>
      accounts.setReviewerEnabled({
        auth: requireAuth(request),
        id: request.params.id,
        enabled: request.body.enabled,
        meta: requestMeta(request),
      }),
  );

  r.get(
    '/api/department/accounts',
    {
      ...sysAdmin,
      schema: { tags: ['管理端'], summary: '部门账号列表', response: { 200: accountListSchema } },
    },
    async (request) => accounts.listDepartmentAccounts({ auth: requireAuth(request) }),
  );
  r.post(
    '/api/department/accounts',
    {
      ...sysAdmin,
      schema: {
        tags: ['管理端'],
        summary: '新建部门账号',
        body: departmentAccountCreateSchema,
        response: { 201: accountListItemSchema },
      },
    },
    async (request, reply) => {
      const item = await accounts.createDepartmentAccount({
        auth: requireAuth(request),
        body: request.body,
        meta: requestMeta(request),
      });
      return reply.status(201).send(item);
    },
  );
  r.put(
    '/api/department/accounts/:id/review-stage',
    {
      ...sysAdmin,
      schema: {
        tags: ['管理端'],
        summary: '修改审核人账号的审核环节与主管部门',
        params: idParams,
        body: departmentAccountStageSchema,
        response: { 200: accountListItemSchema },
      },
    },
    async (request) =>
      accounts.setDepartmentAccountStage({
        auth: requireAuth(request),
        id: request.params.id,
        body: request.body,
        meta: requestMeta(request),
      }),
  );
  r.patch(
    '/api/department/accounts/:id',
    {
      ...sysAdmin,
      schema: {
        tags: ['管理端'],
        summary: '停用或启用部门账号',
        params: idParams,
        body: accountStatusSchema,
        response: { 200: accountListItemSchema },
      },
    },
    async (request) =>
      accounts.setDepartmentAccountEnabled({
        auth: requireAuth(request),
        id: request.params.id,
        enabled: request.body.enabled,
        meta: requestMeta(request),
      }),
  );
}
