import type { NotificationItem, NotificationList, NotificationQuery } from '@rcpd/shared';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { decodeCursor, encodeCursor, exactTime } from '../../http/cursor.js';
import { AppError } from '../../http/errors.js';

/**
 * Writes a 站内消息 inside the caller's transaction, so it exists exactly when the change it reports does.
 * The SMS that goes with it is sent by the caller after the commit.
 */
export async function notify({
  trx,
  accountId,
  title,
  body,
}: {
  trx: Transaction<DB>;
  accountId: string;
  title: string;
  body: string;
}): Promise<void> {
  await trx.insertInto('notifications').values({ account_id: accountId, title, body }).execute();
}

type Row = { id: string; title: string; body: string; created_at: Date; read_at: Date | null };
const toItem = (r: Row): NotificationItem => ({
  id: r.id,
  title: r.title,
  body: r.body,
  createdAt: r.created_at.toISOString(),
  readAt: r.read_at?.toISOString() ?? null,
});

/** Each account reads and marks only its own messages. */
export function createNotificationsService({ db }: { db: Kysely<DB> }) {
  /** One page of the account's messages, newest first (keyset), with how many in all and how many unread. */
  async function list({
    accountId,
    query = { limit: 20 },
  }: {
    accountId: string;
    query?: NotificationQuery;
  }): Promise<NotificationList> {
    const mine = db.selectFrom('notifications').where('account_id', '=', accountId);
    let page = mine
      .select(['id', 'title', 'body', 'created_at', 'read_at'])
      .select(exactTime('created_at').as('created'));
    if (query.after) {
      const [at, id] = decodeCursor(query.after, ['time', 'uuid']);
      page = page.where(sql<boolean>`(created_at, id) < (${at}::timestamptz, ${id}::uuid)`);
    }
    const [rows, counts] = await Promise.all([
      page
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(query.limit + 1)
        .execute(),
      mine
        .select([
          sql<number>`count(*)::int`.as('total'),
          sql<number>`(count(*) filter (where read_at is null))::int`.as('unread'),
        ])
        .executeTakeFirstOrThrow(),
    ]);
    const more = rows.length > query.limit;
    if (more) rows.pop();
    const last = rows.at(-1);
    return {
      items: rows.map(toItem),
      next: more && last ? encodeCursor([last.created, last.id]) : null,
      total: counts.total,
      unread: counts.unread,
    };
  }

  return {
    list,

    async markRead({ accountId, id }: { accountId: string; id: string }): Promise<NotificationItem> {
      const row = await db
        .updateTable('notifications')
        .set({ read_at: sql`coalesce(read_at, now())` })
        .where('id', '=', id)
        .where('account_id', '=', accountId)
        .returning(['id', 'title', 'body', 'created_at', 'read_at'])
        .executeTakeFirst();
      if (!row) throw new AppError('NOT_FOUND', '消息不存在');
      return toItem(row);
    },

    async markAllRead({ accountId }: { accountId: string }): Promise<NotificationList> {
      await db
        .updateTable('notifications')
        .set({ read_at: sql`now()` })
        .where('account_id', '=', accountId)
        .where('read_at', 'is', null)
        .execute();
      return list({ accountId });
    },
  };
}
export type NotificationsService = ReturnType<typeof createNotificationsService>;
