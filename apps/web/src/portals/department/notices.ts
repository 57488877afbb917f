import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

export const noticesKey = ['department', 'notices'] as const;
export const NOTICES_PATH = '/api/department/notices';

/** one notice's operations, `{id}` filled from `params` */
export const NOTICE_PATH = '/api/department/notices/{id}';

export function useNotices() {
  return useQuery({ queryKey: noticesKey, queryFn: () => api.get(NOTICES_PATH) });
}

export type NoticeCommand = '发布' | '关闭' | '删除';

/** 发布, 关闭, 删除 of one notice. */
export function useNoticeCommand() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, command }: { id: string; command: NoticeCommand }) => {
      const params = { id };
      if (command === '删除') return api.delete(NOTICE_PATH, { params });
      return api.post(command === '发布' ? `${NOTICE_PATH}/publish` : `${NOTICE_PATH}/close`, { params });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: noticesKey }),
  });
}
