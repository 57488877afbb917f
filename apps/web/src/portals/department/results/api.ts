import type {
  PublishBatch,
  RecordResultBody,
  ResultItem,
  ResultListState,
  TalentCategory,
} from '@rcpd/shared';
import {
  type QueryClient,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from '../../../api/client';
import { patchPages } from '../../../components/keyset';

export const resultsKey = ['department', 'results'] as const;

const PATH = '/api/department/results';
const PAGE_SIZE = 50;

export type ResultFilter = {
  q?: string;
  noticeId?: string;
  category?: TalentCategory;
  state?: ResultListState;
};

/** 评审结果 by 申报编号, a page at a time (加载更多), searched and filtered. */
export function useResults(filter: ResultFilter) {
  return useInfiniteQuery({
    queryKey: [...resultsKey, filter],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api.get(PATH, { query: { ...filter, limit: PAGE_SIZE, after: pageParam ?? undefined } }),
    getNextPageParam: (last) => last.next,
  });
}

/** The rows a write answered with, put in place in the loaded pages. */
const showChanged = (queryClient: QueryClient, items: ResultItem[]) =>
  patchPages(queryClient, resultsKey, (item: ResultItem) => item.applicationId, items);

/** A write that answers with the row it changed: the table shows it at once. */
function useRowWrite<T>(send: (body: T) => Promise<ResultItem>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (item) => showChanged(queryClient, [item]),
    // refused (409: published or 公示 not over meanwhile): the table shows the results as they are now
    onError: () => queryClient.invalidateQueries({ queryKey: resultsKey }),
  });
}

export const useRecordResult = () => useRowWrite((body: RecordResultBody) => api.post(PATH, { body }));

// apart from resultsKey, so that refreshing the list does not read every batch again
export const batchesKey = ['department', 'publish-batches'] as const;
const batchKey = (id: string) => [...batchesKey, id] as const;

/** 发布 starts a batch that runs in the background: the rows show 发布中 until it has published them. */
export function usePublish() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (resultIds: string[]) => api.post(`${PATH}/publish`, { body: { resultIds } }),
    onSuccess: (batch) => queryClient.setQueryData(batchKey(batch.id), batch),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: resultsKey });
      void queryClient.invalidateQueries({ queryKey: batchesKey, exact: true });
    },
  });
}

const POLL_MS = 1000;

/** One 发布 batch, read again every second until it has finished. */
export function usePublishBatch(id: string | null) {
  return useQuery({
    queryKey: batchKey(id ?? ''),
    queryFn: () => api.get(`${PATH}/publish-batches/{id}`, { params: { id: id ?? '' } }),
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data && !query.state.data.finishedAt ? POLL_MS : false),
  });
}

/** 最近发布: the ten newest batches, read again every second while one of them runs (and `live`). */
export function useRecentBatches(live: boolean) {
  return useQuery({
    queryKey: batchesKey,
    queryFn: () => api.get(`${PATH}/publish-batches`),
    refetchInterval: (query) =>
      live && query.state.data?.items.some((batch) => !batch.finishedAt) ? POLL_MS : false,
  });
}

/** 重试: the batch's failed results go back into it; its progress is then followed again. */
export function useRetryBatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post(`${PATH}/publish-batches/{id}/retry`, { params: { id } }),
    onSuccess: (batch) => queryClient.setQueryData(batchKey(batch.id), batch),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: resultsKey });
      void queryClient.invalidateQueries({ queryKey: batchesKey, exact: true });
    },
  });
}

/** What a batch's status line says. */
export function batchStatus(batch: PublishBatch): string {
  if (!batch.finishedAt) return '发布中…';
  return batch.failed > 0 ? `发布完成，${batch.failed}条失败` : '发布完成';
}

export const useObjection = (resultId: string) =>
  useRowWrite((content: string) =>
    api.post(`${PATH}/{id}/objections`, { params: { id: resultId }, body: { content } }),
  );

export function usePublicity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { resultIds: string[]; workingDays: number }) =>
      api.post(`${PATH}/publicity`, { body }),
    onSuccess: ({ items }) => showChanged(queryClient, items),
    onError: () => queryClient.invalidateQueries({ queryKey: resultsKey }),
  });
}

export function useImportResults() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => api.upload(`${PATH}/import`, file, file.name),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resultsKey }),
  });
}

/** A row with a result, narrowed. */
export type RecordedItem = ResultItem & { result: NonNullable<ResultItem['result']> };

export const isRecorded = (item: ResultItem): item is RecordedItem => item.result !== null;

/**
 * Why these rows cannot take `action` now, or null: the server's `refusals` (the result policy), with the
 * first name it concerns. Nothing here re-derives the rule.
 */
function problemOf(items: RecordedItem[], action: '公示' | '发布'): string | null {
  const refused = items.find((item) => !item.allowedActions.includes(action));
  if (!refused) return null;
  return `${refused.applicantName}：${refused.refusals[action] ?? `不能${action}`}`;
}

export const publicityProblem = (items: RecordedItem[]) => problemOf(items, '公示');
export const publishProblem = (items: RecordedItem[]) => problemOf(items, '发布');
