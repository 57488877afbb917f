import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Config } from '../config.js';
import type { PoolStats } from '../db/client.js';
import type { BlobStore } from '../platform/blob-store.js';
import { AppError } from './errors.js';

/** One queue of the job engine as it stands at a scrape. */
export interface JobQueueStats {
  queue: string;
  queued: number;
  active: number;
  failed: number;
  deadLettered: number;
}
export type JobStatsSource = () => Promise<JobQueueStats[]>;
/** the newest scheduled check of the audit chain, per kind (`full`, `checkpoint`) */
export interface AuditCheckStats {
  kind: string;
  ok: boolean;
  at: Date;
  rows: number;
}
export type AuditChecksSource = () => Promise<AuditCheckStats[]>;
export type BlobOperation = 'put' | 'get' | 'delete' | 'list';

/** The route label of a request no route matched: never the raw URL (ids, personal data, unbounded labels). */
export const UNMATCHED_ROUTE = 'unmatched';
/** Sources read at scrape time must answer within this, or the scrape reports them as down. */
const SOURCE_TIMEOUT_MS = 2000;

/**
 * The Prometheus metrics of one server: HTTP request durations by route pattern, the database pool, blob store
 * failures, the job queues (read from whatever `setJobStats` registers), and the process's own (memory, CPU,
 * event loop, GC). One registry per app: tests build many apps in one process.
 */
