import type { DeclarationGuide } from '@rcpd/shared';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.js';
import { actorOf } from '../../http/auth.js';
import { appendAudit } from '../audit/audit.service.js';
import type { AuthContext, RequestMeta } from '../identity/sessions.js';

const KEY = 'declaration_guide';

interface StoredGuide {
  schemaVersion: 1;
  text: string;
}

/** 申报注意事项 (SPEC §4), shown on 条件自检 and edited by the administrator; one row of `settings`. */
export function createDeclarationGuideService({ db }: { db: Kysely<DB> }) {
  return {
    async get(): Promise<DeclarationGuide> {
      const row = await db
        .selectFrom('settings')
        .select(['value', 'updated_at'])
        .where('key', '=', KEY)
        .executeTakeFirst();
      const value = row?.value as StoredGuide | undefined;
      return { text: value?.text ?? '', updatedAt: row?.updated_at.toISOString() ?? null };
    },

    async put({ auth, text, meta }: { auth: AuthContext; text: string; meta: RequestMeta }) {
      return db.transaction().execute(async (trx) => {
        const value = JSON.stringify({ schemaVersion: 1, text } satisfies StoredGuide);
        const row = await trx
          .insertInto('settings')
          .values({ key: KEY, value, updated_by: auth.account.id })
          .onConflict((oc) =>
            oc.column('key').doUpdateSet({ value, updated_at: sql`now()`, updated_by: auth.account.id }),
          )
          .returning('updated_at')
          .executeTakeFirstOrThrow();
        await appendAudit(trx, {
          actor: actorOf(auth),
          action: 'declaration_guide.update',
          targetType: 'declaration_guide',
          targetId: KEY,
          detail: { length: text.length },
          ...meta,
        });
        return { text, updatedAt: row.updated_at.toISOString() } satisfies DeclarationGuide;
      });
    },
  };
}
export type DeclarationGuideService = ReturnType<typeof createDeclarationGuideService>;
