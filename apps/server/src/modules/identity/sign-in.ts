import type { Role } from '@rcpd/shared';
import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { accountActor, appendAudit } from '../audit/audit.service.js';
import type { RequestMeta, SessionStore } from './sessions.js';

export interface SigningInAccount {
  id: string;
  name: string;
  role: Role;
  employer_id: string | null;
}

/**
 * A sign-in, by password or another way (扫码登录, 统一身份认证平台), inside the caller's transaction: the
 * account's last login, the employer's first, the browser's previous session ended, a new session (a new id) and
 * the `login` audit row, naming the way when it is not the password.
 */
export async function openSession(
  trx: Transaction<DB>,
  sessions: SessionStore,
  account: SigningInAccount,
  {
    portal,
    method,
    meta,
    previousSessionId,
  }: { portal: string; method?: 'qr' | 'oidc'; meta: RequestMeta; previousSessionId?: string | undefined },
) {
  await trx.updateTable('accounts').set({ last_login_at: sql`now()` }).where('id', '=', account.id).execute();
  if (account.employer_id) {
    await trx
      .updateTable('employers')
      .set({ first_login_at: sql`coalesce(first_login_at, now())` })
      .where('id', '=', account.employer_id)
      .execute();
  }
  if (previousSessionId) await sessions.end(trx, previousSessionId);
  const session = await sessions.create(trx, account.id, meta);
  await appendAudit(trx, {
    actor: accountActor(account),
    action: 'login',
    targetType: 'account',
    targetId: account.id,
    detail: method ? { portal, method } : { portal },
    ...meta,
  });
  return session;
}

/** Why an account may not sign in now (disabled, locked), or null. */
export function signInRefusal(account: {
  enabled: boolean;
  locked_until: Date | null;
}): 'disabled' | 'locked' | null {
  if (!account.enabled) return 'disabled';
  if (account.locked_until && account.locked_until.getTime() > Date.now()) return 'locked';
  return null;
}
