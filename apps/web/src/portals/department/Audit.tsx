import { AUDIT_TARGET_LABELS, type AuditItem, auditActionLabel } from '@rcpd/shared';
import { useInfiniteQuery } from '@tanstack/react-query';
import { App, Button, DatePicker, Table, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client';
import { formatSeconds } from '../../components/format';
import { PageTitle } from '../../components/Layouts';
import { QueryError } from '../../components/QueryError';

const PAGE_SIZE = 50;

function describe(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('；');
}

const columns: TableColumnsType<AuditItem> = [
  { title: '时间', dataIndex: 'at', className: 'nowrap', render: (at: string) => formatSeconds(at) },
  { title: '操作人', dataIndex: 'actorLabel', className: 'nowrap' },
  {
    title: '操作',
    dataIndex: 'action',
    className: 'nowrap',
    render: (action: string) => auditActionLabel(action),
  },
  {
    title: '对象',
    key: 'target',
    render: (_: unknown, item) =>
      [item.targetType && (AUDIT_TARGET_LABELS[item.targetType] ?? item.targetType), item.targetId]
        .filter(Boolean)
        .join(' ') || '—',
  },
  { title: 'IP', dataIndex: 'ip', className: 'nowrap', render: (ip: string | null) => ip ?? '—' },
  {
    title: '详情',
    dataIndex: 'detail',
    render: (detail: Record<string, unknown>) => (
      <span className="audit-detail">{describe(detail) || '—'}</span>
    ),
  },
];

/** 导出 of a period (北京时间 days) as a workbook: the 安全审计员's copy for its own records. */
function AuditExport() {
  const { message } = App.useApp();
  const today = dayjs();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([today.subtract(6, 'day'), today]);
  const [busy, setBusy] = useState(false);
  const exportRange = async () => {
    const [from, to] = range.map((d) => d.format('YYYY-MM-DD'));
    setBusy(true);
    try {
      await api.download('/api/department/audit.xlsx', `审计日志_${from}_${to}.xlsx`, {
        query: { from, to },
      });
    } catch (error) {
      message.error(error instanceof Error ? error.message : '导出失败，请重试');
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="row-actions">
      <DatePicker.RangePicker
        aria-label="导出日期范围"
        value={range}
        allowClear={false}
        disabledDate={(d) => d.isAfter(today, 'day')}
        onChange={(value) => value?.[0] && value[1] && setRange([value[0], value[1]])}
      />
      <Button onClick={() => void exportRange()} loading={busy}>
        导出Excel
      </Button>
    </span>
  );
}

/** 审计日志 (安全审计员): newest first, 加载更多 pages back with `before`; 导出Excel of a period. */
export function AuditPage() {
  const query = useInfiniteQuery({
    queryKey: ['department', 'audit'],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => {
      return api.get('/api/department/audit', {
        query: { limit: PAGE_SIZE, before: pageParam ?? undefined },
      });
    },
    getNextPageParam: (last) => last.nextBefore,
  });
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageTitle extra={<AuditExport />}>审计日志</PageTitle>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard */}
      <section className="table-scroll" tabIndex={0} aria-label="审计日志列表">
        <Table<AuditItem>
          rowKey="id"
          columns={columns}
          dataSource={items}
          loading={query.isPending && !query.isError}
          pagination={false}
          tableLayout="auto"
          locale={{ emptyText: '暂无审计记录' }}
        />
      </section>
      {query.hasNextPage && (
        <div className="load-more">
          <Button onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
            加载更多
          </Button>
        </div>
      )}
    </>
  );
}
