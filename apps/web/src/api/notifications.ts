import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';

export const notificationsKey = ['notifications'] as const;

/** 站内消息 of the signed-in account; polled so the bell's unread count stays current. */
export function useNotifications() {
  return useQuery({
    queryKey: notificationsKey,
    queryFn: () => api.get('/api/notifications'),
    refetchInterval: 60_000,
  });
}

/** `POST /api/notifications/:id/read`, or `read-all` when no id is given. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string | null) =>
      // either answer is only a cue to read the list again
      (id
        ? api.post('/api/notifications/{id}/read', { params: { id } })
        : api.post('/api/notifications/read-all')
      ).then(() => undefined),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}
