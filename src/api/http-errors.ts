/**
 * HTTP-only refusals (403, 429) beside the shared error registry (src/errors.ts), and the error
 * handler that turns any error into `{error, message}` without internals.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { isTearlineError } from '../errors.js';
import { presented } from './presented.js';

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** A refusal with its HTTP status and a stable code. */
export function httpError(statusCode: number, code: string, message: string, headers?: Record<string, string>): HttpError {
  return new HttpError(statusCode, code, message, headers);
}

/** Install the error and not-found handlers: every failure answers `{error, message}` as JSON. */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | Error, request, reply) => {
    if (error instanceof HttpError) {
      return reply.code(error.statusCode).headers(error.headers).send(presented({ error: error.code, message: error.message }));
    }
    if (isTearlineError(error)) {
      return reply.code(error.status).send(presented({ error: error.code, message: error.message }));
    }
    const fe = error as FastifyError;
    if (fe.validation) {
      return reply.code(400).send(presented({ error: 'BAD_INPUT', message: fe.message }));
    }
    if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
      return reply.code(fe.statusCode).send(presented({ error: fe.code ?? 'BAD_REQUEST', message: fe.message }));
    }
    request.log.error(error);
    return reply.code(500).send(presented({ error: 'INTERNAL', message: 'internal error' }));
  });
  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send(presented({ error: 'NOT_FOUND', message: `no route ${request.method} ${request.url.split('?')[0]}` }));
  });
}
