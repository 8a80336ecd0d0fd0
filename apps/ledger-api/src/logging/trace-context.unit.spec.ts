import { traceContextFrom, traceparentOf } from './trace-context';

const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const SPAN = '00f067aa0ba902b7';

describe('traceContextFrom', () => {
  it("continues the caller's trace with a span of its own, keeping the caller's flags", () => {
    const trace = traceContextFrom({ traceparent: `00-${TRACE}-${SPAN}-01` });

    expect(trace).toEqual({
      traceId: TRACE,
      parentSpanId: SPAN,
      flags: '01',
      spanId: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    expect(trace.spanId).not.toBe(SPAN);
    expect(traceparentOf(trace)).toBe(`00-${TRACE}-${trace.spanId}-01`);
  });

  it('reads the first four fields of a later version, which may carry more after a dash', () => {
    expect(traceContextFrom({ traceparent: `cc-${TRACE}-${SPAN}-01-future` })).toMatchObject({ traceId: TRACE });
  });

  it.each([
    ['absent', undefined],
    ['version ff', `ff-${TRACE}-${SPAN}-01`],
    ['version 00 with more fields', `00-${TRACE}-${SPAN}-01-more`],
    ['an all-zero trace id', `00-${'0'.repeat(32)}-${SPAN}-01`],
    ['an all-zero parent id', `00-${TRACE}-${'0'.repeat(16)}-01`],
    ['upper-case hex', `00-${TRACE.toUpperCase()}-${SPAN}-01`],
    ['a short trace id', `00-${TRACE.slice(2)}-${SPAN}-01`],
  ])('starts a new, unsampled trace when the traceparent is %s', (_case, traceparent) => {
    const trace = traceContextFrom(traceparent === undefined ? {} : { traceparent });

    expect(trace.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(trace.traceId).not.toBe(TRACE);
    expect(trace.flags).toBe('00');
    expect(trace).not.toHaveProperty('parentSpanId');
  });

  it('gives every request a different span', () => {
    const headers = { traceparent: `00-${TRACE}-${SPAN}-01` };
    expect(traceContextFrom(headers).spanId).not.toBe(traceContextFrom(headers).spanId);
  });
});
