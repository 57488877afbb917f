import { BINDING_STATUSES, type BindingStatus, type EmployerBindingItem } from '@rcpd/shared';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Select, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { api, type QueryFor } from '../../api/client';
import { ListTotal, LoadMore, SearchBox } from '../../components/keyset';
import { PageTitle } from '../../components/Layouts';
import { QueryError } from '../../components/QueryError';
import { ScrollRegion } from '../../components/ScrollRegion';
import { BindingStatusTag } from '../../components/StatusTag';
import { TimeText } from '../../components/TimeText';
import { employerBindingsKey } from './bindings';
import { type Deciding, DecisionModal } from './DecisionModal';

const ALL = 'all';
const FILTERS = [{ value: ALL, label: '全部' }, ...BINDING_STATUSES.map((s) => ({ value: s, label: s }))];

function columns(decide: (d: Deciding) => void): TableColumnsType<EmployerBindingItem> {
  return [
    { title: '申请人', dataIndex: 'applicantName', className: 'nowrap' },
    { title: '证件号码', dataIndex: 'maskedIdNumber', className: 'nowrap' },
    { title: '手机号码', dataIndex: 'maskedPhone', className: 'nowrap' },
    {
      title: '申请时间',
      dataIndex: 'requestedAt',
      className: 'time-cell',
      render: (v: string) => <TimeText iso={v} />,
    },
    {
      title: '业务状态',
      dataIndex: 'status',
      className: 'nowrap',
      render: (status: BindingStatus) => <BindingStatusTag status={status} />,
    },
    {
      title: '办件意见',
      dataIndex: 'opinion',
      render: (v: string | null) => <span className="cell-text">{v || '—'}</span>,
    },
    {
      title: '审核时间',
      dataIndex: 'decidedAt',
      className: 'time-cell',
      render: (v: string | null, item) => (
        <>
          <TimeText iso={v} />
          {item.decidedByName && <div className="muted">审核人：{item.decidedByName}</div>}
        </>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      className: 'nowrap',
      render: (_: unknown, item) =>
        item.allowedActions.length === 0 ? (
          '—'
        ) : (
          <div className="table-actions table-actions-stack">
            {item.allowedActions.map((decision) => (
              <Button
                key={decision}
                size="small"
                type={decision === '审核通过' ? 'primary' : 'default'}
                danger={decision !== '审核通过'}
                aria-label={`${decision}：${item.applicantName}`}
                onClick={() => decide({ item, decision })}
              >
                {decision}
              </Button>
            ))}
          </div>
        ),
    },
  ];
}

const PAGE_SIZE = 20;

/** 绑定审核: applicants ask to bind to this employer; 待审核 requests come first (the server orders), 加载更多 pages on. */
export function BindingReviewPage() {
  const [status, setStatus] = useState<string>(ALL);
  const [search, setSearch] = useState('');
  const [deciding, setDeciding] = useState<Deciding | null>(null);
  const query = useInfiniteQuery({
    queryKey: [...employerBindingsKey, status, search],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api.get('/api/employer/bindings', {
        query: {
          ...(status === ALL ? {} : ({ status } as QueryFor<'/api/employer/bindings'>)),
          q: search || undefined,
          limit: PAGE_SIZE,
          after: pageParam ?? undefined,
        },
      }),
    getNextPageParam: (last) => last.next,
  });
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const total = query.data?.pages[0]?.total;

  return (
    <>
      <PageTitle>绑定审核</PageTitle>
      <p className="muted">
        申报人向本单位发起绑定申请后，由单位审核：“审核通过”后个人与单位绑定成功，业务状态为“材料终审通过”；
        “审核不通过终止审核”时须填写办件意见。
      </p>
      <search className="table-toolbar" aria-label="筛选绑定申请">
        <label htmlFor="binding-status-filter">业务状态</label>
        <Select
          id="binding-status-filter"
          value={status}
          onChange={setStatus}
          options={FILTERS}
          style={{ minWidth: 180 }}
        />
        <SearchBox label="姓名或证件号码" placeholder="姓名或完整证件号码" onSearch={setSearch} />
        <ListTotal total={total} />
      </search>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      <ScrollRegion label="绑定申请列表">
        <Table<EmployerBindingItem>
          rowKey="id"
          size="middle"
          columns={columns(setDeciding)}
          dataSource={items}
          loading={query.isPending && !query.isError}
          pagination={false}
          tableLayout="auto"
          locale={{ emptyText: search || status !== ALL ? '没有符合条件的绑定申请' : '暂无绑定申请' }}
        />
      </ScrollRegion>
      <LoadMore query={query} />
      <DecisionModal deciding={deciding} onClose={() => setDeciding(null)} />
    </>
  );
}
