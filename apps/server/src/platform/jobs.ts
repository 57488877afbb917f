import { CompiledQuery, type Kysely } from 'kysely';
import PgBoss from 'pg-boss';
import type { Database } from '../db/client.js';
import type { DB } from '../db/schema.js';

/**
 * Durable jobs on the application's own database (pg-boss, schema `pgboss`), on PGlite as on PostgreSQL.
 *
 * A change enqueues what it owes the world (`send` with the change's transaction): the job exists if and only
 * if the change committed, and runs after the commit on whichever instance fetches it first, with retries
 * and backoff; after its last try it fails for good and a copy goes to the `dead-letter` queue. Handlers
 * must be idempotent: a job whose instance died mid-run is run again once it expires.
 */

export type QueueName =
  | 'sms'
  | 'webhooks'
  | 'results-publish'
  | 'exports'
  | 'housekeeping'
  | 'audit-checkpoint'
  | 'audit-verify';

export interface QueueSpec {
  retryLimit: number;
  /** seconds before the first retry; doubled at every further one (with jitter) when retryBackoff */
  retryDelay: number;
  retryBackoff: boolean;
  /** a job running longer than this is taken as lost (its instance died) and tried again */
  expireInSeconds: number;
  /** jobs a worker takes at one fetch; each is completed or failed on its own */
  batchSize: number;
  /** workers per instance */
  workers: number;
}

export const QUEUES: Record<QueueName, QueueSpec> = {
  // A gateway that is down for an hour: 15 s, 30 s, 1 min, … ≈ 4 h in all before a message is 失败
  sms: {
    retryLimit: 10,
    retryDelay: 15,
    retryBackoff: true,
    expireInSeconds: 120,
    batchSize: 50,
    workers: 2,
  },
  // a receiver that is down for an hour, as for SMS: ≈ 4 h of tries before a delivery is 失败. A batch of 10 runs
  // one after another, each at most WEBHOOK_HTTP_TIMEOUT_MS (≤ 30 s): well inside the expiry.
  webhooks: {
    retryLimit: 10,
    retryDelay: 15,
    retryBackoff: true,
    expireInSeconds: 600,
    batchSize: 10,
    workers: 2,
  },
  'results-publish': {
    retryLimit: 5,
    retryDelay: 5,
    retryBackoff: true,
    expireInSeconds: 15 * 60,
    batchSize: 1,
    workers: 2,
  },
  exports: {
    retryLimit: 2,
    retryDelay: 10,
    retryBackoff: true,
    expireInSeconds: 30 * 60,
    batchSize: 1,
    workers: 1,
  },
  housekeeping: {
    retryLimit: 1,
    retryDelay: 60,
    retryBackoff: false,
    expireInSeconds: 15 * 60,
    batchSize: 1,
    workers: 1,
  },
  // the audit chain's checks (audit-checkpoints.ts): the next scheduled run is the retry
  'audit-checkpoint': {
    retryLimit: 0,
    retryDelay: 60,
    retryBackoff: false,
    expireInSeconds: 10 * 60,
    batchSize: 1,
    workers: 1,
  },
  'audit-verify': {
    retryLimit: 0,
    retryDelay: 60,
    retryBackoff: false,
    expireInSeconds: 60 * 60,
    batchSize: 1,
    workers: 1,
  },
};

const DEAD_LETTER = 'dead-letter';

export interface JobRun<T> {
  id: string;
  data: T;
  /** tries before this one */
  retryCount: number;
  /** true when a failure of this try is final (no retry follows) */
  lastTry: boolean;
}

export type JobHandler<T> = (job: JobRun<T>) => Promise<void>;

export interface QueueStats {
  queue: string;
  /** waiting to run (created or waiting for a retry) */
  queued: number;
  active: number;
  /** failed for good, still in the job table */
  failed: number;
}

