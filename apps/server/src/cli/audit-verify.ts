/**
 * Verifies the audit log from the terminal, with the same configuration as the server (DATABASE_URL or the
 * PGlite folder in DATA_DIR, AUDIT_CHAIN_KEY, the blob store holding the checkpoints):
 *   npm run audit:verify            the whole chain, held against the newest signed checkpoint
 *   npm run audit:verify -- --json  the same, as one JSON line
 * Exit code 0: intact; 1: broken (what and where is printed); 2: it could not check (configuration, database).
 * On PGlite stop the server first: its database is one process's.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { configuredCrypto } from '../crypto-setup.js';
import { openConfiguredDatabase } from '../db/prepare.js';
import { checkAuditChain, describeProblem } from '../modules/audit/audit-checkpoints.js';
import { deriveBlobKey } from '../platform/blob-crypto.js';
import { createBlobStore } from '../platform/blobs.js';
import { runCli } from './run.js';

async function run(): Promise<number> {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
  const config = loadConfig();
  const { keys, auditKeys } = configuredCrypto(config);
  config.blobKeys.current ??= deriveBlobKey(keys.encryptionKey);
  const database = await openConfiguredDatabase(config);
  try {
    // a check only: it signs no checkpoint and records nothing
    const check = await checkAuditChain(
      { db: database.db, blobs: createBlobStore(config), keys: auditKeys },
      'full',
      { sign: false },
    );
    if (values.json) {
      const { signed: _, ...rest } = check;
      console.log(JSON.stringify(rest));
    } else if (check.ok) {
      console.log(
        `审计日志完整：已校验 ${check.rows} 行${
          check.checkpoint
            ? `，与 ${check.checkpoint.signedAt} 签署的检查点（序号 ${check.checkpoint.seq}）一致`
            : '，尚无检查点（服务每 5 分钟签署一个）'
        }${check.unsealed ? `；另有 ${check.unsealed} 行尚未封存入链` : ''}。`,
      );
    } else {
      console.log(`审计日志已被篡改：${describeProblem(check)}。`);
    }
    return check.ok ? 0 : 1;
  } finally {
    await database.close();
  }
}

runCli(run);
