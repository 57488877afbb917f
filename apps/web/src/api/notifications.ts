import type { NotificationItem } from '@rcpd/shared';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { patchPages } from '../components/keyset';
import { api } from './client';

export const notificationsKey = ['notifications'] as const;

/** The unread count of the signed-in account (a page of one message); polled so the bell stays current. */
export function useUnreadCount() {
  return useQuery({
    queryKey: [...notificationsKey, 'count'],
    queryFn: () => api.get('/api/notifications', { query: { limit: 1 } }),
    select: (answer) => answer.unread,
    refetchInterval: 60_000,
  });
}

/** 站内消息 of the signed-in account, newest first, a page at a time (加载更多). */
export function useNotifications() {
  return useInfiniteQuery({
    queryKey: [...notificationsKey, 'pages'],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api.get('/api/notifications', { query: { limit: 20, after: pageParam ?? undefined } }),
    getNextPageParam: (last) => last.next,
  });
}

/**
 * `POST /api/notifications/:id/read`, or `read-all` when no id is given. One message read changes in place; after
 * 全部标为已读 the pages are read again. The bell's count is read again either way.
 */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string | null): Promise<NotificationItem | null> => {
      if (id) return api.post('/api/notifications/{id}/read', { params: { id } });
      await api.post('/api/notifications/read-all');
      return null;
    },
    onSuccess: (read) => {
      const pages = [...notificationsKey, 'pages'];
      if (read) patchPages(queryClient, pages, (item: NotificationItem) => item.id, [read]);
      else void queryClient.invalidateQueries({ queryKey: pages });
    },
    onError: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...notificationsKey, 'count'] }),
  });
}
