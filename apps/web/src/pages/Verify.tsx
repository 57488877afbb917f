import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import type { CertificateItem, CertificateVerification } from '@rcpd/shared';
import { useQuery } from '@tanstack/react-query';
import { Descriptions } from 'antd';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../api/client';
import { categoryText } from '../components/format';
import { DocumentTitle, Loading, PublicLayout } from '../components/Layouts';
import { QueryError } from '../components/QueryError';
import { CertificateStatusTag } from '../components/StatusTag';

function Details({ certificate }: { certificate: CertificateItem }) {
  return (
    <Descriptions
      className="verify-details"
      bordered
      size="small"
      column={1}
      items={[
        { key: 'number', label: '证书编号', children: certificate.number },
        { key: 'holder', label: '持证人', children: certificate.holderName },
        {
          key: 'category',
          label: '认定类别',
          children: categoryText(certificate.category, certificate.categoryName),
        },
        { key: 'issued', label: '发证日期', children: certificate.issuedOn },
        { key: 'valid', label: '有效期至', children: certificate.validUntil ?? '长期有效' },
        { key: 'status', label: '证书状态', children: <CertificateStatusTag status={certificate.status} /> },
        { key: 'issuer', label: '发证机关', children: '吉林省人力资源和社会保障厅' },
      ]}
    />
  );
}

function Outcome({ result }: { result: CertificateVerification }) {
  if (result.valid) {
    return (
      <>
        <div className="verify-banner verify-valid" role="status">
          <CheckCircleFilled aria-hidden />
          <div>
            <h2>证书有效</h2>
            <p>该证书由人才分类定级评定系统签发，二维码内容与证书记录一致。</p>
          </div>
        </div>
        <Details certificate={result.certificate} />
      </>
    );
  }
  return (
    <>
      <div className="verify-banner verify-invalid" role="alert">
        <CloseCircleFilled aria-hidden />
        <div>
          <h2>{result.certificate ? '证书不在有效状态' : '证书验证未通过'}</h2>
          <p>{result.reason}</p>
        </div>
      </div>
      {result.certificate && <Details certificate={result.certificate} />}
    </>
  );
}

/** 证书验证: where the QR code on a certificate leads (no sign-in). The server checks the signature. */
export function VerifyPage() {
  const [params] = useSearchParams();
  const token = params.get('t') ?? '';
  const query = useQuery({
    queryKey: ['public', 'verify', token],
    queryFn: () => api.get('/api/public/certificates/verify', { query: { t: token } }),
    enabled: token !== '',
  });
  let body: ReactNode;
  if (!token) {
    body = (
      <Outcome
        result={{
          valid: false,
          reason: '证书二维码无效：链接中缺少证书信息，请扫描证书上的二维码',
          certificate: null,
        }}
      />
    );
  } else if (query.isError) {
    body = <QueryError title="验证失败" error={query.error} onRetry={() => void query.refetch()} />;
  } else if (!query.data) {
    body = <Loading />;
  } else {
    body = <Outcome result={query.data} />;
  }
  return (
    <PublicLayout>
      <DocumentTitle title="证书验证" />
      <section className="public-panel verify-panel" aria-labelledby="verify-title">
        <h1 id="verify-title" className="public-title">
          证书验证
        </h1>
        <p className="muted">人才分类定级认定电子证书真伪查验</p>
        {body}
      </section>
    </PublicLayout>
  );
}
