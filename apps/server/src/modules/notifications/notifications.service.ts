import type { NotificationItem, NotificationList } from '@rcpd/shared';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
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

const LIST_LIMIT = 50;

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
  async function list({ accountId }: { accountId: string }): Promise<NotificationList> {
    const [rows, unread] = await Promise.all([
      db
        .selectFrom('notifications')
        .select(['id', 'title', 'body', 'created_at', 'read_at'])
        .where('account_id', '=', accountId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(LIST_LIMIT)
        .execute(),
      db
        .selectFrom('notifications')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('account_id', '=', accountId)
        .where('read_at', 'is', null)
        .executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toItem), unread: unread.n };
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
