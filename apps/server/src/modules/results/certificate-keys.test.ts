/**
 * Issue 13: certificate signing keys rotate. A certificate issued before a rotation keeps verifying after it; a
 * token naming a key the server never had is refused with a clear message; new certificates name the new key.
 */
import { createPrivateKey, sign } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CertificateVerification, ResultItem } from '@rcpd/shared';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CertificateSigner,
  createCertificateSigner,
  generateSigningKeyPem,
} from '../../platform/signing/certificate-signature.js';
import { DEMO_PASSWORD } from '../../seed/demo.js';
import { approvedApplication } from '../../test/applications.js';
import { Client, createTestApp, type TestContext } from '../../test/harness.js';
import { auditRows, signedInBusiness } from '../../test/helpers.js';
import { createCertificateKeys, listSigningKeys, rotateCertificateKey } from './certificate-keys.js';
import { VERIFY_MESSAGES } from './certificates.service.js';

const firstPem = generateSigningKeyPem();
const first = createCertificateSigner(firstPem);
const secondPem = generateSigningKeyPem();
const second = createCertificateSigner(secondPem);

let ctx: TestContext;
let admin: Client;
let province: Client;
beforeAll(async () => {
  ctx = await createTestApp({}, { signer: first });
  admin = await signedInBusiness(ctx);
  province = new Client(ctx.app);
  expect((await province.login('department', 'shenhe', DEMO_PASSWORD)).statusCode).toBe(200);
});
afterAll(() => ctx.close());

/** 认定通过 recorded and 发布; the publishing job run by `runJobs` (the instance whose key signs). */
async function issued(runJobs: () => Promise<unknown>): Promise<{ number: string; token: string }> {
  const application = await approvedApplication(ctx, province);
  const recorded = await admin.post('/api/department/results', {
    applicationId: application.id,
    outcome: '认定通过',
  });
  expect(recorded.statusCode, recorded.body).toBe(200);
  const results = (await admin.get('/api/department/results')).json<{ items: ResultItem[] }>().items;
  const resultId = results.find((r) => r.applicationId === application.id)?.result?.id;
  const published = await admin.post('/api/department/results/publish', { resultIds: [resultId] });
  expect(published.statusCode, published.body).toBe(202);
  await runJobs();
  return ctx.database.db
    .selectFrom('certificates')
    .select(['number', 'token'])
    .where('application_id', '=', application.id)
    .executeTakeFirstOrThrow();
}

async function verifyOn(app: FastifyInstance, token: string): Promise<CertificateVerification> {
  const response = await new Client(app).get(
    `/api/public/certificates/verify?t=${encodeURIComponent(token)}`,
  );
  expect(response.statusCode, response.body).toBe(200);
  return response.json<CertificateVerification>();
}

const keyIdOf = (token: string) => token.split('.')[0];

