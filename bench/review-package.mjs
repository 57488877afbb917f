// 评审材料包 of N applicants (500 by default), each with the template's three small files and `--files` more of
// `--size` MB (PDF-headed random bytes, the way scans weigh), every file encrypted at rest on the local folder.
// Seeds the applications by SQL (材料审核通过, one notice, category A; the copies' files hard links to the template's),
// starts the built server with its job workers, asks for the package as the 省人社厅's 审核人, follows the job to
// 已完成 with the server's resident memory sampled every 20 ms, and downloads the zip.
// The bare ceiling, in the same run: the same stored bytes (the encrypted files, read as `cat` would) piped into a
// zip (yazl, stored entries) written to the same disk, with no database, no decryption, no PDF and no xlsx.
// On PostgreSQL when DATABASE_URL is set (a fresh database of its own), else on PGlite.
//   npm run build && node bench/review-package.mjs [--applicants 500] [--files 3] [--size 1] [--rounds 2]
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, linkSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import yazl from 'yazl';
import {
  Api,
  connect,
  cpuMs,
  freshDatabase,
  seedApplicants,
  seedSession,
  sleep,
  startServer,
  templateDraft,
} from './support.mjs';

const { values: args } = parseArgs({
  options: {
    applicants: { type: 'string', default: '500' },
    files: { type: 'string', default: '3' },
    size: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '2' },
  },
});
const COUNT = Number(args.applicants);
const FILES = Number(args.files);
const SIZE = Number(args.size) * 1024 * 1024;
const ROUNDS = Number(args.rounds);
const MB = 1024 * 1024;

/** Resident memory of a process, in MB. */
const rssOf = (pid) => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/);
  return line ? Number(line[1]) / 1024 : 0;
};

/** Samples the resident memory of `pid` every 20 ms until `stop()`: the first sample and the peak. */
function sampler(pid) {
  const first = rssOf(pid);
  let peak = first;
  const timer = setInterval(() => {
    peak = Math.max(peak, rssOf(pid));
  }, 20);
  return {
    first,
    peak: () => peak,
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

const database = await freshDatabase();
const env = { ...database.env, BLOB_ENCRYPTION_KEY: randomBytes(32).toString('base64'), LOG_LEVEL: 'warn' };
let server = await startServer({ env });
const template = await templateDraft(server.base);
// the template's files of a realistic weight (其他材料): each copy of the application names the same blobs
const person = await Api.login(server.base, 'person', '220102199001011239');
for (let i = 0; i < FILES; i++) {
  const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(SIZE - 9)]);
  await person.upload(
    `/api/person/applications/${template}/attachments?slot=other`,
    `扫描件${i + 1}.pdf`,
    bytes,
  );
}
await server.stop();

const sql = await connect(database);
const seeded = await seedApplicants(sql, { prefix: 'pkg', count: COUNT, template, submitted: true });
const ids = seeded.map((s) => s.applicationId);
await sql.query(`update applications set status = '材料审核通过', stage = null where id = any($1::uuid[])`, [
  ids,
]);
const [{ notice_id: noticeId }] = await sql.query('select notice_id from applications where id = $1', [
  ids[0],
]);
const blobs = await sql.query(
  `select f.blob_key from application_attachments f where f.application_id = any($1::uuid[]) order by f.application_id, f.created_at`,
  [ids],
);
const reviewer = await seedSession(sql, { token: 'bench-package', where: `username = 'shenhe'` });
await sql.close();

const blobDir = path.join(database.dataDir, 'blobs');
const fileOf = (key) => path.join(blobDir, ...key.split('/'));
// each copy's files are the template's stored bytes under the copy's key (hard links: no disk used twice)
for (const { blob_key: key } of blobs) {
  const original = fileOf(key.replace(/-pkg\d+$/, ''));
  mkdirSync(path.dirname(fileOf(key)), { recursive: true });
  linkSync(original, fileOf(key));
}
const storedBytes = blobs.reduce((n, b) => n + statSync(fileOf(b.blob_key)).size, 0);
console.log(
  `${database.kind}: ${COUNT} applicants × ${blobs.length / COUNT} files ` +
    `(${FILES} × ${args.size} MB + 3 small), ${(storedBytes / MB).toFixed(0)} MB stored`,
);

