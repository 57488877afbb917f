import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';

export const REQUEST_ID_HEADER = 'x-request-id';
/** What a client or proxy may name its request: short, and nothing a log line or header could be broken with. */
const SAFE_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The client's (or load balancer's) X-Request-Id when it is a safe token, otherwise a new UUID. */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && SAFE_ID.test(given) ? given : randomUUID();
}

/**
 * Every answer, errors and 404s included, carries the request id, which is also in each log line of the
 * request (`reqId`) and in the body of a 500, so a person can quote it and an operator can find the lines.
 */
export function registerRequestId(app: FastifyInstance): void {
  app.addHook('onRequest', (request, reply, done) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
}
