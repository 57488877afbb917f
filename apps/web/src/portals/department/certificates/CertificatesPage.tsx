import {
  CERTIFICATE_STATUSES,
  type CertificateAction,
  type CertificateItem,
  type CertificateStatus,
} from '@rcpd/shared';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Select, Spin, Table, type TableColumnsType } from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import { api } from '../../../api/client';
import { FieldCards } from '../../../components/FieldCards';
import { categoryText, formatTime } from '../../../components/format';
import { ListTotal, LoadMore, SearchBox } from '../../../components/keyset';
import { PageTitle } from '../../../components/Layouts';
import { QueryError } from '../../../components/QueryError';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { CertificateStatusTag } from '../../../components/StatusTag';
import { useIsMobile } from '../../../components/useIsMobile';
import { certificatesKey, StatusDialog } from './StatusDialog';

type Act = (item: CertificateItem, action: CertificateAction) => void;

/** The buttons are the server's `allowedActions` (the certificate policy): nothing here re-derives them. */
function Actions({ item, act }: { item: CertificateItem; act: Act }) {
  const actions = item.allowedActions;
  if (actions.length === 0) return '—';
  return (
    <span className="row-actions">
      {actions.map((action) => (
        <Button
          key={action}
          type="link"
          size="small"
          danger={action === '撤销' || action === '注销'}
          aria-label={`${action}：${item.number}`}
          onClick={() => act(item, action)}
        >
          {action}
        </Button>
      ))}
    </span>
  );
}

function Reason({ item }: { item: CertificateItem }) {
  if (!item.statusReason) return '—';
  return (
    <span className="cell-text">
      {item.statusReason}
      {item.statusChangedAt && <span className="muted nowrap">（{formatTime(item.statusChangedAt)}）</span>}
    </span>
  );
}

/** The fields of a certificate, as table columns and as the lines of a card on phones. */
const FIELDS: [title: string, value: (item: CertificateItem) => ReactNode][] = [
  ['证书编号', (item) => item.number],
  ['持证人', (item) => item.holderName],
  ['认定类别', (item) => categoryText(item.category, item.categoryName)],
  ['发证日期', (item) => item.issuedOn],
  ['有效期至', (item) => item.validUntil ?? '长期有效'],
  ['状态', (item) => <CertificateStatusTag status={item.status} />],
];

function columns(act: Act): TableColumnsType<CertificateItem> {
  return [
    ...FIELDS.map(([title, value]) => ({
      title,
      key: title,
      className: 'nowrap',
      render: (_: unknown, item: CertificateItem) => value(item),
    })),
    { title: '状态原因', key: 'reason', render: (_, item) => <Reason item={item} /> },
    {
      title: '操作',
      key: 'actions',
      className: 'nowrap',
      render: (_, item) => <Actions item={item} act={act} />,
    },
  ];
}

const ALL = '全部';
const STATUS_OPTIONS = [ALL, ...CERTIFICATE_STATUSES].map((value) => ({ value, label: value }));
const PAGE_SIZE = 50;

/**
 * 证书管理 (SPEC §8): the certificates issued, newest first (the server orders; 加载更多 pages on), with 暂扣,
 * 撤销, 注销 and 恢复有效, each with a reason.
 */
export function CertificatesPage() {
  const mobile = useIsMobile();
  const [status, setStatus] = useState<string>(ALL);
  const [search, setSearch] = useState('');
  const query = useInfiniteQuery({
    queryKey: [...certificatesKey, status, search],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api.get('/api/department/certificates', {
        query: {
          ...(status === ALL ? {} : { status: status as CertificateStatus }),
          q: search || undefined,
          limit: PAGE_SIZE,
          after: pageParam ?? undefined,
        },
      }),
    getNextPageParam: (last) => last.next,
  });
  const [target, setTarget] = useState<{ item: CertificateItem; action: CertificateAction } | null>(null);
  const act: Act = (item, action) => setTarget({ item, action });
  const cols = useMemo(() => columns((item, action) => setTarget({ item, action })), []);
  const items = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  const total = query.data?.pages[0]?.total;
  const empty = search || status !== ALL ? '没有符合条件的证书' : '暂无证书';

  let list: ReactNode;
  if (mobile && !query.data) list = query.isError ? null : <Spin />;
  else if (mobile)
    list = (
      <FieldCards
        label="证书列表"
        empty={empty}
        items={items.map((item) => ({
          key: item.id,
          title: `${item.holderName}（${item.number}）`,
          fields: [
            ...FIELDS.slice(2).map(([title, value]): [string, ReactNode] => [title, value(item)]),
            ['状态原因', <Reason key="reason" item={item} />],
          ],
          actions: item.allowedActions.length > 0 ? <Actions item={item} act={act} /> : undefined,
        }))}
      />
    );
  else
    list = (
      <ScrollRegion label="证书列表">
        <Table<CertificateItem>
          rowKey="id"
          size="small"
          columns={cols}
          dataSource={items}
          loading={query.isPending && !query.isError}
          pagination={false}
          tableLayout="auto"
          locale={{ emptyText: empty }}
        />
      </ScrollRegion>
    );

  return (
    <>
      <PageTitle>证书管理</PageTitle>
      <p className="muted">
        发布评审结果时为认定通过和调整类别认定的申报人发放电子证书。证书状态变更后，证书验证页面立即显示新的状态；撤销和注销后不能再恢复。
      </p>
      <search className="table-toolbar" aria-label="筛选证书">
        <label htmlFor="certificate-status-filter">状态</label>
        <Select
          id="certificate-status-filter"
          value={status}
          onChange={setStatus}
          options={STATUS_OPTIONS}
          style={{ minWidth: 100 }}
        />
        <SearchBox
          label="姓名、证书编号或证件号码"
          placeholder="持证人姓名、完整证书编号或证件号码"
          onSearch={setSearch}
          width={340}
        />
        <ListTotal total={total} unit="张" />
      </search>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {list}
      <LoadMore query={query} />
      <StatusDialog target={target} onClose={() => setTarget(null)} />
    </>
  );
}
