import { Result, Space } from 'antd';
import { Navigate, useSearchParams } from 'react-router';
import { useSession } from '../api/session';
import { ButtonLink } from '../components/ButtonLink';
import { DocumentTitle, Loading, PublicLayout } from '../components/Layouts';
import { QueryError } from '../components/QueryError';

/**
 * Where a 扫码登录 QR code leads (`/scan?c=…`): the 扫一扫 page of the portal the phone is signed in to, or, signed
 * in nowhere yet, a choice of the two (each signs in first, then comes back to the code).
 */
export function ScanRedirectPage() {
  const [params] = useSearchParams();
  const session = useSession();
  const search = params.get('c') ? `?c=${encodeURIComponent(params.get('c') ?? '')}` : '';
  if (session.isError) return <QueryError error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data) return <Loading />;
  const portal = session.data.account?.portal;
  if (portal === 'person') return <Navigate to={`/person/scan${search}`} replace />;
  if (portal === 'employer') return <Navigate to={`/employer/scan${search}`} replace />;
  return (
    <PublicLayout>
      <DocumentTitle title="扫一扫" />
      <Result
        status="info"
        title={portal ? '管理端账号不能扫码登录' : '请先在手机上登录本系统'}
        subTitle="扫码登录需要使用已登录的个人或单位账号确认。"
        extra={
          <Space orientation="vertical">
            <ButtonLink to={`/person/scan${search}`}>个人账号登录后确认</ButtonLink>
            <ButtonLink to={`/employer/scan${search}`} ghost>
              单位账号登录后确认
            </ButtonLink>
          </Space>
        }
      />
    </PublicLayout>
  );
}