// the server: the package made by its job, then downloaded
server = await startServer({ env });
const headers = { cookie: `rcpd_sid=${reviewer.token}`, 'x-csrf-token': reviewer.csrf };
const memory = sampler(server.pid);

/** One package made by the job and downloaded: its figures and the server's peak so far. */
async function round() {
  const cpuBefore = cpuMs(server.pid);
  const t0 = performance.now();
  const started = await fetch(`${server.base}/api/review/package`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ noticeId, category: 'A' }),
  });
  const item = await started.json();
  if (started.status !== 202) throw new Error(`package answered ${started.status}: ${JSON.stringify(item)}`);
  let state = item;
  while (state.state !== '已完成') {
    if (state.state === '失败') throw new Error(`the package failed: ${state.error}`);
    await sleep(200);
    state = await (await fetch(`${server.base}/api/exports/${item.id}`, { headers })).json();
  }
  const makeMs = performance.now() - t0;
  const makeCpu = cpuMs(server.pid) - cpuBefore;
  const makePeak = memory.peak();
  const t1 = performance.now();
  const file = await fetch(`${server.base}/api/exports/${item.id}/file`, { headers });
  let downloaded = 0;
  for await (const chunk of file.body) downloaded += chunk.length;
  return {
    state,
    makeMs,
    makeCpu,
    makePeak,
    downloaded,
    downloadMs: performance.now() - t1,
    peak: memory.peak(),
  };
}
// the same package again on the same server: memory that grows with each one would show here
const rounds = [];
for (let i = 0; i < ROUNDS; i++) rounds.push(await round());
memory.stop();
await server.stop();

// the ceiling: the stored files piped into a zip on the same disk, nothing else
const ceilingMemory = sampler(process.pid);
const t2 = performance.now();
const zip = new yazl.ZipFile();
const target = path.join(database.dataDir, 'ceiling.zip');
const written = new Promise((resolve, reject) =>
  zip.outputStream.pipe(createWriteStream(target)).on('close', resolve).on('error', reject),
);
for (const [i, b] of blobs.entries()) {
  zip.addReadStreamLazy(`${Math.floor(i / 7)}/${i}`, { compress: false }, (cb) =>
    cb(null, createReadStream(fileOf(b.blob_key))),
  );
}
zip.end();
await written;
const ceilingMs = performance.now() - t2;
const ceilingPeak = ceilingMemory.stop();
const ceilingBytes = statSync(target).size;

const files = blobs.length + COUNT + 1;
const rate = (bytes, ms) => `${(bytes / MB / (ms / 1000)).toFixed(1)} MB/s`;
for (const [i, r] of rounds.entries()) {
  console.log(
    `  server, package ${i + 1}: made in ${(r.makeMs / 1000).toFixed(1)} s (${rate(r.state.size, r.makeMs)}, ` +
      `${(files / (r.makeMs / 1000)).toFixed(0)} files/s, ${(COUNT / (r.makeMs / 1000)).toFixed(1)} applicants/s, ` +
      `CPU ${(r.makeCpu / COUNT).toFixed(1)} ms per applicant); zip ${(r.state.size / MB).toFixed(0)} MB, ` +
      `downloaded in ${(r.downloadMs / 1000).toFixed(1)} s (${rate(r.downloaded, r.downloadMs)}); ` +
      `server RSS peak while making ${r.makePeak.toFixed(0)} MB, after the download ${r.peak.toFixed(0)} MB`,
  );
}
console.log(`  server RSS before the first package: ${memory.first.toFixed(0)} MB`);
console.log(
  `  ceiling: ${(ceilingBytes / MB).toFixed(0)} MB zipped in ${(ceilingMs / 1000).toFixed(1)} s (${rate(ceilingBytes, ceilingMs)}, ` +
    `${(blobs.length / (ceilingMs / 1000)).toFixed(0)} files/s), bench RSS ${ceilingMemory.first.toFixed(0)} → peak ${ceilingPeak.toFixed(0)} MB ` +
    `(+${(ceilingPeak - ceilingMemory.first).toFixed(0)} MB); server (package 1) / ceiling time ${((rounds[0]?.makeMs ?? 0) / ceilingMs).toFixed(2)}×`,
);
await database.drop();
