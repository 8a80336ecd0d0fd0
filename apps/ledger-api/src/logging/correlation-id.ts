import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { requestScoped } from './request-scoped';

export const CORRELATION_HEADER = 'x-correlation-id';

/** Ids a caller may hand us: short and log-safe, so a header cannot forge or flood log lines. */
const ACCEPTED_ID = /^[\w.:-]{1,128}$/;

/** The request's correlation id: the caller's own when it sent a usable one, otherwise a fresh one. */
export function correlationIdFrom(headers: IncomingHttpHeaders): string {
  const header = headers[CORRELATION_HEADER];
  const given = Array.isArray(header) ? header[0] : header;
  return given && ACCEPTED_ID.test(given) ? given : randomUUID();
}

/** The id kept for each request object, so the GraphQL layer finds the one the middleware chose. */
export const { remember: rememberCorrelationId, of: correlationIdOf } = requestScoped<string>();
