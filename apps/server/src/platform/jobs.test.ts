/**
 * The job engine on the test's database (PGlite, or PostgreSQL when DATABASE_URL is set): pg-boss's own
 * tables, real workers polling them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.js';
import { migrate } from '../db/migrate.js';
import { freshDatabase } from '../test/harness.js';
import { createJobs } from './jobs.js';

const quiet = { info() {}, warn() {}, error() {} };
let database: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ database, drop } = await freshDatabase());
  await migrate(database);
});
afterAll(async () => {
  await database.close();
  await drop();
});

/** An engine whose `housekeeping` queue records what it ran (the queue's real handler is not needed here). */
function engine(options: Parameters<typeof createJobs>[2] = {}) {
  const ran: string[] = [];
  const jobs = createJobs(database, quiet, options);
  let gate: Promise<void> = Promise.resolve();
  jobs.handle<{ tag: string }>('housekeeping', async ({ data }) => {
    await gate;
    ran.push(data.tag);
  });
  return {
    jobs,
    ran,
    /** holds every job until the returned function is called */
    hold() {
      let open!: () => void;
      gate = new Promise<void>((resolve) => {
        open = resolve;
      });
      return () => open();
    },
  };
}

const waitFor = async (check: () => boolean | Promise<boolean>, ms = 15_000) => {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

describe('jobs', () => {
  let a: ReturnType<typeof engine>;
  beforeAll(async () => {
    a = engine();
    await a.jobs.start({ workers: false });
  });
  afterAll(() => a.jobs.stop());

  it('a job sent in a transaction exists only if the transaction commits', async () => {
    await database.db
      .transaction()
      .execute(async (trx) => {
        await a.jobs.send(trx, 'housekeeping', { tag: 'rolled-back' });
        throw new Error('the change fails');
      })
      .catch(() => {});
    await database.db.transaction().execute((trx) => a.jobs.send(trx, 'housekeeping', { tag: 'committed' }));
    await a.jobs.sendMany(database.db, 'housekeeping', [{ tag: 'many-1' }, { tag: 'many-2' }]);
    expect((await a.jobs.stats()).find((s) => s.queue === 'housekeeping')).toMatchObject({ queued: 3 });
    expect(await a.jobs.runPending()).toBe(3);
    expect(a.ran.sort()).toEqual(['committed', 'many-1', 'many-2']);
    expect((await a.jobs.stats()).find((s) => s.queue === 'housekeeping')).toMatchObject({ queued: 0 });
    await a.jobs.check();
  });

  it('workers run what is sent without being asked, and a graceful stop lets a running job finish', async () => {
    const b = engine();
    await b.jobs.start({ workers: true });
    const release = b.hold();
    await b.jobs.send(database.db, 'housekeeping', { tag: 'polled' });
    await waitFor(async () =>
      (await b.jobs.stats()).some((s) => s.queue === 'housekeeping' && s.active === 1),
    );
    const stopped = b.jobs.stop(10_000);
    setTimeout(release, 300);
    await stopped;
    expect(b.ran).toEqual(['polled']);
    expect((await a.jobs.stats()).find((s) => s.queue === 'housekeeping')).toMatchObject({
      queued: 0,
      active: 0,
    });
  });

  it('a job held by an instance that died runs on another once it expires', async () => {
    const queues = { housekeeping: { expireInSeconds: 1, retryDelay: 1, retryBackoff: false } };
    // the dead instance: it took the job and will never finish it
    const dead = engine({ queues });
    await dead.jobs.start({ workers: false });
    dead.hold();
    await dead.jobs.send(database.db, 'housekeeping', { tag: 'orphan' });
    const taken = dead.jobs.runPending();
    await waitFor(async () =>
      (await dead.jobs.stats()).some((s) => s.queue === 'housekeeping' && s.active === 1),
    );

    const survivor = engine({ queues, maintenanceIntervalSeconds: 1 });
    await survivor.jobs.start({ workers: true });
    await waitFor(() => survivor.ran.includes('orphan'), 20_000);
    expect(survivor.ran).toEqual(['orphan']);
    await survivor.jobs.stop();
    void taken.catch(() => {});
  });
});
