import { okAnswerSchema, SMS_STATES, smsMessagePageSchema, smsMessagePolicy } from '@rcpd/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.js';
import { requestMeta, requireAuth } from '../../http/auth.js';
import { may } from '../../http/policy.js';
import type { SmsMessagesService } from './sms-messages.js';

const listQuery = z.object({
  state: z.enum(SMS_STATES, { error: '短信状态只能是待发送、已发送或失败' }).optional(),
  page: z.coerce.number({ error: '页码须为数字' }).int().min(1, '页码须为正整数').max(10_000).default(1),
});
const idParams = z.object({ id: z.uuid({ error: '短信记录不存在' }) });

/** 消息发送记录 of the 管理端: the 系统管理员 sees every status SMS and sends a failed one again. */
export async function smsMessagesRoutes(
  app: FastifyInstance,
  { db, messages }: { db: Kysely<DB>; messages: SmsMessagesService },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const sysAdmin = may(db, smsMessagePolicy, 'list');
  const tags = ['管理端：消息发送记录'];

  r.get(
    '/api/department/sms-messages',
    {
      ...sysAdmin,
      schema: {
        tags,
        summary: '消息发送记录',
        querystring: listQuery,
        response: { 200: smsMessagePageSchema },
      },
    },
    async (request) => messages.list(request.query),
  );
  r.post(
    '/api/department/sms-messages/:id/retry',
    {
      ...sysAdmin,
      schema: { tags, summary: '重新发送失败的短信', params: idParams, response: { 200: okAnswerSchema } },
    },
    async (request) => {
      await messages.retry({ auth: requireAuth(request), id: request.params.id, meta: requestMeta(request) });
      return { ok: true as const };
    },
  );
}
