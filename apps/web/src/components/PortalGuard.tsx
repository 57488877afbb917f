import type { Portal, Role } from '@rcpd/shared';
import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { useSession } from '../api/session';
import { PORTAL_CONFIG } from '../portals/config';
import { AccountContext, hasRole, useAccount } from './account';
import { Loading, PageTitle, PublicLayout } from './Layouts';
import { type MenuEntry, PortalShell } from './PortalShell';
import { QueryError } from './QueryError';

/**
 * Every page of a portal sits behind this: nobody signed in → the portal's login; an account of another
 * portal → that portal's home.
 */
export function PortalGuard({ portal, menu }: { portal: Portal; menu: MenuEntry[] }) {
  const session = useSession();
  const location = useLocation();
  const config = PORTAL_CONFIG[portal];

  if (!session.data) {
    if (session.isError) {
      return (
        <PublicLayout>
          <PageTitle>{config.title}</PageTitle>
          <QueryError error={session.error} onRetry={() => void session.refetch()} />
        </PublicLayout>
      );
    }
    return <Loading />;
  }
  const { account } = session.data;
  if (!account)
    return <Navigate to={config.login} replace state={{ from: location.pathname + location.search }} />;
  if (account.portal !== portal) return <Navigate to={PORTAL_CONFIG[account.portal].home} replace />;
  return (
    <AccountContext value={account}>
      <PortalShell config={config} menu={menu}>
        <Outlet />
      </PortalShell>
    </AccountContext>
  );
}

/** A page only some roles of the portal may open (e.g. 审核人账号管理 for the employer's administrator). */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const account = useAccount();
  const navigate = useNavigate();
  if (hasRole(account, roles)) return children;
  return (
    <Result
      status="403"
      title={<h1 className="result-title">无权访问</h1>}
      subTitle="您的账号没有使用此功能的权限。"
      extra={
        <Button type="primary" onClick={() => navigate(PORTAL_CONFIG[account.portal].home)}>
          返回首页
        </Button>
      }
    />
  );
}
