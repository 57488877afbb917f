import type { ExportItem } from '@rcpd/shared';
import { useCallback, useState } from 'react';

/**
 * The state of a page's 后台导出 window (`ExportTasks`, in its own chunk): drawn once this tab has started a
 * background export under `storageKey`, opened with the newest one when `follow` is called. `props` is null
 * until then.
 */
export function useExportTasks(storageKey: string) {
  const [tasks, setTasks] = useState<{ open: boolean; started?: ExportItem } | null>(() => {
    try {
      return sessionStorage.getItem(storageKey) ? { open: false } : null;
    } catch {
      return null;
    }
  });
  const onAdded = useCallback(() => setTasks((t) => t && { open: t.open }), []);
  return {
    follow: (started: ExportItem) => setTasks({ open: true, started }),
    props: tasks && {
      storageKey,
      started: tasks.started,
      onAdded,
      open: tasks.open,
      onOpen: () => setTasks({ ...tasks, open: true }),
      onClose: () => setTasks({ ...tasks, open: false }),
    },
  };
}
