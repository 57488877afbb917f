import {
  type CertificateStatus,
  WEBHOOK_STATES,
  type WebhookDeliveryItem,
  type WebhookDeliveryPage,
  type WebhookState,
} from '@rcpd/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Segmented, Spin, Table, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../../api/client';
import { BeijingTime } from '../../../components/beijingTime';
import { FieldCards } from '../../../components/FieldCards';
import { QueryError } from '../../../components/QueryError';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { CertificateStatusTag, StatusTag } from '../../../components/StatusTag';
import { useIsMobile } from '../../../components/useIsMobile';
import { errorMessage } from '../../../forms/errors';
import { CLIENTS_PATH } from './ClientFormModal';

const PATH = `${CLIENTS_PATH}/deliveries`;
const KEY = ['department', 'integration-clients', 'deliveries'] as const;
const ALL = '全部';
type Filter = WebhookState | typeof ALL;
const FILTERS: readonly Filter[] = [ALL, ...WEBHOOK_STATES];
const TONES = { 待发送: 'pending', 已送达: 'success', 失败: 'danger' } as const;
/** while a shown delivery waits for its job, the list reads again this often */
const WAITING_POLL_MS = 2000;

const isState = (value: string | null): value is WebhookState => WEBHOOK_STATES.some((s) => s === value);

