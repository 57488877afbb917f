import type { z } from 'zod';
import { checkPassword } from '../identity/password.js';

/**
 * Whether `field` already failed its own schema. A cross-field rule then stays silent, so an empty or over-long
 * value shows one message ("请填写密码") instead of that message plus a second one saying the same thing.
 * Internal to the schemas: not exported from the package.
 */
export function fieldFailed(ctx: z.RefinementCtx, field: string): boolean {
  return ctx.issues.some((issue) => issue.path?.[0] === field);
}

/** The password policy of SPEC §2 as an issue on `password`; `accounts` are what the person signs in with. */
export function refinePasswordPolicy(
  ctx: z.RefinementCtx,
  password: string,
  accounts: readonly string[],
): void {
  if (fieldFailed(ctx, 'password')) return;
  const check = checkPassword(password, accounts);
  if (!check.ok) ctx.addIssue({ code: 'custom', path: ['password'], message: check.message });
}
