import type { ModuleKey } from '@rcpd/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { applicationKeys } from './application/api';

/** 带入上次申报信息 (issue 14, item 3): what 确认并开始申报 can bring in, and 核对无误 of a carried module. */

export const carryOverKey = ['person', 'carry-over'] as const;

export function useCarryOverOffer() {
  return useQuery({ queryKey: carryOverKey, queryFn: () => api.get('/api/person/carry-over') });
}

export function useConfirmCarried(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (module: ModuleKey) =>
      api.post('/api/person/applications/{id}/carried/{module}/confirm', { params: { id, module } }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: applicationKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: applicationKeys.validation(id) }),
      ]),
  });
}