function RetryButton({ item }: { item: WebhookDeliveryItem }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const retry = useMutation({
    mutationFn: () => api.post(`${PATH}/{id}/retry`, { params: { id: item.id } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
  return (
    <Popconfirm
      title="确定重新推送这条记录吗？"
      description={`证书${item.certificateNumber}推送至${item.clientName}`}
      okText="重试"
      cancelText="取消"
      okButtonProps={{ loading: retry.isPending }}
      onConfirm={() =>
        retry.mutateAsync().then(
          () => void message.success('已重新加入推送队列，稍后推送'),
          (error: unknown) => void message.error(errorMessage(error)),
        )
      }
    >
      <Button
        size="small"
        loading={retry.isPending}
        aria-label={`重试：证书${item.certificateNumber}推送至${item.clientName}`}
      >
        重试
      </Button>
    </Popconfirm>
  );
}

function RetryCell({ item }: { item: WebhookDeliveryItem }) {
  if (item.state !== '失败') return '—';
  return item.clientEnabled ? <RetryButton item={item} /> : <span className="muted">客户端已停用</span>;
}

const columns: TableColumnsType<WebhookDeliveryItem> = [
  {
    title: '接口客户端',
    dataIndex: 'clientName',
    render: (name: string, item) => (
      <span className="cell-value">
        {name}
        <br />
        <span className="muted nowrap">{item.clientId}</span>
      </span>
    ),
  },
  { title: '证书编号', dataIndex: 'certificateNumber', className: 'nowrap' },
  {
    title: '证书状态',
    dataIndex: 'status',
    className: 'nowrap',
    render: (status: CertificateStatus) => <CertificateStatusTag status={status} />,
  },
  { title: '变更时间', dataIndex: 'changedAt', render: (v: string) => <BeijingTime iso={v} /> },
  {
    title: '推送状态',
    dataIndex: 'state',
    className: 'nowrap',
    render: (state: WebhookState) => <StatusTag tone={TONES[state]}>{state}</StatusTag>,
  },
  { title: '推送次数', dataIndex: 'attempts', className: 'nowrap' },
  {
    title: '失败原因',
    dataIndex: 'lastError',
    onHeaderCell: () => ({ className: 'nowrap' }),
    render: (v: string | null) => (v ? <span className="cell-value">{v}</span> : '—'),
  },
  { title: '送达时间', dataIndex: 'deliveredAt', render: (v: string | null) => <BeijingTime iso={v} /> },
  {
    title: '操作',
    key: 'actions',
    className: 'nowrap',
    render: (_, item) =>
      item.state !== '失败' ? (
        '—'
      ) : item.clientEnabled ? (
        <RetryButton item={item} />
      ) : (
        <span className="muted">客户端已停用</span>
      ),
  },
];

/**
 * 证书状态推送记录: the webhooks sent to the integration clients, newest first, by state; one that failed after
 * its last try can be pushed again.
 */
export function Deliveries() {
  const mobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const stateParam = params.get('state');
  const state: WebhookState | null = isState(stateParam) ? stateParam : null;
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const query = useQuery({
    queryKey: [...KEY, state, page],
    queryFn: () => {
      return api.get(PATH, { query: { page, state: state ?? undefined } });
    },
    placeholderData: keepPreviousData,
    refetchInterval: (q) => (q.state.data?.items.some((i) => i.state === '待发送') ? WAITING_POLL_MS : false),
  });
  const data = query.data;
  const counts = data?.counts;
  const count = (filter: Filter) => {
    if (!counts) return '';
    const n = filter === ALL ? WEBHOOK_STATES.reduce((sum, s) => sum + counts[s], 0) : counts[filter];
    return `（${n}）`;
  };
  const show = (next: { state?: WebhookState | null; page?: number }) => {
    const search = new URLSearchParams();
    const s = next.state === undefined ? state : next.state;
    if (s) search.set('state', s);
    const p = next.page ?? 1;
    if (p > 1) search.set('page', String(p));
    setParams(search);
  };

  return (
    <section aria-labelledby="deliveries-title" className="deliveries">
      <div className="table-toolbar">
        <h2 id="deliveries-title" className="card-title">
          证书状态推送记录
        </h2>
        <Button onClick={() => void query.refetch()} loading={query.isFetching && !query.isPending}>
          刷新
        </Button>
      </div>
      <p className="muted">
        证书发放、暂扣、恢复有效、撤销、注销或失效时，向开通“证书状态变更推送”的客户端推送；失败时自动重试（约4小时内共11次），仍失败的可以手动重试。时间为北京时间。
      </p>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      <div className="table-toolbar">
        <Segmented<Filter>
          aria-label="推送状态"
          className="sms-filter"
          value={state ?? ALL}
          onChange={(value) => show({ state: value === ALL ? null : value })}
          options={FILTERS.map((value) => ({ value, label: `${value}${count(value)}` }))}
        />
      </div>
      {mobile ? (
        <DeliveryCards data={data} isError={query.isError} page={page} onPage={(p) => show({ page: p })} />
      ) : (
        <ScrollRegion label="证书状态推送记录列表">
          <Table<WebhookDeliveryItem>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={data?.items ?? []}
            loading={query.isPending && !query.isError}
            tableLayout="auto"
            locale={{ emptyText: state ? `暂无${state}的推送记录` : '暂无推送记录' }}
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
      )}
    </section>
  );
}

/** Phones: a card per delivery, the retry below it; 上一页 / 下一页 when there are more. */
function DeliveryCards({
  data,
  isError,
  page,
  onPage,
}: {
  data: WebhookDeliveryPage | undefined;
  isError: boolean;
  page: number;
  onPage: (page: number) => void;
}) {
  if (!data) return isError ? null : <Spin />;
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  return (
    <>
      <FieldCards
        label="证书状态推送记录列表"
        empty="暂无推送记录"
        items={data.items.map((item) => ({
          key: item.id,
          title: (
            <>
              {item.certificateNumber} <CertificateStatusTag status={item.status} />
            </>
          ),
          fields: [
            ['接口客户端', item.clientName],
            [
              '推送状态',
              <StatusTag key="state" tone={TONES[item.state]}>
                {item.state}
              </StatusTag>,
            ],
            ['推送次数', item.attempts],
            ['失败原因', item.lastError ?? '—'],
            ['变更时间', <BeijingTime key="changed" iso={item.changedAt} />],
            ['送达时间', <BeijingTime key="delivered" iso={item.deliveredAt} />],
          ] as [string, ReactNode][],
          actions: item.state === '失败' ? <RetryCell item={item} /> : undefined,
        }))}
      />
      {pages > 1 && (
        <div className="table-actions">
          <Button disabled={page <= 1} onClick={() => onPage(page - 1)}>
            上一页
          </Button>
          <span className="muted">
            第{page}页，共{pages}页
          </span>
          <Button disabled={page >= pages} onClick={() => onPage(page + 1)}>
            下一页
          </Button>
        </div>
      )}
    </>
  );
}
