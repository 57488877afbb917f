import { sql } from 'kysely';
import type { Database } from '../db/client.js';

/**
 * Deletes what has expired (sessions, captchas, SMS codes, rate-limit windows, QR and OIDC sign-ins) and, on PGlite, vacuums.
 * Every statement is idempotent; the `housekeeping` job runs it every 15 minutes, once among all instances.
 */
export async function runHousekeeping(database: Database, idleMinutes: number): Promise<void> {
  const { db } = database;
  await db
    .deleteFrom('sessions')
    .where((eb) =>
      eb.or([
        eb('expires_at', '<=', sql<Date>`now()`),
        eb('last_seen_at', '<=', sql<Date>`now() - make_interval(mins => ${idleMinutes})`),
      ]),
    )
    .execute();
  await db.deleteFrom('captchas').where('expires_at', '<=', sql<Date>`now()`).execute();
  await db.deleteFrom('sms_codes').where('created_at', '<=', sql<Date>`now() - interval '1 day'`).execute();
  await db.deleteFrom('rate_limits').where('reset_at', '<=', sql<Date>`now()`).execute();
  // 扫码登录 codes and OpenID Connect sign-ins in flight: a day after they expired
  await db.deleteFrom('qr_logins').where('expires_at', '<=', sql<Date>`now() - interval '1 day'`).execute();
  await db.deleteFrom('oidc_requests').where('expires_at', '<=', sql<Date>`now()`).execute();
  await db.deleteFrom('oidc_pending').where('expires_at', '<=', sql<Date>`now()`).execute();
  await database.maintenance();
}
