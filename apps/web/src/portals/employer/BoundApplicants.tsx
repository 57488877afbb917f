import type { EmployerApplicantItem } from '@rcpd/shared';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { formatTime } from '../../components/format';
import { ListTotal, LoadMore, SearchBox } from '../../components/keyset';
import { PageTitle } from '../../components/Layouts';
import { QueryError } from '../../components/QueryError';
import { ScrollRegion } from '../../components/ScrollRegion';

type BoundApplicant = EmployerApplicantItem;

const columns: TableColumnsType<BoundApplicant> = [
  { title: '姓名', dataIndex: 'applicantName', className: 'nowrap' },
  { title: '证件号码', dataIndex: 'maskedIdNumber', className: 'nowrap' },
  { title: '手机号码', dataIndex: 'maskedPhone', className: 'nowrap' },
  { title: '绑定时间', dataIndex: 'boundSince', className: 'nowrap', render: (v: string) => formatTime(v) },
];

const PAGE_SIZE = 20;

/** 已绑定人员: applicants whose binding to this employer is 材料终审通过, newest first, searched, 加载更多. */
export function BoundApplicantsPage() {
  const [search, setSearch] = useState('');
  const query = useInfiniteQuery({
    queryKey: ['employer', 'applicants', search],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api.get('/api/employer/applicants', {
        query: { q: search || undefined, limit: PAGE_SIZE, after: pageParam ?? undefined },
      }),
    getNextPageParam: (last) => last.next,
  });
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const total = query.data?.pages[0]?.total;
  return (
    <>
      <PageTitle>已绑定人员</PageTitle>
      <search className="table-toolbar" aria-label="查询已绑定人员">
        <SearchBox label="姓名或证件号码" placeholder="姓名或完整证件号码" onSearch={setSearch} />
        <ListTotal total={total} unit="人" />
      </search>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      <ScrollRegion label="已绑定人员列表">
        <Table<BoundApplicant>
          rowKey="bindingId"
          size="middle"
          columns={columns}
          dataSource={items}
          loading={query.isPending && !query.isError}
          pagination={false}
          tableLayout="auto"
          locale={{ emptyText: search ? '没有符合条件的人员' : '暂无已绑定人员' }}
        />
      </ScrollRegion>
      <LoadMore query={query} />
    </>
  );
}
