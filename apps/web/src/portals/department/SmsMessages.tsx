import { SMS_STATES, type SmsMessageItem, type SmsState } from '@rcpd/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Segmented, Table, type TableColumnsType } from 'antd';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { BeijingTime } from '../../components/beijingTime';
import { PageTitle } from '../../components/Layouts';
import { QueryError } from '../../components/QueryError';
import { ScrollRegion } from '../../components/ScrollRegion';
import { StatusTag } from '../../components/StatusTag';
import { errorMessage } from '../../forms/errors';

const PATH = '/api/department/sms-messages';
const KEY = ['department', 'sms-messages'] as const;
const ALL = '全部';
type Filter = SmsState | typeof ALL;
const TONES = { 待发送: 'pending', 已发送: 'success', 失败: 'danger' } as const;
/** while a shown message waits for the sender, the page reads again this often */
const WAITING_POLL_MS = 2000;

const FILTERS: readonly Filter[] = [ALL, ...SMS_STATES];

const isState = (value: string | null): value is SmsState => SMS_STATES.some((s) => s === value);

function RetryButton({ item }: { item: SmsMessageItem }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const retry = useMutation({
    mutationFn: () => api.post(`${PATH}/{id}/retry`, { params: { id: item.id } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
  return (
    <Popconfirm
      title="确定重新发送这条短信吗？"
      description={`发送至${item.maskedPhone}`}
      okText="重试"
      cancelText="取消"
      okButtonProps={{ loading: retry.isPending }}
      onConfirm={() =>
        retry.mutateAsync().then(
          () => void message.success('已重新加入发送队列，稍后发送'),
          (error: unknown) => void message.error(errorMessage(error)),
        )
      }
    >
      <Button size="small" loading={retry.isPending} aria-label={`重试：发送至${item.maskedPhone}的短信`}>
        重试
      </Button>
    </Popconfirm>
  );
}

const columns: TableColumnsType<SmsMessageItem> = [
  { title: '手机号码', dataIndex: 'maskedPhone', className: 'nowrap' },
  { title: '短信内容', dataIndex: 'text', render: (v: string) => <span className="cell-text">{v}</span> },
  {
    title: '状态',
    dataIndex: 'state',
    className: 'nowrap',
    render: (state: SmsState) => <StatusTag tone={TONES[state]}>{state}</StatusTag>,
  },
  { title: '发送次数', dataIndex: 'attempts', className: 'nowrap' },
  {
    title: '失败原因',
    dataIndex: 'lastError',
    onHeaderCell: () => ({ className: 'nowrap' }),
    render: (v: string | null) => (v ? <span className="cell-value">{v}</span> : '—'),
  },
  { title: '创建时间', dataIndex: 'createdAt', render: (v: string) => <BeijingTime iso={v} /> },
  { title: '发送时间', dataIndex: 'sentAt', render: (v: string | null) => <BeijingTime iso={v} /> },
  {
    title: '操作',
    key: 'actions',
    className: 'nowrap',
    render: (_, item) => (item.state === '失败' ? <RetryButton item={item} /> : '—'),
  },
];

/**
 * 消息发送记录 (系统管理员): the status SMS the system sends (SPEC §11), newest first, by state, with the phone
 * numbers masked; a message that failed after its last try can be sent again.
 */
export function SmsMessagesPage() {
  const [params, setParams] = useSearchParams();
  const stateParam = params.get('state');
  const state: SmsState | null = isState(stateParam) ? stateParam : null;
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);

  const query = useQuery({
    queryKey: [...KEY, state, page],
    queryFn: () => {
      return api.get(PATH, { query: { page, state: state ?? undefined } });
    },
    placeholderData: keepPreviousData,
    // the sender works a moment after a change: rows still 待发送 turn 已发送 (or 失败) on their own
    refetchInterval: (q) =>
      q.state.data?.items.some((item) => item.state === '待发送') ? WAITING_POLL_MS : false,
  });
  const data = query.data;
  const counts = data?.counts;
  const count = (filter: Filter) => {
    if (!counts) return '';
    const n = filter === ALL ? SMS_STATES.reduce((sum, s) => sum + counts[s], 0) : counts[filter];
    return `（${n}）`;
  };
  const show = (next: { state?: SmsState | null; page?: number }) => {
    const search = new URLSearchParams();
    const s = next.state === undefined ? state : next.state;
    if (s) search.set('state', s);
    const p = next.page ?? 1;
    if (p > 1) search.set('page', String(p));
    setParams(search);
  };

  return (
    <>
      <PageTitle
        extra={
          <Button onClick={() => void query.refetch()} loading={query.isFetching && !query.isPending}>
            刷新
          </Button>
        }
      >
        消息发送记录
      </PageTitle>
      <p className="muted">
        系统发送的短信通知（提交、审核、绑定审核、评审结果发布等），状态变化后稍后发送，失败时自动重试；多次发送仍失败的可以手动重试。手机号码已脱敏显示，时间为北京时间。
      </p>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      <div className="table-toolbar">
        <Segmented<Filter>
          aria-label="短信状态"
          className="sms-filter"
          value={state ?? ALL}
          onChange={(value) => show({ state: value === ALL ? null : value })}
          options={FILTERS.map((value) => ({ value, label: `${value}${count(value)}` }))}
        />
      </div>
      <ScrollRegion label="消息发送记录列表">
        <Table<SmsMessageItem>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={query.isPending && !query.isError}
          tableLayout="auto"
          locale={{ emptyText: state ? `暂无${state}的短信` : '暂无短信记录' }}
          pagination={{
            current: page,
            pageSize: data?.pageSize ?? 20,
            total: data?.total ?? 0,
            showSizeChanger: false,
            hideOnSinglePage: true,
            showTotal: (total) => `共 ${total} 条`,
            onChange: (next) => show({ page: next }),
          }}
        />
      </ScrollRegion>
    </>
  );
}
