/**
 * Rotates the key that signs certificates' QR codes (README, Certificate keys; docs/adr/0006):
 *   npm run rotate-certificate-key
 * With CERTIFICATE_SIGNING_KEY configured (production) it records the current public key, prints a new key for
 * the operator to configure, and the servers record it as they restart. Outside production, with the key in
 * DATA_DIR/secrets.json, it writes the new key there and records it at once; restart the server to sign with it.
 * QR codes printed before keep verifying: the public key of a retired key is kept.
 */
import { loadConfig } from '../config.js';
import { openPreparedDatabase } from '../db/prepare.js';
import { listSigningKeys, rotateCertificateKey } from '../modules/results/certificate-keys.js';
import { cryptoProfiles } from '../platform/crypto/profile.js';
import { runCli } from './run.js';

async function run(): Promise<number> {
  const config = loadConfig();
  const database = await openPreparedDatabase(config);
  try {
    const rotation = await rotateCertificateKey({
      db: database.db,
      dataDir: config.dataDir,
      configuredPem: config.certificateSigningKey,
      profile: cryptoProfiles[config.cryptoProfile],
    });
    if (rotation.storedIn) {
      console.log(
        `已生成新的证书签名密钥（编号 ${rotation.keyId}），写入 ${rotation.storedIn} 并登记为当前密钥；` +
          `原密钥 ${rotation.previousKeyId} 已停用签发、仍可验证。重启服务后新证书使用新密钥签名。`,
      );
    } else {
      console.log(
        `已生成新的证书签名密钥（编号 ${rotation.keyId}）。原密钥 ${rotation.previousKeyId} 已登记，其签发的二维码在轮换后仍可验证。`,
      );
      console.log(
        '请把下面一行设为每个实例的 CERTIFICATE_SIGNING_KEY 并依次重启；实例启动时登记新密钥并停用原密钥：',
      );
      console.log(Buffer.from(rotation.privateKeyPem, 'utf8').toString('base64'));
    }
    for (const k of await listSigningKeys(database.db)) {
      const state = k.retired_at ? `已停用 ${k.retired_at.toISOString()}` : '当前';
      console.log(
        `  ${k.key_id}  登记于 ${k.created_at.toISOString()}  ${state}${k.legacy ? '  （签发了无密钥编号的旧二维码）' : ''}`,
      );
    }
    return 0;
  } finally {
    await database.close();
  }
}

runCli(run);
