import type {
  ApplicationDetail,
  ApplicationSlot,
  ApplicationStatus,
  AttachmentItem,
  CatalogueCategory,
  Gender,
  ModuleContext,
  ModuleKey,
  ModuleValues,
  ServiceType,
  StartApplicationBody,
  ValidationIssue,
} from '@rcpd/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, urlOf } from '../../../api/client';
import { enabledItems } from '../../../components/application/catalogue';

export const applicationKeys = {
  all: ['person', 'applications'] as const,
  list: ['person', 'applications', 'list'] as const,
  detail: (id: string) => ['person', 'applications', 'detail', id] as const,
  validation: (id: string) => ['person', 'applications', 'validation', id] as const,
  selfCheck: ['person', 'self-check'] as const,
  catalogue: ['catalogue'] as const,
};

const BASE = '/api/person/applications/{id}';

export const applicationPaths = {
  page: (id: string) => `/person/rcpd/applications/${encodeURIComponent(id)}`,
  submitPage: (id: string) => `/person/rcpd/applications/${encodeURIComponent(id)}/submit`,
  attachment: (id: string, attachmentId: string, download = false) =>
    urlOf(`${BASE}/attachments/{attachmentId}`, {
      params: { id, attachmentId },
      query: { download: download ? '1' : undefined },
    }),
  summaryTable: (id: string, download = false) =>
    urlOf(`${BASE}/summary-table.pdf`, { params: { id }, query: { download: download ? '1' : undefined } }),
};

/** Where an upload goes: a slot of the application, or the files of one entry. */
export type UploadTarget = { slot: ApplicationSlot } | { slot: 'entry'; entryId: string };

export function useSelfCheck(enabled: boolean) {
  return useQuery({
    queryKey: applicationKeys.selfCheck,
    queryFn: () => api.get('/api/person/self-check'),
    enabled,
  });
}

export const listApplications = () => api.get('/api/person/applications');

export function useApplications() {
  return useQuery({ queryKey: applicationKeys.list, queryFn: listApplications });
}

export const getApplication = (id: string) => api.get(BASE, { params: { id } });

export function useApplication(id: string) {
  return useQuery({ queryKey: applicationKeys.detail(id), queryFn: () => getApplication(id) });
}

export function useValidation(id: string, enabled = true) {
  return useQuery({
    queryKey: applicationKeys.validation(id),
    queryFn: () => api.get(`${BASE}/validation`, { params: { id } }),
    enabled,
  });
}

export function useCatalogue() {
  return useQuery({
    queryKey: applicationKeys.catalogue,
    queryFn: () => api.get('/api/catalogue'),
    staleTime: 5 * 60_000,
  });
}

/** What the shared rules need beyond the values, exactly as the server builds it. */
export function moduleContext(
  detail: ApplicationDetail,
  categories: readonly CatalogueCategory[] | undefined,
): ModuleContext {
  const { birthDate, gender } = detail.identity;
  return {
    today: new Date(),
    identity: birthDate ? { birthDate, gender: gender as Gender } : null,
    serviceTypes: detail.notice.serviceTypes as ServiceType[],
    // Until the catalogue has loaded, 申报依据 is checked for its form only; the server checks the item.
    catalogue: categories ? enabledItems(categories) : undefined,
  };
}

const EDITING_STATUSES: readonly ApplicationStatus[] = ['未提交', '被退回'];

/** May the applicant change this module now? The server's `editableModules` decides, while a draft or returned. */
export function canEdit(detail: ApplicationDetail, module: ModuleKey): boolean {
  return EDITING_STATUSES.includes(detail.status) && detail.editableModules.includes(module);
}

export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'CONFLICT';
}

/** The `issues` of a refused 提交 (400 VALIDATION_FAILED), if the answer carried them. */
export function issuesOf(error: unknown): ValidationIssue[] | null {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION_FAILED') return null;
  const body = error.body as { issues?: unknown } | undefined;
  return Array.isArray(body?.issues) ? (body.issues as ValidationIssue[]) : null;
}

/** After any change, the detail, the 数据验证信息 and the home list are stale. */
function useRefresh(id: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: applicationKeys.detail(id) }),
      queryClient.invalidateQueries({ queryKey: applicationKeys.validation(id) }),
      queryClient.invalidateQueries({ queryKey: applicationKeys.list }),
    ]);
}

export function useStartApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StartApplicationBody) => api.post('/api/person/applications', { body }),
    onSuccess: (detail) => queryClient.setQueryData(applicationKeys.detail(detail.id), detail),
    onSettled: () => queryClient.invalidateQueries({ queryKey: applicationKeys.list }),
  });
}

export function useSaveModule(id: string, module: 'basic' | 'achievement') {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: (body: { values: ModuleValues; version: number }) =>
      api.put(`${BASE}/modules/{module}`, { params: { id, module }, body }),
    onSettled: refresh,
  });
}

export function useSaveEntry(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: (
      input:
        | { module: ModuleKey; values: ModuleValues; entryId?: undefined }
        | { entryId: string; values: ModuleValues; version: number },
    ) =>
      input.entryId === undefined
        ? api.post(`${BASE}/entries`, {
            params: { id },
            body: { module: input.module, values: input.values },
          })
        : api.put(`${BASE}/entries/{entryId}`, {
            params: { id, entryId: input.entryId },
            body: { values: input.values, version: input.version },
          }),
    onSettled: refresh,
  });
}

export function useDeleteEntry(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: (entryId: string) => api.delete(`${BASE}/entries/{entryId}`, { params: { id, entryId } }),
    onSettled: refresh,
  });
}

export function useUploadAttachment(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: ({ target, file }: { target: UploadTarget; file: File }) => {
      const query =
        target.slot === 'entry' ? { slot: target.slot, entryId: target.entryId } : { slot: target.slot };
      return api.upload(`${BASE}/attachments`, file, file.name, { params: { id }, query });
    },
    onSettled: refresh,
  });
}

export function useDeleteAttachment(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: (attachmentId: string) =>
      api.delete(`${BASE}/attachments/{attachmentId}`, { params: { id, attachmentId } }),
    onSettled: refresh,
  });
}

export function useSubmitApplication(id: string) {
  const queryClient = useQueryClient();
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: () => api.post(`${BASE}/submit`, { params: { id }, body: { commitment: true } }),
    onSuccess: (detail) => queryClient.setQueryData(applicationKeys.detail(id), detail),
    onSettled: refresh,
  });
}

/** The files of a slot or an entry. */
export function filesOf(detail: ApplicationDetail, target: UploadTarget): AttachmentItem[] {
  if (target.slot === 'entry') {
    return detail.entries.find((e) => e.id === target.entryId)?.attachments ?? [];
  }
  return detail.attachments.filter((a) => a.slot === target.slot);
}
