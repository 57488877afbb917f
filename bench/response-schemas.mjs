// What serializing every answer through its zod schema costs (README, "The API an integrator can use"): the
// answers of the hot paths, fetched from the built server on a fresh embedded database, serialized in this
// process by the serializer the server uses (fastify-type-provider-zod's, `safeEncode` then JSON.stringify),
// against the bare ceiling of JSON.stringify alone. Prints µs per answer; never fails.
//   npm run build && node bench/response-schemas.mjs [--iterations 20000]
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { serializerCompiler } from 'fastify-type-provider-zod';
import {
  applicationDetailSchema,
  catalogueAnswerSchema,
  queuePageSchema,
  reviewDetailSchema,
  sessionInfoSchema,
  validationResultSchema,
} from '../packages/shared/dist/index.js';
import { Api, pad, startServer, templateDraft } from './support.mjs';

const { values: args } = parseArgs({ options: { iterations: { type: 'string', default: '20000' } } });
const iterations = Number(args.iterations);

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'rcpd-bench-answers-'));
const server = await startServer({ env: { DATA_DIR: dataDir, LOG_LEVEL: 'warn' } });
let answers;
try {
  const id = await templateDraft(server.base);
  const person = await Api.login(server.base, 'person', '220102199001011239');
  const url = `/api/person/applications/${id}`;
  const draft = await person.get(url);
  const validation = await person.get(`${url}/validation`);
  const session = await person.get('/api/auth/session');
  const catalogue = await person.get('/api/catalogue');
  await person.post(`${url}/submit`, { commitment: true });
  // the demo employer's 审核人 sees it first (推荐单位审核)
  const reviewer = await Api.login(server.base, 'employer', '91220101MA17A0001Q');
  const queue = await reviewer.get('/api/review/queue?scope=all&limit=20');
  const review = await reviewer.get(`/api/review/applications/${id}`);
  // a page of 20 rows, as a busy reviewer sees it
  const page = { ...queue, items: Array.from({ length: 20 }, (_, i) => ({ ...queue.items[0], id: `${i}` })) };
  answers = [
    ['GET /api/auth/session', sessionInfoSchema, session],
    ['GET /api/person/applications/{id}', applicationDetailSchema, draft],
    ['GET …/validation', validationResultSchema, validation],
    ['GET /api/catalogue', catalogueAnswerSchema, catalogue],
    ['GET /api/review/queue (20 rows)', queuePageSchema, page],
    ['GET /api/review/applications/{id}', reviewDetailSchema, review],
  ];
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

function perCall(fn) {
  for (let i = 0; i < iterations / 10; i++) fn();
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) fn();
  return Number(process.hrtime.bigint() - start) / iterations / 1000;
}

console.log(`${iterations} serializations each; µs per answer (this process, one core)`);
console.log('| answer | bytes | JSON.stringify (ceiling) | zod schema + JSON.stringify | extra µs |');
console.log('|---|---|---|---|---|');
for (const [name, schema, data] of answers) {
  const serialize = serializerCompiler({ schema, method: 'GET', url: name });
  const out = serialize(data);
  const ceiling = perCall(() => JSON.stringify(data));
  const product = perCall(() => serialize(data));
  console.log(
    `| ${pad(name, 34)} | ${out.length} | ${ceiling.toFixed(1)} | ${product.toFixed(1)} | ${(product - ceiling).toFixed(1)} |`,
  );
}
