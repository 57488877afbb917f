import { Route, Routes } from 'react-router';
import { PortalGuard } from '../../components/PortalGuard';
import { lazyComponent } from '../../lazyPage';
import { MessagesPage, NotFoundResult, PasswordChangePage, ScanPage } from '../pages';
import { APPLICANT_MENU } from './menu';

const ApplicationPage = lazyComponent(() => import('./application/ApplicationPage'), 'ApplicationPage');
const ApplicantHome = lazyComponent(() => import('./Home'), 'ApplicantHome');
const ApplicantRcpd = lazyComponent(() => import('./Rcpd'), 'ApplicantRcpd');
const BindingPage = lazyComponent(() => import('./Binding'), 'BindingPage');
const BindingHistoryPage = lazyComponent(() => import('./BindingHistory'), 'BindingHistoryPage');
const SubmitPage = lazyComponent(() => import('./application/SubmitPage'), 'SubmitPage');

/** 个人网厅 under /person: the portal frame, then each page of its own chunk. */
export function ApplicantRoutes() {
  return (
    <Routes>
      <Route element={<PortalGuard portal="person" menu={APPLICANT_MENU} />}>
        <Route index element={<ApplicantHome />} />
        <Route path="rcpd" element={<ApplicantRcpd />} />
        <Route path="rcpd/binding" element={<BindingPage />} />
        <Route path="rcpd/bindings" element={<BindingHistoryPage />} />
        <Route path="rcpd/applications/:id" element={<ApplicationPage />} />
        <Route path="rcpd/applications/:id/submit" element={<SubmitPage />} />
        <Route path="messages" element={<MessagesPage />} />
        <Route path="password" element={<PasswordChangePage />} />
        <Route path="scan" element={<ScanPage />} />
        <Route path="*" element={<NotFoundResult home="/person" />} />
      </Route>
    </Routes>
  );
}
