import type { ReviewDecisionBody, StageKey } from '@rcpd/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, type QueryFor, urlOf } from '../../api/client';
import { useAccount } from '../../components/account';
import { PORTAL_CONFIG } from '../config';

/** `GET /api/review/options`: the reviewer's stage and what the filters offer. */
export interface ReviewOptions {
  stage: StageKey;
  stageName: string;
  notices: { id: string; title: string }[];
  /** the first 推荐单位 by name, for department reviewers only; the rest by `useReviewEmployers` */
  employers: { id: string; name: string }[];
}

/** The queue's filters as the URL and the API name them (`after` and `limit` are the page's own). */
export const FILTER_KEYS = [
  'scope',
  'noticeId',
  'status',
  'employerId',
  'category',
  'submittedFrom',
  'submittedTo',
  'q',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export const PAGE_SIZE = 20;

export const reviewKeys = {
  all: ['review'] as const,
  options: ['review', 'options'] as const,
  queue: ['review', 'queue'] as const,
  detail: (id: string) => ['review', 'detail', id] as const,
};

const DETAIL = '/api/review/applications/{id}';

/** The filters that are set, as the queue's query (the URL keeps them as strings; the server checks each). */
function activeFilters(filters: Filters): QueryFor<'/api/review/queue'> {
  return Object.fromEntries(
    FILTER_KEYS.flatMap((key) => (filters[key] ? [[key, filters[key]]] : [])),
  ) as QueryFor<'/api/review/queue'>;
}

export const reviewPaths = {
  attachment: (id: string, attachmentId: string, download = false) =>
    urlOf(`${DETAIL}/attachments/{attachmentId}`, {
      params: { id, attachmentId },
      query: { download: download ? '1' : undefined },
    }),
  summaryTable: (id: string, download = false) =>
    urlOf(`${DETAIL}/summary-table.pdf`, { params: { id }, query: { download: download ? '1' : undefined } }),
  excel: (filters: Filters) => urlOf('/api/review/queue.xlsx', { query: activeFilters(filters) }),
};

/**
 * `POST /api/review/queue/export` of the filters as the queue applies them (only those set): the server counts
 * the list and answers whether it downloads now or is made in the background.
 */
export const startQueueExport = (filters: Filters) =>
  api.post('/api/review/queue/export', { body: activeFilters(filters) });

/** Where 申报审核 lives in this portal: `/employer/review` or `/admin/review`. */
export function useReviewBase(): string {
  return `${PORTAL_CONFIG[useAccount().portal].home}/review`;
}

export function useReviewOptions() {
  return useQuery({
    queryKey: reviewKeys.options,
    queryFn: () => api.get('/api/review/options'),
    staleTime: 60_000,
  });
}

/**
 * 推荐单位 of the filter beyond the first ones `options` lists: those whose name holds `q` (asked once typing has
 * paused), and the one `id` names (a filter from the URL), each at most REVIEW_EMPLOYER_MATCHES.
 */
export function useReviewEmployers({ q, id }: { q: string; id?: string }) {
  const [asked, setAsked] = useState(q);
  useEffect(() => {
    const timer = setTimeout(() => setAsked(q), 300);
    return () => clearTimeout(timer);
  }, [q]);
  const matches = useQuery({
    queryKey: [...reviewKeys.all, 'employers', asked],
    queryFn: () => api.get('/api/review/employers', { query: { q: asked } }),
    enabled: asked !== '',
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const named = useQuery({
    queryKey: [...reviewKeys.all, 'employer', id],
    queryFn: () => api.get('/api/review/employers', { query: { id } }),
    enabled: id !== undefined,
    staleTime: 60_000,
  });
  return {
    matches: asked === '' ? null : (matches.data?.items ?? []),
    named: named.data?.items[0],
    searching: matches.isFetching || asked !== q,
  };
}

export function useReviewQueue(filters: Filters, after: string | null) {
  return useQuery({
    queryKey: [...reviewKeys.queue, filters, after],
    queryFn: () =>
      api.get('/api/review/queue', {
        query: { ...activeFilters(filters), limit: PAGE_SIZE, after: after ?? undefined },
      }),
    // The rows of the page before stay while the next one loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });
}

export function useReviewDetail(id: string) {
  return useQuery({ queryKey: reviewKeys.detail(id), queryFn: () => api.get(DETAIL, { params: { id } }) });
}

/** The reviewer's catalogue: 申报依据 reads as its 条款, disabled ones included. */
export function useReviewCatalogue() {
  return useQuery({
    queryKey: ['catalogue'],
    queryFn: () => api.get('/api/catalogue'),
    staleTime: 5 * 60_000,
  });
}

export function useDecision(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReviewDecisionBody) => api.post(`${DETAIL}/decision`, { params: { id }, body }),
    onSuccess: (detail) => queryClient.setQueryData(reviewKeys.detail(id), detail),
    // Whatever happened (done, or another reviewer first), the queue and the detail are stale now.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: reviewKeys.queue }),
        queryClient.invalidateQueries({ queryKey: reviewKeys.detail(id) }),
      ]),
  });
}
