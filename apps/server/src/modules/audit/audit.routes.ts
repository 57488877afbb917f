import type { AuditPage } from '@rcpd/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { type Kysely, sql } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.js';
import { allowRoles } from '../../http/auth.js';

const query = z.object({
  limit: z.coerce
    .number({ error: '分页参数不正确' })
    .int('分页参数不正确')
    .min(1, '分页参数不正确')
    .max(200, '分页参数不正确')
    .default(50),
  before: z
    .string()
    .regex(/^\d{1,18}$/, '分页参数不正确')
    .optional(),
});

/** 审计日志, newest first, paged by id (keyset: stays fast however long the log grows). */
export async function auditRoutes(app: FastifyInstance, { db }: { db: Kysely<DB> }) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/department/audit',
    {
      onRequest: allowRoles(db, 'dept_admin'),
      schema: { tags: ['管理端'], summary: '审计日志', querystring: query },
    },
    async (request): Promise<AuditPage> => {
      const { limit, before } = request.query;
      let q = db
        .selectFrom('audit_log')
        .select([
          sql<string>`id::text`.as('id'),
          'at',
          'actor_label',
          'action',
          'target_type',
          'target_id',
          'ip',
          'detail',
        ])
        // qualified: a bare `id` would sort by the text column of the same name above ('9' before '10')
        .orderBy('audit_log.id', 'desc')
        .limit(limit + 1);
      if (before) q = q.where(sql<boolean>`id < ${before}::bigint`);
      const rows = await q.execute();
      const page = rows.slice(0, limit);
      return {
        items: page.map((r) => ({
          id: r.id,
          at: r.at.toISOString(),
          actorLabel: r.actor_label,
          action: r.action,
          targetType: r.target_type,
          targetId: r.target_id,
          ip: r.ip,
          detail: r.detail as Record<string, unknown>,
        })),
        nextBefore: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
      };
    },
  );
}
