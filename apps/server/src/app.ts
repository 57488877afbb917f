import { existsSync } from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import { registerAuth } from './http/auth.js';
import { AppError, registerErrorHandling } from './http/errors.js';
import { registerSecurityHeaders } from './http/security-headers.js';
import { accountsRoutes } from './modules/accounts/accounts.routes.js';
import { createAccountsService } from './modules/accounts/accounts.service.js';
import { createApplicationFilesService } from './modules/applications/application-files.js';
import { applicationsRoutes } from './modules/applications/applications.routes.js';
import { createApplicationsService } from './modules/applications/applications.service.js';
import { createSummaryTableService } from './modules/applications/summary-table.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { bindingRoutes } from './modules/binding/binding.routes.js';
import { createBindingService } from './modules/binding/binding.service.js';
import { catalogueRoutes } from './modules/catalogue/catalogue.routes.js';
import { createCatalogueService } from './modules/catalogue/catalogue.service.js';
import { devRoutes } from './modules/dev/dev.routes.js';
import { eligibilityRoutes } from './modules/eligibility/eligibility.routes.js';
import { createEligibilityService } from './modules/eligibility/eligibility.service.js';
import { identityRoutes } from './modules/identity/identity.routes.js';
import { createIdentityService } from './modules/identity/identity.service.js';
import { createSessionStore } from './modules/identity/sessions.js';
import { createSmsCodes } from './modules/identity/sms-codes.js';
import { createDeclarationGuideService } from './modules/notices/declaration-guide.js';
import { noticesRoutes } from './modules/notices/notices.routes.js';
import { createNoticesService } from './modules/notices/notices.service.js';
import { notificationsRoutes } from './modules/notifications/notifications.routes.js';
import { createNotificationsService } from './modules/notifications/notifications.service.js';
import { createCertificatesService } from './modules/results/certificates.service.js';
import { resultsRoutes } from './modules/results/results.routes.js';
import { createResultsService } from './modules/results/results.service.js';
import { reviewRoutes } from './modules/review/review.routes.js';
import { createReviewService } from './modules/review/review.service.js';
import type { BlobStore } from './platform/blob-store.js';
import { createBlobStore } from './platform/blobs.js';
import { createCaptchaService } from './platform/captcha.js';
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
}

/** Plugins and routes; no business rules here. */
export async function buildApp({
  config,
  database,
  cipher,
  sms,
  blobs,
  signer,
}: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
  });
  const { db } = database;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

  registerSecurityHeaders(app, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        // Ant Design writes its styles at run time
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
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
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const sessions = createSessionStore(db, config.session);
  registerAuth(app, sessions);
  const smsSender =
    sms ??
    (config.sms.provider === 'http'
      ? createHttpSms(config.sms.url, config.sms.token)
      : createOutboxSms(db, app.log));
  const identity = createIdentityService({
    db,
    cipher,
    sessions,
    captcha: createCaptchaService(db, config.devCaptchaCode),
    smsCodes: createSmsCodes(db, cipher, smsSender),
  });

  app.get('/api/health', { schema: { tags: ['系统'], summary: '健康检查' } }, async (_request, reply) => {
    try {
      await sql`select 1`.execute(db);
      return { status: 'ok', database: database.kind };
    } catch {
      return reply.status(503).send({ status: 'unavailable', database: database.kind });
    }
  });
  await app.register(identityRoutes, {
    identity,
    cookie: { secure: config.cookieSecure, maxHours: config.session.maxHours },
  });
  await app.register(accountsRoutes, { db, accounts: createAccountsService({ db, cipher, sessions }) });
  await app.register(auditRoutes, { db });
  await app.register(notificationsRoutes, { notifications: createNotificationsService({ db }) });
  await app.register(bindingRoutes, {
    db,
    binding: createBindingService({ db, cipher, sms: smsSender, log: app.log }),
  });
  const blobStore = blobs ?? createBlobStore(config);
  await app.register(noticesRoutes, {
    db,
    notices: createNoticesService({ db, blobs: blobStore, log: app.log }),
    guide: createDeclarationGuideService({ db }),
  });
  await app.register(catalogueRoutes, { db, catalogue: createCatalogueService({ db }) });
  await app.register(eligibilityRoutes, { db, eligibility: createEligibilityService({ db, cipher }) });
  const applicationFiles = createApplicationFilesService({ db, blobs: blobStore, log: app.log });
  const summaryTables = createSummaryTableService({ db, cipher });
  await app.register(applicationsRoutes, {
    db,
    applications: createApplicationsService({
      db,
      cipher,
      blobs: blobStore,
      sms: smsSender,
      log: app.log,
      stageChain: config.reviewChain,
    }),
    files: applicationFiles,
    summary: summaryTables,
  });
  await app.register(resultsRoutes, {
    db,
    results: createResultsService({
      db,
      cipher,
      sms: smsSender,
      signer,
      log: app.log,
      validYears: config.certificateValidYears,
    }),
    certificates: createCertificatesService({ db, cipher, signer, publicBaseUrl: config.publicBaseUrl }),
  });
  await app.register(reviewRoutes, {
    db,
    review: createReviewService({ db, cipher, sms: smsSender, log: app.log }),
    files: applicationFiles,
    summary: summaryTables,
  });
  if (!config.production) await app.register(devRoutes, { db });

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
