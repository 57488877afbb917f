import { existsSync } from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import { registerAuth } from './http/auth.js';
import { registerBodyTimeouts, serverTimeouts } from './http/body-timeouts.js';
import { AppError, answerFrameworkError, registerErrorHandling } from './http/errors.js';
import { createHealth, type Health, healthRoutes } from './http/health.js';
import { loggerOptions } from './http/log-masking.js';
import { createMetrics, instrumentBlobStore, type Metrics, registerMetrics } from './http/metrics.js';
import { describeOperation, SECURITY_SCHEMES } from './http/openapi.js';
import { registerRequestId, requestIdOf } from './http/request-id.js';
import { registerSecurityHeaders } from './http/security-headers.js';
import { accountsRoutes } from './modules/accounts/accounts.routes.js';
import { createAccountsService } from './modules/accounts/accounts.service.js';
import { createApplicationFilesService } from './modules/applications/application-files.js';
import { applicationsRoutes } from './modules/applications/applications.routes.js';
import { createApplicationsService } from './modules/applications/applications.service.js';
import { createSummaryTableService } from './modules/applications/summary-table.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import type { ChainKeys } from './modules/audit/audit.service.js';
import { latestAuditChecks, runAuditCheck } from './modules/audit/audit-checkpoints.js';
import { bindingRoutes } from './modules/binding/binding.routes.js';
import { createBindingService } from './modules/binding/binding.service.js';
import { workCalendarRoutes } from './modules/calendar/work-calendar.routes.js';
import { createWorkCalendarService } from './modules/calendar/work-calendar.service.js';
import { catalogueRoutes } from './modules/catalogue/catalogue.routes.js';
import { createCatalogueService } from './modules/catalogue/catalogue.service.js';
import { devRoutes } from './modules/dev/dev.routes.js';
import { eligibilityRoutes } from './modules/eligibility/eligibility.routes.js';
import { createEligibilityService } from './modules/eligibility/eligibility.service.js';
import { exportsRoutes } from './modules/exports/exports.routes.js';
import { createExportsService } from './modules/exports/exports.service.js';
import { identityRoutes } from './modules/identity/identity.routes.js';
import { createIdentityService } from './modules/identity/identity.service.js';
import { createOidcLogin } from './modules/identity/oidc.js';
import { oidcRoutes } from './modules/identity/oidc.routes.js';
import { createQrLogin } from './modules/identity/qr-login.js';
import { qrLoginRoutes } from './modules/identity/qr-login.routes.js';
import { createSessionStore } from './modules/identity/sessions.js';
import { createSmsCodes } from './modules/identity/sms-codes.js';
import { createIntegrationClients } from './modules/integrations/clients.service.js';
import {
  integrationApiRoutes,
  integrationClientsRoutes,
} from './modules/integrations/integrations.routes.js';
import { createCertificateLookup } from './modules/integrations/lookup.service.js';
import { createWebhookDeliveries, deliverWebhooks } from './modules/integrations/webhooks.js';
import { createDeclarationGuideService } from './modules/notices/declaration-guide.js';
import { noticesRoutes } from './modules/notices/notices.routes.js';
import { createNoticesService } from './modules/notices/notices.service.js';
import { notificationsRoutes } from './modules/notifications/notifications.routes.js';
import { createNotificationsService } from './modules/notifications/notifications.service.js';
import { createSmsMessagesService, deliverSms } from './modules/notifications/sms-messages.js';
import { smsMessagesRoutes } from './modules/notifications/sms-messages.routes.js';
import { createCertificateKeys } from './modules/results/certificate-keys.js';
import { createCertificatesService } from './modules/results/certificates.service.js';
import { createPublishBatches } from './modules/results/publish-batches.js';
import { resultsRoutes } from './modules/results/results.routes.js';
import { createResultsService } from './modules/results/results.service.js';
import { reviewRoutes } from './modules/review/review.routes.js';
import { createReviewService } from './modules/review/review.service.js';
import { createReviewPackage } from './modules/review/review-package.js';
import { reviewPackageRoutes } from './modules/review/review-package.routes.js';
import { statisticsRoutes } from './modules/statistics/statistics.routes.js';
import { createStatisticsService } from './modules/statistics/statistics.service.js';
import { supervisorsRoutes } from './modules/supervisors/supervisors.routes.js';
import { createSupervisorsService } from './modules/supervisors/supervisors.service.js';
import type { BlobStore } from './platform/blob-store.js';
import { sweepBlobs } from './platform/blob-sweep.js';
import { createBlobStore } from './platform/blobs.js';
import { createCaptchaService } from './platform/captcha.js';
import { runHousekeeping } from './platform/housekeeping.js';
import { createJobs, type Jobs, jobsOptions } from './platform/jobs.js';
import { setPasswordHashCost } from './platform/password-hash.js';
import type { FieldCipher } from './platform/secrets.js';
import type { CertificateSigner } from './platform/signing/certificate-signature.js';
import { createHttpSms, createOutboxSms, type SmsSender } from './platform/sms.js';

