import type { NotificationItem } from '@rcpd/shared';
import { App, Button, Empty, Spin } from 'antd';
import { useMarkRead, useNotifications } from '../api/notifications';
import { errorMessage } from '../forms/errors';
import { formatTime } from './format';
import { LoadMore } from './keyset';
import { PageTitle } from './Layouts';
import { QueryError } from './QueryError';
import { StatusTag } from './StatusTag';

function MessageItem({ item }: { item: NotificationItem }) {
  const { message } = App.useApp();
  const mark = useMarkRead();
  const unread = !item.readAt;
  return (
    <li className={unread ? 'message-item message-item-unread' : 'message-item'}>
      <div className="message-head">
        <h2 className="message-title">{item.title}</h2>
        {unread && <StatusTag tone="info">未读</StatusTag>}
        <span className="message-time">{formatTime(item.createdAt)}</span>
        {unread && (
          <Button
            size="small"
            type="link"
            loading={mark.isPending}
            onClick={() => mark.mutate(item.id, { onError: (error) => message.error(errorMessage(error)) })}
            aria-label={`将“${item.title}”标为已读`}
          >
            标为已读
          </Button>
        )}
      </div>
      <p className="message-body">{item.body}</p>
    </li>
  );
}

/** 站内消息: every portal's notifications, newest first as the server sends them. */
export function MessagesPage() {
  const { message } = App.useApp();
  const query = useNotifications();
  const markAll = useMarkRead();
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const unread = query.data?.pages[0]?.unread ?? 0;
  const total = query.data?.pages[0]?.total;

  return (
    <>
      <PageTitle
        extra={
          <Button
            disabled={unread === 0}
            loading={markAll.isPending}
            onClick={() =>
              markAll.mutate(null, {
                onSuccess: () => message.success('已全部标为已读'),
                onError: (error) => message.error(errorMessage(error)),
              })
            }
          >
            全部标为已读
          </Button>
        }
      >
        站内消息
      </PageTitle>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && !query.isError && <Spin />}
      {query.data && items.length === 0 && <Empty description="暂无消息" />}
      {items.length > 0 && (
        <ul className="message-list" aria-label={`消息列表，${unread}条未读`}>
          {items.map((item) => (
            <MessageItem key={item.id} item={item} />
          ))}
        </ul>
      )}
      {total !== undefined && total > 0 && <p className="muted">共 {total} 条</p>}
      <LoadMore query={query} />
    </>
  );
}
