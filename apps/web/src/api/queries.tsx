import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ComponentType, JSX } from 'react';
import { ApiError } from './client';
import { sessionKey } from './session';

/** A session that ended on the server: re-read it, and the portal guard sends the user to the login page. */
function onApiError(error: unknown): void {
  if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') {
    void queryClient.invalidateQueries({ queryKey: sessionKey });
  }
}

/** The one cache of server data of the whole site (every page shares it: the session, the portal's lists). */
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

/** The page, able to use queries and mutations. */
export function withQueries<P>(Page: ComponentType<P>): ComponentType<P> {
  return function WithQueries(props: P) {
    return (
      <QueryClientProvider client={queryClient}>
        <Page {...(props as P & JSX.IntrinsicAttributes)} />
      </QueryClientProvider>
    );
  };
}
