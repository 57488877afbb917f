import { useQuery } from '@tanstack/react-query';
import { api } from './client';

export const declarationGuideKey = ['declaration-guide'] as const;

/** 申报注意事项: shown on 条件自检, edited in the 管理端. */
export function useDeclarationGuide(enabled = true) {
  return useQuery({
    queryKey: declarationGuideKey,
    queryFn: () => api.get('/api/declaration-guide'),
    enabled,
  });
}

/** Where an attachment of a notice is downloaded. */
export function attachmentUrl(noticeId: string, attachmentId: string): string {
  return `/api/notices/${encodeURIComponent(noticeId)}/attachments/${encodeURIComponent(attachmentId)}`;
}

/** 1.2 MB, 340 KB */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
