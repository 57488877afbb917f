import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { configuredCrypto } from './crypto-setup.js';
import { openPreparedDatabase } from './db/prepare.js';
import { createHealth } from './http/health.js';
import { createMetrics, type MetricsListener, startMetricsListener } from './http/metrics.js';
import { startAuditSealer } from './modules/audit/audit.service.js';
import { deriveBlobKey } from './platform/blob-crypto.js';
import { setPasswordHashCost } from './platform/password-hash.js';
import { preparePdfRendering } from './platform/pdf/warm.js';
import { seedDemo } from './seed/demo.js';
import { seedDemoStatistics } from './seed/demo-statistics.js';

async function main(): Promise<void> {
  const config = loadConfig();
  setPasswordHashCost(config.passwordHashCost);
  const database = await openPreparedDatabase(config);
  const crypto = configuredCrypto(config);
  const { keys, auditKeys, cipher } = crypto;
  const seeded = config.seedDemo ? await seedDemo(database.db, cipher) : false;

  const signer = crypto.signer();
  // a finished round of applications for 统计分析, written once with the demo accounts
  if (seeded) await seedDemoStatistics(database.db, cipher, signer);
  // outside production files may be encrypted under a key derived from the data key (config.ts requires one
  // in production)
  config.blobKeys.current ??= deriveBlobKey(keys.encryptionKey);
  // buildApp hands the job engine's queues to metrics.setJobStats and wraps the blob store to count its failures
  const metrics = createMetrics();
  // buildApp registers the job engine's and the blob store's readiness checks
  const health = createHealth({ database });
  const app = await buildApp({ config, database, cipher, signer, auditKeys, metrics, health });
  if (config.devAids)
    app.log.warn(
      'DEV_AIDS is on: demo accounts, the SMS outbox at /api/dev/sms-outbox and DEV_CAPTCHA_CODE are served. Never on a server others can reach.',
    );
  if (seeded) app.log.info('demo accounts created (password Demo@2026, see README)');
  /**
   * What runs beside the HTTP server and uses the database, stopped in this order once the requests in flight
   * have finished and before the database closes. (The job engine stops with the app: app.close() waits for
   * the jobs running here.)
   */
  const onShutdown: (() => void | Promise<void>)[] = [startAuditSealer(database.db, auditKeys, app.log)];
  let metricsListener: MetricsListener | null = null;
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    // readiness answers 503 from now on, so a load balancer stops sending work here
    health.beginShutdown();
    app.log.info(
      `${signal}: shutting down (waiting up to ${config.shutdownGraceMs} ms for requests in flight)`,
    );
    // stops accepting connections and waits for the requests in flight; a keep-alive connection is closed as
    // soon as it is idle (its request answered), and past the grace period the rest are cut
    const idle = setInterval(() => app.server.closeIdleConnections(), 100);
    const cut = setTimeout(() => {
      app.log.warn('requests still running after SHUTDOWN_GRACE_MS: closing their connections');
      app.server.closeAllConnections();
    }, config.shutdownGraceMs);
    await app.close();
    clearInterval(idle);
    clearTimeout(cut);
    await metricsListener?.close();
    for (const stop of onShutdown) {
      try {
        await stop();
      } catch (err) {
        app.log.error({ err }, 'a background task did not stop cleanly');
      }
    }
    await database.close();
    app.log.info('stopped');
    process.exit(0);
  };
  const onSignal = (signal: string) =>
    shutdown(signal).catch((err: unknown) => {
      app.log.error({ err }, 'shutdown failed');
      process.exit(1);
    });
  process.on('SIGINT', () => void onSignal('SIGINT'));
  process.on('SIGTERM', () => void onSignal('SIGTERM'));
  await preparePdfRendering(app.log);
  await app.listen({ port: config.port, host: config.host });
  if (config.metrics.port !== undefined) {
    metricsListener = await startMetricsListener(metrics, {
      host: config.metrics.host,
      port: config.metrics.port,
      token: config.metrics.token,
    });
    app.log.info(`metrics on http://${config.metrics.host}:${metricsListener.port}/metrics`);
  }
  app.log.info(`人才分类定级评定系统 on http://localhost:${config.port} (database: ${database.kind})`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
