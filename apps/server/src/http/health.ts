import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/client.js';

/** Resolves when the dependency answers; throws (or never settles) when it does not. */
export type ReadinessCheck = () => Promise<unknown>;
const CHECK_RESULTS = ['ok', 'failed', 'timeout'] as const;
type CheckResult = (typeof CHECK_RESULTS)[number];

/**
 * What the readiness probe asks besides the database. `buildApp` registers the blob store's and the job
 * engine's checks, and calls `beginShutdown()` on SIGTERM so the load balancer stops sending work at once.
 */
export interface Health {
  register(name: string, check: ReadinessCheck): void;
  beginShutdown(): void;
  readonly shuttingDown: boolean;
  /** runs every check (the database's first) in parallel, each bounded by the timeout */
  run(onFailure?: (name: string, error: unknown) => void): Promise<Record<string, CheckResult>>;
}

export function createHealth({
  database,
  timeoutMs = 2000,
}: {
  database: Pick<Database, 'db'>;
  /** a hanging dependency must not hang the probe */
  timeoutMs?: number;
}): Health {
  const checks = new Map<string, ReadinessCheck>([
    [
      'database',
      async () => {
        await sql`select 1`.execute(database.db);
      },
    ],
  ]);
  let shuttingDown = false;

  const runOne = async (
    name: string,
    check: ReadinessCheck,
    onFailure?: (name: string, error: unknown) => void,
  ): Promise<CheckResult> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    try {
      const result = await Promise.race([check().then(() => 'ok' as const), timeout]);
      if (result === 'timeout') onFailure?.(name, new Error(`no answer within ${timeoutMs} ms`));
      return result;
    } catch (error) {
      onFailure?.(name, error);
      return 'failed';
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    register(name, check) {
      if (checks.has(name)) throw new Error(`readiness check ${name} is registered already`);
      checks.set(name, check);
    },
    beginShutdown() {
      shuttingDown = true;
    },
    get shuttingDown() {
      return shuttingDown;
    },
    async run(onFailure) {
      const names = [...checks.keys()];
      const results = await Promise.all(
        names.map((name) => runOne(name, checks.get(name) as ReadinessCheck, onFailure)),
      );
      return Object.fromEntries(names.map((name, i) => [name, results[i] as CheckResult]));
    },
  };
}

const CHECK_LABELS: Record<CheckResult, string> = { ok: '正常', failed: '不可用', timeout: '无响应' };

/**
 * The answers of the probes. They are the operator's, not the web app's, so they live here rather than in the
 * shared package.
 */
const liveAnswer = z.object({ status: z.literal('ok') }).describe('进程在运行');
const checksField = z
  .record(z.string(), z.enum(CHECK_RESULTS))
  .describe('各依赖的检查结果：ok 正常，failed 不可用，timeout 无响应');
const readyAnswer = z.object({ status: z.literal('ok'), checks: checksField }).describe('已就绪');
const notReadyAnswer = z
  .object({ status: z.literal('unavailable'), message: z.string(), checks: checksField })
  .describe('未就绪，或正在停止');
const databaseKind = z.enum(['pglite', 'postgres']);
const healthAnswer = z.object({ status: z.literal('ok'), database: databaseKind }).describe('数据库可用');
const unhealthyAnswer = z
  .object({ status: z.literal('unavailable'), database: databaseKind })
  .describe('数据库不可用');

/**
 * Liveness (the process answers: restart it when not) apart from readiness (its dependencies answer and it is
 * not shutting down: send it work). `/api/health` keeps its answer for the scripts that wait on it.
 */
export async function healthRoutes(
  app: FastifyInstance,
  { health, database }: { health: Health; database: Pick<Database, 'db' | 'kind'> },
): Promise<void> {
  const tags = ['系统'];
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/health/live',
    { schema: { tags, summary: '存活检查（进程在运行）', response: { 200: liveAnswer } } },
    async () => ({ status: 'ok' as const }),
  );

  r.get(
    '/api/health/ready',
    {
      schema: {
        tags,
        summary: '就绪检查（数据库及各依赖可用，且未在停止）',
        response: { 200: readyAnswer, 503: notReadyAnswer },
      },
    },
    async (request, reply) => {
      if (health.shuttingDown) {
        return reply.status(503).send({ status: 'unavailable', message: '服务正在停止', checks: {} });
      }
      const checks = await health.run((name, error) =>
        request.log.warn({ err: error, check: name }, 'readiness check failed'),
      );
      const failed = Object.entries(checks).filter(([, result]) => result !== 'ok');
      if (failed.length === 0) return { status: 'ok' as const, checks };
      const which = failed.map(([name, result]) => `${name}${CHECK_LABELS[result]}`).join('，');
      return reply.status(503).send({ status: 'unavailable', message: `服务未就绪：${which}`, checks });
    },
  );

  r.get(
    '/api/health',
    { schema: { tags, summary: '健康检查', response: { 200: healthAnswer, 503: unhealthyAnswer } } },
    async (_request, reply) => {
      try {
        await sql`select 1`.execute(database.db);
        return { status: 'ok' as const, database: database.kind };
      } catch {
        return reply.status(503).send({ status: 'unavailable', database: database.kind });
      }
    },
  );
}
