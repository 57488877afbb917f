import { lazyComponent } from '../lazyPage';

// Pages that more than one portal shows, each of its own chunk.
export const MessagesPage = lazyComponent(() => import('../components/Messages'), 'MessagesPage');
export const PasswordChangePage = lazyComponent(
  () => import('../components/PasswordChange'),
  'PasswordChangePage',
);
export const NotFoundResult = lazyComponent(() => import('../pages/NotFound'), 'NotFoundResult');
export const ReviewQueuePage = lazyComponent(() => import('./review/ReviewQueuePage'), 'ReviewQueuePage');
export const ReviewDetailPage = lazyComponent(() => import('./review/ReviewDetailPage'), 'ReviewDetailPage');
