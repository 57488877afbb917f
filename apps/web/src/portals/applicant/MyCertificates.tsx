import type { CertificateItem } from '@rcpd/shared';
import { Button, Card, Spin, type TableColumnsType } from 'antd';
import { type ReactNode, Suspense } from 'react';
import { usePreview } from '../../components/application/FilePreview';
import { FieldCards } from '../../components/FieldCards';
import { categoryText } from '../../components/format';
import { QueryError } from '../../components/QueryError';
import { ScrollRegion } from '../../components/ScrollRegion';
import { CertificateStatusTag } from '../../components/StatusTag';
import { useIsMobile } from '../../components/useIsMobile';
import { lazyComponent } from '../../lazyPage';
import { certificatePdf, certificatePreview, useMyCertificates } from './certificates';

function Actions({ item, preview }: { item: CertificateItem; preview: () => void }) {
  return (
    <span className="row-actions">
      <Button type="link" size="small" aria-label={`预览：${item.number}`} onClick={preview}>
        预览
      </Button>
      <a href={certificatePdf(item.id, true)} className="file-link" aria-label={`下载：${item.number}`}>
        下载
      </a>
    </span>
  );
}

const FIELDS: [title: string, value: (item: CertificateItem) => ReactNode][] = [
  ['证书编号', (item) => item.number],
  ['认定类别', (item) => categoryText(item.category, item.categoryName)],
  ['发证日期', (item) => item.issuedOn],
  ['有效期至', (item) => item.validUntil ?? '长期有效'],
  ['状态', (item) => <CertificateStatusTag status={item.status} />],
];

function columns(open: (item: CertificateItem) => void): TableColumnsType<CertificateItem> {
  return [
    ...FIELDS.map(([title, value]) => ({
      title,
      key: title,
      className: 'nowrap',
      render: (_: unknown, item: CertificateItem) => value(item),
    })),
    {
      title: '操作',
      key: 'actions',
      render: (_, item) => <Actions item={item} preview={() => open(item)} />,
    },
  ];
}

/** antd's Table is a large chunk and most applicants have no certificate yet: it comes with the first one. */
const CertificatesTable = lazyComponent(() => import('./CertificatesTable'), 'CertificatesTable');

/** 我的证照 (manual 3.5): the applicant's certificates with 预览 and 下载 (PDF). */
export function MyCertificates() {
  const query = useMyCertificates();
  const mobile = useIsMobile();
  const { preview, previewNode } = usePreview();
  const items = query.data?.items ?? [];
  const open = (item: CertificateItem) => preview(certificatePreview(item.id, item.number));

  let content: ReactNode;
  if (query.isError) content = <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  else if (!query.data) content = <Spin />;
  else if (mobile)
    content = (
      <FieldCards
        label="我的证照列表"
        empty="暂无证照"
        items={items.map((item) => ({
          key: item.id,
          title: categoryText(item.category, item.categoryName),
          fields: FIELDS.filter(([title]) => title !== '认定类别').map(
            ([title, value]): [string, ReactNode] => [title, value(item)],
          ),
          actions: <Actions item={item} preview={() => open(item)} />,
        }))}
      />
    );
  else if (items.length === 0) content = <p className="muted entry-empty">暂无证照</p>;
  else
    content = (
      <ScrollRegion label="我的证照列表">
        <Suspense fallback={<Spin />}>
          <CertificatesTable columns={columns(open)} items={items} />
        </Suspense>
      </ScrollRegion>
    );

  return (
    <Card id="certificates" title={<h2 className="card-title">我的证照</h2>}>
      {content}
      {previewNode}
    </Card>
  );
}
