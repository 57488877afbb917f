/**
 * Moves every stored ciphertext, lookup hash and file to the current crypto profile and keys (README, 国密):
 *   npm run crypto:rekey              re-keys, in batches, while the service runs; run it again after a crash
 *   npm run crypto:rekey -- --check   only counts what is left to move and what no configured key opens
 * It takes the server's configuration: CRYPTO_PROFILE and the current keys, with the old ones still configured
 * (DATA_OLD_KEYS, LOOKUP_OLD_KEYS) until a check reports nothing left. REKEY_BATCH sets the rows per transaction
 * (500), REKEY_PAUSE_MS a pause between batches to leave the database to the service. Prints one JSON line per
 * batch and a summary. Exit code 0: everything is current (and readable); 1: rows left or unreadable; 2: error.
 * On PGlite stop the server first: its database is one process's.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { configuredCrypto } from '../crypto-setup.js';
import { openPreparedDatabase } from '../db/prepare.js';
import { rekey } from '../modules/rekey/rekey.service.js';
import { deriveBlobKey } from '../platform/blob-crypto.js';
import { createBlobStore } from '../platform/blobs.js';
import { runCli } from './run.js';

async function run(): Promise<number> {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const config = loadConfig();
  const { cipher, profile, keys } = configuredCrypto(config);
  // as main.ts: outside production files may be under a key derived from the data key
  config.blobKeys.current ??= deriveBlobKey(keys.encryptionKey);
  const batch = Number(process.env.REKEY_BATCH ?? 500);
  const pauseMs = Number(process.env.REKEY_PAUSE_MS ?? 0);
  if (!Number.isInteger(batch) || batch < 1 || !Number.isFinite(pauseMs) || pauseMs < 0) {
    console.error('REKEY_BATCH must be a positive whole number and REKEY_PAUSE_MS at least 0');
    return 2;
  }
  const database = await openPreparedDatabase(config);
  try {
    const report = await rekey({
      db: database.db,
      cipher,
      blobs: createBlobStore(config),
      batch,
      check: values.check,
      target: { profile: profile.name, dataKeyId: config.fieldKeys.dataKeyId ?? null },
      async onProgress(progress) {
        console.log(JSON.stringify(progress));
        if (pauseMs) await new Promise((resolve) => setTimeout(resolve, pauseMs));
      },
    });
    console.log(JSON.stringify({ profile: profile.name, check: values.check, ...report }));
    if (report.unreadable.length > 0) {
      console.error(
        `${report.unreadable.length} 行无法用已配置的密钥解密（例如 ${report.unreadable.slice(0, 3).join('、')}）：请把写入它们的旧密钥配置到 DATA_OLD_KEYS。`,
      );
    }
    if (values.check) {
      console.log(
        report.stale === 0 && report.unreadable.length === 0
          ? `全部 ${report.scanned} 行已使用 ${profile.name} 算法和当前密钥，可以移除旧密钥。`
          : `尚有 ${report.stale} 项待重新加密，${report.unreadable.length} 行无法解密。`,
      );
      return report.stale === 0 && report.unreadable.length === 0 ? 0 : 1;
    }
    console.log(
      `已将 ${report.changed} 项改为 ${profile.name} 算法和当前密钥（共读取 ${report.scanned} 行）。`,
    );
    return report.unreadable.length === 0 ? 0 : 1;
  } finally {
    await database.close();
  }
}

runCli(run);
