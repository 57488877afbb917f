import {
  catalogueAnswerSchema,
  catalogueCategoryAnswerSchema,
  catalogueCategorySchema,
  catalogueItemAnswerSchema,
  catalogueItemSchema,
  catalogueItemStatusSchema,
  cataloguePolicy,
  TALENT_CATEGORIES,
} from '@rcpd/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.js';
import { requestMeta, requireAuth } from '../../http/auth.js';
import { may, signedInOnly } from '../../http/policy.js';
import type { CatalogueService } from './catalogue.service.js';

const itemParams = z.object({ id: z.uuid({ error: '条款不存在' }) });
const categoryParams = z.object({ code: z.enum(TALENT_CATEGORIES, { error: '人才类别不存在' }) });

/** 人才分类目录: read by everyone signed in, edited by the administrator. */
export async function catalogueRoutes(
  app: FastifyInstance,
  { catalogue, db }: { catalogue: CatalogueService; db: Kysely<DB> },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const business = may(db, cataloguePolicy, 'manage');
  const tags = ['管理端'];

  r.get(
    '/api/catalogue',
    {
      ...signedInOnly,
      schema: { tags: ['人才分类目录'], summary: '人才分类目录', response: { 200: catalogueAnswerSchema } },
    },
    async (request) => catalogue.get({ role: requireAuth(request).account.role }),
  );
  r.put(
    '/api/department/catalogue/categories/:code',
    {
      ...business,
      schema: {
        tags,
        summary: '修改人才类别名称',
        params: categoryParams,
        body: catalogueCategorySchema,
        response: { 200: catalogueCategoryAnswerSchema },
      },
    },
    async (request) =>
      catalogue.renameCategory({
        auth: requireAuth(request),
        code: request.params.code,
        name: request.body.name,
        meta: requestMeta(request),
      }),
  );
  r.post(
    '/api/department/catalogue/items',
    {
      ...business,
      schema: {
        tags,
        summary: '新增目录条款',
        body: catalogueItemSchema,
        response: { 201: catalogueItemAnswerSchema },
      },
    },
    async (request, reply) => {
      const item = await catalogue.createItem({
        auth: requireAuth(request),
        body: request.body,
        meta: requestMeta(request),
      });
      return reply.status(201).send(item);
    },
  );
  r.put(
    '/api/department/catalogue/items/:id',
    {
      ...business,
      schema: {
        tags,
        summary: '编辑目录条款',
        params: itemParams,
        body: catalogueItemSchema,
        response: { 200: catalogueItemAnswerSchema },
      },
    },
    async (request) =>
      catalogue.updateItem({
        auth: requireAuth(request),
        id: request.params.id,
        body: request.body,
        meta: requestMeta(request),
      }),
  );
  r.patch(
    '/api/department/catalogue/items/:id',
    {
      ...business,
      schema: {
        tags,
        summary: '启用或停用目录条款',
        params: itemParams,
        body: catalogueItemStatusSchema,
        response: { 200: catalogueItemAnswerSchema },
      },
    },
    async (request) =>
      catalogue.setItemEnabled({
        auth: requireAuth(request),
        id: request.params.id,
        enabled: request.body.enabled,
        meta: requestMeta(request),
      }),
  );
}
