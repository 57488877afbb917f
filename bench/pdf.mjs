// PDF scenario: how long do the 人才分类定级认定一览表 and the 电子证书 take to generate, the first one included?
// Each PDF runs in a fresh Node process that imports the built renderers (apps/server/dist), renders one
// document (the first: fonts and everything else prepared on first use) and then --renders more, and prints the
// wall time (first, p50, p99), the CPU time per PDF (process.cpuUsage), the longest the event loop was blocked
// and the size of the PDF. The data is a realistic application: every field of 基本信息 filled, a long 申报依据,
// 500 characters of 创新创业成果（突出业绩）and the opinion boxes of a decided and an open review stage; and a
// certificate with a real signed verification URL.
//   npx tsc -b packages/shared apps/server && node bench/pdf.mjs [--renders 50] [--runs 3] [--out dir]
//   node bench/pdf.mjs --dist path/to/other/apps/server/dist   (a build of another commit, to compare)
//   node bench/pdf.mjs --runs 1 --profile .tmp/prof   (CPU profiles of the first and of the steady renders)
//   node --cpu-prof --cpu-prof-dir=.tmp/prof bench/pdf.mjs --only summary   (one PDF, in this process)
import { spawnSync } from 'node:child_process';
import { createPrivateKey } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    renders: { type: 'string', default: '50' },
    runs: { type: 'string', default: '3' },
    only: { type: 'string' },
    out: { type: 'string' },
    dist: { type: 'string', default: 'apps/server/dist' },
    profile: { type: 'string' },
  },
});
const RENDERS = Number(values.renders);
const RUNS = Number(values.runs);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// --dist points at another build (e.g. of an older commit) to compare.
const dist = (p) => pathToFileURL(path.resolve(root, values.dist, p)).href;

const SENTENCE =
  '主持完成吉林省重点研发计划项目“寒地玉米秸秆高值化利用关键技术研究与示范”，攻克秸秆低温快速腐解等关键技术难题，获授权发明专利六项，成果在长春、四平、松原等地推广应用；';
function achievement(length) {
  let text = '';
  for (let i = 1; Array.from(text).length < length; i++) text += `${i}. ${SENTENCE}`;
  return Array.from(text).slice(0, length).join('');
}

async function summaryCase() {
  const { renderSummaryTable } = await import(dist('platform/pdf/summary-table.js'));
  // What rowOf (modules/applications/summary-table.ts) builds from a fully filled application.
  const data = () => ({
    noticeTitle: '关于开展2026年度吉林省人才分类定级认定工作的通知',
    generatedAt: new Date('2026-03-15T06:05:00Z'),
    rows: [
      {
        index: 1,
        name: '欧阳建国',
        gender: '男',
        birthMonth: '1985.07',
        maskedIdNumber: '220102********1239',
        employerName: '吉林省示范科技有限公司',
        uscc: '91220101MA17A0001Q',
        education: '研究生/博士',
        position: '作物栽培与耕作学研究',
        titleOrSkill: '正高级工程师（正高级）',
        category: 'C类 省部级领军人才',
        serviceType: '首次认定',
        basis:
          'C-07 在吉林省重点产业领域从事技术研发工作，近五年内作为主要完成人获得省部级科学技术奖二等奖及以上奖励，或主持完成省部级重大科技项目并通过验收，取得显著经济社会效益，在本领域具有较高知名度和影响力，且在省内企事业单位全职工作满三年以上。',
        achievementSummary: achievement(500),
        opinions: [
          {
            stage: '推荐单位意见',
            opinion: '审核通过。经审核，申报材料真实有效，业绩突出，同意推荐。',
            handler: '李经办',
            at: '2026-03-12T02:30:00Z',
          },
          { stage: '主管部门意见', opinion: null, handler: null, at: null },
          { stage: '省人社厅意见', opinion: null, handler: null, at: null },
        ],
      },
    ],
  });
  return { name: '人才分类定级认定一览表', render: () => renderSummaryTable(data()) };
}

async function certificateCase() {
  const { renderCertificate } = await import(dist('platform/pdf/certificate.js'));
  const { createCertificateSigner } = await import(dist('platform/signing/certificate-signature.js'));
  // A fixed Ed25519 key (PKCS#8 of a fixed seed): the same certificate gives the same QR code in every run.
  const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.alloc(32, 7)]);
  const signer = createCertificateSigner(
    createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })
      .export({ format: 'pem', type: 'pkcs8' })
      .toString(),
  );
  let n = 0;
  // A new number (so a new QR payload) for every certificate, as 我的证照 of different holders would ask.
  const data = () => {
    const claims = {
      n: `JLRC-2026-C-${String(++n).padStart(6, '0')}`,
      h: '欧阳建国',
      c: 'C',
      d: '2026-03-15',
      v: '2031-03-14',
    };
    return {
      number: claims.n,
      holderName: claims.h,
      maskedIdNumber: '220102********1239',
      employerName: '吉林省示范科技有限公司',
      categoryCode: 'C',
      categoryName: '省部级领军人才',
      issuedOn: claims.d,
      validUntil: claims.v,
      issuer: '吉林省人力资源和社会保障厅',
      verifyUrl: `https://rcpd.jl.gov.cn/verify?t=${encodeURIComponent(signer.sign(claims))}`,
      status: '有效',
    };
  };
  return { name: '电子证书', render: () => renderCertificate(data()) };
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const cpuMs = (u) => (u.user + u.system) / 1000;