describe('certificate signing keys rotate', () => {
  let before: { number: string; token: string };
  let rotated: { app: FastifyInstance; jobs: { runPending(): Promise<number> } };

  it('records the key an instance starts with, once, as the key of the tokens without a key id', async () => {
    expect(await listSigningKeys(ctx.database.db)).toEqual([
      expect.objectContaining({ key_id: first.keyId, legacy: true, retired_at: null }),
    ]);
    const audited = await auditRows(ctx, 'certificate_key.record', first.keyId);
    expect(audited).toHaveLength(1);
    // a restart with the same key records nothing
    const again = await createCertificateKeys({ db: ctx.database.db, signer: first }).recordCurrent();
    expect(again).toEqual({ recorded: false, retired: [] });
    expect(await auditRows(ctx, 'certificate_key.record', first.keyId)).toHaveLength(1);
  });

  it('after a key rotation an old certificate’s QR still verifies, and new certificates carry the new key id', async () => {
    before = await issued(() => ctx.jobs.runPending());
    expect(keyIdOf(before.token)).toBe(first.keyId);

    // the operator configures a new CERTIFICATE_SIGNING_KEY and restarts: the new instance records its key
    rotated = await ctx.anotherInstance(second);
    const keys = await listSigningKeys(ctx.database.db);
    expect(keys.find((k) => k.key_id === second.keyId)).toMatchObject({ retired_at: null, legacy: false });
    expect(keys.find((k) => k.key_id === first.keyId)?.retired_at).toBeInstanceOf(Date);
    const [audit] = await auditRows(ctx, 'certificate_key.record', second.keyId);
    expect(audit?.detail).toMatchObject({ keyId: second.keyId, retired: [first.keyId] });

    // the QR printed before the rotation, verified by the new instance with the retired key
    expect(await verifyOn(rotated.app, before.token)).toMatchObject({
      valid: true,
      certificate: { number: before.number, status: '有效' },
    });

    const after = await issued(() => rotated.jobs.runPending());
    expect(keyIdOf(after.token)).toBe(second.keyId);
    expect(await verifyOn(rotated.app, after.token)).toMatchObject({
      valid: true,
      certificate: { number: after.number },
    });
    // an instance still on the old key (a rolling restart) verifies the new key's tokens from the table
    expect(await verifyOn(ctx.app, after.token)).toMatchObject({ valid: true });
    expect(await verifyOn(ctx.app, before.token)).toMatchObject({ valid: true });

    // and its restart does not make the retired key current again
    await createCertificateKeys({ db: ctx.database.db, signer: first }).recordCurrent();
    const current = (await listSigningKeys(ctx.database.db)).filter((k) => k.retired_at === null);
    expect(current.map((k) => k.key_id)).toEqual([second.keyId]);
  });

  it('verifies a certificate issued before tokens had key ids with the first key, after the rotation', async () => {
    // a certificate of the old format: `<payload>.<signature over the payload>` by the first key
    const [, payload] = before.token.split('.') as [string, string, string];
    const bytes = Buffer.from(payload, 'base64url');
    const legacy = `${payload}.${sign(null, bytes, createPrivateKey(firstPem)).toString('base64url')}`;
    await ctx.database.db
      .updateTable('certificates')
      .set({ token: legacy })
      .where('number', '=', before.number)
      .execute();
    expect(await verifyOn(rotated.app, legacy)).toMatchObject({
      valid: true,
      certificate: { number: before.number },
    });
    // the same old format signed by the new key is not what the first key signed
    const bySecond = `${payload}.${sign(null, bytes, createPrivateKey(secondPem)).toString('base64url')}`;
    expect(await verifyOn(rotated.app, bySecond)).toEqual({
      valid: false,
      reason: VERIFY_MESSAGES.altered,
      certificate: null,
    });
    await ctx.database.db
      .updateTable('certificates')
      .set({ token: before.token })
      .where('number', '=', before.number)
      .execute();
  });

  it('refuses a token signed with an unknown key id, clearly', async () => {
    const [, payload] = before.token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const stranger: CertificateSigner = createCertificateSigner(generateSigningKeyPem());
    const forged = stranger.sign(claims);
    for (const app of [rotated.app, ctx.app]) {
      expect(await verifyOn(app, forged)).toEqual({
        valid: false,
        reason: VERIFY_MESSAGES.unknownKey(stranger.keyId),
        certificate: null,
      });
    }
    expect(VERIFY_MESSAGES.unknownKey(stranger.keyId)).toContain(stranger.keyId);
    expect(VERIFY_MESSAGES.unknownKey(stranger.keyId)).toMatch(/^证书二维码无效/);
    const [, , signature] = before.token.split('.') as [string, string, string];
    expect(await verifyOn(rotated.app, `AAAAAAAAAAA.${payload}.${signature}`)).toMatchObject({
      valid: false,
      reason: VERIFY_MESSAGES.unknownKey('AAAAAAAAAAA'),
    });
  });

  it('refuses a token whose signature or key id was altered', async () => {
    const [keyId, payload, signature] = before.token.split('.') as [string, string, string];
    const flipped = `${signature.slice(0, 10)}${signature[10] === 'A' ? 'B' : 'A'}${signature.slice(11)}`;
    const refused = { valid: false, reason: VERIFY_MESSAGES.altered, certificate: null };
    expect(await verifyOn(rotated.app, `${keyId}.${payload}.${flipped}`)).toEqual(refused);
    // the retired key's signature presented as the current key's
    expect(await verifyOn(rotated.app, `${second.keyId}.${payload}.${signature}`)).toEqual(refused);
    expect(await verifyOn(rotated.app, `${keyId}.${payload}`)).toEqual(refused);
  });

  it('records a new key once when instances start with it together', async () => {
    const third = createCertificateSigner(generateSigningKeyPem());
    const starts = await Promise.all(
      [1, 2, 3].map(() => createCertificateKeys({ db: ctx.database.db, signer: third }).recordCurrent()),
    );
    expect(starts.filter((s) => s.recorded)).toHaveLength(1);
    expect(starts.find((s) => s.recorded)?.retired).toEqual([second.keyId]);
    expect(await auditRows(ctx, 'certificate_key.record', third.keyId)).toHaveLength(1);
    const current = (await listSigningKeys(ctx.database.db)).filter((k) => k.retired_at === null);
    expect(current.map((k) => k.key_id)).toEqual([third.keyId]);
    // the certificates of both earlier keys still verify
    expect(await verifyOn(rotated.app, before.token)).toMatchObject({ valid: true });
  });

  it('npm run rotate-certificate-key: prints a key to configure, or outside production stores and records it', async () => {
    const db = ctx.database.db;
    // configured (production): the new key is only handed out; the current one is recorded
    const configured = await rotateCertificateKey({ db, dataDir: '/nonexistent', configuredPem: secondPem });
    expect(configured.storedIn).toBeNull();
    expect(configured.previousKeyId).toBe(second.keyId);
    expect(createCertificateSigner(configured.privateKeyPem).keyId).toBe(configured.keyId);
    expect((await listSigningKeys(db)).map((k) => k.key_id)).not.toContain(configured.keyId);

    // outside production: the key in DATA_DIR/secrets.json, never recorded before, is recorded, then replaced
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'rcpd-rotate-'));
    try {
      const stale = await rotateCertificateKey({ db, dataDir, configuredPem: undefined });
      const file = path.join(dataDir, 'secrets.json');
      expect(stale.storedIn).toBe(file);
      expect(existsSync(file)).toBe(true);
      const stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
      expect(stored.certificateSigningKey).toBe(stale.privateKeyPem);
      expect(stored.encryptionKey).toBeTruthy();
      const keys = await listSigningKeys(db);
      expect(keys.find((k) => k.key_id === stale.keyId)?.retired_at).toBeNull();
      expect(keys.find((k) => k.key_id === stale.previousKeyId)?.retired_at).toBeInstanceOf(Date);
      expect(stale.retired).toEqual([stale.previousKeyId].sort());
      expect(keys.filter((k) => k.retired_at === null)).toHaveLength(1);
      // the certificates of every earlier key still verify
      expect(await verifyOn(rotated.app, before.token)).toMatchObject({ valid: true });

      const again = await rotateCertificateKey({ db, dataDir, configuredPem: undefined });
      expect(again.previousKeyId).toBe(stale.keyId);
      expect(JSON.parse(readFileSync(file, 'utf8')).encryptionKey).toBe(stored.encryptionKey);
      // the private key is never in the table
      const rows = await db.selectFrom('certificate_signing_keys').selectAll().execute();
      expect(JSON.stringify(rows)).not.toContain('PRIVATE KEY');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
