import dayjs from 'dayjs';

/** A server time (ISO) as 2024-05-01 08:30; an absent one as the given placeholder. */
export function formatTime(iso: string | null | undefined, empty = '—'): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : empty;
}

export function formatSeconds(iso: string): string {
  return dayjs(iso).format('YYYY-MM-DD HH:mm:ss');
}
