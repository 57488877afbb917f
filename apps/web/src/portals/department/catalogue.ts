import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

export const catalogueKey = ['catalogue'] as const;

export function useCatalogue() {
  return useQuery({
    queryKey: catalogueKey,
    queryFn: () => api.get('/api/catalogue'),
  });
}
