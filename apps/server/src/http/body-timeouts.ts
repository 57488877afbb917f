import type { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { ERRORS } from '@rcpd/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';

export interface BodyTimeouts {
  /** no byte of the body for this long ends the request */
  idleMs: number;
  /** the whole body must have arrived within this long of the request's start */
  deadlineMs: number;
}

const timedOut = new WeakSet<FastifyRequest>();

/** Did the request's body time out? Its handler then failed for that reason, whatever it threw. */
export const bodyTimedOut = (request: FastifyRequest): boolean => timedOut.has(request);

const hasBody = (raw: IncomingMessage) =>
  raw.headers['transfer-encoding'] !== undefined || Number(raw.headers['content-length'] ?? 0) > 0;

/**
 * The answer written straight to the socket, as Node writes its own 408: the reply object is left to the
 * handler, which fails once the connection is gone, so nothing is sent twice and the handler's own clean-up
 * (the blob it was writing) runs as for any broken upload.
 */
export function timeoutResponse(requestId?: string): string {
  const body = JSON.stringify({ code: 'REQUEST_TIMEOUT', message: ERRORS.REQUEST_TIMEOUT.message });
  return [
    'HTTP/1.1 408 Request Timeout',
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Cache-Control: no-store',
    ...(requestId ? [`X-Request-Id: ${requestId}`] : []),
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

/** Writes the 408 if nothing of an answer has gone out yet, then closes the connection. */
function answerAndClose(socket: Socket, headersSent: boolean, requestId?: string) {
  if (socket.destroyed) return;
  if (socket.writable && !headersSent) socket.write(timeoutResponse(requestId));
  // the 408 is a few hundred bytes: flushed at once; a client that reads nothing is cut off anyway
  socket.destroySoon();
  setTimeout(() => socket.destroy(), 1000).unref();
}

/**
 * A request body (an upload above all) may not hang: no bytes for `idleMs`, or not all of it within `deadlineMs`,
 * and the request is answered 408 in Chinese (while nothing else has been answered) and its connection closed.
 * The handler reading the body then sees it broken off: an upload leaves no row and no file, as when a client
 * goes away. Idle time counts only while the server would take bytes: a body the server itself is not reading
 * yet (its buffer full, e.g. the blob store slow) is not the client's stall.
 */
export function registerBodyTimeouts(app: FastifyInstance, { idleMs, deadlineMs }: BodyTimeouts): void {
  const tick = Math.max(25, Math.min(1000, Math.floor(idleMs / 4)));
  app.addHook('onRequest', (request, reply, done) => {
    const raw = request.raw;
    const socket = raw.socket;
    // a request injected in-process (no connection to hold, no bytes to count) is not watched
    if (!hasBody(raw) || raw.complete || !(socket instanceof Socket)) return done();
    const started = Date.now();
    let bytes = socket.bytesRead;
    let activeAt = started;
    const timer = setInterval(() => {
      if (raw.complete || socket.destroyed || reply.raw.writableEnded) return clearInterval(timer);
      const now = Date.now();
      if (socket.bytesRead !== bytes || raw.readableLength >= raw.readableHighWaterMark) {
        bytes = socket.bytesRead;
        activeAt = now;
      }
      const why = now - started >= deadlineMs ? 'deadline' : now - activeAt >= idleMs ? 'idle' : null;
      if (!why) return;
      clearInterval(timer);
      timedOut.add(request);
      request.log.info(
        { why, receivedBytes: raw.readableLength, elapsedMs: now - started },
        why === 'idle' ? 'request body stalled: closed' : 'request body past its deadline: closed',
      );
      answerAndClose(socket, reply.raw.headersSent, request.id);
    }, tick);
    timer.unref();
    raw.once('close', () => clearInterval(timer));
    done();
  });
}

/**
 * Node's own limits, for every request and below the hooks: `headersTimeout` (the request line and headers)
 * and `requestTimeout` (the whole request), checked every `connectionsCheckingInterval`. A request cut off
 * there gets the same Chinese 408; other malformed requests the usual Chinese 400.
 */
export function serverTimeouts({ deadlineMs }: BodyTimeouts) {
  // a margin past the hook's deadline, so that the hook (which knows the request) answers first
  const requestTimeout = deadlineMs + 5000;
  return {
    requestTimeout,
    http: {
      headersTimeout: Math.min(60_000, requestTimeout),
      connectionsCheckingInterval: Math.min(5000, requestTimeout),
    },
    clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket) {
      if (error.code === 'ECONNRESET' || socket.destroyed) return;
      if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return answerAndClose(socket, false);
      const body = JSON.stringify({ code: 'BAD_REQUEST', message: ERRORS.BAD_REQUEST.message });
      const status =
        error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
      if (socket.writable) {
        socket.write(
          `HTTP/1.1 ${status}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
        );
      }
      socket.destroy(error);
    },
  };
}
