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
import { DEPARTMENT_MENU, DEPARTMENT_PAGE_ROLES as PAGE_ROLES } from './menu';

const DepartmentHome = lazyComponent(() => import('./Home'), 'DepartmentHome');
const CertificatesPage = lazyComponent(() => import('./certificates/CertificatesPage'), 'CertificatesPage');
const DeclarationGuidePage = lazyComponent(() => import('./DeclarationGuide'), 'DeclarationGuidePage');
const ReviewPackagePage = lazyComponent(
  () => import('./review-package/ReviewPackagePage'),
  'ReviewPackagePage',
);
const ResultsPage = lazyComponent(() => import('./results/ResultsPage'), 'ResultsPage');
const NoticesPage = lazyComponent(() => import('./Notices'), 'NoticesPage');
const NoticeCreatePage = lazyComponent(() => import('./NoticeEdit'), 'NoticeCreatePage');
const NoticeEditPage = lazyComponent(() => import('./NoticeEdit'), 'NoticeEditPage');
const EligibilityPage = lazyComponent(() => import('./Eligibility'), 'EligibilityPage');
const CataloguePage = lazyComponent(() => import('./Catalogue'), 'CataloguePage');
const AccountsPage = lazyComponent(() => import('./Accounts'), 'AccountsPage');
const SupervisorsPage = lazyComponent(() => import('./supervisors/SupervisorsPage'), 'SupervisorsPage');
const WorkCalendarPage = lazyComponent(() => import('./calendar/WorkCalendarPage'), 'WorkCalendarPage');
const AuditPage = lazyComponent(() => import('./Audit'), 'AuditPage');
const StatisticsPage = lazyComponent(() => import('./statistics/StatisticsPage'), 'StatisticsPage');
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
            <RequireRole roles={PAGE_ROLES.review}>
              <ReviewQueuePage />
            </RequireRole>
          }
        />
        <Route
          path="review/:id"
          element={
            <RequireRole roles={PAGE_ROLES.review}>
              <ReviewDetailPage />
            </RequireRole>
          }
        />
        <Route
          path="review-package"
          element={
            <RequireRole roles={PAGE_ROLES['review-package']}>
              <ReviewPackagePage />
            </RequireRole>
          }
        />
        <Route
          path="results"
          element={
            <RequireRole roles={PAGE_ROLES.results}>
              <ResultsPage />
            </RequireRole>
          }
        />
        <Route
          path="certificates"
          element={
            <RequireRole roles={PAGE_ROLES.certificates}>
              <CertificatesPage />
            </RequireRole>
          }
        />
        <Route
          path="notices"
          element={
            <RequireRole roles={PAGE_ROLES.notices}>
              <NoticesPage />
            </RequireRole>
          }
        />
        <Route
          path="notices/new"
          element={
            <RequireRole roles={PAGE_ROLES.notices}>
              <NoticeCreatePage />
            </RequireRole>
          }
        />
        <Route
          path="notices/:id"
          element={
            <RequireRole roles={PAGE_ROLES.notices}>
              <NoticeEditPage />
            </RequireRole>
          }
        />
        <Route
          path="guide"
          element={
            <RequireRole roles={PAGE_ROLES.guide}>
              <DeclarationGuidePage />
            </RequireRole>
          }
        />
        <Route
          path="eligibility"
          element={
            <RequireRole roles={PAGE_ROLES.eligibility}>
              <EligibilityPage />
            </RequireRole>
          }
        />
        <Route
          path="catalogue"
          element={
            <RequireRole roles={PAGE_ROLES.catalogue}>
              <CataloguePage />
            </RequireRole>
          }
        />
        <Route
          path="accounts"
          element={
            <RequireRole roles={PAGE_ROLES.accounts}>
              <AccountsPage />
            </RequireRole>
          }
        />
        <Route
          path="supervisors"
          element={
            <RequireRole roles={PAGE_ROLES.supervisors}>
              <SupervisorsPage />
            </RequireRole>
          }
        />
        <Route
          path="work-calendar"
          element={
            <RequireRole roles={PAGE_ROLES['work-calendar']}>
              <WorkCalendarPage />
            </RequireRole>
          }
        />
        <Route
          path="sms-messages"
          element={
            <RequireRole roles={PAGE_ROLES['sms-messages']}>
              <SmsMessagesPage />
            </RequireRole>
          }
        />
        <Route
          path="integrations"
          element={
            <RequireRole roles={PAGE_ROLES.integrations}>
              <IntegrationClientsPage />
            </RequireRole>
          }
        />
        <Route
          path="audit"
          element={
            <RequireRole roles={PAGE_ROLES.audit}>
              <AuditPage />
            </RequireRole>
          }
        />
        <Route
          path="statistics"
          element={
            <RequireRole roles={PAGE_ROLES.statistics}>
              <StatisticsPage />
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
