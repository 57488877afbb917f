import { Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Loading } from './components/Layouts';
import { lazyComponent, lazyPage } from './lazyPage';

// Every page is a chunk of its own; the portals' pages are in their route modules.
const LandingPage = lazyComponent(() => import('./pages/Landing'), 'LandingPage');
const NotFoundPage = lazyComponent(() => import('./pages/NotFound'), 'NotFoundPage');
const LoginPage = lazyPage(() => import('./pages/Login'), 'LoginPage');
const AdminLoginPage = lazyPage(() => import('./pages/AdminLogin'), 'AdminLoginPage');
const RegisterPersonPage = lazyPage(() => import('./pages/RegisterPerson'), 'RegisterPersonPage');
const RegisterEmployerPage = lazyPage(() => import('./pages/RegisterEmployer'), 'RegisterEmployerPage');
const ForgotPasswordPage = lazyPage(() => import('./pages/ForgotPassword'), 'ForgotPasswordPage');
const PublicityPage = lazyPage(() => import('./pages/Publicity'), 'PublicityPage');
const VerifyPage = lazyPage(() => import('./pages/Verify'), 'VerifyPage');
const OidcPhonePage = lazyPage(() => import('./pages/OidcPhone'), 'OidcPhonePage');
const ScanRedirectPage = lazyPage(() => import('./pages/Scan'), 'ScanRedirectPage');
const ApplicantRoutes = lazyPage(() => import('./portals/applicant/routes'), 'ApplicantRoutes');
const EmployerRoutes = lazyPage(() => import('./portals/employer/routes'), 'EmployerRoutes');
const DepartmentRoutes = lazyPage(() => import('./portals/department/routes'), 'DepartmentRoutes');

export function App() {
  return (
    // A page's chunk is being fetched: a spinner in its place (the portal frame has its own, inside the frame).
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route path="/" element={<LandingPage />} />
        <Route path="/login" element={<LoginPage />} />
        <Route path="/login/oidc-phone" element={<OidcPhonePage />} />
        <Route path="/register/person" element={<RegisterPersonPage />} />
        <Route path="/register/employer" element={<RegisterEmployerPage />} />
        <Route path="/forgot" element={<ForgotPasswordPage />} />
        <Route path="/admin/login" element={<AdminLoginPage />} />
        <Route path="/publicity" element={<PublicityPage />} />
        <Route path="/verify" element={<VerifyPage />} />
        <Route path="/scan" element={<ScanRedirectPage />} />
        <Route path="/person/*" element={<ApplicantRoutes />} />
        <Route path="/employer/*" element={<EmployerRoutes />} />
        <Route path="/admin/*" element={<DepartmentRoutes />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
}
