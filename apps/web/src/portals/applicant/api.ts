import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

/** Everything of the applicant's binding; invalidated together after 绑定 and 解除绑定. */
export const bindingKeys = {
  all: ['person', 'binding'] as const,
  history: ['person', 'binding', 'history'] as const,
  recommending: ['person', 'binding', 'recommending'] as const,
  search: (uscc: string) => ['person', 'binding', 'search', uscc] as const,
};

export function useBindingHistory() {
  return useQuery({
    queryKey: bindingKeys.history,
    queryFn: () => api.get('/api/person/bindings'),
  });
}

/** The 推荐单位 the applicant may choose: employers whose binding is 材料终审通过. */
export function useRecommendingEmployers(enabled = true) {
  return useQuery({
    queryKey: bindingKeys.recommending,
    queryFn: () => api.get('/api/person/recommending-employers'),
    enabled,
  });
}

export function usePublishedNotices() {
  return useQuery({
    queryKey: ['person', 'notices'],
    queryFn: () => api.get('/api/person/notices'),
  });
}

export function useBind() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (employerId: string) => api.post('/api/person/bindings', { body: { employerId } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: bindingKeys.all }),
  });
}

export function useUnbind() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (bindingId: string) =>
      api.post('/api/person/bindings/{id}/unbind', { params: { id: bindingId } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: bindingKeys.all }),
  });
}
