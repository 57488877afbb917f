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
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { compileOncePerDatabase } from '../../db/compiled.js';
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

/** The snapshot of the saved entries and the attachment counts per slot and entry. */
function snapshotFrom(
  entries: { id: string; module: string; data: ModuleValues }[],
  attachments: { slot: ApplicationSlot | 'entry'; entry_id: string | null; n: number }[],
): ApplicationSnapshot {
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

/**
 * Everything the shared rules need to judge one whole application on `today` (数据验证信息, 提交): the entries, the
 * attachment counts, the applicant's identity, past results and exception, and the catalogue, each a JSON
 * column of one row, so the rules see exactly what the separate reads gave, for one round trip.
 */
function validationQuery(db: Kysely<DB>, applicationId: string) {
  return db
    .selectFrom('applications as a')
    .innerJoin('notices as n', 'n.id', 'a.notice_id')
    .innerJoin('accounts as p', 'p.id', 'a.applicant_id')
    .select((eb) => [
      'a.applicant_id',
      'n.service_types',
      'p.name',
      'p.id_type',
      'p.id_number_enc',
      jsonArrayFrom(
        eb
          .selectFrom('application_entries as x')
          .select(['x.id', 'x.module', 'x.data'])
          .whereRef('x.application_id', '=', 'a.id')
          .orderBy('x.created_at')
          .orderBy('x.id'),
      ).as('entries'),
      jsonArrayFrom(
        eb
          .selectFrom('application_attachments as f')
          .select(['f.slot', 'f.entry_id', sql<number>`count(*)::int`.as('n')])
          .whereRef('f.application_id', '=', 'a.id')
          .groupBy(['f.slot', 'f.entry_id']),
      ).as('attachments'),
      jsonArrayFrom(
        eb
          .selectFrom('application_carried_modules as k')
          .select('k.module')
          .whereRef('k.application_id', '=', 'a.id'),
      ).as('carried'),
      jsonArrayFrom(
        eb
          .selectFrom('talent_results as t')
          .select([
            't.outcome',
            't.category',
            sql<string>`to_char(t.decided_on, 'YYYY-MM-DD')`.as('decided_on'),
          ])
          .whereRef('t.applicant_id', '=', 'a.applicant_id')
          .orderBy('t.decided_on', 'desc'),
      ).as('history'),
      eb
        .exists(
          eb
            .selectFrom('eligibility_exceptions as x')
            .select('x.id')
            .whereRef('x.applicant_id', '=', 'a.applicant_id')
            .where('x.revoked_at', 'is', null),
        )
        .as('exception'),
      jsonArrayFrom(
        eb.selectFrom('catalogue_items as c').select(['c.id', 'c.category']).where('c.enabled', '=', true),
      ).as('catalogue'),
    ])
    .where('a.id', '=', applicationId);
}

const validationRows = compileOncePerDatabase(
  (db: Kysely<DB>, p: { id: string }) => validationQuery(db, p.id),
  ['id'],
);

/** What `validateApplication` needs of one application, read in one statement compiled once per database. */
export async function validationInput(
  db: Kysely<DB>,
  executor: Pick<Kysely<DB>, 'executeQuery'>,
  cipher: Pick<FieldCipher, 'decrypt'>,
  applicationId: string,
  today = new Date(),
): Promise<{ applicantId: string; snapshot: ApplicationSnapshot; ctx: ApplicationContext } | null> {
  const row = (await validationRows(db, executor, { id: applicationId })).rows[0];
  if (!row) return null;
  return {
    applicantId: row.applicant_id,
    snapshot: {
      ...snapshotFrom(row.entries, row.attachments),
      carried: row.carried.map((k) => k.module as ModuleKey),
    },
    ctx: {
      today,
      identity: identityFrom(cipher, row).info,
      serviceTypes: row.service_types as ServiceType[],
      catalogue: row.catalogue.map((c) => ({ id: c.id, category: c.category as TalentCategory })),
      history: row.history.map((r) => ({
        outcome: r.outcome,
        category: r.category as TalentCategory,
        decidedOn: r.decided_on,
      })),
      exception: Boolean(row.exception),
    },
  };
}
