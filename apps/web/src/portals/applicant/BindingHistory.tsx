import type { BindingItem } from '@rcpd/shared';
import { Table, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { PageTitle } from '../../components/Layouts';
import { QueryError } from '../../components/QueryError';
import { ScrollRegion } from '../../components/ScrollRegion';
import { BindingStatusTag } from '../../components/StatusTag';
import { TimeText } from '../../components/TimeText';
import { TABLE_CARDS, withCardLabels } from '../../components/tableCards';
import { useBindingHistory } from './api';
import { UnbindButton } from './UnbindButton';

const columns: TableColumnsType<BindingItem> = withCardLabels<BindingItem>([
  {
    title: '单位名称',
    dataIndex: 'employerName',
    render: (v: string) => <span className="cell-name">{v}</span>,
  },
  { title: '统一社会信用代码', dataIndex: 'uscc', className: 'nowrap' },
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
    render: (status: BindingItem['status']) => <BindingStatusTag status={status} />,
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
    render: (v: string | null) => <TimeText iso={v} />,
  },
  {
    title: '操作',
    key: 'actions',
    className: 'nowrap',
    render: (_: unknown, item) =>
      item.allowedActions.includes('解除绑定') ? (
        <UnbindButton bindingId={item.id} employerName={item.employerName} />
      ) : (
        '—'
      ),
  },
]);

/** 点击查看绑定单位申报状态 (manual 3.1.3): every binding request, with 办件意见. */
export function BindingHistoryPage() {
  const query = useBindingHistory();
  return (
    <>
      <PageTitle
        extra={
          <Link to="/person/rcpd" className="underline-link">
            返回人才分类定级评定
          </Link>
        }
      >
        绑定单位申报状态
      </PageTitle>
      <div className="card-stack">
        {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
        <ScrollRegion label="绑定单位申报状态列表">
          <Table<BindingItem>
            rowKey="id"
            className={TABLE_CARDS}
            size="middle"
            columns={columns}
            dataSource={query.data?.items ?? []}
            loading={query.isPending && !query.isError}
            pagination={false}
            tableLayout="auto"
            locale={{ emptyText: '暂无绑定申请记录' }}
          />
        </ScrollRegion>
        <div className="muted">
          <p>
            注：1.“业务状态”显示“待审核”，即为单位暂未审核个人绑定该单位申请；显示“材料终审通过”，即为个人与单位绑定成功；显示“审核不通过终止审核”，即为单位不同意个人绑定该单位，原因详见“办件意见”，可以依照“办件意见”重新绑定该单位或者换绑其他单位。
          </p>
          <p>
            2.
            若发现申请绑定错了单位，请先联系该单位，单位审核时选择“审核不通过终止审核”后，即可换绑其他单位。
          </p>
        </div>
      </div>
    </>
  );
}
