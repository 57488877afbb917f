import type { Role, SessionAccount } from '@rcpd/shared';
import { createContext, useContext } from 'react';

export const AccountContext = createContext<SessionAccount | null>(null);

/** The signed-in account; only inside a portal, behind its guard. */
export function useAccount(): SessionAccount {
  const account = useContext(AccountContext);
  if (!account) throw new Error('useAccount is only available inside a portal');
  return account;
}

export function hasRole(account: SessionAccount, roles: readonly Role[] | undefined): boolean {
  return !roles || (roles as readonly string[]).includes(account.role);
}
