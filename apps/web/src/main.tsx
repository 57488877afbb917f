import { LoadingOutlined } from '@ant-design/icons';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App';
import { ApiError } from './api/client';
import { sessionKey } from './api/session';
import './styles.css';
import { theme } from './theme';

dayjs.locale('zh-cn');

/**
 * Buttons read exactly as labelled (登录, not 登 录). The loading icon is a plain one: antd's default animates
 * in and out and, when a request ends quickly, can stay behind with its "loading" label in the button's name.
 */
const BUTTON_CONFIG = { autoInsertSpace: false, loadingIcon: <LoadingOutlined aria-hidden /> };

/** A session that ended on the server: re-read it, and the portal guard sends the user to the login page. */
function onApiError(error: unknown): void {
  if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') {
    void queryClient.invalidateQueries({ queryKey: sessionKey });
  }
}

const queryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error, query) => {
      if (query.queryKey[0] !== sessionKey[0]) onApiError(error);
    },
  }),
  mutationCache: new MutationCache({ onError: onApiError }),
  defaultOptions: {
    queries: {
      // A 4xx answer will not change on retry; an unreachable server might.
      retry: (count, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 1,
      refetchOnWindowFocus: true,
    },
  },
});

/**
 * A person who asked their system for reduced motion gets no zooming dialogs or sliding drawers: antd draws
 * every change at once.
 */
const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
const appTheme = reducedMotion ? { ...theme, token: { ...theme.token, motion: false } } : theme;

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={appTheme} button={BUTTON_CONFIG}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
