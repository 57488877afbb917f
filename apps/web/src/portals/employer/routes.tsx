import { Route, Routes } from 'react-router';
import { PortalGuard, RequireRole } from '../../components/PortalGuard';
import { lazyComponent } from '../../lazyPage';
import {
  MessagesPage,
  NotFoundResult,
  PasswordChangePage,
  ReviewDetailPage,
  ReviewQueuePage,
  ScanPage,
} from '../pages';
import { EMPLOYER_MENU } from './menu';

const EmployerHome = lazyComponent(() => import('./Home'), 'EmployerHome');
const BindingReviewPage = lazyComponent(() => import('./BindingReview'), 'BindingReviewPage');
const BoundApplicantsPage = lazyComponent(() => import('./BoundApplicants'), 'BoundApplicantsPage');
const ReviewersPage = lazyComponent(() => import('./Reviewers'), 'ReviewersPage');

/** 单位网厅 under /employer: the portal frame, then each page of its own chunk. */
export function EmployerRoutes() {
  return (
    <Routes>
      <Route element={<PortalGuard portal="employer" menu={EMPLOYER_MENU} />}>
        <Route index element={<EmployerHome />} />
        <Route path="rcpd" element={<BindingReviewPage />} />
        <Route path="applicants" element={<BoundApplicantsPage />} />
        <Route
          path="review"
          element={
            <RequireRole roles={['employer_admin', 'employer_reviewer']}>
              <ReviewQueuePage />
            </RequireRole>
          }
        />
        <Route
          path="review/:id"
          element={
            <RequireRole roles={['employer_admin', 'employer_reviewer']}>
              <ReviewDetailPage />
            </RequireRole>
          }
        />
        <Route path="messages" element={<MessagesPage />} />
        <Route
          path="reviewers"
          element={
            <RequireRole roles={['employer_admin']}>
              <ReviewersPage />
            </RequireRole>
          }
        />
        <Route path="password" element={<PasswordChangePage />} />
        <Route path="scan" element={<ScanPage />} />
        <Route path="*" element={<NotFoundResult home="/employer" />} />
      </Route>
    </Routes>
  );
}
