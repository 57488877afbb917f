// 国密 primitives (issue 15) against today's algorithms in the same run: a 证件号码 (18 bytes) encrypted and
// decrypted as a field, 1 MB sealed and opened, HMAC of a lookup value and of an audit row, signatures of a
// certificate token. CPU time per operation (the machine is shared), best of `--rounds` interleaved rounds of
// about `--ms` of CPU each. `npm run build` (or `npx tsc -b apps/server`) first.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { sm4Open, sm4Seal } from '../apps/server/dist/platform/crypto/gm.js';
import { gmProfile, intlProfile, verifierOf } from '../apps/server/dist/platform/crypto/profile.js';

const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '5' }, ms: { type: 'string', default: '300' } },
});
const rounds = Number(values.rounds);
const budgetUs = Number(values.ms) * 1000;

/** CPU µs per call of `fn`, run until about `budgetUs` of CPU is spent */
function perOp(fn) {
  let n = 0;
  const start = process.cpuUsage();
  let used = 0;
  while (used < budgetUs) {
    for (let i = 0; i < 16; i++) fn();
    n += 16;
    const u = process.cpuUsage(start);
    used = u.user + u.system;
  }
  return used / n;
}

/** today's AES-256-GCM (as secrets.ts and blob-crypto.ts use it), bare: iv | ciphertext | tag */
const aesKey = randomBytes(32);
function aesSeal(plain) {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', aesKey, iv);
  return Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
}
function aesOpen(sealed) {
  const decipher = createDecipheriv('aes-256-gcm', aesKey, sealed.subarray(0, 12));
  decipher.setAuthTag(sealed.subarray(sealed.length - 16));
  return Buffer.concat([decipher.update(sealed.subarray(12, sealed.length - 16)), decipher.final()]);
}

const keyring = { current: { id: 'bench', key: randomBytes(32) } };
const fieldKeys = { data: keyring, lookup: { current: { id: 'bench-lookup', key: randomBytes(32) } } };
/** while re-keying: one old key for each, so a lookup queries every hash a row may hold (issue 15) */
const rekeyingKeys = {
  data: { ...keyring, old: [{ id: 'old', key: randomBytes(32) }] },
  lookup: { ...fieldKeys.lookup, old: [{ id: 'old-lookup', key: randomBytes(32) }] },
};
const intlRekeying = intlProfile.fieldCipher(rekeyingKeys);
const gmRekeying = gmProfile.fieldCipher(rekeyingKeys);
const intlField = intlProfile.fieldCipher(fieldKeys);
const gmField = gmProfile.fieldCipher(fieldKeys);
const idNumber = '22010219900307123X';
const intlStored = intlField.encrypt(idNumber);
const gmStored = gmField.encrypt(idNumber);
const mb = randomBytes(1 << 20);
const aesMb = aesSeal(mb);
const sm4Mb = sm4Seal(mb, keyring.current);
const auditRow = JSON.stringify({
  action: 'application.view',
  actor_label: '吉林省人社厅 审核员 王五',
  at: '2026-12-04T21:00:00.000Z',
  detail: { applicationId: '3f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b', fields: ['证件号码', '手机号码'] },
  ip: '10.1.2.3',
  prev: 'a'.repeat(64),
  target_id: '3f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  target_type: 'application',
});
const token = Buffer.from(
  `AbCdEfGhIjK.${Buffer.from(JSON.stringify({ n: 'JL-2026-000123', h: '张三', c: 'B', d: '2026-12-04', v: null })).toString('base64url')}`,
);
const signers = {};
for (const profile of [intlProfile, gmProfile]) {
  const signer = profile.signer(profile.generateSigningKeyPem());
  const verifier = verifierOf(signer.publicKeyPem);
  signers[profile.name] = { signer, verifier, signature: signer.sign(token) };
}

/** [name, unit bytes or null, intl fn, gm fn] */
const cases = [
  ['证件号码 encrypt (field)', null, () => intlField.encrypt(idNumber), () => gmField.encrypt(idNumber)],
  ['证件号码 decrypt (field)', null, () => intlField.decrypt(intlStored), () => gmField.decrypt(gmStored)],
  ['1 MB seal', mb.length, () => aesSeal(mb), () => sm4Seal(mb, keyring.current)],
  ['1 MB open', mb.length, () => aesOpen(aesMb), () => sm4Open(sm4Mb, keyring)],
  ['lookup hash of a 证件号码', null, () => intlField.lookup(idNumber), () => gmField.lookup(idNumber)],
  [
    'every hash a lookup queries (one key / one old key too)',
    null,
    () => intlField.lookups(idNumber),
    () => gmField.lookups(idNumber),
  ],
  [
    'the same while re-keying (current + one old key)',
    null,
    () => intlRekeying.lookups(idNumber),
    () => gmRekeying.lookups(idNumber),
  ],
  [
    `HMAC of an audit row (${Buffer.byteLength(auditRow)} B)`,
    null,
    () => intlProfile.hmac(aesKey, auditRow),
    () => gmProfile.hmac(aesKey, auditRow),
  ],
  [
    'sign a certificate token',
    null,
    () => signers.intl.signer.sign(token),
    () => signers.gm.signer.sign(token),
  ],
  [
    'verify a certificate token',
    null,
    () => signers.intl.verifier.verify(token, signers.intl.signature),
    () => signers.gm.verifier.verify(token, signers.gm.signature),
  ],
];

const fmt = (us, bytes) =>
  bytes
    ? `${(bytes / us).toFixed(1)} MB/s (${(us / 1000).toFixed(2)} ms)`
    : `${Math.round(1e6 / us).toLocaleString('en')}/s (${us.toFixed(1)} µs)`;
console.log(
  `node ${process.version}, OpenSSL ${process.versions.openssl}; best of ${rounds} rounds, CPU time`,
);
console.log(
  '| operation | intl (AES-256-GCM, HMAC-SHA-256, Ed25519) | gm (SM4-CTR+HMAC-SM3, HMAC-SM3, SM2) | gm / intl time |',
);
console.log('|---|---|---|---|');
for (const [name, bytes, intl, gm] of cases) {
  const a = [];
  const b = [];
  for (let i = 0; i < rounds; i++) {
    a.push(perOp(intl));
    b.push(perOp(gm));
  }
  const x = Math.min(...a);
  const y = Math.min(...b);
  console.log(`| ${name} | ${fmt(x, bytes)} | ${fmt(y, bytes)} | ${(y / x).toFixed(1)}× |`);
}
