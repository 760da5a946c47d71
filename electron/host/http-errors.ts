import type { FastifyReply } from 'fastify';
import { HTTP_STATUS, type CrmErrorShape, type ErrorCode } from '../../shared/errors';
import { MAX_INPUT_BYTES } from '../../shared/limits';

/** Sends `{ error }` with the status the contract gives its code. */
export function sendError(reply: FastifyReply, error: CrmErrorShape): FastifyReply {
  const retryAfter = error.details?.retryAfterSeconds;
  if (error.code === 'RATE_LIMITED' && typeof retryAfter === 'number') {
    reply.header('retry-after', String(retryAfter));
  }
  return reply.code(HTTP_STATUS[error.code]).send({ error });
}

const INTERNAL: CrmErrorShape = { code: 'INTERNAL', message: 'Something went wrong on our side.' };

/** Our own words for the failures Fastify reports before a procedure runs. */
const KNOWN: Record<string, CrmErrorShape> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'VALIDATION', message: 'The request body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'VALIDATION',
    message: 'The request body is empty; send {"input": ...}.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'VALIDATION',
    message: 'Send the request body as JSON (Content-Type: application/json).',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'VALIDATION',
    message: 'The request body does not match its Content-Length.',
  },
  FST_ERR_BAD_URL: { code: 'VALIDATION', message: 'The address is not valid.' },
  FST_ERR_MAX_PARAM_LENGTH: { code: 'VALIDATION', message: 'The address is too long.' },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    code: 'PAYLOAD_TOO_LARGE',
    message: `A request may carry at most ${MAX_INPUT_BYTES} bytes.`,
    details: { limit: MAX_INPUT_BYTES },
  },
};

function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 429:
      return 'RATE_LIMITED';
    default:
      return 'VALIDATION';
  }
}

/**
 * Turns an error raised by Fastify or a plugin into the contract's shape and an HTTP status.
 * Client errors keep their status; anything else is a 500 whose details stay in the log.
 */
export function fromFastifyError(error: unknown): { status: number; error: CrmErrorShape; log: boolean } {
  const { statusCode, code } = (error ?? {}) as { statusCode?: unknown; code?: unknown };
  const status = typeof statusCode === 'number' ? statusCode : 500;
  if (!(status >= 400 && status < 500)) return { status: 500, error: INTERNAL, log: true };
  const known = typeof code === 'string' && Object.hasOwn(KNOWN, code) ? KNOWN[code] : undefined;
  return {
    status,
    error: known ?? { code: codeForStatus(status), message: 'The request could not be read.' },
    log: false,
  };
}
