import { Route, Routes } from 'react-router';
import { MessagesPage } from './components/Messages';
import { PasswordChangePage } from './components/PasswordChange';
import { PortalGuard, RequireRole } from './components/PortalGuard';
import { AdminLoginPage } from './pages/AdminLogin';
import { ForgotPasswordPage } from './pages/ForgotPassword';
import { LandingPage } from './pages/Landing';
import { LoginPage } from './pages/Login';
import { NotFoundPage, NotFoundResult } from './pages/NotFound';
import { PublicityPage } from './pages/Publicity';
import { RegisterEmployerPage } from './pages/RegisterEmployer';
import { RegisterPersonPage } from './pages/RegisterPerson';
import { VerifyPage } from './pages/Verify';
import { ApplicationPage } from './portals/applicant/application/ApplicationPage';
import { SubmitPage } from './portals/applicant/application/SubmitPage';
import { BindingPage } from './portals/applicant/Binding';
import { BindingHistoryPage } from './portals/applicant/BindingHistory';
import { ApplicantHome } from './portals/applicant/Home';
import { APPLICANT_MENU } from './portals/applicant/menu';
import { ApplicantRcpd } from './portals/applicant/Rcpd';
import { AccountsPage } from './portals/department/Accounts';
import { AuditPage } from './portals/department/Audit';
import { CataloguePage } from './portals/department/Catalogue';
import { CertificatesPage } from './portals/department/certificates/CertificatesPage';
import { DeclarationGuidePage } from './portals/department/DeclarationGuide';
import { EligibilityPage } from './portals/department/Eligibility';
import { DepartmentHome } from './portals/department/Home';
import { DEPARTMENT_MENU } from './portals/department/menu';
import { NoticeCreatePage, NoticeEditPage } from './portals/department/NoticeEdit';
import { NoticesPage } from './portals/department/Notices';
import { ResultsPage } from './portals/department/results/ResultsPage';
import { BindingReviewPage } from './portals/employer/BindingReview';
import { BoundApplicantsPage } from './portals/employer/BoundApplicants';
import { EmployerHome } from './portals/employer/Home';
import { EMPLOYER_MENU } from './portals/employer/menu';
import { ReviewersPage } from './portals/employer/Reviewers';
import { ReviewDetailPage } from './portals/review/ReviewDetailPage';
import { ReviewQueuePage } from './portals/review/ReviewQueuePage';

export function App() {
  return (
    <Routes>
      <Route path="/" element={<LandingPage />} />
      <Route path="/login" element={<LoginPage />} />
      <Route path="/register/person" element={<RegisterPersonPage />} />
      <Route path="/register/employer" element={<RegisterEmployerPage />} />
      <Route path="/forgot" element={<ForgotPasswordPage />} />
      <Route path="/admin/login" element={<AdminLoginPage />} />
      <Route path="/publicity" element={<PublicityPage />} />
      <Route path="/verify" element={<VerifyPage />} />

      <Route path="/person" element={<PortalGuard portal="person" menu={APPLICANT_MENU} />}>
        <Route index element={<ApplicantHome />} />
        <Route path="rcpd" element={<ApplicantRcpd />} />
        <Route path="rcpd/binding" element={<BindingPage />} />
        <Route path="rcpd/bindings" element={<BindingHistoryPage />} />
        <Route path="rcpd/applications/:id" element={<ApplicationPage />} />
        <Route path="rcpd/applications/:id/submit" element={<SubmitPage />} />
        <Route path="messages" element={<MessagesPage />} />
        <Route path="password" element={<PasswordChangePage />} />
        <Route path="*" element={<NotFoundResult home="/person" />} />
      </Route>

      <Route path="/employer" element={<PortalGuard portal="employer" menu={EMPLOYER_MENU} />}>
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
        <Route path="*" element={<NotFoundResult home="/employer" />} />
      </Route>

      <Route path="/admin" element={<PortalGuard portal="department" menu={DEPARTMENT_MENU} />}>
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

      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
