import { isMobile } from '@rcpd/shared';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { FieldCipher } from '../../platform/secrets.js';

/** Finds accounts by what a person types: each portal has its own kinds of account identifier. */
export function createAccountLookup(db: Kysely<DB>, cipher: FieldCipher) {
  const accounts = () => db.selectFrom('accounts').selectAll('accounts');
  return {
    /** 个人: 手机号码 or 证件号码; 单位: 统一社会信用代码 (the administrator) or 手机号码; 管理端: 用户名. */
    forLogin(portal: 'person' | 'employer' | 'department', input: string) {
      const value = input.trim();
      if (portal === 'department') {
        return accounts()
          .where('portal', '=', 'department')
          .where('username', '=', value.toLowerCase())
          .executeTakeFirst();
      }
      if (portal === 'person') {
        // An 11-digit 证件号码 (a passport, say) can look like a phone number: the phone wins, then the number.
        // every hash the value may be stored under (old keys while re-keying)
        const hashes = cipher.lookups(value);
        return accounts()
          .where('portal', '=', 'person')
          .where((eb) => eb.or([eb('phone_hash', 'in', hashes), eb('id_number_hash', 'in', hashes)]))
          .orderBy(sql`phone_hash in (${sql.join(hashes)})`, 'desc')
          .limit(1)
          .executeTakeFirst();
      }
      if (isMobile(value)) {
        return accounts()
          .where('portal', '=', portal)
          .where('phone_hash', 'in', cipher.lookups(value))
          .executeTakeFirst();
      }
      return accounts()
        .innerJoin('employers', 'employers.id', 'accounts.employer_id')
        .where('employers.uscc', '=', value.toUpperCase())
        .where('accounts.role', '=', 'employer_admin')
        .executeTakeFirst();
    },

    /** 忘记密码: the account whose 证件号码 (or 统一社会信用代码) and 手机号码 both match. */
    forReset(portal: 'person' | 'employer', account: string, phoneHashes: string[]) {
      if (portal === 'person') {
        return accounts()
          .where('portal', '=', 'person')
          .where('id_number_hash', 'in', cipher.lookups(account))
          .where('phone_hash', 'in', phoneHashes)
          .executeTakeFirst();
      }
      return accounts()
        .innerJoin('employers', 'employers.id', 'accounts.employer_id')
        .where('employers.uscc', '=', account.trim().toUpperCase())
        .where('accounts.portal', '=', 'employer')
        .where('accounts.phone_hash', 'in', phoneHashes)
        .executeTakeFirst();
    },

    phoneTaken(portal: 'person' | 'employer', phoneHashes: string[]) {
      return db
        .selectFrom('accounts')
        .select('id')
        .where('portal', '=', portal)
        .where('phone_hash', 'in', phoneHashes)
        .executeTakeFirst()
        .then(Boolean);
    },

    idNumberTaken(idHashes: string[]) {
      return db
        .selectFrom('accounts')
        .select('id')
        .where('portal', '=', 'person')
        .where('id_number_hash', 'in', idHashes)
        .executeTakeFirst()
        .then(Boolean);
    },

    employerRegistered(uscc: string) {
      return db
        .selectFrom('employers')
        .select('id')
        .where('uscc', '=', uscc)
        .executeTakeFirst()
        .then(Boolean);
    },
  };
}
export type AccountLookup = ReturnType<typeof createAccountLookup>;
