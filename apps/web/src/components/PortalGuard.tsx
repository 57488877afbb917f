import type { Portal, Role, SessionAccount } from '@rcpd/shared';
import { App } from 'antd';
import { type ReactNode, Suspense, useEffect, useRef, useState } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { renewSession } from '../api/client';
import { useSession } from '../api/session';
import { lazyPage } from '../lazyPage';
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
  // antd's App gives the portal's pages `message`, `modal` and `notification` (App.useApp)
  return (
    <App>
      <GuardedPortal portal={portal} menu={menu} />
    </App>
  );
}

function GuardedPortal({ portal, menu }: { portal: Portal; menu: MenuEntry[] }) {
  const session = useSession();
  const location = useLocation();
  const config = PORTAL_CONFIG[portal];
  // A session that ends while a page is open (30 minutes idle, 12 hours at most) keeps the page and what was
  // typed in it: the frame asks to sign in again (SessionRenewal); only when the person gives up does the
  // portal go to its login page.
  const signedIn = session.data?.account ?? null;
  const last = useRef<SessionAccount | null>(null);
  const [gaveUp, setGaveUp] = useState(false);
  const ended = !signedIn && last.current !== null && !gaveUp;
  useEffect(() => {
    if (!ended) return;
    const renewal = renewSession();
    if (!renewal) setGaveUp(true);
    else void renewal.then((ok) => !ok && setGaveUp(true));
  }, [ended]);
  if (signedIn) last.current = signedIn;

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
  const account = signedIn ?? (gaveUp ? null : last.current);
  if (!account)
    return <Navigate to={config.login} replace state={{ from: location.pathname + location.search }} />;
  if (account.portal !== portal) return <Navigate to={PORTAL_CONFIG[account.portal].home} replace />;
  return (
    <AccountContext value={account}>
      <PortalShell config={config} menu={menu}>
        {/* the frame stays while a page's chunk is fetched */}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </PortalShell>
    </AccountContext>
  );
}

/** The 403 page, fetched only when someone opens a page their role may not. */
const Forbidden = lazyPage(() => import('./Forbidden'), 'Forbidden');

/** A page only some roles of the portal may open (e.g. 审核人账号管理 for the employer's administrator). */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const account = useAccount();
  return hasRole(account, roles) ? children : <Forbidden />;
}
