import { NOTICE_STATUSES, type NoticeAction, type NoticeItem, type NoticeStatus } from '@rcpd/shared';
import { App, Button, Popconfirm, Select, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ButtonLink } from '../../components/ButtonLink';
import { formatTime } from '../../components/format';
import { ListTotal, LoadMore, SearchBox } from '../../components/keyset';
import { PageTitle } from '../../components/Layouts';
import { QueryError } from '../../components/QueryError';
import { ScrollRegion } from '../../components/ScrollRegion';
import { NoticeStatusTag, NoticeWindowTag } from '../../components/StatusTag';
import { errorMessage } from '../../forms/errors';
import { type NoticeCommand, type NoticeFilter, useNoticeCommand, useNotices } from './notices';

const CONFIRM: Record<NoticeCommand, string> = {
  发布: '确定发布该通知吗？发布后申报人即可在申报时间内申报。',
  关闭: '确定关闭该通知吗？关闭后申报人将不能再按此通知申报。',
  删除: '确定删除该通知吗？删除后不可恢复。',
};

function NoticeActions({ item }: { item: NoticeItem }) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const command = useNoticeCommand();
  const run = (action: NoticeCommand) =>
    command.mutateAsync({ id: item.id, command: action }).then(
      () => void message.success(`${action}成功`),
      (error: unknown) => void message.error(errorMessage(error)),
    );
  const button = (action: NoticeAction) =>
    action === '编辑' ? (
      <Button key={action} size="small" onClick={() => navigate(`/admin/notices/${item.id}`)}>
        编辑
      </Button>
    ) : (
      <Popconfirm
        key={action}
        title={CONFIRM[action]}
        okText={action}
        cancelText="取消"
        okButtonProps={{ danger: action !== '发布' }}
        onConfirm={() => run(action)}
      >
        <Button size="small" danger={action === '删除'} aria-label={`${action}：${item.title}`}>
          {action}
        </Button>
      </Popconfirm>
    );
  if (item.allowedActions.length === 0) return '—';
  return <div className="table-actions">{item.allowedActions.map(button)}</div>;
}

const columns: TableColumnsType<NoticeItem> = [
  { title: '通知标题', dataIndex: 'title', render: (v: string) => <span className="cell-text">{v}</span> },
  { title: '申报开始时间', dataIndex: 'startAt', className: 'nowrap', render: (v: string) => formatTime(v) },
  { title: '申报截止时间', dataIndex: 'endAt', className: 'nowrap', render: (v: string) => formatTime(v) },
  {
    title: '认定服务类型',
    dataIndex: 'serviceTypes',
    className: 'nowrap',
    render: (types: string[]) => types.map((t) => <Tag key={t}>{t}</Tag>),
  },
  {
    title: '状态',
    dataIndex: 'status',
    className: 'nowrap',
    render: (status: NoticeStatus, item) => (
      <>
        <NoticeStatusTag status={status} />
        {status === '已发布' && <NoticeWindowTag window={item.window} />}
      </>
    ),
  },
  {
    title: '操作',
    key: 'actions',
    className: 'nowrap',
    render: (_: unknown, item) => <NoticeActions item={item} />,
  },
];

const ALL = '全部';
const STATUS_OPTIONS = [ALL, ...NOTICE_STATUSES].map((value) => ({ value, label: value }));
/** 申报开始 years offered by the 年度 filter: next year back to ten years ago */
const thisYear = new Date().getFullYear();
const YEAR_OPTIONS = [
  { value: 0, label: '全部年度' },
  ...Array.from({ length: 12 }, (_, i) => thisYear + 1 - i).map((y) => ({ value: y, label: `${y}年` })),
];

/** 申报通知 (系统管理员): write, publish, close and delete the notices applicants apply under; newest first, 加载更多. */
export function NoticesPage() {
  const [status, setStatus] = useState<string>(ALL);
  const [year, setYear] = useState(0);
  const [search, setSearch] = useState('');
  const filter: NoticeFilter = {
    ...(search ? { q: search } : {}),
    ...(status === ALL ? {} : { status: status as NoticeStatus }),
    ...(year ? { year } : {}),
  };
  const query = useNotices(filter);
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const total = query.data?.pages[0]?.total;
  const filtered = Boolean(search || year || status !== ALL);
  return (
    <>
      <PageTitle extra={<ButtonLink to="/admin/notices/new">新建通知</ButtonLink>}>申报通知</PageTitle>
      <search className="table-toolbar" aria-label="筛选申报通知">
        <label htmlFor="notice-status-filter">状态</label>
        <Select
          id="notice-status-filter"
          value={status}
          onChange={setStatus}
          options={STATUS_OPTIONS}
          style={{ minWidth: 110 }}
        />
        <label htmlFor="notice-year-filter">申报年度</label>
        <Select
          id="notice-year-filter"
          value={year}
          onChange={setYear}
          options={YEAR_OPTIONS}
          style={{ minWidth: 120 }}
        />
        <SearchBox label="按标题查询" placeholder="通知标题" onSearch={setSearch} />
        <ListTotal total={total} />
      </search>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      <ScrollRegion label="申报通知列表">
        <Table<NoticeItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={items}
          loading={query.isPending && !query.isError}
          pagination={false}
          tableLayout="auto"
          locale={{ emptyText: filtered ? '没有符合条件的申报通知' : '暂无申报通知' }}
        />
      </ScrollRegion>
      <LoadMore query={query} />
    </>
  );
}
