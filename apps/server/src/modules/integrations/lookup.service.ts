import { type IntegrationCertificate, maskIdNumber, type TalentCategory } from '@rcpd/shared';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { DB } from '../../db/schema.js';
import { type FieldCipher, maskedFrom } from '../../platform/secrets.js';
import { type AuditEntry, auditValues } from '../audit/audit.service.js';
import { effectiveStatus } from '../results/certificates.service.js';

interface Row {
  id: string;
  number: string;
  holder_name: string;
  id_number_enc: string | null;
  category: string;
  category_name: string;
  issued_on: string;
  valid_until: string | null;
  status: '有效' | '暂扣' | '撤销' | '注销' | '失效';
  status_changed_at: Date | null;
}

/**
 * Certificate lookups of the integration API: by number, or by the holder's 证件号码 through its lookup hash
 * (the number itself is never stored in clear). The answer holds what the public 证书查验 shows, with the
 * 证件号码 masked as every list of the product masks it.
 *
 * Each lookup is one statement that also appends the call's audit row (a data-modifying CTE, as the saves
 * do): what was asked, what was found and the answer's status, with the client as the actor. A round trip
 * is most of what a lookup costs (bench/integration-lookup.mjs).
 */
export function createCertificateLookup({ db, cipher }: { db: Kysely<DB>; cipher: FieldCipher }) {
  const masked = maskedFrom(cipher, maskIdNumber);

  const certificate = (r: Row): IntegrationCertificate => ({
    number: r.number,
    holderName: r.holder_name,
    maskedIdNumber: masked(r.id_number_enc) ?? '',
    category: r.category as TalentCategory,
    categoryName: r.category_name,
    issuedOn: r.issued_on,
    validUntil: r.valid_until,
    status: effectiveStatus(r.status, r.valid_until),
    // pg and PGlite both give timestamptz as Date; a CTE's column may come back as text on one of them
    statusChangedAt: r.status_changed_at ? new Date(r.status_changed_at).toISOString() : null,
  });

  /**
   * `where` selects the certificates; the audit row gets `found` (how many), the answer's status
   * (`statusOf`, SQL over the count), the numbers found, and targets the certificate when there is one.
   */
  async function audited(where: RawBuilder<unknown>, statusOf: RawBuilder<number>, audit: AuditEntry) {
    const a = auditValues(audit);
    const { rows } = await sql<Row>`
      with found as (
        select c.id, c.number, c.holder_name, p.id_number_enc, c.category, t.name as category_name,
               to_char(c.issued_on, 'YYYY-MM-DD') as issued_on, to_char(c.valid_until, 'YYYY-MM-DD') as valid_until,
               c.status, c.status_changed_at
          from certificates c
          join talent_categories t on t.code = c.category
          join accounts p on p.id = c.holder_id
         where ${where}
      ), n as (select count(*)::int as found from found),
      logged as (
        insert into audit_log (at, actor_account_id, actor_label, action, target_type, target_id, ip, user_agent, detail)
        select ${a.at}, ${a.actor_account_id}, ${a.actor_label}, ${a.action}, 'certificate',
               case when n.found = 1 then (select id::text from found) end, ${a.ip}, ${a.user_agent},
               ${a.detail}::jsonb || jsonb_build_object(
                 'found', n.found,
                 'status', ${statusOf},
                 'numbers', (select coalesce(jsonb_agg(number order by number), '[]'::jsonb) from found))
          from n
      )
      select * from found order by issued_on desc, number desc`.execute(db);
    return rows.map(certificate);
  }

  return {
    async byNumber(number: string, audit: AuditEntry): Promise<IntegrationCertificate | null> {
      const [found] = await audited(
        sql`c.number = ${number}`,
        sql<number>`case when n.found > 0 then 200 else 404 end`,
        audit,
      );
      return found ?? null;
    },

    /** Every certificate of the person with this 证件号码, newest first; none when nobody holds it. */
    byIdNumber(idNumber: string, audit: AuditEntry): Promise<IntegrationCertificate[]> {
      return audited(
        sql`p.portal = 'person' and p.id_number_hash in (${sql.join(cipher.lookups(idNumber))})`,
        sql<number>`200`,
        audit,
      );
    },
  };
}

export type CertificateLookup = ReturnType<typeof createCertificateLookup>;
