// Log masking: the cost per request of the two request log lines (incoming request, request completed) with
// the server's logger options (URL serializer, every line masked as written) against plain pino with
// Fastify's own serializer, written to a stream that drops them; CPU µs per request, best and median of seven
// interleaved rounds. `npm run build` first.
import pino from 'pino';
import { loggerOptions } from '../apps/server/dist/http/log-masking.js';

const lines = Number(process.argv[2] ?? 100_000);
const sink = { write() {} };
const request = (url) => ({
  method: 'GET',
  url,
  host: '127.0.0.1:3000',
  ip: '10.1.2.3',
  socket: { remotePort: 51234 },
});
const plainOptions = {
  level: 'info',
  serializers: {
    req: (r) => ({
      method: r.method,
      url: r.url,
      host: r.host,
      remoteAddress: r.ip,
      remotePort: r.socket.remotePort,
    }),
  },
};

function run(logger, url) {
  const child = logger.child({ reqId: '3f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b' });
  const req = request(url);
  const res = { statusCode: 200 };
  // CPU time, not wall time: the machine is shared
  const start = process.cpuUsage();
  for (let i = 0; i < lines; i++) {
    child.info({ req }, 'incoming request');
    child.info({ res, responseTime: 1.234 }, 'request completed');
  }
  const used = process.cpuUsage(start);
  return (used.user + used.system) / lines; // µs per request (two lines)
}

const urls = {
  'a URL without numbers': '/api/person/applications/3f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b/modules/basic',
  'a URL with a 证件号码': '/api/review/queue?q=220102199001011239&scope=all',
};
for (const [name, url] of Object.entries(urls)) {
  const plain = pino(plainOptions, sink);
  const masked = pino(loggerOptions('info'), sink);
  const a = [];
  const b = [];
  // interleaved, best of seven: the machine is shared
  for (let i = 0; i < 7; i++) {
    a.push(run(plain, url));
    b.push(run(masked, url));
  }
  for (const x of [a, b]) x.sort((p, q) => p - q);
  console.log(
    `${name}: plain ${a[0].toFixed(2)} µs, masked ${b[0].toFixed(2)} µs per request (+${(b[0] - a[0]).toFixed(2)} µs; medians ${a[3].toFixed(2)} / ${b[3].toFixed(2)})`,
  );
}
