import { type IntegrationCertificate, maskIdNumber, type TalentCategory } from '@rcpd/shared';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.js';
import { type FieldCipher, maskedFrom } from '../../platform/secrets.js';
import { effectiveStatus } from '../results/certificates.service.js';

export interface FoundCertificate {
  /** the row's id, for the audit log; not in the answer */
  id: string;
  certificate: IntegrationCertificate;
}

/**
 * Certificate lookups of the integration API: by number, or by the holder's 证件号码 through its lookup hash
 * (the number itself is never stored in clear). The answer holds what the public 证书查验 shows, with the
 * 证件号码 masked as every list of the product masks it.
 */
export function createCertificateLookup({ db, cipher }: { db: Kysely<DB>; cipher: FieldCipher }) {
  const masked = maskedFrom(cipher, maskIdNumber);
  const rows = () =>
    db
      .selectFrom('certificates as c')
      .innerJoin('talent_categories as t', 't.code', 'c.category')
      .innerJoin('accounts as p', 'p.id', 'c.holder_id')
      .select([
        'c.id',
        'c.number',
        'c.holder_name',
        'p.id_number_enc',
        'c.category',
        't.name as category_name',
        sql<string>`to_char(c.issued_on, 'YYYY-MM-DD')`.as('issued_on'),
        sql<string | null>`to_char(c.valid_until, 'YYYY-MM-DD')`.as('valid_until'),
        'c.status',
        'c.status_changed_at',
      ]);
  type Row = Awaited<ReturnType<ReturnType<typeof rows>['execute']>>[number];

  const found = (r: Row): FoundCertificate => ({
    id: r.id,
    certificate: {
      number: r.number,
      holderName: r.holder_name,
      maskedIdNumber: masked(r.id_number_enc) ?? '',
      category: r.category as TalentCategory,
      categoryName: r.category_name,
      issuedOn: r.issued_on,
      validUntil: r.valid_until,
      status: effectiveStatus(r.status, r.valid_until),
      statusChangedAt: r.status_changed_at?.toISOString() ?? null,
    },
  });

  return {
    async byNumber(number: string): Promise<FoundCertificate | null> {
      const row = await rows().where('c.number', '=', number).executeTakeFirst();
      return row ? found(row) : null;
    },

    /** Every certificate of the person with this 证件号码, newest first; none when nobody holds it. */
    async byIdNumber(idNumber: string): Promise<FoundCertificate[]> {
      const list = await rows()
        .where('p.portal', '=', 'person')
        .where('p.id_number_hash', '=', cipher.lookup(idNumber))
        .orderBy('c.issued_on', 'desc')
        .orderBy('c.number', 'desc')
        .execute();
      return list.map(found);
    },
  };
}

export type CertificateLookup = ReturnType<typeof createCertificateLookup>;
