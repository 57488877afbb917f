import type { NoticeItem } from '@rcpd/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

export const noticesKey = ['department', 'notices'] as const;
export const NOTICES_PATH = '/api/department/notices';

export function noticePath(id: string, rest = ''): string {
  return `${NOTICES_PATH}/${encodeURIComponent(id)}${rest}`;
}

export function useNotices() {
  return useQuery({ queryKey: noticesKey, queryFn: () => api.get<{ items: NoticeItem[] }>(NOTICES_PATH) });
}

export type NoticeCommand = '发布' | '关闭' | '删除';

/** 发布, 关闭, 删除 of one notice. */
export function useNoticeCommand() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, command }: { id: string; command: NoticeCommand }) => {
      if (command === '删除') return api.delete<unknown>(noticePath(id));
      return api.post<unknown>(noticePath(id, command === '发布' ? '/publish' : '/close'));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: noticesKey }),
  });
}
