/**
 * CRYPTO_PROFILE=gm through the app (issue 15): what a registration stores is SM4 and HMAC-SM3 and names its
 * key, a sign-in finds it, a file is stored as an SM4 blob; a byte flipped in the database or the store is
 * refused, never shown. And the audit chain: a part sealed with HMAC-SHA-256, then a gm part, verifies, each
 * part with its own algorithm, and a changed row in the gm part is found.
 */
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { maskIdNumber, maskPhone } from '@rcpd/shared';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHAIN_ALGORITHM_ACTION,
  type ChainKeys,
  sealAuditChain,
  verifyAuditChain,
} from '../../modules/audit/audit.service.js';
import { draftApplication, uploaded } from '../../test/applications.js';
import { MINIMAL_JPG } from '../../test/files.js';
import { Client, createTestApp, type TestContext } from '../../test/harness.js';
import { accountRow, expectError, loginWith, signedInPerson } from '../../test/helpers.js';
import { createLocalBlobStore } from '../blob-store.js';

let ctx: TestContext;
beforeAll(async () => {
  // the local store, whose files this test reads and alters as they lie on disk
  ctx = await createTestApp({ CRYPTO_PROFILE: 'gm', BLOB_STORE: 'local' });
});
afterAll(() => ctx.close());

const flip = (stored: string, fromEnd: number) => {
  const envelope = Buffer.from(stored.slice(3), 'base64url');
  envelope[envelope.length - fromEnd] = (envelope[envelope.length - fromEnd] ?? 0) ^ 0x01;
  return `gm:${envelope.toString('base64url')}`;
};

describe('CRYPTO_PROFILE=gm through the app', () => {
  it('stores 证件号码 and 手机号码 as SM4 envelopes with HMAC-SM3 lookups, and a flipped byte is refused', async () => {
    const { client, person, accountId } = await signedInPerson(ctx);
    const row = await accountRow(ctx, accountId);
    expect(row.id_number_enc).toMatch(/^gm:/);
    expect(row.phone_enc).toMatch(/^gm:/);
    expect(row.id_number_hash).toMatch(/^hsm3:lookup-[0-9a-f]{12}:[0-9a-f]{64}$/);
    expect(row.phone_hash).toMatch(/^hsm3:/);
    const session = (await client.get('/api/auth/session')).json<{
      account: { maskedIdNumber: string; maskedPhone: string };
    }>();
    expect(session.account).toMatchObject({
      maskedIdNumber: maskIdNumber(person.idNumber),
      maskedPhone: maskPhone(person.phone),
    });
    const byPhone = await loginWith(new Client(ctx.app), 'person', person.phone, person.password);
    expect(byPhone.statusCode, byPhone.body).toBe(200);

    // one bit of the ciphertext (past the header and IV, before the tag) changed behind the app's back
    const tampered = flip(String(row.id_number_enc), 40);
    await sql`update accounts set id_number_enc = ${tampered} where id = ${accountId}`.execute(
      ctx.ownerDatabase.db,
    );
    expect(() => ctx.cipher.decrypt(tampered)).toThrow(/altered/);
    const after = await client.get('/api/auth/session');
    expect(after.statusCode).toBe(500);
    expect(after.body).not.toContain(person.idNumber.slice(-4));
    // the lookup hash is untouched: the account is still found, and the damage is not papered over
    const again = await loginWith(new Client(ctx.app), 'person', person.idNumber, person.password);
    expect(again.statusCode).toBe(500);
  });

  it('stores an uploaded file as an SM4 blob (format version 2) and refuses it with a flipped byte', async () => {
    const draft = await draftApplication(ctx);
    const item = await uploaded(draft, 'slot=photo', '照片.jpg', MINIMAL_JPG);
    const raw = createLocalBlobStore(ctx.blobDir);
    const key = `applications/${draft.id}/${item.id}`;
    const stream = await raw.get(key);
    const bytes = Buffer.from((stream && (await buffer(stream))) ?? []);
    expect(bytes.subarray(0, 6).toString()).toBe('RCBLOB');
    expect(bytes[6]).toBe(2);
    expect(bytes.includes(MINIMAL_JPG.subarray(4, 40))).toBe(false);
    const url = `/api/person/applications/${draft.id}/attachments/${item.id}`;
    expect((await draft.client.get(url)).rawPayload.equals(MINIMAL_JPG)).toBe(true);
    bytes[bytes.length - 20] = (bytes[bytes.length - 20] ?? 0) ^ 0x01;
    await raw.put(key, Readable.from([bytes]));
    const body = expectError(await draft.client.get(url), 500, 'FILE_DAMAGED');
    expect(JSON.stringify(body)).not.toMatch(/at |Error|stack/);
  });

  it('verifies an audit chain sealed under intl, then gm, each part with its algorithm', async () => {
    const db = ctx.database.db;
    const gm = ctx.auditKeys;
    const intl: ChainKeys = { ...gm, algorithm: 'intl', ...gm.parts.intl };
    // a fresh chain: everything so far sealed as an intl server would have
    const base = await ctx.ownerDatabase.db
      .selectFrom('audit_log')
      .select('id')
      .where('seq', 'is not', null)
      .execute();
    expect(base).toEqual([]);
    await sealAuditChain(db, intl);
    const intlRows = await db.selectFrom('audit_log').select('id').where('seq', 'is not', null).execute();
    expect(intlRows.length).toBeGreaterThan(0);
    await loginWith(new Client(ctx.app), 'person', '13800000000', 'Wrong#Pass1');
    await sealAuditChain(db, gm);
    const switches = await db
      .selectFrom('audit_log')
      .select(['detail', sql<string>`seq::text`.as('seq')])
      .where('action', '=', CHAIN_ALGORITHM_ACTION)
      .execute();
    expect(switches.map((s) => s.detail)).toEqual([{ algorithm: 'gm', previous: 'intl' }]);
    expect(Number(switches[0]?.seq)).toBe(intlRows.length + 1);
    expect(await verifyAuditChain(db, gm)).toMatchObject({ ok: true, unsealed: 0 });
    // checked with one algorithm only, the other part fails
    const onlyIntl = { ...intl, parts: { intl: gm.parts.intl, gm: gm.parts.intl } };
    expect((await verifyAuditChain(db, onlyIntl)).ok).toBe(false);

    const owner = ctx.ownerDatabase.db;
    const target = await db
      .selectFrom('audit_log')
      .select([sql<string>`id::text`.as('id'), 'ip'])
      .where('action', '!=', CHAIN_ALGORITHM_ACTION)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    await sql`alter table audit_log disable trigger audit_log_no_change`.execute(owner);
    try {
      await sql`update audit_log set ip = '10.9.9.9' where id = ${target.id}::bigint`.execute(owner);
      expect(await verifyAuditChain(db, gm)).toMatchObject({
        ok: false,
        brokenAt: target.id,
        problem: 'link',
      });
      await sql`update audit_log set ip = ${target.ip} where id = ${target.id}::bigint`.execute(owner);
    } finally {
      await sql`alter table audit_log enable trigger audit_log_no_change`.execute(owner);
    }
    expect((await verifyAuditChain(db, gm)).ok).toBe(true);
  });
});
