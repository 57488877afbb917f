import type { NoticeItem, NoticeStatus } from '@rcpd/shared';
import {
  type QueryClient,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from '../../api/client';
import { patchPages } from '../../components/keyset';

export const noticesKey = ['department', 'notices'] as const;
export const NOTICES_PATH = '/api/department/notices';

/** one notice's operations, `{id}` filled from `params` */
export const NOTICE_PATH = '/api/department/notices/{id}';

const PAGE_SIZE = 20;

export type NoticeFilter = { q?: string; status?: NoticeStatus; year?: number };

/** 申报通知, newest first, a page at a time (加载更多), searched by title and filtered. */
export function useNotices(filter: NoticeFilter) {
  return useInfiniteQuery({
    queryKey: [...noticesKey, 'list', filter],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api.get(NOTICES_PATH, { query: { ...filter, limit: PAGE_SIZE, after: pageParam ?? undefined } }),
    getNextPageParam: (last) => last.next,
  });
}

/** One notice, for its 编辑 page. */
export function useNotice(id: string) {
  return useQuery({
    queryKey: [...noticesKey, 'one', id],
    queryFn: () => api.get(NOTICE_PATH, { params: { id } }),
  });
}

export type NoticeCommand = '发布' | '关闭' | '删除';

/** 发布, 关闭, 删除 of one notice: the rows loaded take the answer in place (a deleted one leaves them). */
export function useNoticeCommand() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, command }: { id: string; command: NoticeCommand }) => {
      const params = { id };
      if (command === '删除') {
        await api.delete(NOTICE_PATH, { params });
        return { id, changed: null };
      }
      const path = command === '发布' ? `${NOTICE_PATH}/publish` : `${NOTICE_PATH}/close`;
      return { id, changed: await api.post(path as `${typeof NOTICE_PATH}/publish`, { params }) };
    },
    onSuccess: ({ id, changed }) => {
      const idOf = (item: NoticeItem) => item.id;
      if (changed) patchPages(queryClient, noticesKey, idOf, [changed]);
      else patchPages(queryClient, noticesKey, idOf, [], [id]);
    },
    // refused (the notice changed meanwhile): the lists show it as it is now
    onError: () => queryClient.invalidateQueries({ queryKey: noticesKey }),
  });
}

/** A saved notice: its page and the loaded rows take it; a new one sends the lists back to their first page. */
export function noticeSaved(queryClient: QueryClient, saved: NoticeItem, created: boolean) {
  queryClient.setQueryData([...noticesKey, 'one', saved.id], saved);
  if (created) void queryClient.invalidateQueries({ queryKey: [...noticesKey, 'list'] });
  else patchPages(queryClient, noticesKey, (item: NoticeItem) => item.id, [saved]);
}
