import { lazyComponent } from '../lazyPage';

// Pages that more than one portal shows, each of its own chunk.
export const MessagesPage = lazyComponent(() => import('../components/Messages'), 'MessagesPage');
export const PasswordChangePage = lazyComponent(
  () => import('../components/PasswordChange'),
  'PasswordChangePage',
);
export const ScanPage = lazyComponent(() => import('../components/scan/ScanPage'), 'ScanPage');
export const NotFoundResult = lazyComponent(() => import('../pages/NotFound'), 'NotFoundResult');
export const ReviewQueuePage = lazyComponent(() => import('./review/ReviewQueuePage'), 'ReviewQueuePage');
export const ReviewDetailPage = lazyComponent(() => import('./review/ReviewDetailPage'), 'ReviewDetailPage');
// 后台导出 of the 申报审核 list, drawn once an export runs: declared here, where the chunks it needs are already
// listed for the pages above, so the queue page does not carry a second list of them.
export const ExportTasks = lazyComponent(() => import('./review/ExportTasks'), 'ExportTasks');
