import type { ImportReport, PublishBatch, RecordResultBody, ResultItem } from '@rcpd/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../../../api/client';

export const resultsKey = ['department', 'results'] as const;
type ResultList = { items: ResultItem[] };

const PATH = '/api/department/results';

export function useResults() {
  return useQuery({ queryKey: resultsKey, queryFn: () => api.get<ResultList>(PATH) });
}

/** A write that answers with the whole list: the table shows it at once. */
function useListWrite<T>(send: (body: T) => Promise<ResultList>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (list) => queryClient.setQueryData(resultsKey, list),
    // refused (409: published or 公示 not over meanwhile): the table shows the results as they are now
    onError: () => queryClient.invalidateQueries({ queryKey: resultsKey }),
  });
}

export const useRecordResult = () =>
  useListWrite((body: RecordResultBody) => api.post<ResultList>(PATH, body));

// apart from resultsKey, so that refreshing the list does not read every batch again
export const batchesKey = ['department', 'publish-batches'] as const;
const batchKey = (id: string) => [...batchesKey, id] as const;

/** 发布 starts a batch that runs in the background: the rows show 发布中 until it has published them. */
export function usePublish() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (resultIds: string[]) => api.post<PublishBatch>(`${PATH}/publish`, { resultIds }),
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
    queryFn: () => api.get<PublishBatch>(`${PATH}/publish-batches/${encodeURIComponent(id ?? '')}`),
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data && !query.state.data.finishedAt ? POLL_MS : false),
  });
}

/** 最近发布: the ten newest batches, read again every second while one of them runs (and `live`). */
export function useRecentBatches(live: boolean) {
  return useQuery({
    queryKey: batchesKey,
    queryFn: () => api.get<{ items: PublishBatch[] }>(`${PATH}/publish-batches`),
    refetchInterval: (query) =>
      live && query.state.data?.items.some((batch) => !batch.finishedAt) ? POLL_MS : false,
  });
}

/** 重试: the batch's failed results go back into it; its progress is then followed again. */
export function useRetryBatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.post<PublishBatch>(`${PATH}/publish-batches/${encodeURIComponent(id)}/retry`),
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
  useListWrite((content: string) =>
    api.post<ResultList>(`${PATH}/${encodeURIComponent(resultId)}/objections`, { content }),
  );

export function usePublicity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { resultIds: string[]; workingDays: number }) =>
      api.post<{ endsOn: string }>(`${PATH}/publicity`, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: resultsKey }),
  });
}

export function useImportResults() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => api.upload<ImportReport>(`${PATH}/import`, file, file.name),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resultsKey }),
  });
}

/** The rows a refused import lists (400 with `errors` in the body), if the answer carried them. */
export function importErrorsOf(error: unknown): ImportReport['errors'] | null {
  if (!(error instanceof ApiError)) return null;
  const body = error.body as { errors?: unknown } | undefined;
  return Array.isArray(body?.errors) ? (body.errors as ImportReport['errors']) : null;
}

/** Today in Beijing (YYYY-MM-DD), as the server counts the end of a 公示. */
export function beijingToday(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** A row with a result, narrowed. */
export type RecordedItem = ResultItem & { result: NonNullable<ResultItem['result']> };

export const isRecorded = (item: ResultItem): item is RecordedItem => item.result !== null;

/** Why these rows cannot go on 公示 now, or null. */
export function publicityProblem(items: RecordedItem[]): string | null {
  const busy = items.find((item) => item.result.publishing);
  if (busy) return `${busy.applicantName}的评审结果正在发布中，不能再公示`;
  const wrong = items.find((item) => item.result.state !== '待发布');
  return wrong ? `${wrong.applicantName}的评审结果${wrong.result.state}，不能再公示` : null;
}

/** Why these rows cannot be published now, or null. */
export function publishProblem(items: RecordedItem[]): string | null {
  const today = beijingToday();
  for (const { applicantName, result } of items) {
    if (result.state === '已发布') return `${applicantName}的评审结果已发布`;
    if (result.publishing) return `${applicantName}的评审结果正在发布中，请等待本次发布完成`;
    if (result.state === '公示中' && result.publicityEndsOn && result.publicityEndsOn >= today) {
      return `${applicantName}：公示期尚未结束，公示期满后才能发布（公示期至${result.publicityEndsOn}）`;
    }
  }
  return null;
}
