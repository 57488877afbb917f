/** /metrics protection, the separate metrics listener, the blob store wrapper and the settings behind them. */
import { Readable } from 'node:stream';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { type Config, loadConfig } from '../config.js';
import type { BlobStore } from '../platform/blob-store.js';
import { registerErrorHandling } from './errors.js';
import {
  bearerMatches,
  createMetrics,
  instrumentBlobStore,
  registerMetrics,
  startMetricsListener,
} from './metrics.js';

const TOKEN = 'scrape-token-0123456789';
const apps: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((a) => a.close()));
});

async function appWith(production: boolean, metricsConfig: Partial<Config['metrics']>) {
  const app = Fastify();
  apps.push(app);
  registerErrorHandling(app);
  registerMetrics(app, {
    metrics: createMetrics({ processMetrics: false }),
    config: {
      production,
      metrics: { token: undefined, port: undefined, host: '127.0.0.1', ...metricsConfig },
    },
  });
  await app.ready();
  return app;
}

describe('/metrics on the main port', () => {
  it('is open in development and tests when no protection is set', async () => {
    const response = await (await appWith(false, {})).inject('/metrics');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('rcpd_blob_store_errors_total');
  });

  it('is not served in production without METRICS_TOKEN or METRICS_PORT', async () => {
    const response = await (await appWith(true, {})).inject('/metrics');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ code: 'NOT_FOUND', message: '请求的内容不存在' });
  });

  it('wants the bearer token when METRICS_TOKEN is set, with a Chinese message', async () => {
    const app = await appWith(true, { token: TOKEN });
    for (const authorization of [undefined, 'Bearer wrong-token', `Basic ${TOKEN}`, `Bearer ${TOKEN}x`]) {
      const response = await app.inject({ url: '/metrics', headers: authorization ? { authorization } : {} });
      expect(response.statusCode, authorization).toBe(401);
      expect(response.headers['www-authenticate']).toBe('Bearer');
      expect(response.json()).toEqual({ code: 'UNAUTHENTICATED', message: '访问监控指标需要有效的令牌' });
    }
    const ok = await app.inject({ url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain('# HELP rcpd_http_request_duration_seconds');
  });

  it('is not on the main port when METRICS_PORT gives it its own listener', async () => {
    expect((await (await appWith(false, { port: 9464 })).inject('/metrics')).statusCode).toBe(404);
  });
});

describe('the metrics listener (METRICS_PORT)', () => {
  it('serves /metrics and nothing else, behind the token when one is set', async () => {
    const metrics = createMetrics({ processMetrics: false });
    const listener = await startMetricsListener(metrics, { host: '127.0.0.1', port: 0, token: TOKEN });
    try {
      const base = `http://127.0.0.1:${listener.port}`;
      const refused = await fetch(`${base}/metrics`);
      expect(refused.status).toBe(401);
      expect(await refused.json()).toEqual({
        code: 'UNAUTHENTICATED',
        message: '访问监控指标需要有效的令牌',
      });
      const ok = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(ok.status).toBe(200);
      expect(await ok.text()).toContain('rcpd_db_pool_max_connections');
      expect((await fetch(`${base}/api/health`)).status).toBe(404);
    } finally {
      await listener.close();
    }
  });
});

