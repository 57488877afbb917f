import {
  integrationClientItemSchema,
  integrationClientListAnswerSchema,
  integrationClientPolicy,
  integrationClientSchema,
  integrationClientSecretsSchema,
  integrationLookupAnswerSchema,
  integrationSearchAnswerSchema,
  integrationSearchSchema,
  maskIdNumber,
  okAnswerSchema,
  WEBHOOK_STATES,
  webhookDeliveryPageSchema,
} from '@rcpd/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.js';
import { requestMeta, requireAuth } from '../../http/auth.js';
import { AppError } from '../../http/errors.js';
import { may } from '../../http/policy.js';
import type { IntegrationClients } from './clients.service.js';
import { auditIntegrationCalls, callAudit, integrationGuard } from './guard.js';
import type { CertificateLookup } from './lookup.service.js';
import type { WebhookDeliveries } from './webhooks.js';

const clientParams = z.object({ id: z.uuid({ error: '接口客户端不存在' }) });
const deliveryParams = z.object({ id: z.uuid({ error: '推送记录不存在' }) });
const deliveriesQuery = z.object({
  state: z.enum(WEBHOOK_STATES, { error: '推送状态只能是待发送、已送达或失败' }).optional(),
  page: z.coerce.number({ error: '页码须为数字' }).int().min(1, '页码须为正整数').max(10_000).default(1),
});
const numberParams = z.object({
  number: z.string().regex(/^[A-Za-z0-9-]{1,40}$/, '证书编号格式不正确'),
});

/** 接口客户端 in the 管理端: the 系统管理员 registers the province's systems and follows their webhooks. */
export async function integrationClientsRoutes(
  app: FastifyInstance,
  { db, clients, deliveries }: { db: Kysely<DB>; clients: IntegrationClients; deliveries: WebhookDeliveries },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const sysAdmin = may(db, integrationClientPolicy, 'manage');
  const tags = ['管理端：接口客户端'];
  const base = '/api/department/integration-clients';

  r.get(
    base,
    {
      ...sysAdmin,
      schema: { tags, summary: '接口客户端', response: { 200: integrationClientListAnswerSchema } },
    },
    async () => clients.list(),
  );
  r.post(
    base,
    {
      ...sysAdmin,
      schema: {
        tags,
        summary: '新增接口客户端（密钥只显示这一次）',
        body: integrationClientSchema,
        response: { 201: integrationClientSecretsSchema },
      },
    },
    async (request, reply) => {
      const made = await clients.create({
        auth: requireAuth(request),
        body: request.body,
        meta: requestMeta(request),
      });
      // the secrets are in this answer only: no cache may keep it
      return reply.status(201).header('cache-control', 'no-store').send(made);
    },
  );
  r.put(
    `${base}/:id`,
    {
      ...sysAdmin,
      schema: {
        tags,
        summary: '修改接口客户端',
        params: clientParams,
        body: integrationClientSchema,
        response: { 200: integrationClientItemSchema },
      },
    },
    async (request) =>
      clients.update({
        auth: requireAuth(request),
        id: request.params.id,
        body: request.body,
        meta: requestMeta(request),
      }),
  );
  r.post(
    `${base}/:id/reset-secret`,
    {
      ...sysAdmin,
      schema: {
        tags,
        summary: '重置密钥（旧密钥立即失效）',
        params: clientParams,
        response: { 200: integrationClientSecretsSchema },
      },
    },
    async (request, reply) => {
      const made = await clients.resetSecret({
        auth: requireAuth(request),
        id: request.params.id,
        meta: requestMeta(request),
      });
      return reply.header('cache-control', 'no-store').send(made);
    },
  );
  r.post(
    `${base}/:id/disable`,
    {
      ...sysAdmin,
      schema: {
        tags,
        summary: '停用接口客户端',
        params: clientParams,
        response: { 200: integrationClientItemSchema },
      },
    },
    async (request) =>
      clients.disable({ auth: requireAuth(request), id: request.params.id, meta: requestMeta(request) }),
  );
  r.get(
    `${base}/deliveries`,
    {
      ...sysAdmin,
      schema: {
        tags,
        summary: '证书状态推送记录',
        querystring: deliveriesQuery,
        response: { 200: webhookDeliveryPageSchema },
      },
    },
    async (request) => deliveries.list(request.query),
  );
  r.post(
    `${base}/deliveries/:id/retry`,
    {
      ...sysAdmin,
      schema: {
        tags,
        summary: '重新推送失败的记录',
        params: deliveryParams,
        response: { 200: okAnswerSchema },
      },
    },
    async (request) => {
      await deliveries.retry({
        auth: requireAuth(request),
        id: request.params.id,
        meta: requestMeta(request),
      });
      return { ok: true as const };
    },
  );
}

/**
 * The integration API, `/api/integration/v1`: no cookie and no CSRF token — every call carries the client's
 * own credential (`Authorization: Bearer <clientId>.<secret>`), is checked by the guard, and is audited.
 */
export async function integrationApiRoutes(
  app: FastifyInstance,
  { db, lookup }: { db: Kysely<DB>; lookup: CertificateLookup },
) {
  app.decorateRequest('integration', null);
  app.decorateRequest('integrationAudited', false);
  const guard = integrationGuard(db);
  app.addHook('onSend', auditIntegrationCalls(db));
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['集成接口（接口客户端凭据）'];

  r.get(
    '/api/integration/v1/certificates/:number',
    {
      onRequest: guard('certificates:read'),
      // an integration client's credential with this scope (never a session): http/openapi.ts
      config: { policy: 'client:certificates:read' },
      schema: {
        tags,
        summary: '按证书编号查询证书',
        params: numberParams,
        response: { 200: integrationLookupAnswerSchema },
      },
    },
    async (request) => {
      const { number } = request.params;
      const found = await lookup.byNumber(
        number,
        callAudit(request, 'integration.certificate.lookup', { number }),
      );
      request.integrationAudited = true;
      if (!found) throw new AppError('NOT_FOUND', '证书不存在');
      return { certificate: found };
    },
  );
  r.post(
    '/api/integration/v1/certificates/search',
    {
      onRequest: guard('certificates:read'),
      // an integration client's credential with this scope (never a session): http/openapi.ts
      config: { policy: 'client:certificates:read' },
      schema: {
        tags,
        summary: '按持证人证件号码查询证书（号码放在请求体中）',
        body: integrationSearchSchema,
        response: { 200: integrationSearchAnswerSchema },
      },
    },
    async (request) => {
      const { idNumber } = request.body;
      // the number asked for is audited masked, as every log keeps it
      const items = await lookup.byIdNumber(
        idNumber,
        callAudit(request, 'integration.certificate.search', { idNumber: maskIdNumber(idNumber) }),
      );
      request.integrationAudited = true;
      return { items };
    },
  );
}
