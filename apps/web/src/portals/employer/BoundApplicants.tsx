import type { EmployerApplicantItem } from '@rcpd/shared';
import { useQuery } from '@tanstack/react-query';
import { Table, type TableColumnsType } from 'antd';
import { api } from '../../api/client';
import { formatTime } from '../../components/format';
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

/** 已绑定人员: applicants whose binding to this employer is 材料终审通过. */
export function BoundApplicantsPage() {
  const query = useQuery({
    queryKey: ['employer', 'applicants'],
    queryFn: () => api.get('/api/employer/applicants'),
  });
  return (
    <>
      <PageTitle>已绑定人员</PageTitle>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      <ScrollRegion label="已绑定人员列表">
        <Table<BoundApplicant>
          rowKey="bindingId"
          size="middle"
          columns={columns}
          dataSource={query.data?.items ?? []}
          loading={query.isPending && !query.isError}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          tableLayout="auto"
          locale={{ emptyText: '暂无已绑定人员' }}
        />
      </ScrollRegion>
    </>
  );
}
