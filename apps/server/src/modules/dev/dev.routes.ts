import { devSmsOutboxSchema } from '@rcpd/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/**
 * The development SMS outbox, newest first. Registered only with the development aids (DEV_AIDS, app.ts), so that people
 * trying the product and browser tests can read the codes that a real phone would receive.
 */
export async function devRoutes(app: FastifyInstance, { db }: { db: Kysely<DB> }) {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      '/api/dev/sms-outbox',
      { schema: { tags: ['开发'], summary: '开发环境短信发件箱', response: { 200: devSmsOutboxSchema } } },
      async () => {
        const rows = await db
          .selectFrom('sms_outbox')
          .select(['id', 'phone', 'text', 'code', 'created_at'])
          .orderBy('created_at', 'desc')
          .limit(100)
          .execute();
        return {
          items: rows.map((r) => ({
            id: r.id,
            phone: r.phone,
            text: r.text,
            code: r.code,
            createdAt: r.created_at.toISOString(),
          })),
        };
      },
    );
}
