import type { WorkCalendarDayBody } from '@rcpd/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';

export const PATH = '/api/department/work-calendar';
export const calendarKey = ['department', 'work-calendar'] as const;

/** One year's 法定节假日 and 调休上班 days, with the years that have any. */
export function useWorkCalendar(year: number) {
  return useQuery({
    queryKey: [...calendarKey, year],
    queryFn: () => api.get(PATH, { query: { year } }),
  });
}

function useRefreshing<T, R>(send: (body: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSettled: () => queryClient.invalidateQueries({ queryKey: calendarKey }),
  });
}

export const useAddDay = () => useRefreshing((body: WorkCalendarDayBody) => api.post(PATH, { body }));

export const useRemoveDay = () =>
  useRefreshing((day: string) => api.delete(`${PATH}/{day}`, { params: { day } }));

export const useImportYear = () =>
  useRefreshing(({ year, file }: { year: number; file: File }) =>
    api.upload(`${PATH}/import`, file, file.name, { query: { year } }),
  );
