import {
  allowedActions,
  CERTIFICATE_ACTION_STATUS,
  CERTIFICATE_BUTTONS,
  type CertificateAction,
  type CertificateItem,
  type CertificatePage,
  type CertificateQuery,
  type CertificateStatus,
  type CertificateVerification,
  certificatePolicy,
  ID_NUMBER_LIKE,
  maskIdNumber,
  type PolicyActor,
  type TalentCategory,
} from '@rcpd/shared';
import { type Kysely, sql } from 'kysely';
import { escapeLike } from '../../db/like.js';
import type { DB } from '../../db/schema.js';
import { actorOf } from '../../http/auth.js';
import { decodeCursor, encodeCursor, exactTime } from '../../http/cursor.js';
import { AppError } from '../../http/errors.js';
import { assertCan, policyActor } from '../../http/policy.js';
import type { Jobs } from '../../platform/jobs.js';
import { renderCertificate } from '../../platform/pdf/certificate.js';
import type { FieldCipher } from '../../platform/secrets.js';
import { appendAudit, auditValues } from '../audit/audit.service.js';
import type { AuthContext, RequestMeta } from '../identity/sessions.js';
import { queueCertificateWebhooks } from '../integrations/webhooks.js';
import { notify } from '../notifications/notifications.service.js';
import type { CertificateKeys } from './certificate-keys.js';
import { beijingToday } from './results.service.js';

export const NOT_FOUND = '证书不存在';
export const VERIFY_MESSAGES = {
  altered: '证书二维码无效：内容被篡改或不是本系统签发',
  unknownKey: (keyId: string) => `证书二维码无效：签名密钥（编号${keyId}）不是本系统的密钥，无法验证`,
  noRecord: '未找到与二维码一致的证书记录',
} as const;

/** The action that sets each status by hand. */
const ACTION_OF = Object.fromEntries(
  Object.entries(CERTIFICATE_ACTION_STATUS).map(([action, status]) => [status, action]),
) as Record<Exclude<CertificateStatus, '失效'>, CertificateAction>;

const ISSUER = '吉林省人力资源和社会保障厅';
/** certificates the expiry sweep records 失效 in one transaction */
const EXPIRE_CHUNK = 200;

const CERTIFICATE_COLUMNS = [
  'c.id',
  'c.number',
  'c.holder_id',
  'c.holder_name',
  'c.application_id',
  'c.category',
  't.name as category_name',
  sql<string>`to_char(c.issued_on, 'YYYY-MM-DD')`.as('issued_on'),
  sql<string | null>`to_char(c.valid_until, 'YYYY-MM-DD')`.as('valid_until'),
  'c.status',
  'c.status_reason',
  'c.status_changed_at',
  'c.token',
] as const;

/** 失效 is also what a 有效 certificate becomes once its validity (a Beijing date) has passed. */
export function effectiveStatus(status: CertificateStatus, validUntil: string | null): CertificateStatus {
  return status === '有效' && validUntil !== null && validUntil < beijingToday() ? '失效' : status;
}

