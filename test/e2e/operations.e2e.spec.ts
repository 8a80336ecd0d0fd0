import { HEALTH_LIVE_PATH, HEALTH_READY_PATH, METRICS_PATH } from '../../apps/ledger-api/src/health/health.routes';
import { CORRELATION_HEADER } from '../../apps/ledger-api/src/logging/correlation-id';
import { LedgerTestApp } from './support/ledger-app';
import { httpRoot, OPEN_NEGOTIATION, openNegotiationInput, postGraphql } from './support/http';

const CORRELATION_OF_EVENT =
  'query Log($minPosition: String) { events(first: 10, minPosition: $minPosition) { edges { node { commandId correlationId } } } }';

type Opened = { openNegotiation: { globalPosition: string; eventIds: string[] } };

describe('operations: health, metrics and correlation ids', () => {
  let ledger: LedgerTestApp;
  let root: string;

  beforeAll(async () => {
    ledger = await new LedgerTestApp().start();
    root = httpRoot(ledger);
  });
  afterAll(() => ledger.destroy());

  it('is live, and ready once the read models have caught up with the store', async () => {
    const live = await fetch(`${root}${HEALTH_LIVE_PATH}`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'live' });

    const ready = await fetch(`${root}${HEALTH_READY_PATH}`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', lag: { eventsBehind: 0 } });
  });

  it("carries the caller's x-correlation-id into the response and the recorded event's envelope", async () => {
    const { response, body } = await postGraphql<Opened>(
      root,
      OPEN_NEGOTIATION,
      { input: openNegotiationInput('correlated') },
      { [CORRELATION_HEADER]: 'bo-jeugd-2025-04-04' },
    );

    expect(response.headers.get(CORRELATION_HEADER)).toBe('bo-jeugd-2025-04-04');
    const log = await postGraphql<{ events: { edges: { node: { correlationId: string } }[] } }>(
      root,
      CORRELATION_OF_EVENT,
      { minPosition: body.data!.openNegotiation.globalPosition },
    );
    expect(log.body.data!.events.edges.map((edge) => edge.node.correlationId)).toContain('bo-jeugd-2025-04-04');
  });

  it('makes up a correlation id when the caller sends none, and uses it for the command', async () => {
    const { response, body } = await postGraphql<Opened>(root, OPEN_NEGOTIATION, {
      input: openNegotiationInput('uncorrelated'),
    });

    const generated = response.headers.get(CORRELATION_HEADER);
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    const log = await postGraphql<{ events: { edges: { node: { correlationId: string } }[] } }>(
      root,
      CORRELATION_OF_EVENT,
      { minPosition: body.data!.openNegotiation.globalPosition },
    );
    expect(log.body.data!.events.edges.map((edge) => edge.node.correlationId)).toContain(generated);
  });

  it('exposes command latency by command and outcome, appends, conflicts and projection lag to Prometheus', async () => {
    const input = { ...openNegotiationInput('measured'), commandId: 'measured-once' };
    await postGraphql(root, OPEN_NEGOTIATION, { input });
    await postGraphql(root, OPEN_NEGOTIATION, { input });
    await postGraphql(root, OPEN_NEGOTIATION, {
      input: { ...openNegotiationInput('measured'), commandId: 'measured-twice', expectedRevision: 5 },
    });

    const scrape = await fetch(`${root}${METRICS_PATH}`);
    const text = await scrape.text();

    expect(scrape.headers.get('content-type')).toContain('text/plain');
    expect(text).toMatch(
      /^ledger_command_duration_seconds_count\{command="openNegotiation",outcome="recorded"\} [1-9]/m,
    );
    expect(text).toMatch(/^ledger_command_duration_seconds_count\{command="openNegotiation",outcome="duplicate"\} 1$/m);
    expect(text).toMatch(/^ledger_command_duration_seconds_count\{command="openNegotiation",outcome="CONFLICT"\} 1$/m);
    expect(text).toMatch(/^ledger_appends_total\{result="written"\} [1-9]/m);
    expect(text).toMatch(/^ledger_appended_events_total [1-9]/m);
    expect(text).toMatch(/^ledger_append_conflicts_total \d+$/m);
    expect(text).toMatch(/^ledger_projection_lag_events \d+$/m);
    expect(text).toMatch(/^ledger_projection_lag_seconds [\d.e+-]+$/m);
  });
});
