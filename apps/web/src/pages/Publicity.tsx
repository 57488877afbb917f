import type { PublicityItem } from '@rcpd/shared';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Spin, Table, type TableColumnsType } from 'antd';
import { api } from '../api/client';
import { FieldCards } from '../components/FieldCards';
import { LoadMore } from '../components/keyset';
import { DocumentTitle, PublicLayout } from '../components/Layouts';
import { QueryError } from '../components/QueryError';
import { ScrollRegion } from '../components/ScrollRegion';
import { OutcomeTag } from '../components/StatusTag';
import { useIsMobile } from '../components/useIsMobile';

const TITLE = '人才分类定级认定结果公示';

const columns: TableColumnsType<PublicityItem> = [
  { title: '姓名', dataIndex: 'name', className: 'nowrap' },
  {
    title: '推荐单位',
    dataIndex: 'employerName',
    render: (v: string) => <span className="cell-name">{v}</span>,
  },
  { title: '认定类别', dataIndex: 'category', className: 'nowrap' },
  {
    title: '评审结果',
    dataIndex: 'outcome',
    className: 'nowrap',
    render: (v: PublicityItem['outcome']) => <OutcomeTag outcome={v} />,
  },
  { title: '公示截止日期', dataIndex: 'publicityEndsOn', className: 'nowrap' },
];

function PublicityList({ items, loading }: { items: PublicityItem[]; loading: boolean }) {
  const mobile = useIsMobile();
  if (mobile) {
    if (loading) return <Spin />;
    return (
      <FieldCards
        label="公示名单"
        empty="当前没有公示中的认定结果"
        items={items.map((item, i) => ({
          key: `${i}-${item.name}`,
          title: item.name,
          fields: [
            ['推荐单位', item.employerName],
            ['认定类别', item.category],
            ['评审结果', <OutcomeTag key="outcome" outcome={item.outcome} />],
            ['公示截止日期', item.publicityEndsOn],
          ],
        }))}
      />
    );
  }
  return (
    <ScrollRegion label="公示名单">
      <Table<PublicityItem>
        rowKey={(item) => `${item.name}-${item.employerName}-${item.category}-${item.publicityEndsOn}`}
        size="middle"
        columns={columns}
        dataSource={items}
        loading={loading}
        pagination={false}
        tableLayout="auto"
        locale={{ emptyText: '当前没有公示中的认定结果' }}
      />
    </ScrollRegion>
  );
}

/** The public 公示 list (SPEC §8): no sign-in, never an identity number. */
export function PublicityPage() {
  const query = useInfiniteQuery({
    queryKey: ['public', 'publicity'],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api.get('/api/public/publicity', { query: { limit: 50, after: pageParam ?? undefined } }),
    getNextPageParam: (last) => last.next,
  });
  const total = query.data?.pages[0]?.total;
  return (
    <PublicLayout>
      <DocumentTitle title={TITLE} />
      <section className="public-panel" aria-labelledby="publicity-title">
        <h1 id="publicity-title" className="public-title">
          {TITLE}
        </h1>
        <p>
          根据《吉林省人才分类目录》，经个人申报、单位推荐、材料审核和评审，拟对以下人员进行人才分类定级认定，现予以公示。
        </p>
        <p className="public-note">
          公示期间，对公示对象有异议的，请以书面形式向<strong>吉林省人力资源和社会保障厅</strong>
          反映，并写明异议人的真实姓名和联系方式及具体事实。匿名或无具体事实的异议不予受理。
        </p>
        {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
        {total !== undefined && total > 0 && <p className="muted">共 {total} 人</p>}
        {!query.isError && (
          <PublicityList
            items={query.data?.pages.flatMap((page) => page.items) ?? []}
            loading={query.isPending}
          />
        )}
        <LoadMore query={query} />
      </section>
    </PublicLayout>
  );
}
