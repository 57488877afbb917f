import { notificationItemSchema, notificationListSchema, notificationQuerySchema } from '@rcpd/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAuth } from '../../http/auth.js';
import { signedInOnly } from '../../http/policy.js';
import type { NotificationsService } from './notifications.service.js';

const idParams = z.object({ id: z.uuid({ error: '消息不存在' }) });

/** 站内消息 of the signed-in account, whatever its portal. */
export async function notificationsRoutes(
  app: FastifyInstance,
  { notifications }: { notifications: NotificationsService },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const anyone = signedInOnly;

  r.get(
    '/api/notifications',
    {
      ...anyone,
      schema: {
        tags: ['消息'],
        summary: '我的消息（分页）',
        querystring: notificationQuerySchema,
        response: { 200: notificationListSchema },
      },
    },
    async (request) =>
      notifications.list({ accountId: requireAuth(request).account.id, query: request.query }),
  );
  r.post(
    '/api/notifications/:id/read',
    {
      ...anyone,
      schema: {
        tags: ['消息'],
        summary: '标记为已读',
        params: idParams,
        response: { 200: notificationItemSchema },
      },
    },
    async (request) =>
      notifications.markRead({ accountId: requireAuth(request).account.id, id: request.params.id }),
  );
  r.post(
    '/api/notifications/read-all',
    {
      ...anyone,
      schema: { tags: ['消息'], summary: '全部标记为已读', response: { 200: notificationListSchema } },
    },
    async (request) => notifications.markAllRead({ accountId: requireAuth(request).account.id }),
  );
}