export interface AppDeps {
  config: Config;
  database: Database;
  cipher: FieldCipher;
  /** defaults to what `config.sms` names */
  sms?: SmsSender;
  /** defaults to what `config.blobStore` names, encrypted */
  blobs?: BlobStore;
  /** signs the QR payload of certificates */
  signer: CertificateSigner;
  /** the audit chain's keys (from AUDIT_CHAIN_KEY): the scheduled checks verify and sign checkpoints with them */
  auditKeys: ChainKeys;
  /** defaults to pg-boss on `database`, started here with workers when `config.jobWorkers` */
  jobs?: Jobs;
  /** Prometheus metrics (http/metrics.ts); main.ts makes one to hand to the job engine and the blob store */
  metrics?: Metrics;
  /** readiness checks and the shutdown flag (http/health.ts); main.ts registers dependencies' checks */
  health?: Health;
  /** where log lines go (default stdout): tests read them */
  logStream?: { write(line: string): void };
}

/** Plugins and routes; no business rules here. */
export async function buildApp({
  config,
  database,
  cipher,
  sms,
  blobs,
  signer,
  auditKeys,
  jobs: givenJobs,
  metrics = createMetrics(),
  health = createHealth({ database }),
  logStream,
}: AppDeps): Promise<FastifyInstance> {
  setPasswordHashCost(config.passwordHashCost);
  const hops = config.trustProxy;
  const app = Fastify({
    logger: loggerOptions(config.logLevel, logStream),
    genReqId: requestIdOf,
    frameworkErrors: answerFrameworkError,
    // n hops: the addresses of X-Forwarded-For written by the n nearest proxies (as Fastify does for a number)
    trustProxy: typeof hops === 'number' ? (_address: string, hop: number) => hop < hops : hops,
    bodyLimit: 1024 * 1024,
    // Node's limits on the request line, headers and whole request, with Chinese answers (http/body-timeouts.ts)
    ...serverTimeouts(config.bodyTimeouts),
  });
  const { db } = database;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerRequestId(app);
  // before any other hook awaits anything: the body's clock starts with the request
  registerBodyTimeouts(app, config.bodyTimeouts);
  registerErrorHandling(app);
  metrics.setPoolStats(() => database.poolStats());
  registerMetrics(app, { metrics, config });

  registerSecurityHeaders(app, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        // Ant Design writes its styles at run time
        styleSrc: ["'self'", "'unsafe-inline'"],
        // 'wasm-unsafe-eval' lets the 扫一扫 page compile zxing-wasm's QR reader (our own .wasm, from 'self'); it
        // allows WebAssembly compilation only, never eval or inline script (docs/adr/0010)
        scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
        upgradeInsecureRequests: config.production ? [] : null,
      },
    },
  });
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      info: {
        title: '人才分类定级评定系统 API',
        version: '0.1.0',
        description: '吉林省人才分类定级评定业务',
      },
      components: { securitySchemes: SECURITY_SCHEMES },
    },
    // operationId, x-policy, security and error answers of every operation (http/openapi.ts)
    transform: describeOperation,
  });
  // Swagger UI is a development aid; production serves the document alone, for integrators' generators
  if (!config.production) await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const sessions = createSessionStore(db, config.session);
  registerAuth(app, sessions);
  const smsSender =
    sms ??
    (config.sms.provider === 'http'
      ? createHttpSms(config.sms.url, config.sms.token, config.sms.timeoutMs)
      : createOutboxSms(db, app.log));
  const jobs = givenJobs ?? createJobs(database, app.log, jobsOptions(config));
  deliverSms({ db, jobs, sms: smsSender, cipher, log: app.log });
  deliverWebhooks({ db, jobs, cipher, timeoutMs: config.webhookTimeoutMs, log: app.log });
  // a job that failed for good is the one that went to the dead-letter queue
  metrics.setJobStats(async () => (await jobs.stats()).map((s) => ({ ...s, deadLettered: s.failed })));
  health.register('jobs', () => jobs.check());
  const smsCodes = createSmsCodes(db, cipher, smsSender);
  const identity = createIdentityService({
    db,
    cipher,
    sessions,
    captcha: createCaptchaService(db, config.devCaptchaCode),
    smsCodes,
  });

  await app.register(healthRoutes, { health, database });
  await app.register(identityRoutes, {
    identity,
    cookie: { secure: config.cookieSecure, maxHours: config.session.maxHours },
  });
  await app.register(qrLoginRoutes, {
    qrLogin: createQrLogin({
      db,
      cipher,
      sessions,
      publicBaseUrl: config.publicBaseUrl,
      describe: identity.describe,
    }),
    cookie: { secure: config.cookieSecure, maxHours: config.session.maxHours },
  });
  await app.register(oidcRoutes, {
    oidcLogin: config.oidc
      ? createOidcLogin({
          db,
          cipher,
          sessions,
          smsCodes,
          describe: identity.describe,
          settings: config.oidc,
          log: app.log,
        })
      : undefined,
    cookie: { secure: config.cookieSecure, maxHours: config.session.maxHours },
  });
  await app.register(accountsRoutes, { db, accounts: createAccountsService({ db, cipher, sessions }) });
  await app.register(auditRoutes, { db, jobs });
  await app.register(notificationsRoutes, { notifications: createNotificationsService({ db }) });
  await app.register(bindingRoutes, {
    db,
    binding: createBindingService({ db, cipher, jobs }),
  });
  const blobStore = instrumentBlobStore(blobs ?? createBlobStore(config), metrics);
  health.register('blobs', () => blobStore.check());
  const exports = createExportsService({ db, jobs, blobs: blobStore, cipher, log: app.log });
  // this instance's public key recorded (a new one retires the previous): every instance verifies its tokens
  const certificateKeys = createCertificateKeys({ db, signer });
  await certificateKeys.recordCurrent();
  const certificates = createCertificatesService({
    db,
    cipher,
    keys: certificateKeys,
    jobs,
    publicBaseUrl: config.publicBaseUrl,
  });
  const auditDeps = { db, blobs: blobStore, keys: auditKeys };
  jobs.handle('audit-checkpoint', async () => {
    await runAuditCheck(auditDeps, 'checkpoint', app.log);
  });
  jobs.handle('audit-verify', async () => {
    await runAuditCheck(auditDeps, 'full', app.log);
  });
  metrics.setAuditChecks(async () => {
    const { full, checkpoint } = await latestAuditChecks(db);
    return [full, checkpoint].filter((c) => c !== null);
  });
  jobs.handle('housekeeping', async () => {
    await runHousekeeping(database, config.session.idleMinutes);
    await exports.removeExpired();
    await certificates.expireDue();
    // after removeExpired, so that an export's file whose delete failed there is swept here
    const swept = await sweepBlobs({ db, blobs: blobStore });
    app.log.info(
      swept,
      `blob sweep: removed ${swept.removed} unreferenced files, ${swept.incomplete} unfinished`,
    );
  });
  await app.register(exportsRoutes, { exports, db });
  await app.register(noticesRoutes, {
    db,
    notices: createNoticesService({ db, blobs: blobStore, log: app.log }),
    guide: createDeclarationGuideService({ db }),
  });
  await app.register(catalogueRoutes, { db, catalogue: createCatalogueService({ db }) });
  await app.register(supervisorsRoutes, { db, supervisors: createSupervisorsService({ db }) });
  await app.register(workCalendarRoutes, { db, workCalendar: createWorkCalendarService({ db }) });
  await app.register(statisticsRoutes, { db, statistics: createStatisticsService({ db }) });
  await app.register(eligibilityRoutes, { db, eligibility: createEligibilityService({ db, cipher }) });
  const applicationFiles = createApplicationFilesService({ db, blobs: blobStore, log: app.log });
  const summaryTables = createSummaryTableService({ db, cipher });
  await app.register(applicationsRoutes, {
    db,
    applications: createApplicationsService({
      db,
      cipher,
      blobs: blobStore,
      jobs,
      log: app.log,
      stageChain: config.reviewChain,
    }),
    files: applicationFiles,
    summary: summaryTables,
  });
  await app.register(resultsRoutes, {
    db,
    results: createResultsService({ db, cipher }),
    publishing: createPublishBatches({
      db,
      jobs,
      signer,
      log: app.log,
      validYears: config.certificateValidYears,
    }),
    certificates,
  });
  const review = createReviewService({ db, cipher, jobs });
  await app.register(reviewRoutes, {
    db,
    review,
    files: applicationFiles,
    summary: summaryTables,
    exports,
    directMaxRows: config.exportDirectMaxRows,
  });
  await app.register(reviewPackageRoutes, {
    db,
    review,
    exports,
    reviewPackage: createReviewPackage({ db, cipher, blobs: blobStore, summary: summaryTables }),
  });
  await app.register(smsMessagesRoutes, { db, messages: createSmsMessagesService({ db, jobs, cipher }) });
  await app.register(integrationClientsRoutes, {
    db,
    clients: createIntegrationClients({ db, cipher, production: config.production }),
    deliveries: createWebhookDeliveries({ db, jobs }),
  });
  await app.register(integrationApiRoutes, { db, lookup: createCertificateLookup({ db, cipher }) });
  if (config.devAids) await app.register(devRoutes, { db });

  await jobs.start({ workers: config.jobWorkers });
  // every 15 minutes on one instance of all: expired sessions, codes and windows; PGlite's vacuum
  if (config.jobWorkers) {
    await jobs.schedule('housekeeping', '*/15 * * * *');
    // the audit chain: the rows since the last checkpoint checked and a new one signed every 5 minutes, the
    // whole chain every hour (README, "The audit log proves itself")
    await jobs.schedule('audit-checkpoint', '*/5 * * * *');
    await jobs.schedule('audit-verify', '17 * * * *');
  }
  app.addHook('onClose', () => jobs.stop());

  const webIndex = path.join(config.webDist, 'index.html');
  const hasWeb = existsSync(webIndex);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: config.webDist,
      // one route that looks the file up when asked: a route per file (a few hundred chunks, each with its .br
      // and .gz) would cost the start ≈ 0.4 s. A path without a file reaches the not-found handler below.
      wildcard: true,
      index: 'index.html',
      // the build's bookkeeping (.vite/manifest.json, the inputs stamp) is not for browsers
      dotfiles: 'ignore',
      // The build writes .br and .gz beside each text file: sent as they are to a browser that accepts them.
      preCompressed: true,
      setHeaders: (reply, file) => {
        reply.header(
          'cache-control',
          file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
        // caches keep the brotli, gzip and plain answers of a path apart
        reply.header('vary', 'accept-encoding');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    // The web app's own routes (/login, /person/...) are answered with its index page (compressed as above).
    if (
      hasWeb &&
      (request.method === 'GET' || request.method === 'HEAD') &&
      !request.url.startsWith('/api/')
    ) {
      return reply.sendFile('index.html');
    }
    throw new AppError('NOT_FOUND');
  });
  return app;
}
