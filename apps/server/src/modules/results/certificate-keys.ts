/**
 * The public keys that verify certificates' QR tokens (issue 13, docs/adr/0006-certificate-key-rotation.md).
 *
 * Each instance signs with the private key of its configuration (CERTIFICATE_SIGNING_KEY) and records the public
 * half here when it starts; recording a key the table has not seen retires every other current one. A retired
 * key still verifies, so a QR code printed before a rotation verifies after it; a token naming a key the table
 * does not hold is refused. The table never holds a private key.
 */
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.js';
import {
  type CryptoProfile,
  intlProfile,
  type ProfileVerifier,
  verifierOf,
} from '../../platform/crypto/profile.js';
import { resolveKeys, storeCertificateSigningKey } from '../../platform/secrets.js';
import {
  type CertificateClaims,
  type CertificateSigner,
  createCertificateSigner,
  parseCertificateToken,
  verifyCertificateToken,
} from '../../platform/signing/certificate-signature.js';
import { appendAudit } from '../audit/audit.service.js';

export type TokenCheck =
  | { ok: true; claims: CertificateClaims; keyId: string | null }
  /** malformed: not a token; unknown-key: names a key never recorded; signature: altered or forged */
  | { ok: false; why: 'malformed' | 'unknown-key' | 'signature'; keyId: string | null };

export interface RecordedKey {
  /** false: the table held it already (a restart, another instance) */
  recorded: boolean;
  /** the keys this one made retired */
  retired: string[];
}

/**
 * Records a public key as the current one, idempotently: a key already recorded changes nothing (so an instance
 * still on the old key during a rolling restart does not bring it back), a new one retires the others. The
 * first key ever recorded is the one that signed the tokens without a key id. Audited in the same transaction.
 */
export async function recordSigningKey(
  db: Kysely<DB>,
  key: { keyId: string; publicKeyPem: string },
  actorLabel: string,
): Promise<RecordedKey> {
  return db.transaction().execute(async (trx) => {
    // instances starting together: one records, the others then find it recorded
    await sql`lock table certificate_signing_keys in exclusive mode`.execute(trx);
    const known = await trx
      .selectFrom('certificate_signing_keys')
      .select('key_id')
      .where('key_id', '=', key.keyId)
      .executeTakeFirst();
    if (known) return { recorded: false, retired: [] };
    const first = !(await trx
      .selectFrom('certificate_signing_keys')
      .select('key_id')
      .limit(1)
      .executeTakeFirst());
    const now = new Date();
    await trx
      .insertInto('certificate_signing_keys')
      .values({ key_id: key.keyId, public_key: key.publicKeyPem, legacy: first, created_at: now })
      .execute();
    const retired = await trx
      .updateTable('certificate_signing_keys')
      .set({ retired_at: now })
      .where('key_id', '!=', key.keyId)
      .where('retired_at', 'is', null)
      .returning('key_id')
      .execute();
    const retiredIds = retired.map((r) => r.key_id).sort();
    await appendAudit(trx, {
      actor: { accountId: null, label: actorLabel },
      action: 'certificate_key.record',
      targetType: 'certificate_signing_key',
      targetId: key.keyId,
      detail: { keyId: key.keyId, retired: retiredIds, signsUnkeyedTokens: first },
    });
    return { recorded: true, retired: retiredIds };
  });
}

/** every recorded key, newest first */
export function listSigningKeys(db: Kysely<DB>) {
  return db
    .selectFrom('certificate_signing_keys')
    .select(['key_id', 'legacy', 'created_at', 'retired_at'])
    .orderBy('created_at', 'desc')
    .orderBy('key_id')
    .execute();
}

