import './zodConfig';
import { LoadingOutlined } from '@ant-design/icons';
import { ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { App } from './App';
import './styles.css';
import { theme } from './theme';

dayjs.locale('zh-cn');

/**
 * Buttons read exactly as labelled (登录, not 登 录). The loading icon is a plain one: antd's default animates
 * in and out and, when a request ends quickly, can stay behind with its "loading" label in the button's name.
 */
const BUTTON_CONFIG = { autoInsertSpace: false, loadingIcon: <LoadingOutlined aria-hidden /> };

/**
 * A person who asked their system for reduced motion gets no zooming dialogs or sliding drawers: antd draws
 * every change at once.
 */
const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
const appTheme = reducedMotion ? { ...theme, token: { ...theme.token, motion: false } } : theme;

/**
 * A data router, whose one route draws the site's own <Routes>: it is what lets a form with unsaved changes
 * hold a navigation (useBlocker) until the person confirms leaving.
 */
const router = createBrowserRouter([{ path: '*', element: <App /> }]);

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={appTheme} button={BUTTON_CONFIG}>
      {/* antd's App (message, modal, notification) wraps only the pages that use it: the portals and the
          registration steps. The query client comes with each page that reads data (lazyPage). */}
      <RouterProvider router={router} />
    </ConfigProvider>
  </StrictMode>,
);
