import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';

export const PATH = '/api/department/supervisors';
export const supervisorsKey = ['department', 'supervisors'] as const;
export const employersKey = ['department', 'supervisors', 'employers'] as const;

/** The 主管部门, with how many employers and accounts refer to each. */
export function useSupervisors() {
  return useQuery({
    queryKey: supervisorsKey,
    queryFn: () => api.get(PATH),
  });
}

export interface EmployerSearch {
  q: string;
  /** a 主管部门's id, `none` (未分配), or '' for every employer */
  supervisorId: string;
  page: number;
}

export function useSupervisedEmployers(search: EmployerSearch) {
  return useQuery({
    queryKey: [...employersKey, search],
    queryFn: () => {
      const { q, supervisorId, page } = search;
      return api.get(`${PATH}/employers`, { query: { page, pageSize: 10, q, supervisorId } });
    },
    placeholderData: keepPreviousData,
  });
}

/** A change of the list or of an assignment: both lists show counts of the other. */
function useRefreshing<T, R>(send: (body: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSettled: () => queryClient.invalidateQueries({ queryKey: supervisorsKey }),
  });
}

export const useSaveSupervisor = () =>
  useRefreshing((body: { id: string | null; name: string }) =>
    body.id
      ? api.put(`${PATH}/{id}`, { params: { id: body.id }, body: { name: body.name } })
      : api.post(PATH, { body: { name: body.name } }),
  );

export const useDeleteSupervisor = () =>
  useRefreshing((id: string) => api.delete(`${PATH}/{id}`, { params: { id } }));

export const useAssignEmployer = () =>
  useRefreshing((body: { employerId: string; supervisorId: string | null }) =>
    api.put(`${PATH}/employers/{id}`, {
      params: { id: body.employerId },
      body: { supervisorId: body.supervisorId },
    }),
  );

export const useImportAssignments = () =>
  useRefreshing((file: File) => api.upload(`${PATH}/import`, file, file.name));