/** 我的证照, the public verification page and the department's 证书管理 (SPEC §8, manual 3.5). */
export function createCertificatesService({
  db,
  cipher,
  keys,
  jobs,
  publicBaseUrl,
}: {
  db: Kysely<DB>;
  cipher: FieldCipher;
  /** the public keys, current and retired, that verify QR tokens */
  keys: Pick<CertificateKeys, 'check'>;
  /** status changes queue their webhooks */
  jobs: Jobs;
  publicBaseUrl: string;
}) {
  function rows() {
    return db
      .selectFrom('certificates as c')
      .innerJoin('talent_categories as t', 't.code', 'c.category')
      .select(CERTIFICATE_COLUMNS);
  }
  type Row = Awaited<ReturnType<ReturnType<typeof rows>['execute']>>[number];

  /** `actor` null: the holder or the public, who change nothing */
  const toItem = (r: Row, actor: PolicyActor | null = null): CertificateItem => ({
    id: r.id,
    number: r.number,
    holderName: r.holder_name,
    category: r.category as TalentCategory,
    categoryName: r.category_name,
    issuedOn: r.issued_on,
    validUntil: r.valid_until,
    status: effectiveStatus(r.status, r.valid_until),
    statusReason: r.status_reason,
    statusChangedAt: r.status_changed_at?.toISOString() ?? null,
    allowedActions: actor
      ? allowedActions(
          certificatePolicy,
          actor,
          { status: effectiveStatus(r.status, r.valid_until) },
          CERTIFICATE_BUTTONS,
        )
      : [],
  });

  async function pdfOf(r: Row): Promise<Buffer> {
    const info = await db
      .selectFrom('applications as a')
      .innerJoin('accounts as p', 'p.id', 'a.applicant_id')
      .innerJoin('employers as e', 'e.id', 'a.employer_id')
      .select(['p.id_number_enc', 'e.name as employer_name'])
      .where('a.id', '=', r.application_id)
      .executeTakeFirstOrThrow();
    return renderCertificate({
      number: r.number,
      holderName: r.holder_name,
      maskedIdNumber: info.id_number_enc ? maskIdNumber(cipher.decrypt(info.id_number_enc)) : '',
      employerName: info.employer_name,
      categoryCode: r.category,
      categoryName: r.category_name,
      issuedOn: r.issued_on,
      validUntil: r.valid_until,
      issuer: ISSUER,
      verifyUrl: `${publicBaseUrl}/verify?t=${encodeURIComponent(r.token)}`,
      status: effectiveStatus(r.status, r.valid_until),
    });
  }

  return {
    async mine({ auth }: { auth: AuthContext }): Promise<{ items: CertificateItem[] }> {
      const list = await rows()
        .where('c.holder_id', '=', auth.account.id)
        .orderBy('c.issued_on', 'desc')
        .execute();
      return { items: list.map((r) => toItem(r)) };
    },

    /** 预览 and 下载 of one's own certificate; another's answers as a missing one. */
    async minePdf({ auth, id }: { auth: AuthContext; id: string }): Promise<{ pdf: Buffer; number: string }> {
      const row = await rows().where('c.id', '=', id).executeTakeFirst();
      if (!row || row.holder_id !== auth.account.id) throw new AppError('NOT_FOUND', NOT_FOUND);
      return { pdf: await pdfOf(row), number: row.number };
    },

    /**
     * The public verification page: the QR payload must carry the signature of one of this server's keys,
     * current or retired, and match the certificate on record; a 撤销 or 暂扣 certificate shows as such, with
     * the date.
     */
    async verify(token: string): Promise<CertificateVerification> {
      const checked = await keys.check(token);
      if (!checked.ok) {
        const reason =
          checked.why === 'unknown-key' && checked.keyId
            ? VERIFY_MESSAGES.unknownKey(checked.keyId)
            : VERIFY_MESSAGES.altered;
        return { valid: false, reason, certificate: null };
      }
      const row = await rows().where('c.number', '=', checked.claims.n).executeTakeFirst();
      if (!row || row.token !== token) {
        return { valid: false, reason: VERIFY_MESSAGES.noRecord, certificate: null };
      }
      const item = toItem(row);
      if (item.status !== '有效') {
        const when = item.statusChangedAt
          ? `（${new Date(new Date(item.statusChangedAt).getTime() + 8 * 3_600_000).toISOString().slice(0, 10)}）`
          : '';
        return { valid: false, reason: `证书状态：${item.status}${when}`, certificate: item };
      }
      return { valid: true, certificate: item };
    },

    /**
     * 证书管理: one page, newest first (keyset), searched by 持证人 / 证书编号 / 证件号码 and filtered by the
     * status a reader sees (失效 includes the 有效 ones whose validity has passed), with the total.
     */
    async list({ auth, query }: { auth: AuthContext; query: CertificateQuery }): Promise<CertificatePage> {
      const actor = policyActor(auth);
      const today = beijingToday();
      let q = db.selectFrom('certificates as c');
      if (query.status === '有效')
        q = q
          .where('c.status', '=', '有效')
          .where((eb) => eb.or([eb('c.valid_until', 'is', null), eb('c.valid_until', '>=', today)]));
      else if (query.status === '失效')
        q = q.where((eb) =>
          eb.or([
            eb('c.status', '=', '失效'),
            eb.and([eb('c.status', '=', '有效'), eb('c.valid_until', '<', today)]),
          ]),
        );
      else if (query.status) q = q.where('c.status', '=', query.status);
      if (query.q) {
        const text = query.q;
        q = ID_NUMBER_LIKE.test(text)
          ? q.where((eb) =>
              eb.or([
                eb('c.number', '=', text.toUpperCase()),
                eb(
                  'c.holder_id',
                  'in',
                  eb.selectFrom('accounts').select('id').where('id_number_hash', 'in', cipher.lookups(text)),
                ),
              ]),
            )
          : q.where('c.holder_name', 'like', `${escapeLike(text)}%`);
      }
      const total = Number(
        (await q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n,
      );
      let page = q
        .innerJoin('talent_categories as t', 't.code', 'c.category')
        .select(CERTIFICATE_COLUMNS)
        .select(exactTime('c.created_at').as('created'));
      if (query.after) {
        const [at, number] = decodeCursor(query.after, ['time', 'text']);
        page = page.where(sql<boolean>`(c.created_at, c.number) < (${at}::timestamptz, ${number})`);
      }
      // one 发布 issues many certificates at the same instant: the number breaks the tie
      const list = await page
        .orderBy('c.created_at', 'desc')
        .orderBy('c.number', 'desc')
        .limit(query.limit + 1)
        .execute();
      const more = list.length > query.limit;
      if (more) list.pop();
      const last = list.at(-1);
      return {
        items: list.map((r) => toItem(r, actor)),
        next: more && last ? encodeCursor([last.created, last.number]) : null,
        total,
      };
    },

    /**
     * 暂扣, 撤销, 注销 (or back to 有效) with a reason: audited, the applicant told, the subscribed integration
     * clients' webhooks queued — all in one transaction; verification reflects it at once.
     */
    async setStatus({
      auth,
      id,
      status,
      reason,
      meta,
    }: {
      auth: AuthContext;
      id: string;
      status: Exclude<CertificateStatus, '失效'>;
      reason: string;
      meta: RequestMeta;
    }): Promise<CertificateItem> {
      await db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('certificates')
          .select([
            'status',
            'holder_id',
            'number',
            sql<string | null>`to_char(valid_until, 'YYYY-MM-DD')`.as('valid_until'),
          ])
          .where('id', '=', id)
          .forUpdate()
          .executeTakeFirst();
        if (!row) throw new AppError('NOT_FOUND', NOT_FOUND);
        assertCan(auth, certificatePolicy, ACTION_OF[status], {
          status: effectiveStatus(row.status, row.valid_until),
        });
        const changedAt = new Date();
        const changed = await trx
          .updateTable('certificates')
          .set((eb) => ({
            status,
            status_reason: reason,
            status_changed_at: changedAt,
            status_version: eb('status_version', '+', 1),
          }))
          .where('id', '=', id)
          .returning('status_version')
          .executeTakeFirstOrThrow();
        await appendAudit(trx, {
          actor: actorOf(auth),
          action: 'certificate.status',
          targetType: 'certificate',
          targetId: id,
          detail: { number: row.number, from: row.status, to: status, reason },
          ...meta,
        });
        await notify({
          trx,
          accountId: row.holder_id,
          title: '证书状态变更',
          body: `您的证书（编号${row.number}）状态变更为“${status}”。原因：${reason}`,
        });
        await queueCertificateWebhooks(trx, jobs, [
          { certificateId: id, number: row.number, status, version: changed.status_version, changedAt },
        ]);
      });
      const updated = await rows().where('c.id', '=', id).executeTakeFirstOrThrow();
      return toItem(updated, policyActor(auth));
    },

    /**
     * Housekeeping: a 有效 certificate whose validity has passed is recorded as 失效 (what every reader already
     * showed), audited, its holder told and its webhooks queued, EXPIRE_CHUNK certificates a transaction.
     * Returns how many it recorded.
     */
    async expireDue(): Promise<number> {
      const today = beijingToday();
      let total = 0;
      for (;;) {
        const n = await db.transaction().execute(async (trx) => {
          const changedAt = new Date();
          const expired = await trx
            .updateTable('certificates')
            .set((eb) => ({
              status: '失效',
              status_reason: '有效期届满',
              status_changed_at: changedAt,
              status_version: eb('status_version', '+', 1),
            }))
            .where(
              'id',
              'in',
              trx
                .selectFrom('certificates')
                .select('id')
                .where('status', '=', '有效')
                .where('valid_until', '<', today)
                .orderBy('valid_until')
                .limit(EXPIRE_CHUNK)
                .forUpdate()
                .skipLocked(),
            )
            .returning([
              'id',
              'number',
              'holder_id',
              'status_version',
              sql<string>`to_char(valid_until, 'YYYY-MM-DD')`.as('valid_until'),
            ])
            .execute();
          if (expired.length === 0) return 0;
          await trx
            .insertInto('audit_log')
            .values(
              expired.map((c) =>
                auditValues({
                  actor: { accountId: null, label: '系统（证书有效期届满）' },
                  action: 'certificate.status',
                  targetType: 'certificate',
                  targetId: c.id,
                  detail: {
                    number: c.number,
                    from: '有效',
                    to: '失效',
                    reason: '有效期届满',
                    validUntil: c.valid_until,
                  },
                }),
              ),
            )
            .execute();
          for (const c of expired) {
            await notify({
              trx,
              accountId: c.holder_id,
              title: '证书状态变更',
              body: `您的证书（编号${c.number}）有效期已于${c.valid_until}届满，状态变更为“失效”。`,
            });
          }
          await queueCertificateWebhooks(
            trx,
            jobs,
            expired.map((c) => ({
              certificateId: c.id,
              number: c.number,
              status: '失效' as const,
              version: c.status_version,
              changedAt,
            })),
          );
          return expired.length;
        });
        total += n;
        if (n < EXPIRE_CHUNK) return total;
      }
    },
  };
}

export type CertificatesService = ReturnType<typeof createCertificatesService>;
