import { randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { requestScoped } from './request-scoped';

export const TRACEPARENT_HEADER = 'traceparent';

/** The W3C trace context of one request: the caller's trace (or a new one), this service's span, and the caller's span. */
export type TraceContext = Readonly<{
  traceId: string;
  spanId: string;
  /** The caller's span, when it sent a valid `traceparent`. */
  parentSpanId?: string;
  /** Trace flags as two hex digits; bit 0 is "sampled", passed on as the caller set it. */
  flags: string;
}>;

/** version-traceid-parentid-flags; a later version may append fields after a dash, version 00 may not. */
const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;
const ALL_ZEROS = /^0+$/;

function parentOf(header: string | string[] | undefined): Omit<TraceContext, 'spanId'> | null {
  const value = Array.isArray(header) ? header[0] : header;
  const match = value === undefined ? null : TRACEPARENT.exec(value.trim());
  if (!match) return null;
  const [, version, traceId, parentSpanId, flags, more] = match;
  if (version === 'ff' || (version === '00' && more !== undefined)) return null;
  if (ALL_ZEROS.test(traceId) || ALL_ZEROS.test(parentSpanId)) return null;
  return { traceId, parentSpanId, flags };
}

/**
 * The request's trace context: the caller's trace when its `traceparent` is valid, otherwise a new trace
 * (not sampled: this service records no spans of its own), with a new span id for this request either way.
 */
export function traceContextFrom(headers: IncomingHttpHeaders): TraceContext {
  const spanId = randomBytes(8).toString('hex');
  return {
    ...(parentOf(headers[TRACEPARENT_HEADER]) ?? { traceId: randomBytes(16).toString('hex'), flags: '00' }),
    spanId,
  };
}

/** The `traceparent` value naming this request's span, for the response and for anything it calls. */
export function traceparentOf(trace: TraceContext): string {
  return `00-${trace.traceId}-${trace.spanId}-${trace.flags}`;
}

export const { remember: rememberTraceContext, of: traceContextOf } = requestScoped<TraceContext>();