describe('bearerMatches', () => {
  it('takes only the exact token after Bearer', () => {
    expect(bearerMatches(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(bearerMatches(`Bearer ${TOKEN.slice(1)}`, TOKEN)).toBe(false);
    expect(bearerMatches('Bearer ', TOKEN)).toBe(false);
    expect(bearerMatches(undefined, TOKEN)).toBe(false);
  });
});

describe('instrumentBlobStore', () => {
  function failingStore(): BlobStore & { check(): Promise<void> } {
    return {
      put: async () => {
        throw new Error('disk full');
      },
      get: async (key) => {
        if (key === 'missing') return null;
        throw new Error('unreadable');
      },
      delete: async () => {
        throw new Error('denied');
      },
      check: async () => {},
      // biome-ignore lint/correctness/useYield: a listing that fails before its first page
      list: async function* () {
        throw new Error('unlistable');
      },
      removeIncomplete: async () => {
        throw new Error('denied');
      },
    };
  }

  it('counts failed puts, gets, deletes and lists by operation, and passes their errors on', async () => {
    const metrics = createMetrics({ processMetrics: false });
    const store = instrumentBlobStore(failingStore(), metrics);
    await expect(store.put('a/b', Readable.from(['x']))).rejects.toThrow('disk full');
    await expect(store.get('a/b')).rejects.toThrow('unreadable');
    await expect(store.delete('a/b')).rejects.toThrow('denied');
    // the sweep's removal of unfinished writes is a delete
    await expect(store.removeIncomplete('a/', new Date())).rejects.toThrow('denied');
    await expect(store.list('a/')[Symbol.asyncIterator]().next()).rejects.toThrow('unlistable');
    // a missing blob is an answer, not a failure
    expect(await store.get('missing')).toBeNull();
    // the store's other members stay reachable (the integrator's readiness check)
    await expect(store.check()).resolves.toBeUndefined();
    const text = await metrics.render();
    expect(text).toContain('rcpd_blob_store_errors_total{operation="put"} 1');
    expect(text).toContain('rcpd_blob_store_errors_total{operation="get"} 1');
    expect(text).toContain('rcpd_blob_store_errors_total{operation="delete"} 2');
    expect(text).toContain('rcpd_blob_store_errors_total{operation="list"} 1');
  });

  it('does not count a put whose incoming stream failed (an aborted upload is not the store failing)', async () => {
    const metrics = createMetrics({ processMetrics: false });
    const store = instrumentBlobStore(
      {
        ...failingStore(),
        put: (_key, stream) =>
          new Promise((_, reject) => {
            stream.on('error', reject);
            stream.resume();
          }),
      },
      metrics,
    );
    const aborted = new Readable({ read() {} });
    const put = store.put('a/b', aborted);
    aborted.destroy(new Error('client went away'));
    await expect(put).rejects.toThrow('client went away');
    expect(await metrics.render()).toContain('rcpd_blob_store_errors_total{operation="put"} 0');
  });
});

describe('settings', () => {
  const base = { NODE_ENV: 'test' };

  it('defaults: metrics on 127.0.0.1 when a port is given, the pool timeouts, a 10 s shutdown grace', () => {
    const config = loadConfig(base);
    expect(config.metrics).toEqual({ token: undefined, port: undefined, host: '127.0.0.1' });
    expect(config.pgTimeouts).toEqual({ statementMs: 30_000, idleInTransactionMs: 60_000 });
    expect(config.shutdownGraceMs).toBe(10_000);
  });

  it('reads them', () => {
    const config = loadConfig({
      ...base,
      METRICS_TOKEN: TOKEN,
      METRICS_PORT: '9464',
      METRICS_HOST: '10.0.0.5',
      PG_STATEMENT_TIMEOUT_MS: '5000',
      PG_IDLE_IN_TRANSACTION_TIMEOUT_MS: '0',
      SHUTDOWN_GRACE_MS: '2500',
    });
    expect(config.metrics).toEqual({ token: TOKEN, port: 9464, host: '10.0.0.5' });
    expect(config.pgTimeouts).toEqual({ statementMs: 5000, idleInTransactionMs: 0 });
    expect(config.shutdownGraceMs).toBe(2500);
  });

  it.each([
    [{ METRICS_TOKEN: 'short' }, 'METRICS_TOKEN: must be at least 16 characters'],
    [{ METRICS_PORT: '3000' }, 'METRICS_PORT: must differ from PORT'],
    [{ METRICS_PORT: 'x' }, 'METRICS_PORT'],
    [{ PG_STATEMENT_TIMEOUT_MS: '-1' }, 'PG_STATEMENT_TIMEOUT_MS'],
    [{ SHUTDOWN_GRACE_MS: 'soon' }, 'SHUTDOWN_GRACE_MS'],
  ])('refuses %o', (env, message) => {
    expect(() => loadConfig({ ...base, ...env })).toThrow(message);
  });
});
