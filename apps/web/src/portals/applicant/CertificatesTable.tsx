import type { CertificateItem } from '@rcpd/shared';
import { Table, type TableColumnsType } from 'antd';

/** 我的证照 as a table (wider screens), in a chunk of its own. */
export function CertificatesTable({
  columns,
  items,
}: {
  columns: TableColumnsType<CertificateItem>;
  items: CertificateItem[];
}) {
  return (
    <Table<CertificateItem>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      pagination={false}
      tableLayout="auto"
    />
  );
}
