import {
  AUDIT_ACTION_LABELS,
  AUDIT_CHAIN_PROBLEMS,
  AUDIT_TARGET_LABELS,
  type AuditFilter,
  type AuditItem,
  auditActionLabel,
  auditFilterFields,
  chinaDate,
} from '@rcpd/shared';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, Input, Select, Table, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type ReactNode, useState } from 'react';
import { api } from '../../api/client';
import { formatSeconds } from '../../components/format';
import { PageTitle } from '../../components/Layouts';
import { QueryError } from '../../components/QueryError';
import { StatusTag } from '../../components/StatusTag';

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

type Filter = Partial<AuditFilter>;

interface FormValues {
  dates?: [Dayjs | null, Dayjs | null] | null;
  actor?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  ip?: string;
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);
const ACTION_OPTIONS = Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({
  value,
  label: `${label}（${value}）`,
}));
const TARGET_OPTIONS = Object.entries(AUDIT_TARGET_LABELS).map(([value, label]) => ({ value, label }));

/** The filter bar: period, 操作人, 操作, 对象 and IP; 查询 applies, 重置 clears, 导出Excel exports what is shown. */
function AuditFilters({ onApply, filter }: { onApply: (f: Filter) => void; filter: Filter }) {
  const [form] = Form.useForm<FormValues>();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const toFilter = (v: FormValues): Filter => {
    const parsed = auditFilterFields.safeParse({
      from: day(v.dates?.[0]),
      to: day(v.dates?.[1]),
      actor: v.actor,
      action: v.action,
      targetType: v.targetType,
      targetId: v.targetId,
      ip: v.ip,
    });
    return parsed.success ? parsed.data : {};
  };
  const exportShown = async () => {
    if (!filter.from || !filter.to) {
      message.warning('导出前请选择时间范围并点击查询');
      return;
    }
    setBusy(true);
    try {
      await api.download('/api/department/audit.xlsx', `审计日志_${filter.from}_${filter.to}.xlsx`, {
        query: { ...filter, from: filter.from, to: filter.to },
      });
    } catch (error) {
      message.error(error instanceof Error ? error.message : '导出失败，请重试');
    } finally {
      setBusy(false);
    }
  };
  const select = { allowClear: true, placeholder: '全部', showSearch: { optionFilterProp: 'label' } };
  return (
    <Form<FormValues>
      form={form}
      name="audit-filters"
      layout="vertical"
      className="queue-filters"
      initialValues={{
        dates: [filter.from ? dayjs(filter.from) : null, filter.to ? dayjs(filter.to) : null],
      }}
      onFinish={(values) => onApply(toFilter(values))}
      role="search"
      aria-label="筛选审计日志"
    >
      <Form.Item label="时间范围" name="dates">
        <DatePicker.RangePicker
          className="full-width"
          allowEmpty={[true, true]}
          placeholder={['开始日期', '结束日期']}
          disabledDate={(d) => d.isAfter(beijingToday(), 'day')}
        />
      </Form.Item>
      <Form.Item label="操作人" name="actor">
        <Input allowClear maxLength={50} placeholder="姓名，从第一个字起，如：张" />
      </Form.Item>
      <Form.Item label="操作" name="action">
        <Select {...select} options={ACTION_OPTIONS} classNames={{ popup: { root: 'wrap-popup' } }} />
      </Form.Item>
      <Form.Item label="对象类型" name="targetType">
        <Select {...select} options={TARGET_OPTIONS} />
      </Form.Item>
      <Form.Item label="对象" name="targetId">
        <Input allowClear maxLength={100} placeholder="对象编号" />
      </Form.Item>
      <Form.Item label="IP" name="ip">
        <Input allowClear maxLength={45} placeholder="完整IP地址" />
      </Form.Item>
      <div className="queue-filter-actions">
        <Button type="primary" htmlType="submit">
          查询
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            onApply({});
          }}
        >
          重置
        </Button>
        <Button onClick={() => void exportShown()} loading={busy}>
          导出Excel
        </Button>
      </div>
    </Form>
  );
}

/** Today in Beijing: the log's days are 北京时间 days, whatever the browser's time zone. */
const beijingToday = () => dayjs(chinaDate(new Date()));
const lastWeek = (): Filter => ({
  from: beijingToday().subtract(6, 'day').format('YYYY-MM-DD'),
  to: beijingToday().format('YYYY-MM-DD'),
});

/** How long 验证完整性 waits for its check before saying it is still running. */
const VERIFY_POLL_MS = 1500;

/**
 * 验证完整性: the newest whole-chain check (hourly, or asked for here) and a button that asks for one now; the
 * check runs in the background and the card waits for a result newer than the request.
 */
function ChainCheck() {
  const { message } = App.useApp();
  const [requestedAt, setRequestedAt] = useState<string | null>(null);
  const query = useQuery({
    queryKey: ['department', 'audit', 'verifications'],
    queryFn: () => api.get('/api/department/audit/verifications'),
    refetchInterval: (q) =>
      requestedAt && !(q.state.data?.full && q.state.data.full.at >= requestedAt) ? VERIFY_POLL_MS : false,
  });
  const full = query.data?.full ?? null;
  const waiting = requestedAt !== null && !(full && full.at >= requestedAt);
  const start = async () => {
    try {
      setRequestedAt(new Date().toISOString());
      await api.post('/api/department/audit/verify', {});
      void query.refetch();
    } catch (error) {
      setRequestedAt(null);
      message.error(error instanceof Error ? error.message : '操作失败，请重试');
    }
  };
  let result: ReactNode = '尚未校验';
  if (waiting) result = '正在校验整条审计日志链……';
  else if (full?.ok)
    result = (
      <>
        <StatusTag tone="success">完整</StatusTag>
        {formatSeconds(full.at)} 校验了 {full.rows} 行，未发现篡改
      </>
    );
  else if (full)
    result = (
      <>
        <StatusTag tone="danger">已被篡改</StatusTag>
        {formatSeconds(full.at)}：{full.problem ? AUDIT_CHAIN_PROBLEMS[full.problem] : '校验未通过'}
        {full.brokenAt && `（审计日志 id ${full.brokenAt}）`}
      </>
    );
  return (
    <section className="chain-check" aria-label="审计日志完整性" aria-live="polite">
      <span>
        <strong>完整性：</strong>
        {result}
      </span>
      <Button onClick={() => void start()} loading={waiting}>
        验证完整性
      </Button>
    </section>
  );
}

/** 审计日志 (安全审计员): filtered, newest first, 加载更多 pages back with `before`; 导出Excel; 验证完整性. */
export function AuditPage() {
  // the last seven days at first (what 导出Excel takes when nothing else is chosen); 重置 clears it
  const [filter, setFilter] = useState<Filter>(lastWeek);
  const query = useInfiniteQuery({
    queryKey: ['department', 'audit', filter],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => {
      return api.get('/api/department/audit', {
        query: { ...filter, limit: PAGE_SIZE, before: pageParam ?? undefined },
      });
    },
    getNextPageParam: (last) => last.nextBefore,
  });
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Object.values(filter).some(Boolean);

  return (
    <>
      <PageTitle>审计日志</PageTitle>
      <ChainCheck />
      <AuditFilters filter={filter} onApply={setFilter} />
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
          locale={{ emptyText: filtered ? '没有符合条件的审计记录' : '暂无审计记录' }}
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
