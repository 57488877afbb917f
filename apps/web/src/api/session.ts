import type { CaptchaChallenge, LoginRequest, SessionInfo } from '@rcpd/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, fetchSession, setCsrfToken } from './client';

export const sessionKey = ['session'] as const;

/** Who is signed in. Every portal page reads it through the guard; the result is cached and shared. */
export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 30_000 });
}

export function fetchCaptcha(): Promise<CaptchaChallenge> {
  return api.get('/api/auth/captcha');
}

/** Signs in and caches the new session, so the portal opens without another round trip. */
export function useLogin() {
  const queryClient = useQueryClient();
  return async (body: LoginRequest): Promise<SessionInfo> => {
    const session = await api.post('/api/auth/login', { body });
    setCsrfToken(session.csrfToken);
    queryClient.setQueryData(sessionKey, session);
    return session;
  };
}

/**
 * Leaves the signed-in part of the site by reloading the page at `to`, so nothing of the account stays in
 * memory. Used after 安全退出 and after a password change (the server has ended the session then).
 */
export function leaveTo(to: string): void {
  setCsrfToken(null);
  window.location.assign(to);
}

/** 安全退出: ends the session on the server. A session that had already expired counts as ended. */
export async function logoutAndLeave(to: string): Promise<void> {
  try {
    await api.post('/api/auth/logout');
  } catch (error) {
    if (!(error instanceof ApiError && error.code === 'UNAUTHENTICATED')) throw error;
  }
  leaveTo(to);
}
