import type { ApplicationAction, ApplicationSummary } from '@rcpd/shared';
import { Card, Spin, Table, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { formatTime } from '../../../components/format';
import { QueryError } from '../../../components/QueryError';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { ApplicationStatusTag, OutcomeTag } from '../../../components/StatusTag';
import { TimeText } from '../../../components/TimeText';
import { useIsMobile } from '../../../components/useIsMobile';
import { applicationPaths, useApplications } from './api';

/** Where each action the server allows leads; 删除 of a draft has no page of its own yet. */
const ACTION_TARGETS: Partial<Record<ApplicationAction, (id: string) => string>> = {
  编辑: applicationPaths.page,
  查看: applicationPaths.page,
  进度跟踪: (id) => `${applicationPaths.page(id)}#flow`,
  提交: applicationPaths.submitPage,
};

function Actions({ item }: { item: ApplicationSummary }) {
  const actions = item.allowedActions.filter((a) => ACTION_TARGETS[a]);
  if (actions.length === 0) return '—';
  return (
    <span className="row-actions">
      {actions.map((action) => (
        <Link
          key={action}
          to={(ACTION_TARGETS[action] as (id: string) => string)(item.id)}
          className="underline-link"
          aria-label={`${action}：${item.noticeTitle}`}
        >
          {action}
        </Link>
      ))}
    </span>
  );
}

/** 评审结果 of an application (manual 3.4): shown once published, with the certified category. */
function ResultText({ item }: { item: ApplicationSummary }) {
  const { result } = item;
  if (item.status !== '材料审核通过') return '—';
  if (!result) return <span className="muted">尚未发布</span>;
  return (
    <span className="result-cell">
      <OutcomeTag outcome={result.outcome} />
      {result.category && <span className="nowrap">{result.category}类</span>}
    </span>
  );
}

/** Phones: one block per application, so 业务状态 and the actions are in view without scrolling sideways. */
function HistoryCards({ items }: { items: ApplicationSummary[] }) {
  if (items.length === 0) return <p className="muted entry-empty">暂无申报记录</p>;
  return (
    <ol className="entry-cards" aria-label="申报历史信息列表">
      {items.map((item) => (
        <li key={item.id} className="entry-card-item">
          <div className="entry-card-head">{item.noticeTitle}</div>
          <dl className="entry-card-fields">
            <div>
              <dt>推荐单位</dt>
              <dd>{item.employerName}</dd>
            </div>
            <div>
              <dt>申报类别</dt>
              <dd>{item.category ? `${item.category}类` : '—'}</dd>
            </div>
            <div>
              <dt>业务状态</dt>
              <dd>
                <ApplicationStatusTag status={item.status} />
              </dd>
            </div>
            <div>
              <dt>评审结果</dt>
              <dd>
                <ResultText item={item} />
              </dd>
            </div>
            <div>
              <dt>申报时间</dt>
              <dd>{item.submittedAt ? formatTime(item.submittedAt) : '未提交'}</dd>
            </div>
          </dl>
          <Actions item={item} />
        </li>
      ))}
    </ol>
  );
}

const columns: TableColumnsType<ApplicationSummary> = [
  {
    title: '通知名称',
    dataIndex: 'noticeTitle',
    render: (v: string) => <span className="cell-name">{v}</span>,
  },
  {
    title: '推荐单位',
    dataIndex: 'employerName',
    render: (v: string) => <span className="cell-name">{v}</span>,
  },
  {
    title: '申报类别',
    dataIndex: 'category',
    className: 'nowrap',
    render: (v: ApplicationSummary['category']) => (v ? `${v}类` : '—'),
  },
  {
    title: '业务状态',
    dataIndex: 'status',
    className: 'nowrap',
    render: (status: ApplicationSummary['status']) => <ApplicationStatusTag status={status} />,
  },
  {
    title: '评审结果',
    key: 'result',
    className: 'nowrap',
    render: (_: unknown, item) => <ResultText item={item} />,
  },
  {
    title: '申报时间',
    dataIndex: 'submittedAt',
    className: 'time-cell',
    render: (v: string | null) => (v ? <TimeText iso={v} /> : <span className="muted">未提交</span>),
  },
  {
    title: '操作',
    key: 'actions',
    className: 'nowrap',
    render: (_: unknown, item) => <Actions item={item} />,
  },
];

/** 申报历史信息 (manual 3.3.2): the applicant's applications with their 业务状态 and what can be done now. */
export function ApplicationHistory() {
  const query = useApplications();
  const mobile = useIsMobile();
  const items = query.data?.items ?? [];
  return (
    <Card title={<h2 className="card-title">申报历史信息</h2>}>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {mobile && query.isPending && !query.isError && <Spin />}
      {mobile && query.data && <HistoryCards items={items} />}
      {!mobile && (
        <ScrollRegion label="申报历史信息列表">
          <Table<ApplicationSummary>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={items}
            loading={query.isPending && !query.isError}
            pagination={false}
            tableLayout="auto"
            locale={{ emptyText: '暂无申报记录' }}
          />
        </ScrollRegion>
      )}
    </Card>
  );
}
