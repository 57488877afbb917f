import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { PreviewTarget } from '../../components/application/FilePreview';

export const myCertificatesKey = ['person', 'certificates'] as const;

export function useMyCertificates() {
  return useQuery({
    queryKey: myCertificatesKey,
    queryFn: () => api.get('/api/person/certificates'),
  });
}

/** The PDF of one's own certificate: inline for 预览, as an attachment for 下载. */
export function certificatePdf(id: string, download = false): string {
  return `/api/person/certificates/${encodeURIComponent(id)}/pdf${download ? '?download=1' : ''}`;
}

export function certificatePreview(id: string, number: string): PreviewTarget {
  return { url: certificatePdf(id), name: `电子证书 ${number}`, contentType: 'application/pdf' };
}
