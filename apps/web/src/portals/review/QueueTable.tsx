import type { QueueItem } from '@rcpd/shared';
import { Spin, Table, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatTime } from '../../components/format';
import { ScrollRegion } from '../../components/ScrollRegion';
import { ApplicationStatusTag } from '../../components/StatusTag';
import { TimeText } from '../../components/TimeText';
import { useIsMobile } from '../../components/useIsMobile';

/** What the rows need from the page: where a detail is, and whether a row waits for this reviewer. */
export interface RowContext {
  detailPath: (item: QueueItem) => string;
  /** the queue's query string, so the detail's 返回 finds the same filters */
  from: string;
  waitsForMe: (item: QueueItem) => boolean;
}

const categoryText = (item: QueueItem) => (item.category ? `${item.category}类` : '—');

/** 审核 when the application waits in the reviewer's own stage, else 查看; both name the applicant. */
function OpenLink({ item, ctx }: { item: QueueItem; ctx: RowContext }) {
  const action = ctx.waitsForMe(item) ? '审核' : '查看';
  return (
    <Link
      to={ctx.detailPath(item)}
      state={{ from: ctx.from }}
      className="underline-link nowrap"
      aria-label={`${action}：${item.applicantName}`}
    >
      {action}
    </Link>
  );
}

function columns(ctx: RowContext): TableColumnsType<QueueItem> {
  return [
    { title: '姓名', dataIndex: 'applicantName', className: 'nowrap' },
    { title: '证件号码', dataIndex: 'maskedIdNumber', className: 'nowrap' },
    {
      title: '推荐单位',
      dataIndex: 'employerName',
      render: (v: string) => <span className="cell-name">{v}</span>,
    },
    {
      title: '申报通知',
      dataIndex: 'noticeTitle',
      render: (v: string) => <span className="cell-name">{v}</span>,
    },
    { title: '申报类别', key: 'category', className: 'nowrap', render: (_, item) => categoryText(item) },
    {
      title: '申报类型',
      dataIndex: 'serviceType',
      className: 'nowrap',
      render: (v: string | null) => v ?? '—',
    },
    {
      title: '业务状态',
      dataIndex: 'status',
      className: 'nowrap',
      render: (status: QueueItem['status']) => <ApplicationStatusTag status={status} />,
    },
    {
      title: '当前环节',
      dataIndex: 'stageName',
      className: 'nowrap',
      render: (v: string) => v || '—',
    },
    {
      title: '申报时间',
      dataIndex: 'submittedAt',
      className: 'time-cell',
      render: (v: string | null) => <TimeText iso={v} />,
    },
    { title: '操作', key: 'actions', render: (_, item) => <OpenLink item={item} ctx={ctx} /> },
  ];
}

/** Phones: one block per application, its 审核 link in view without scrolling sideways. */
function QueueCards({ items, ctx }: { items: QueueItem[]; ctx: RowContext }) {
  if (items.length === 0) return <p className="muted entry-empty">暂无申报</p>;
  const rows = (item: QueueItem): [string, ReactNode][] => [
    ['证件号码', item.maskedIdNumber],
    ['推荐单位', item.employerName],
    ['申报通知', item.noticeTitle],
    ['申报类别', categoryText(item)],
    ['申报类型', item.serviceType ?? '—'],
    ['业务状态', <ApplicationStatusTag key="status" status={item.status} />],
    ['当前环节', item.stageName || '—'],
    ['申报时间', formatTime(item.submittedAt)],
  ];
  return (
    <ol className="entry-cards" aria-label="申报列表">
      {items.map((item) => (
        <li key={item.id} className="entry-card-item">
          <div className="entry-card-head">{item.applicantName}</div>
          <dl className="entry-card-fields">
            {rows(item).map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <OpenLink item={item} ctx={ctx} />
        </li>
      ))}
    </ol>
  );
}

export function QueueTable({
  items,
  loading,
  ctx,
}: {
  items: QueueItem[];
  loading: boolean;
  ctx: RowContext;
}) {
  const mobile = useIsMobile();
  if (mobile) return loading && items.length === 0 ? <Spin /> : <QueueCards items={items} ctx={ctx} />;
  return (
    <ScrollRegion label="申报列表">
      <Table<QueueItem>
        rowKey="id"
        size="middle"
        columns={columns(ctx)}
        dataSource={items}
        loading={loading}
        pagination={false}
        tableLayout="auto"
        locale={{ emptyText: '暂无申报' }}
      />
    </ScrollRegion>
  );
}
