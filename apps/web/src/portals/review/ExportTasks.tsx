import { DownloadOutlined } from '@ant-design/icons';
import type { ExportItem } from '@rcpd/shared';
import { type UseQueryResult, useQueries, useQueryClient } from '@tanstack/react-query';
import { App, Button, Modal, Progress } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import { formatSize } from '../../api/declarationGuide';
import { formatBeijing } from '../../components/beijingTime';
import { QueryError } from '../../components/QueryError';

const POLL_MS = 1000;
/** The newest background exports kept in view; older ones still download for 7 days. */
const KEEP = 5;

const exportPath = (id: string) => `/api/exports/${encodeURIComponent(id)}`;
const exportKey = (id: string) => ['exports', id] as const;

const running = (item: ExportItem | undefined) => item?.state === '排队中' || item?.state === '生成中';

/** Whole per cent, rounded down: the bar reaches the end only when every row is written. */
const percentOf = (n: number, total: number) => (total > 0 ? Math.floor((n * 100) / total) : 0);

function read(key: string): string[] {
  try {
    // written only by useTaskList below
    return JSON.parse(sessionStorage.getItem(key) ?? '[]') as string[];
  } catch {
    return [];
  }
}

/**
 * The background exports started in this browser tab, in sessionStorage under `key`: closing the window, or
 * opening an application and coming back to the queue, does not lose them. `started` (the answer of the newest
 * 导出Excel) joins the list, first; `onAdded` then tells the page it is taken.
 */
function useTaskList(key: string, started: ExportItem | undefined, onAdded: () => void) {
  const queryClient = useQueryClient();
  const [ids, setIds] = useState(() => read(key));
  useEffect(() => {
    try {
      if (ids.length > 0) sessionStorage.setItem(key, JSON.stringify(ids));
      else sessionStorage.removeItem(key);
    } catch {
      // storage refused: the list lasts as long as the page
    }
  }, [key, ids]);
  useEffect(() => {
    if (!started) return;
    queryClient.setQueryData(exportKey(started.id), started);
    setIds((list) => [started.id, ...list.filter((id) => id !== started.id)].slice(0, KEEP));
    onAdded();
  }, [started, onAdded, queryClient]);
  return { ids, remove: (id: string) => setIds((list) => list.filter((x) => x !== id)) };
}

function statusText(item: ExportItem): string {
  switch (item.state) {
    case '排队中':
      return '排队中，稍候开始生成…';
    case '生成中':
      return '生成中…';
    case '已完成':
      return '已完成';
    case '失败':
      return `失败：${item.error || '导出失败，请重新导出'}`;
  }
}

function ExportTask({
  result,
  onRemove,
  unit,
}: {
  result: UseQueryResult<ExportItem>;
  onRemove: () => void;
  unit: string;
}) {
  const item = result.data;
  const remove = (
    <Button size="small" onClick={onRemove}>
      从列表中移除
    </Button>
  );
  if (!item) {
    return (
      <li className="batch-item">
        {result.isError ? (
          <>
            <QueryError title="导出任务读取失败" error={result.error} onRetry={() => void result.refetch()} />
            <p className="export-actions">{remove}</p>
          </>
        ) : (
          <p className="muted">正在读取导出进度…</p>
        )}
      </li>
    );
  }
  const started = formatBeijing(item.createdAt);
  const done = item.state === '已完成';
  const failed = item.state === '失败';
  const titleId = `export-${item.id}`;
  return (
    <li className="batch-item" aria-labelledby={titleId}>
      <p className="batch-item-head">
        <span id={titleId} className="batch-item-status">
          {item.fileName}
        </span>
        <span className="muted">开始时间：{started}</span>
      </p>
      <Progress
        aria-label={`${item.fileName}的导出进度`}
        percent={done ? 100 : percentOf(item.rowsDone, item.rowsTotal)}
        status={failed ? 'exception' : done ? 'success' : 'active'}
      />
      <p className="batch-counts">
        已导出 {item.rowsDone} {unit} / 共 {item.rowsTotal} {unit}
      </p>
      <p className="batch-status" role="status">
        {statusText(item)}
      </p>
      {result.isError && (
        <QueryError title="导出进度读取失败" error={result.error} onRetry={() => void result.refetch()} />
      )}
      {done && (
        <>
          <p className="export-actions">
            <Button
              type="primary"
              icon={<DownloadOutlined aria-hidden />}
              href={`${exportPath(item.id)}/file`}
              download={item.fileName}
            >
              下载
            </Button>
            <span>
              {item.fileName}
              {item.size !== null && `（${formatSize(item.size)}）`}
            </span>
          </p>
          <p className="muted">文件保留至 {formatBeijing(item.expiresAt)}（北京时间），过期后请重新导出。</p>
        </>
      )}
      {(done || failed) && <p className="export-actions">{remove}</p>}
    </li>
  );
}

/**
 * 后台导出 of the 申报审核 list and of the 评审材料包: the exports of this tab, read every second while they run; the toolbar keeps a
 * 导出任务 button that opens them again, so closing the window loses nothing. An export that finishes while the
 * window is closed says so in a message.
 */
export function ExportTasks({
  storageKey,
  started,
  onAdded,
  open,
  onOpen,
  onClose,
  unit = '条',
  lead = '列表较长，文件在后台生成。关闭本窗口不影响生成，可随时点“导出任务”回来查看和下载。',
}: {
  storageKey: string;
  /** what a row is: 条 of a list, 人 of a 评审材料包 */
  unit?: string;
  lead?: string;
  started?: ExportItem;
  onAdded: () => void;
  open: boolean;
  onOpen: () => void;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const { ids, remove } = useTaskList(storageKey, started, onAdded);
  const results = useQueries({
    queries: ids.map((id) => ({
      queryKey: exportKey(id),
      queryFn: () => api.get('/api/exports/{id}', { params: { id } }),
      refetchInterval: (query: { state: { data?: ExportItem } }) =>
        running(query.state.data) ? POLL_MS : false,
      // a finished export does not change any more
      staleTime: (query: { state: { data?: ExportItem } }) => (running(query.state.data) ? 0 : Infinity),
    })),
  });

  // Says so when an export the user is not watching finishes.
  const seen = useRef(new Map<string, ExportItem['state']>());
  useEffect(() => {
    for (const { data } of results) {
      if (!data) continue;
      const before = seen.current.get(data.id);
      seen.current.set(data.id, data.state);
      if (open || !before || before === data.state || running(data)) continue;
      if (data.state === '已完成') message.success(`${data.fileName}已生成，请在“导出任务”中下载`);
      else message.error(`${data.fileName}导出失败，详见“导出任务”`);
    }
  });

  const active = results.filter((r) => running(r.data)).length;
  if (ids.length === 0) return null;
  return (
    <>
      <Button onClick={onOpen} aria-haspopup="dialog">
        导出任务（{active > 0 ? `${active}个进行中` : `${ids.length}个`}）
      </Button>
      <Modal
        open={open}
        title="后台导出"
        onCancel={onClose}
        destroyOnHidden
        footer={<Button onClick={onClose}>关闭</Button>}
      >
        <p className="muted">{lead}</p>
        <ol className="batch-list">
          {ids.map((id, i) => {
            const result = results[i];
            return result ? (
              <ExportTask key={id} result={result} unit={unit} onRemove={() => remove(id)} />
            ) : null;
          })}
        </ol>
      </Modal>
    </>
  );
}
