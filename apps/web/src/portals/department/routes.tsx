import { Route, Routes } from 'react-router';
import { PortalGuard, RequireRole } from '../../components/PortalGuard';
import { lazyComponent } from '../../lazyPage';
import {
  MessagesPage,
  NotFoundResult,
  PasswordChangePage,
  ReviewDetailPage,
  ReviewQueuePage,
} from '../pages';
import { DEPARTMENT_MENU } from './menu';

const DepartmentHome = lazyComponent(() => import('./Home'), 'DepartmentHome');
const CertificatesPage = lazyComponent(() => import('./certificates/CertificatesPage'), 'CertificatesPage');
const DeclarationGuidePage = lazyComponent(() => import('./DeclarationGuide'), 'DeclarationGuidePage');
const ResultsPage = lazyComponent(() => import('./results/ResultsPage'), 'ResultsPage');
const NoticesPage = lazyComponent(() => import('./Notices'), 'NoticesPage');
const NoticeCreatePage = lazyComponent(() => import('./NoticeEdit'), 'NoticeCreatePage');
const NoticeEditPage = lazyComponent(() => import('./NoticeEdit'), 'NoticeEditPage');
const EligibilityPage = lazyComponent(() => import('./Eligibility'), 'EligibilityPage');
const CataloguePage = lazyComponent(() => import('./Catalogue'), 'CataloguePage');
const AccountsPage = lazyComponent(() => import('./Accounts'), 'AccountsPage');
const AuditPage = lazyComponent(() => import('./Audit'), 'AuditPage');
const SmsMessagesPage = lazyComponent(() => import('./SmsMessages'), 'SmsMessagesPage');
const IntegrationClientsPage = lazyComponent(
  () => import('./integrations/IntegrationClientsPage'),
  'IntegrationClientsPage',
);

/** 管理端 under /admin: the portal frame, then each page of its own chunk. */
export function DepartmentRoutes() {
  return (
    <Routes>
      <Route element={<PortalGuard portal="department" menu={DEPARTMENT_MENU} />}>
        <Route index element={<DepartmentHome />} />
        <Route
          path="review"
          element={
            <RequireRole roles={['dept_admin', 'dept_reviewer']}>
              <ReviewQueuePage />
            </RequireRole>
          }
        />
        <Route
          path="review/:id"
          element={
            <RequireRole roles={['dept_admin', 'dept_reviewer']}>
              <ReviewDetailPage />
            </RequireRole>
          }
        />
        <Route
          path="results"
          element={
            <RequireRole roles={['dept_admin']}>
              <ResultsPage />
            </RequireRole>
          }
        />
        <Route
          path="certificates"
          element={
            <RequireRole roles={['dept_admin']}>
              <CertificatesPage />
            </RequireRole>
          }
        />
        <Route
          path="notices"
          element={
            <RequireRole roles={['dept_admin']}>
              <NoticesPage />
            </RequireRole>
          }
        />
        <Route
          path="notices/new"
          element={
            <RequireRole roles={['dept_admin']}>
              <NoticeCreatePage />
            </RequireRole>
          }
        />
        <Route
          path="notices/:id"
          element={
            <RequireRole roles={['dept_admin']}>
              <NoticeEditPage />
            </RequireRole>
          }
        />
        <Route
          path="guide"
          element={
            <RequireRole roles={['dept_admin']}>
              <DeclarationGuidePage />
            </RequireRole>
          }
        />
        <Route
          path="eligibility"
          element={
            <RequireRole roles={['dept_admin']}>
              <EligibilityPage />
            </RequireRole>
          }
        />
        <Route
          path="catalogue"
          element={
            <RequireRole roles={['dept_admin']}>
              <CataloguePage />
            </RequireRole>
          }
        />
        <Route
          path="accounts"
          element={
            <RequireRole roles={['dept_admin']}>
              <AccountsPage />
            </RequireRole>
          }
        />
        <Route
          path="sms-messages"
          element={
            <RequireRole roles={['dept_admin']}>
              <SmsMessagesPage />
            </RequireRole>
          }
        />
        <Route
          path="integrations"
          element={
            <RequireRole roles={['dept_admin']}>
              <IntegrationClientsPage />
            </RequireRole>
          }
        />
        <Route
          path="audit"
          element={
            <RequireRole roles={['dept_admin']}>
              <AuditPage />
            </RequireRole>
          }
        />
        <Route path="messages" element={<MessagesPage />} />
        <Route path="password" element={<PasswordChangePage />} />
        <Route path="*" element={<NotFoundResult home="/admin" />} />
      </Route>
    </Routes>
  );
}