/**
 * The longest the event loop went without running a 1 ms timer, less that millisecond: how long a request
 * arriving during a render would wait. A timer chain costs next to no CPU, unlike a setImmediate spin.
 */
function blockWatch() {
  let max = 0;
  let last = performance.now();
  let timer;
  const tick = () => {
    const now = performance.now();
    max = Math.max(max, now - last - 1);
    last = now;
    timer = setTimeout(tick, 1);
  };
  timer = setTimeout(tick, 1);
  return {
    reset() {
      const value = max;
      max = 0;
      return value;
    },
    stop() {
      clearTimeout(timer);
      return max;
    },
  };
}

/**
 * With --profile dir: CPU profiles (100 µs sampling) of the first render and of the steady ones, apart, as
 * dir/<pdf>-first.cpuprofile and dir/<pdf>-steady.cpuprofile (open them in Chrome DevTools or speedscope).
 */
async function startProfiler() {
  if (!values.profile) return null;
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  mkdirSync(values.profile, { recursive: true });
  return {
    async save(name) {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(path.join(values.profile, `${name}.cpuprofile`), JSON.stringify(profile));
      await session.post('Profiler.start');
    },
  };
}

/** Lets the timers phase of the loop run between renders, as it would between requests. */
const pause = () => new Promise((r) => setTimeout(r, 2));

/** One PDF in this process: the first render, then RENDERS more, one after the other. */
async function measure(which) {
  const importStart = performance.now();
  const { name, render } = await (which === 'summary' ? summaryCase() : certificateCase());
  const importMs = performance.now() - importStart;
  // What the server does at start (main.ts), when this build has it.
  let prepareMs = null;
  if (existsSync(new URL(dist('platform/pdf/warm.js')))) {
    const { preparePdfRendering } = await import(dist('platform/pdf/warm.js'));
    const prepareStart = performance.now();
    await preparePdfRendering({ info() {}, warn: (details, message) => console.error(message, details) });
    prepareMs = performance.now() - prepareStart;
  }

  const profiler = await startProfiler();
  const loop = blockWatch();
  let cpu = process.cpuUsage();
  let start = performance.now();
  const first = await render();
  const firstMs = performance.now() - start;
  const firstCpu = cpuMs(process.cpuUsage(cpu));
  await pause();
  const firstBlock = loop.reset();
  await profiler?.save(`${which}-first`);

  const times = [];
  let size = 0;
  cpu = process.cpuUsage();
  for (let i = 0; i < RENDERS; i++) {
    start = performance.now();
    const pdf = await render();
    times.push(performance.now() - start);
    size = pdf.length;
    await pause();
  }
  const steadyCpu = cpuMs(process.cpuUsage(cpu)) / RENDERS;
  const steadyBlock = loop.stop();
  await profiler?.save(`${which}-steady`);
  times.sort((a, b) => a - b);
  if (values.out) {
    mkdirSync(values.out, { recursive: true });
    writeFileSync(path.join(values.out, `${which}.pdf`), first);
  }
  return {
    name,
    importMs,
    prepareMs,
    firstMs,
    firstCpu,
    firstBlock,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    max: times[times.length - 1],
    steadyCpu,
    steadyBlock,
    size,
  };
}

const f = (n) => n.toFixed(1);
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor((list.length - 1) / 2)];
if (values.only) {
  const result = await measure(values.only);
  if (process.env.BENCH_PDF_CHILD) process.stdout.write(`${JSON.stringify(result)}\n`);
  else console.log(result);
} else {
  console.log(
    `Node ${process.version}; each PDF in ${RUNS} fresh processes: the first render, then ${RENDERS} more; medians of the runs\n`,
  );
  console.log(
    '| PDF | import ms | prepared at start ms | first ms (min–max) | first CPU ms | p50 ms | p99 ms | CPU ms / PDF | loop blocked ms (max) | size KB |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const which of ['summary', 'certificate']) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      const args = [
        fileURLToPath(import.meta.url),
        ...['--only', which, '--renders', String(RENDERS), '--dist', values.dist],
      ];
      if (values.out) args.push('--out', values.out);
      if (values.profile) args.push('--profile', values.profile);
      const child = spawnSync(process.execPath, args, {
        env: { ...process.env, BENCH_PDF_CHILD: '1' },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      if (child.status !== 0) throw new Error(`${which} failed`);
      runs.push(JSON.parse(child.stdout.trim().split('\n').pop()));
    }
    const m = (key) => median(runs.map((r) => r[key]));
    const firsts = runs.map((r) => r.firstMs);
    const prepared = runs[0].prepareMs === null ? '—' : f(m('prepareMs'));
    console.log(
      `| ${runs[0].name} | ${f(m('importMs'))} | ${prepared} | ${f(m('firstMs'))} (${f(Math.min(...firsts))}–${f(Math.max(...firsts))}) | ${f(m('firstCpu'))} | ${f(m('p50'))} | ${f(m('p99'))} | ${f(m('steadyCpu'))} | ${f(Math.max(...runs.map((r) => r.firstBlock)))} / ${f(Math.max(...runs.map((r) => r.steadyBlock)))} | ${f(m('size') / 1024)} |`,
    );
  }
}
