import {
  APPLICATION_SLOTS,
  type ApplicationContext,
  type ApplicationSlot,
  type ApplicationSnapshot,
  checkResidentId,
  type ModuleContext,
  type ModuleKey,
  type ModuleValues,
  type PastResult,
  type ResidentIdInfo,
  type ServiceType,
  type TalentCategory,
} from '@rcpd/shared';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { FieldCipher } from '../../platform/secrets.js';

/** The birth date and gender a 居民身份证 carries; other IDs carry none. */
export async function identityOf(
  db: Kysely<DB>,
  cipher: Pick<FieldCipher, 'decrypt'>,
  accountId: string,
): Promise<{ name: string; idType: string; idNumber: string; info: ResidentIdInfo | null }> {
  const row = await db
    .selectFrom('accounts')
    .select(['name', 'id_type', 'id_number_enc'])
    .where('id', '=', accountId)
    .executeTakeFirstOrThrow();
  return identityFrom(cipher, row);
}

/** The same, from an account row the caller already read. */
export function identityFrom(
  cipher: Pick<FieldCipher, 'decrypt'>,
  row: { name: string; id_type: string | null; id_number_enc: string | null },
): { name: string; idType: string; idNumber: string; info: ResidentIdInfo | null } {
  const idNumber = row.id_number_enc ? cipher.decrypt(row.id_number_enc) : '';
  const idType = row.id_type ?? '';
  const check = idType === '居民身份证' ? checkResidentId(idNumber) : null;
  return { name: row.name, idType, idNumber, info: check?.ok ? (check.info ?? null) : null };
}

/** Past results and whether the department recorded an exception: what the 3-year and 1-year rules need. */
export async function eligibilityRecords(
  db: Kysely<DB>,
  applicantId: string,
): Promise<{ history: PastResult[]; exception: boolean }> {
  const [history, exception] = await Promise.all([
    db
      .selectFrom('talent_results')
      .select(['outcome', 'category', sql<string>`to_char(decided_on, 'YYYY-MM-DD')`.as('decided_on')])
      .where('applicant_id', '=', applicantId)
      .orderBy('decided_on', 'desc')
      .execute(),
    db
      .selectFrom('eligibility_exceptions')
      .select('id')
      .where('applicant_id', '=', applicantId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst(),
  ]);
  return {
    history: history.map((r) => ({
      outcome: r.outcome,
      category: r.category as TalentCategory,
      decidedOn: r.decided_on,
    })),
    exception: exception !== undefined,
  };
}

export async function enabledCatalogue(db: Kysely<DB>) {
  const rows = await db
    .selectFrom('catalogue_items')
    .select(['id', 'category'])
    .where('enabled', '=', true)
    .execute();
  return rows.map((r) => ({ id: r.id, category: r.category as TalentCategory }));
}

/**
 * What the rules of one module read when it is saved: only 基本信息 looks at the identity, the notice's
 * service types and the catalogue; the other modules need nothing but the day. A save of an entry so costs
 * no identity decryption and no catalogue read.
 */
export async function moduleContext(
  db: Kysely<DB>,
  cipher: Pick<FieldCipher, 'decrypt'>,
  app: { applicant_id: string; service_types: unknown },
  module: ModuleKey,
): Promise<ModuleContext> {
  if (module !== 'basic') return { today: new Date() };
  const [identity, catalogue] = await Promise.all([
    identityOf(db, cipher, app.applicant_id),
    enabledCatalogue(db),
  ]);
  return {
    today: new Date(),
    identity: identity.info,
    serviceTypes: app.service_types as ServiceType[],
    catalogue,
  };
}

/** Everything the shared rules need to judge one whole application on `today` (数据验证信息, 提交). */
export async function applicationContext(
  db: Kysely<DB>,
  cipher: Pick<FieldCipher, 'decrypt'>,
  app: { applicant_id: string; service_types: unknown },
  today = new Date(),
): Promise<ApplicationContext> {
  const [identity, records, catalogue] = await Promise.all([
    identityOf(db, cipher, app.applicant_id),
    eligibilityRecords(db, app.applicant_id),
    enabledCatalogue(db),
  ]);
  return {
    today,
    identity: identity.info,
    serviceTypes: app.service_types as ServiceType[],
    catalogue,
    ...records,
  };
}

/** The saved modules, entries and attachment counts of one application, as `validateApplication` reads them. */
export async function loadSnapshot(db: Kysely<DB>, applicationId: string): Promise<ApplicationSnapshot> {
  const [entries, attachments] = await Promise.all([
    db
      .selectFrom('application_entries')
      .select(['id', 'module', 'data'])
      .where('application_id', '=', applicationId)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('application_attachments')
      .select(['slot', 'entry_id', sql<number>`count(*)::int`.as('n')])
      .where('application_id', '=', applicationId)
      .groupBy(['slot', 'entry_id'])
      .execute(),
  ]);
  const slots = Object.fromEntries(APPLICATION_SLOTS.map((s) => [s, 0])) as Record<ApplicationSlot, number>;
  const perEntry = new Map<string, number>();
  for (const a of attachments) {
    if (a.slot === 'entry' && a.entry_id) perEntry.set(a.entry_id, a.n);
    else if (a.slot !== 'entry') slots[a.slot] = a.n;
  }
  const modules: ApplicationSnapshot['modules'] = {};
  const list: { id: string; module: ModuleKey; values: ModuleValues; attachmentCount: number }[] = [];
  for (const e of entries) {
    if (e.module === 'basic' || e.module === 'achievement') modules[e.module] = e.data;
    else
      list.push({
        id: e.id,
        module: e.module as ModuleKey,
        values: e.data,
        attachmentCount: perEntry.get(e.id) ?? 0,
      });
  }
  return { modules, entries: list, slots };
}
