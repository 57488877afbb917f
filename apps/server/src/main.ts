import path from 'node:path';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/client.js';
import { migrate } from './db/migrate.js';
import { startAuditSealer } from './modules/audit/audit.service.js';
import { deriveBlobKey } from './platform/blob-crypto.js';
import { startHousekeeping } from './platform/housekeeping.js';
import { preparePdfRendering } from './platform/pdf/warm.js';
import { createFieldCipher, resolveKeys } from './platform/secrets.js';
import { createCertificateSigner } from './platform/signing/certificate-signature.js';
import { seedDemo } from './seed/demo.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(
    config.databaseUrl
      ? { url: config.databaseUrl, poolMax: config.pgPoolMax }
      : { dataDir: path.join(config.dataDir, 'pglite') },
  );
  await migrate(database);
  const keys = resolveKeys(config.dataDir, {
    encryptionKey: config.encryptionKey,
    lookupKey: config.lookupKey,
    certificateSigningKey: config.certificateSigningKey,
  });
  const cipher = createFieldCipher(keys.encryptionKey, keys.lookupKey);
  const seeded = config.seedDemo ? await seedDemo(database.db, cipher) : false;

  const signer = createCertificateSigner(keys.certificateSigningKey);
  // outside production files may be encrypted under a key derived from the data key (config.ts requires one
  // in production)
  config.blobKeys.current ??= deriveBlobKey(keys.encryptionKey);
  const app = await buildApp({ config, database, cipher, signer });
  if (seeded) app.log.info('demo accounts created (password Demo@2026, see README)');
  const stopHousekeeping = startHousekeeping(database, config.session.idleMinutes, app.log);
  const stopSealer = startAuditSealer(database.db, app.log);
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: shutting down`);
    stopHousekeeping();
    stopSealer();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await preparePdfRendering(app.log);
  await app.listen({ port: config.port, host: config.host });
  app.log.info(`人才分类定级评定系统 on http://localhost:${config.port} (database: ${database.kind})`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
