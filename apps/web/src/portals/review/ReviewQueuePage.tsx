import { DownloadOutlined } from '@ant-design/icons';
import type { QueueItem } from '@rcpd/shared';
import { App, Button, Tabs } from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useAccount } from '../../components/account';
import { PageTitle } from '../../components/Layouts';
import { QueryError } from '../../components/QueryError';
import { errorMessage } from '../../forms/errors';
import { ExportTasks } from '../pages';
import {
  FILTER_KEYS,
  type Filters,
  reviewPaths,
  startQueueExport,
  useReviewBase,
  useReviewOptions,
  useReviewQueue,
} from './api';
import { QueueFilters } from './QueueFilters';
import { QueueTable, type RowContext } from './QueueTable';
import { useExportTasks } from './useExportTasks';

type Scope = 'waiting' | 'all';

/** Saves the file at `href` as a link with `download` would, without leaving the page. */
const download = (href: string) => Object.assign(document.createElement('a'), { href, download: '' }).click();

function readFilters(params: URLSearchParams): Filters {
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return filters;
}

/**
 * The keyset pages seen so far: 下一页 pushes the server's cursor, 上一页 pops it. New filters start again at
 * the first page (there is no total and no jumping to page N: the queue stays fast at a million rows).
 */
function useCursorStack(search: string) {
  const [paging, setPaging] = useState<{ search: string; stack: (string | null)[] }>({
    search,
    stack: [null],
  });
  const stack = paging.search === search ? paging.stack : [null];
  return {
    page: stack.length,
    after: stack[stack.length - 1] ?? null,
    next: (cursor: string) => setPaging({ search, stack: [...stack, cursor] }),
    previous: () => setPaging({ search, stack: stack.slice(0, -1) }),
  };
}

/** 申报审核 (SPEC §7) of the 单位网厅 and the 管理端: what waits for the reviewer, or everything visible. */
export function ReviewQueuePage() {
  const account = useAccount();
  const base = useReviewBase();
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the query string is the identity of the filters
  const filters = useMemo(() => readFilters(params), [search]);
  const scope: Scope = filters.scope === 'all' ? 'all' : 'waiting';
  const applied = useMemo<Filters>(() => ({ ...filters, scope }), [filters, scope]);
  const cursors = useCursorStack(search);
  const options = useReviewOptions();
  const queue = useReviewQueue(applied, cursors.after);
  const stageName = options.data?.stageName;
  const { message } = App.useApp();
  const [exporting, setExporting] = useState(false);
  // 导出任务 (in its own chunk) is drawn once this tab has started a background export
  const tasks = useExportTasks(`rcpd.exports.${account.id}`);

  /** A short list downloads at once, as a link would; a long one is made in the background and followed. */
  const exportExcel = async () => {
    setExporting(true);
    try {
      const start = await startQueueExport(applied);
      if (start.mode === 'direct') {
        download(reviewPaths.excel(applied));
      } else {
        tasks.follow(start.export);
      }
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setExporting(false);
    }
  };

  const apply = (next: Filters) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...next, scope })) if (value) query.set(key, value);
    setParams(query);
  };

  const ctx: RowContext = {
    detailPath: (item: QueueItem) => `${base}/${encodeURIComponent(item.id)}`,
    from: search ? `?${search}` : '',
    waitsForMe: (item) => item.status === '已申报' && Boolean(stageName) && item.stageName === stageName,
  };
  const items = queue.data?.items ?? [];
  const next = queue.data?.next ?? null;

  const content = (
    <>
      <QueueFilters
        filters={filters}
        options={options.data}
        showEmployer={account.portal === 'department'}
        onApply={apply}
      />
      {options.isError && (
        <QueryError title="筛选项加载失败" error={options.error} onRetry={() => void options.refetch()} />
      )}
      <div className="table-toolbar queue-toolbar">
        <span className="muted" aria-live="polite">
          第{cursors.page}页{queue.data ? `，本页${items.length}条` : ''}
        </span>
        <span className="row-actions">
          {tasks.props && (
            <Suspense fallback={null}>
              <ExportTasks {...tasks.props} />
            </Suspense>
          )}
          <Button
            icon={<DownloadOutlined aria-hidden />}
            loading={exporting}
            onClick={() => void exportExcel()}
          >
            导出Excel
          </Button>
        </span>
      </div>
      {queue.isError && <QueryError error={queue.error} onRetry={() => void queue.refetch()} />}
      <QueueTable items={items} loading={queue.isFetching && !queue.isError} ctx={ctx} />
      <nav className="keyset-pager" aria-label="翻页">
        <Button disabled={cursors.page === 1} onClick={cursors.previous}>
          上一页
        </Button>
        <Button disabled={!next || queue.isPlaceholderData} onClick={() => next && cursors.next(next)}>
          下一页
        </Button>
      </nav>
    </>
  );

  return (
    <>
      <PageTitle>申报审核</PageTitle>
      <p className="muted queue-lead">
        {stageName ? `本账号办理“${stageName}”环节。` : ''}
        “待审核”列出等待本环节审核的申报，“全部”列出本账号可以查看的所有申报。
      </p>
      <div className="tabs-panel">
        <Tabs
          activeKey={scope}
          onChange={(key) => {
            const query = new URLSearchParams(params);
            query.set('scope', key);
            setParams(query);
          }}
          items={[
            { key: 'waiting', label: '待审核', children: scope === 'waiting' ? content : null },
            { key: 'all', label: '全部', children: scope === 'all' ? content : null },
          ]}
        />
      </div>
    </>
  );
}