interface Logger {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface Jobs {
  /**
   * Enqueues a job through `executor`: pass the change's transaction, and the job commits or rolls back
   * with it. `startAfter` delays it.
   */
  send<T extends object>(
    executor: Kysely<DB>,
    queue: QueueName,
    data: T,
    options?: { startAfter?: Date | number },
  ): Promise<void>;
  /** Enqueues several jobs of one queue in one statement, through `executor` as `send` does. */
  sendMany<T extends object>(executor: Kysely<DB>, queue: QueueName, data: T[]): Promise<void>;
  /** Registers the handler of a queue (before `start`). */
  handle<T>(queue: QueueName, handler: JobHandler<T>): void;
  /** Runs `queue` by cron (several instances: once per tick in all). Call after `start`. */
  schedule(queue: QueueName, cron: string): Promise<void>;
  /**
   * Installs or migrates the job tables and the queues. With `workers`, this instance fetches and runs jobs
   * and keeps the job tables (expiry, archive, schedules); without, jobs wait for `runPending` (tests) or
   * for another instance.
   */
  start(options: { workers: boolean }): Promise<void>;
  /** Stops fetching, lets running jobs finish (up to `timeoutMs`), then stops. */
  stop(timeoutMs?: number): Promise<void>;
  /**
   * Runs, on this instance and now, every job that is ready, until none is left (tests, and tools).
   * `includeDelayed` also runs jobs waiting for a retry's delay.
   */
  runPending(options?: { includeDelayed?: boolean }): Promise<number>;
  stats(): Promise<QueueStats[]>;
  /** Throws when the job engine cannot reach its tables (readiness). */
  check(): Promise<void>;
}

/** The job engine's settings from the configuration: JOB_EXPIRE_SECONDS caps every queue's expiry. */
export function jobsOptions(config: {
  jobs: { maintenanceIntervalSeconds: number; expireInSeconds: number | undefined };
}): JobsOptions {
  const cap = config.jobs.expireInSeconds;
  const queues: JobsOptions['queues'] = {};
  if (cap) {
    for (const queue of Object.keys(QUEUES) as QueueName[]) {
      queues[queue] = { expireInSeconds: Math.min(cap, QUEUES[queue].expireInSeconds) };
    }
  }
  return { maintenanceIntervalSeconds: config.jobs.maintenanceIntervalSeconds, queues };
}

/** pg-boss's view of a Kysely executor: the application's database or one transaction of it. */
function asBossDb(executor: Kysely<DB>): PgBoss.Db {
  return {
    executeSql: async (text, values) => executor.executeQuery(CompiledQuery.raw(text, values ?? [])),
  };
}

export interface JobsOptions {
  /**
   * How often this instance looks for jobs of a dead instance (expired) and for finished jobs to archive;
   * one instance of all does it at each tick. A job lost with its instance runs again within
   * its queue's expireInSeconds plus this.
   */
  maintenanceIntervalSeconds?: number;
  /** changes to the queues' settings (an operator's configuration, or a test that cannot wait minutes) */
  queues?: Partial<Record<QueueName, Partial<QueueSpec>>>;
}

export function createJobs(database: Database, log: Logger, options: JobsOptions = {}): Jobs {
  const handlers = new Map<QueueName, JobHandler<unknown>>();
  const specOf = (queue: QueueName): QueueSpec => ({ ...QUEUES[queue], ...options.queues?.[queue] });
  const bossDb: PgBoss.Db = { executeSql: (text, values) => database.executeSql(text, values) };
  let boss: PgBoss | null = null;

  const started = () => {
    if (!boss) throw new Error('the job engine has not started');
    return boss;
  };

  /** Runs one fetched job: a failure fails that job alone (a retry, or for good after its last try). */
  async function runOne(queue: QueueName, job: PgBoss.JobWithMetadata<unknown>) {
    const handler = handlers.get(queue);
    if (!handler) throw new Error(`no handler for queue ${queue}`);
    try {
      await handler({
        id: job.id,
        data: job.data,
        retryCount: job.retryCount,
        lastTry: job.retryCount >= job.retryLimit,
      });
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log.warn({ queue, job: job.id, retryCount: job.retryCount, err: message }, 'job failed');
      await started().fail(queue, job.id, { message });
      return false;
    }
  }

  return {
    async send(executor, queue, data, options = {}) {
      const id = await started().send(queue, data, {
        db: asBossDb(executor),
        ...(options.startAfter === undefined ? {} : { startAfter: options.startAfter }),
      });
      if (!id) throw new Error(`job not enqueued: ${queue}`);
    },

    async sendMany(executor, queue, data) {
      if (data.length === 0) return;
      await started().insert(
        data.map((d) => ({ name: queue, data: d })),
        { db: asBossDb(executor) },
      );
    },

    handle(queue, handler) {
      handlers.set(queue, handler as JobHandler<unknown>);
    },

    async schedule(queue, cron) {
      await started().schedule(queue, cron, {}, { tz: 'Asia/Shanghai' });
    },

    async start({ workers }) {
      boss = new PgBoss({
        db: bossDb,
        schema: 'pgboss',
        migrate: true,
        supervise: workers,
        schedule: workers,
        // finished jobs are kept a week for the record, then archived
        archiveCompletedAfterSeconds: 7 * 24 * 3600,
        archiveFailedAfterSeconds: 30 * 24 * 3600,
        maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 30,
      });
      boss.on('error', (error: Error) => log.error({ err: error }, 'job engine error'));
      await boss.start();
      await boss.createQueue(DEAD_LETTER, { name: DEAD_LETTER, retryLimit: 0 });
      for (const name of Object.keys(QUEUES) as QueueName[]) {
        const spec = specOf(name);
        const options = {
          name,
          retryLimit: spec.retryLimit,
          retryDelay: spec.retryDelay,
          retryBackoff: spec.retryBackoff,
          expireInSeconds: spec.expireInSeconds,
          deadLetter: DEAD_LETTER,
        };
        await boss.createQueue(name, options);
        // a newer release may tune a queue: its settings follow the code
        await boss.updateQueue(name, options);
      }
      if (!workers) return;
      for (const queue of handlers.keys()) {
        const spec = specOf(queue);
        for (let i = 0; i < spec.workers; i++) {
          const b = boss;
          const workerId: string = await b.work<unknown>(
            queue,
            { batchSize: spec.batchSize, includeMetadata: true, pollingIntervalSeconds: 1 },
            async (jobs) => {
              for (const job of jobs) await runOne(queue, job);
              // a full batch: there is likely more, so the worker fetches again at once instead of waiting
              if (jobs.length === spec.batchSize) b.notifyWorker(workerId);
            },
          );
        }
      }
      log.info({ queues: [...handlers.keys()] }, 'job workers started');
    },

    async stop(timeoutMs = 10_000) {
      if (!boss) return;
      const stopping = boss;
      boss = null;
      await new Promise<void>((resolve) => {
        stopping.once('stopped', () => resolve());
        stopping.stop({ graceful: true, timeout: timeoutMs, close: false }).catch((error: unknown) => {
          log.error({ err: error }, 'job engine stop failed');
          resolve();
        });
      });
    },

    async runPending({ includeDelayed = false } = {}) {
      const b = started();
      let ran = 0;
      for (;;) {
        let found = 0;
        for (const queue of handlers.keys()) {
          const jobs = await b.fetch<unknown>(queue, {
            batchSize: 50,
            includeMetadata: true,
            ignoreStartAfter: includeDelayed,
          });
          for (const job of jobs) {
            if (await runOne(queue, job)) await b.complete(queue, job.id);
          }
          found += jobs.length;
        }
        ran += found;
        if (found === 0) return ran;
      }
    },

    async stats() {
      const { rows } = await database.executeSql(
        `select name as queue,
                count(*) filter (where state in ('created', 'retry'))::int as queued,
                count(*) filter (where state = 'active')::int as active,
                count(*) filter (where state = 'failed')::int as failed
           from pgboss.job
          -- completed jobs stay a week: leave them out rather than count them at every scrape
          where name <> $1 and state in ('created', 'retry', 'active', 'failed')
          group by name`,
        [DEAD_LETTER],
      );
      const byName = new Map((rows as QueueStats[]).map((r) => [r.queue, r]));
      return (Object.keys(QUEUES) as QueueName[]).map(
        (queue) => byName.get(queue) ?? { queue, queued: 0, active: 0, failed: 0 },
      );
    },

    async check() {
      await database.executeSql('select 1 from pgboss.version', []);
    },
  };
}