export function createCertificateKeys({
  db,
  signer,
}: {
  db: Kysely<DB>;
  signer: Pick<CertificateSigner, 'keyId' | 'verifier' | 'publicKeyPem'>;
}) {
  /**
   * Public keys are immutable once recorded: a key found once is kept; a miss asks the table again. Each
   * recorded key verifies with its own algorithm (Ed25519 or SM2), whatever the profile signs with now.
   */
  const known = new Map<string, ProfileVerifier>([[signer.keyId, signer.verifier]]);
  let legacy: ProfileVerifier | null = null;

  async function keyFor(keyId: string | null): Promise<ProfileVerifier | null> {
    if (keyId === null) {
      if (legacy) return legacy;
      const row = await db
        .selectFrom('certificate_signing_keys')
        .select('public_key')
        .where('legacy', '=', true)
        .executeTakeFirst();
      // nothing recorded yet: no key was ever rotated, so this instance's key is the first one
      if (!row) return signer.verifier;
      legacy = verifierOf(row.public_key);
      return legacy;
    }
    const cached = known.get(keyId);
    if (cached) return cached;
    const row = await db
      .selectFrom('certificate_signing_keys')
      .select('public_key')
      .where('key_id', '=', keyId)
      .executeTakeFirst();
    if (!row) return null;
    const key = verifierOf(row.public_key);
    known.set(keyId, key);
    return key;
  }

  return {
    /** At start: this instance's key becomes current unless the table holds it already. */
    recordCurrent(actorLabel = '系统（启动时登记证书签名密钥）'): Promise<RecordedKey> {
      return recordSigningKey(db, { keyId: signer.keyId, publicKeyPem: signer.publicKeyPem }, actorLabel);
    },

    /** The claims of a token signed by any recorded key, current or retired. */
    async check(token: string): Promise<TokenCheck> {
      const parsed = parseCertificateToken(token);
      if (!parsed) return { ok: false, why: 'malformed', keyId: null };
      const key = await keyFor(parsed.keyId);
      if (!key) return { ok: false, why: 'unknown-key', keyId: parsed.keyId };
      const claims = verifyCertificateToken(parsed, key);
      return claims
        ? { ok: true, claims, keyId: parsed.keyId }
        : { ok: false, why: 'signature', keyId: parsed.keyId };
    },
  };
}

export type CertificateKeys = ReturnType<typeof createCertificateKeys>;

export interface Rotation {
  /** PKCS#8 PEM of the new private key */
  privateKeyPem: string;
  keyId: string;
  /** the key that signed until now, recorded so that its tokens keep verifying */
  previousKeyId: string;
  /** where the new key was stored (outside production, the data folder's secrets.json), or null: configure it */
  storedIn: string | null;
  /** the keys retired by recording the new one (none when the servers record it as they restart) */
  retired: string[];
}

const ROTATE_ACTOR = '运维命令（rotate-certificate-key）';

/**
 * `npm run rotate-certificate-key`: a new key of the profile (Ed25519 or SM2). The key signing now is recorded first (idempotent), so
 * every token it signed verifies whatever happens next. With CERTIFICATE_SIGNING_KEY configured (always in
 * production) the new key is only returned, for the operator to configure; the servers record it as they restart
 * with it. Otherwise the key lives in the data folder: it is written there and recorded at once, retiring the
 * previous one; the running server signs with the new key after a restart.
 */
export async function rotateCertificateKey({
  db,
  dataDir,
  configuredPem,
  profile = intlProfile,
}: {
  db: Kysely<DB>;
  dataDir: string;
  configuredPem: string | undefined;
  /** the profile the new key is for (Ed25519 under intl, SM2 under gm) */
  profile?: CryptoProfile;
}): Promise<Rotation> {
  const previous = createCertificateSigner(
    configuredPem ?? resolveKeys(dataDir, {}, profile).certificateSigningKey,
  );
  await recordSigningKey(db, previous, ROTATE_ACTOR);
  const privateKeyPem = profile.generateSigningKeyPem();
  const next = createCertificateSigner(privateKeyPem, profile);
  if (configuredPem) {
    return { privateKeyPem, keyId: next.keyId, previousKeyId: previous.keyId, storedIn: null, retired: [] };
  }
  const storedIn = storeCertificateSigningKey(dataDir, privateKeyPem, profile);
  const { retired } = await recordSigningKey(db, next, ROTATE_ACTOR);
  return { privateKeyPem, keyId: next.keyId, previousKeyId: previous.keyId, storedIn, retired };
}
