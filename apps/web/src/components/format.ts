import { DEFAULT_CATEGORY_NAMES, type TalentCategory } from '@rcpd/shared';
import dayjs from 'dayjs';

/** A server time (ISO) as 2024-05-01 08:30; an absent one as the given placeholder. */
export function formatTime(iso: string | null | undefined, empty = '—'): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : empty;
}

export function formatSeconds(iso: string): string {
  return dayjs(iso).format('YYYY-MM-DD HH:mm:ss');
}

/** A talent category as 「B类 国家级领军人才」 (the default names; the server's own name wins where it sends one). */
export function categoryText(code: TalentCategory | null | undefined, name?: string | null): string {
  return code ? `${code}类 ${name ?? DEFAULT_CATEGORY_NAMES[code]}` : '—';
}
