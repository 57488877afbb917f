import { useSearchParams } from 'react-router';

const NOTICES: Record<string, string> = {
  'password-changed': '密码已修改，请使用新密码登录',
};

/** A message carried to the login page in `?notice=` (the page was reloaded to drop the old session). */
export function useNotice(): string | null {
  const [params] = useSearchParams();
  const key = params.get('notice');
  return key ? (NOTICES[key] ?? null) : null;
}
