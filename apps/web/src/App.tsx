import { Route, Routes } from 'react-router';
import { PasswordChangePage } from './components/PasswordChange';
import { PortalGuard, RequireRole } from './components/PortalGuard';
import { AdminLoginPage } from './pages/AdminLogin';
import { ForgotPasswordPage } from './pages/ForgotPassword';
import { LandingPage } from './pages/Landing';
import { LoginPage } from './pages/Login';
import { NotFoundPage, NotFoundResult } from './pages/NotFound';
import { RegisterEmployerPage } from './pages/RegisterEmployer';
import { RegisterPersonPage } from './pages/RegisterPerson';
import { ApplicantHome } from './portals/applicant/Home';
import { APPLICANT_MENU } from './portals/applicant/menu';
import { ApplicantRcpd } from './portals/applicant/Rcpd';
import { AccountsPage } from './portals/department/Accounts';
import { AuditPage } from './portals/department/Audit';
import { DepartmentHome } from './portals/department/Home';
import { DEPARTMENT_MENU } from './portals/department/menu';
import { EmployerHome } from './portals/employer/Home';
import { EMPLOYER_MENU } from './portals/employer/menu';
import { EmployerRcpd } from './portals/employer/Rcpd';
import { ReviewersPage } from './portals/employer/Reviewers';

export function App() {
  return (
    <Routes>
      <Route path="/" element={<LandingPage />} />
      <Route path="/login" element={<LoginPage />} />
      <Route path="/register/person" element={<RegisterPersonPage />} />
      <Route path="/register/employer" element={<RegisterEmployerPage />} />
      <Route path="/forgot" element={<ForgotPasswordPage />} />
      <Route path="/admin/login" element={<AdminLoginPage />} />

      <Route path="/person" element={<PortalGuard portal="person" menu={APPLICANT_MENU} />}>
        <Route index element={<ApplicantHome />} />
        <Route path="rcpd" element={<ApplicantRcpd />} />
        <Route path="password" element={<PasswordChangePage />} />
        <Route path="*" element={<NotFoundResult home="/person" />} />
      </Route>

      <Route path="/employer" element={<PortalGuard portal="employer" menu={EMPLOYER_MENU} />}>
        <Route index element={<EmployerHome />} />
        <Route path="rcpd" element={<EmployerRcpd />} />
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
        <Route path="password" element={<PasswordChangePage />} />
        <Route path="*" element={<NotFoundResult home="/admin" />} />
      </Route>

      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