export interface Metrics {
  readonly registry: Registry;
  observeRequest(method: string, route: string, statusCode: number, seconds: number): void;
  blobStoreError(operation: BlobOperation): void;
  /** The database's pool, read at every scrape. */
  setPoolStats(source: () => PoolStats): void;
  /** The job engine's queues, read at every scrape (the job engine registers this). */
  setJobStats(source: JobStatsSource): void;
  /** The audit chain's newest checks, read at every scrape. */
  setAuditChecks(source: AuditChecksSource): void;
  render(): Promise<string>;
  readonly contentType: string;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

export function createMetrics({ processMetrics = true }: { processMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (processMetrics) collectDefaultMetrics({ register: registry });

  const requests = new Histogram({
    name: 'rcpd_http_request_duration_seconds',
    help: 'HTTP requests by route pattern, method and status code: duration in seconds',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const blobErrors = new Counter({
    name: 'rcpd_blob_store_errors_total',
    help: 'Blob store operations that failed, by operation',
    labelNames: ['operation'] as const,
    registers: [registry],
  });
  for (const operation of ['put', 'get', 'delete', 'list'] as const) blobErrors.inc({ operation }, 0);

  let poolSource: (() => PoolStats) | null = null;
  const poolGauge = (name: string, help: string, pick: (s: PoolStats) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        if (poolSource) this.set(pick(poolSource()));
      },
    });
  poolGauge(
    'rcpd_db_pool_max_connections',
    'Database pool size limit (PGlite: one connection)',
    (s) => s.max,
  );
  poolGauge('rcpd_db_pool_connections', 'Database connections open', (s) => s.total);
  poolGauge('rcpd_db_pool_idle_connections', 'Database connections open and idle', (s) => s.idle);
  poolGauge('rcpd_db_pool_waiting_requests', 'Queries waiting for a database connection', (s) => s.waiting);

  let jobSource: JobStatsSource | null = null;
  /** the job engine's answer of this scrape: the queue gauge asks, the up gauge (rendered after it) reads */
  let jobRead: Promise<boolean> = Promise.resolve(true);
  new Gauge({
    name: 'rcpd_job_queue_jobs',
    help: 'Jobs per queue and state (queued, active, failed, dead_lettered) at scrape time',
    labelNames: ['queue', 'state'] as const,
    registers: [registry],
    collect() {
      this.reset();
      const source = jobSource;
      jobRead = (async () => {
        if (!source) return true;
        try {
          for (const q of await withTimeout(source(), SOURCE_TIMEOUT_MS)) {
            this.set({ queue: q.queue, state: 'queued' }, q.queued);
            this.set({ queue: q.queue, state: 'active' }, q.active);
            this.set({ queue: q.queue, state: 'failed' }, q.failed);
            this.set({ queue: q.queue, state: 'dead_lettered' }, q.deadLettered);
          }
          return true;
        } catch {
          return false;
        }
      })();
      return jobRead.then(() => {});
    },
  });
  new Gauge({
    name: 'rcpd_job_stats_up',
    help: '1 when the job engine answered this scrape (or none is registered), 0 when it failed or was too slow',
    registers: [registry],
    async collect() {
      this.set((await jobRead) ? 1 : 0);
    },
  });

  let auditSource: AuditChecksSource | null = null;
  /** this scrape's read of the checks: the first audit gauge asks, the others (rendered after it) read */
  let auditRead: Promise<AuditCheckStats[]> = Promise.resolve([]);
  const auditGauge = (name: string, help: string, pick: (c: AuditCheckStats) => number, first = false) =>
    new Gauge({
      name,
      help,
      labelNames: ['kind'] as const,
      registers: [registry],
      async collect() {
        this.reset();
        if (first) {
          const source = auditSource;
          auditRead = source ? withTimeout(source(), SOURCE_TIMEOUT_MS).catch(() => []) : Promise.resolve([]);
        }
        for (const check of await auditRead) this.set({ kind: check.kind }, pick(check));
      },
    });
  auditGauge(
    'rcpd_audit_chain_ok',
    'Audit chain: 1 when the newest scheduled check of this kind (full, checkpoint) found it intact, 0 when broken: alert on 0',
    (c) => (c.ok ? 1 : 0),
    true,
  );
  auditGauge(
    'rcpd_audit_chain_checked_at_seconds',
    'Audit chain: when the newest check of this kind ran (Unix time): alert when the full check is over 2 hours old',
    (c) => c.at.getTime() / 1000,
  );
  auditGauge(
    'rcpd_audit_chain_rows_checked',
    'Audit chain: rows the newest check of this kind walked',
    (c) => c.rows,
  );

  return {
    registry,
    contentType: registry.contentType,
    observeRequest(method, route, statusCode, seconds) {
      requests.observe({ method, route, status_code: statusCode }, seconds);
    },
    blobStoreError(operation) {
      blobErrors.inc({ operation });
    },
    setPoolStats(source) {
      poolSource = source;
    },
    setJobStats(source) {
      jobSource = source;
    },
    setAuditChecks(source) {
      auditSource = source;
    },
    render: () => registry.metrics(),
  };
}

/**
 * The store with every failed put, get, delete and list counted by operation (a get of a missing blob is `null`,
 * not a failure; a put whose incoming stream failed, e.g. an aborted upload, is the client's and is not counted;
 * the sweep's removal of unfinished writes counts as a delete).
 */
export function instrumentBlobStore<T extends BlobStore>(
  store: T,
  metrics: Pick<Metrics, 'blobStoreError'>,
): T {
  const counted = async <R>(
    operation: BlobOperation,
    run: () => Promise<R>,
    source?: Readable,
  ): Promise<R> => {
    try {
      return await run();
    } catch (error) {
      if (!source?.errored) metrics.blobStoreError(operation);
      throw error;
    }
  };
  // the store's other members (a health check, say) stay reachable through the prototype
  const wrapped: T = Object.create(store);
  wrapped.put = (key, stream) => counted('put', () => store.put(key, stream), stream);
  wrapped.get = (key) => counted('get', () => store.get(key));
  wrapped.delete = (key) => counted('delete', () => store.delete(key));
  wrapped.removeIncomplete = (prefix, before) =>
    counted('delete', () => store.removeIncomplete(prefix, before));
  wrapped.list = async function* (prefix) {
    try {
      yield* store.list(prefix);
    } catch (error) {
      metrics.blobStoreError('list');
      throw error;
    }
  };
  return wrapped;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** Is the request's `Authorization: Bearer …` the token? Compared in constant time (of equal-length digests). */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const given = header?.startsWith('Bearer ') ? header.slice(7).trim() : '';
  return timingSafeEqual(digest(given), digest(token)) && given.length > 0;
}

const TOKEN_REFUSED = '访问监控指标需要有效的令牌';

/**
 * Times every request by its route pattern, and serves /metrics on the main port: behind `METRICS_TOKEN` when
 * set; not at all when `METRICS_PORT` gives it its own listener, or in production with neither; open otherwise
 * (development and tests).
 */
export function registerMetrics(
  app: FastifyInstance,
  { metrics, config }: { metrics: Metrics; config: Pick<Config, 'production' | 'metrics'> },
): void {
  app.addHook('onResponse', (request, reply, done) => {
    metrics.observeRequest(
      request.method,
      request.routeOptions.url ?? UNMATCHED_ROUTE,
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
    done();
  });
  const { token, port } = config.metrics;
  const served = port === undefined && (token !== undefined || !config.production);
  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    if (!served) throw new AppError('NOT_FOUND');
    if (token !== undefined && !bearerMatches(request.headers.authorization, token)) {
      reply.header('www-authenticate', 'Bearer');
      throw new AppError('UNAUTHENTICATED', TOKEN_REFUSED);
    }
    return reply.type(metrics.contentType).send(await metrics.render());
  });
}

export interface MetricsListener {
  port: number;
  close(): Promise<void>;
}

/** /metrics alone on an internal address (`METRICS_HOST:METRICS_PORT`), for a scraper inside the network. */
export async function startMetricsListener(
  metrics: Metrics,
  { host, port, token }: { host: string; port: number; token: string | undefined },
): Promise<MetricsListener> {
  const json = (status: number, body: object) => ({
    status,
    type: 'application/json; charset=utf-8',
    text: JSON.stringify(body),
  });
  const answer = async (request: IncomingMessage) => {
    const path = (request.url ?? '').split('?')[0];
    if (path !== '/metrics' || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return json(404, { code: 'NOT_FOUND', message: '请求的内容不存在' });
    }
    if (token !== undefined && !bearerMatches(request.headers.authorization, token)) {
      return json(401, { code: 'UNAUTHENTICATED', message: TOKEN_REFUSED });
    }
    return { status: 200, type: metrics.contentType, text: await metrics.render() };
  };
  const server = createServer((request, response) => {
    answer(request)
      .catch(() => json(500, { code: 'INTERNAL', message: '系统繁忙，请稍后再试' }))
      .then(({ status, type, text }) => {
        response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
        response.end(request.method === 'HEAD' ? undefined : text);
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
