import type { ApplicationDetail, PublishedResult } from '@rcpd/shared';
import { Button, Card, Descriptions } from 'antd';
import { usePreview } from '../../../components/application/FilePreview';
import { categoryText, formatTime } from '../../../components/format';
import { OutcomeTag } from '../../../components/StatusTag';
import { certificatePdf, certificatePreview, useMyCertificates } from '../certificates';

const LEAD: Record<PublishedResult['outcome'], string> = {
  认定通过: '经评审，认定为申报的人才类别。',
  调整类别认定: '经评审，调整为下列人才类别予以认定。',
  不予认定: '经评审，不予认定。',
};

function CertificateLinks({ id }: { id: string }) {
  const { preview, previewNode } = usePreview();
  const number = useMyCertificates().data?.items.find((c) => c.id === id)?.number ?? '';
  return (
    <span className="row-actions">
      <Button type="link" size="small" onClick={() => preview(certificatePreview(id, number))}>
        查看电子证书
      </Button>
      <a href={certificatePdf(id, true)} className="file-link">
        下载电子证书
      </a>
      {previewNode}
    </span>
  );
}

/** 评审结果查询 (manual 3.4): shown once the department has published the result. */
export function ResultCard({ detail }: { detail: ApplicationDetail }) {
  const result = detail.result;
  if (!result) return null;
  return (
    <Card id="result" title={<h2 className="card-title">评审结果</h2>}>
      <p>{LEAD[result.outcome]}</p>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 1, md: 2, lg: 4 }}
        items={[
          { key: 'outcome', label: '评审结果', children: <OutcomeTag outcome={result.outcome} /> },
          {
            key: 'category',
            label: '认定类别',
            children: result.category ? categoryText(result.category, result.categoryName) : '—',
          },
          { key: 'publishedAt', label: '发布时间', children: formatTime(result.publishedAt) },
          {
            key: 'certificate',
            label: '电子证书',
            children: result.certificateId ? <CertificateLinks id={result.certificateId} /> : '无',
          },
        ]}
      />
    </Card>
  );
}
