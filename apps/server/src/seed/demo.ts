import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { appendAudit } from '../modules/audit/audit.service.js';
import { hashPassword } from '../platform/password-hash.js';
import type { FieldCipher } from '../platform/secrets.js';

export const DEMO_PASSWORD = 'Demo@2026';
export const DEMO = {
  admin: { username: 'admin', name: '系统管理员' },
  reviewer: { username: 'shenhe', name: '王审核' },
  department: '吉林省人力资源和社会保障厅',
  employer: {
    name: '吉林省示范科技有限公司',
    uscc: '91220101MA17A0001Q',
    operator: '李经办',
    phone: '13900000002',
  },
  applicant: { name: '张三', idNumber: '220102199001011239', phone: '13900000001' },
} as const;

/**
 * The demo accounts of the README, created once (on the embedded database, or with SEED_DEMO=1). Never in
 * production: there the first administrator comes from `npm run create-admin`.
 */
export async function seedDemo(db: Kysely<DB>, cipher: FieldCipher): Promise<boolean> {
  const present = await db
    .selectFrom('accounts')
    .select('id')
    .where('username', '=', DEMO.admin.username)
    .executeTakeFirst();
  if (present) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute(async (trx) => {
    for (const [role, who] of [
      ['dept_admin', DEMO.admin],
      ['dept_reviewer', DEMO.reviewer],
    ] as const) {
      await trx
        .insertInto('accounts')
        .values({
          portal: 'department',
          role,
          name: who.name,
          username: who.username,
          department_name: DEMO.department,
          password_hash: passwordHash,
        })
        .execute();
    }
    const employer = await trx
      .insertInto('employers')
      .values({ name: DEMO.employer.name, uscc: DEMO.employer.uscc })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('accounts')
      .values({
        portal: 'employer',
        role: 'employer_admin',
        name: DEMO.employer.operator,
        employer_id: employer.id,
        phone_enc: cipher.encrypt(DEMO.employer.phone),
        phone_hash: cipher.lookup(DEMO.employer.phone),
        password_hash: passwordHash,
      })
      .execute();
    await trx
      .insertInto('accounts')
      .values({
        portal: 'person',
        role: 'applicant',
        name: DEMO.applicant.name,
        id_type: '居民身份证',
        id_number_enc: cipher.encrypt(DEMO.applicant.idNumber),
        id_number_hash: cipher.lookup(DEMO.applicant.idNumber),
        phone_enc: cipher.encrypt(DEMO.applicant.phone),
        phone_hash: cipher.lookup(DEMO.applicant.phone),
        password_hash: passwordHash,
      })
      .execute();
    await appendAudit(trx, { actor: { accountId: null, label: '系统' }, action: 'seed.demo' });
  });
  return true;
}
