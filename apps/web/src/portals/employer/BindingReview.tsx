import { BINDING_STATUSES, type BindingStatus, type EmployerBindingItem } from '@rcpd/shared';
import { useQuery } from '@tanstack/react-query';
import { Button, Select, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { api, type QueryFor } from '../../api/client';
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

/** 绑定审核: applicants ask to bind to this employer; 待审核 requests come first (the server orders). */
export function BindingReviewPage() {
  const [status, setStatus] = useState<string>(ALL);
  const [deciding, setDeciding] = useState<Deciding | null>(null);
  const query = useQuery({
    queryKey: [...employerBindingsKey, status],
    queryFn: () =>
      api.get('/api/employer/bindings', {
        query: status === ALL ? {} : ({ status } as QueryFor<'/api/employer/bindings'>),
      }),
  });

  return (
    <>
      <PageTitle>绑定审核</PageTitle>
      <p className="muted">
        申报人向本单位发起绑定申请后，由单位审核：“审核通过”后个人与单位绑定成功，业务状态为“材料终审通过”；
        “审核不通过终止审核”时须填写办件意见。
      </p>
      <div className="table-toolbar">
        <label htmlFor="binding-status-filter">业务状态</label>
        <Select
          id="binding-status-filter"
          value={status}
          onChange={setStatus}
          options={FILTERS}
          style={{ minWidth: 180 }}
        />
      </div>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      <ScrollRegion label="绑定申请列表">
        <Table<EmployerBindingItem>
          rowKey="id"
          size="middle"
          columns={columns(setDeciding)}
          dataSource={query.data?.items ?? []}
          loading={query.isPending && !query.isError}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          tableLayout="auto"
          locale={{ emptyText: '暂无绑定申请' }}
        />
      </ScrollRegion>
      <DecisionModal deciding={deciding} onClose={() => setDeciding(null)} />
    </>
  );
}
