import {
  type CatalogueAnswer,
  type CatalogueCategory,
  type CatalogueItem,
  type CatalogueItemBody,
  DEPARTMENT_ROLES,
  type Role,
  type TalentCategory,
} from '@rcpd/shared';
import { type Kysely, sql } from 'kysely';
import type { CatalogueItemRow, DB } from '../../db/schema.js';
import { actorOf } from '../../http/auth.js';
import { AppError } from '../../http/errors.js';
import { isUniqueViolation } from '../../platform/db-errors.js';
import { appendAudit } from '../audit/audit.service.js';
import type { AuthContext, RequestMeta } from '../identity/sessions.js';

const DUPLICATE = '该类别下已有相同编号的条款';
const duplicate = () => new AppError('CONFLICT', DUPLICATE, [{ path: 'code', message: DUPLICATE }]);
const notFound = () => new AppError('NOT_FOUND', '条款不存在');

const toItem = (r: CatalogueItemRow): CatalogueItem => ({
  id: r.id,
  category: r.category,
  code: r.code,
  text: r.text,
  sort: r.sort,
  enabled: r.enabled,
});

/** The talent catalogue (人才分类目录, SPEC §5): categories A–E and their 条款. */
export function createCatalogueService({ db }: { db: Kysely<DB> }) {
  async function catalogue({ includeDisabled }: { includeDisabled: boolean }) {
    const [categories, items] = await Promise.all([
      db.selectFrom('talent_categories').selectAll().orderBy('code').execute(),
      db
        .selectFrom('catalogue_items')
        .selectAll()
        .$if(!includeDisabled, (q) => q.where('enabled', '=', true))
        .orderBy('category')
        .orderBy('sort')
        .orderBy('code')
        .execute(),
    ]);
    return categories.map(
      (c): CatalogueCategory => ({
        code: c.code,
        name: c.name,
        items: items.filter((i) => i.category === c.code).map(toItem),
      }),
    );
  }

  /** Writes an item and its audit row; a duplicate (category, code) is a 409 on `code`. */
  async function writeItem(
    auth: AuthContext,
    meta: RequestMeta,
    action: string,
    write: (trx: Kysely<DB>) => Promise<CatalogueItemRow | undefined>,
  ): Promise<CatalogueItem> {
    try {
      return await db.transaction().execute(async (trx) => {
        const row = await write(trx);
        if (!row) throw notFound();
        await appendAudit(trx, {
          actor: actorOf(auth),
          action,
          targetType: 'catalogue',
          targetId: row.id,
          detail: { category: row.category, code: row.code, enabled: row.enabled },
          ...meta,
        });
        return toItem(row);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicate();
      throw error;
    }
  }

  return {
    /** Applicants and employers see only enabled items; the department sees all. */
    async get({ role }: { role: Role }): Promise<CatalogueAnswer> {
      const includeDisabled = (DEPARTMENT_ROLES as readonly Role[]).includes(role);
      return { categories: await catalogue({ includeDisabled }) };
    },

    async renameCategory({
      auth,
      code,
      name,
      meta,
    }: {
      auth: AuthContext;
      code: TalentCategory;
      name: string;
      meta: RequestMeta;
    }): Promise<CatalogueCategory> {
      await db.transaction().execute(async (trx) => {
        const row = await trx
          .updateTable('talent_categories')
          .set({ name })
          .where('code', '=', code)
          .returningAll()
          .executeTakeFirst();
        if (!row) throw new AppError('NOT_FOUND', '人才类别不存在');
        await appendAudit(trx, {
          actor: actorOf(auth),
          action: 'catalogue.category.update',
          targetType: 'catalogue',
          targetId: code,
          detail: { name },
          ...meta,
        });
      });
      const all = await catalogue({ includeDisabled: true });
      return all.find((c) => c.code === code) as CatalogueCategory;
    },

    createItem({ auth, body, meta }: { auth: AuthContext; body: CatalogueItemBody; meta: RequestMeta }) {
      return writeItem(auth, meta, 'catalogue.item.create', (trx) =>
        trx.insertInto('catalogue_items').values(body).returningAll().executeTakeFirst(),
      );
    },

    updateItem({
      auth,
      id,
      body,
      meta,
    }: {
      auth: AuthContext;
      id: string;
      body: CatalogueItemBody;
      meta: RequestMeta;
    }) {
      return writeItem(auth, meta, 'catalogue.item.update', (trx) =>
        trx
          .updateTable('catalogue_items')
          .set({ ...body, updated_at: sql`now()` })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirst(),
      );
    },

    setItemEnabled({
      auth,
      id,
      enabled,
      meta,
    }: {
      auth: AuthContext;
      id: string;
      enabled: boolean;
      meta: RequestMeta;
    }) {
      return writeItem(auth, meta, enabled ? 'catalogue.item.enable' : 'catalogue.item.disable', (trx) =>
        trx
          .updateTable('catalogue_items')
          .set({ enabled, updated_at: sql`now()` })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirst(),
      );
    },
  };
}
export type CatalogueService = ReturnType<typeof createCatalogueService>;
