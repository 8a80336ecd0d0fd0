import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createClient, type Client } from 'graphql-ws';
import pino from 'pino';
import WebSocket from 'ws';
import { eventually } from '../../libs/event-store/src/testing';
import { readSecurityConfig } from '../../apps/ledger-api/src/auth/security-config';
import { METRICS_PATH } from '../../apps/ledger-api/src/health/health.routes';
import { TRACEPARENT_HEADER } from '../../apps/ledger-api/src/logging/trace-context';
import { httpRoot, postGraphql } from './support/http';
import { DEFAULT_CALLER, LedgerTestApp } from './support/ledger-app';

const ROOT = join(__dirname, '../..');
const NEGOTIATIONS = 'query Tables { negotiations(first: 1) { totalCount } }';
const CALLER_TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN = '00f067aa0ba902b7';

type LogLine = Record<string, unknown> & { level: number; msg: string };

/** Prometheus text lines starting with this metric name (labels included in the match). */
const sampleOf = (scrape: string, series: string) =>
  Number(new RegExp(`^${series.replace(/[{}"]/g, (char) => `\\${char}`)} (\\S+)$`, 'm').exec(scrape)?.[1] ?? NaN);

describe('observability: metrics per operation, and trace context in the request log', () => {
  const lines: LogLine[] = [];
  const ledger = new LedgerTestApp(null, undefined, { ...readSecurityConfig({}), rateLimitPerMinute: 8 });
  let root: string;
  const scrape = async () => (await fetch(`${root}${METRICS_PATH}`)).text();

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as LogLine);
        done();
      },
    });
    ledger.logger = pino({ level: 'info' }, sink);
    await ledger.start();
    root = httpRoot(ledger);
  });
  afterAll(() => ledger.destroy());

  it('logs each request with the caller, the outcome and the trace context it continues and names in the response', async () => {
    const { response } = await postGraphql(
      root,
      NEGOTIATIONS,
      {},
      {
        [TRACEPARENT_HEADER]: `00-${CALLER_TRACE}-${CALLER_SPAN}-01`,
      },
    );

    const traceparent = response.headers.get(TRACEPARENT_HEADER)!;
    const [, traceId, spanId, flags] = traceparent.split('-');
    expect({ traceId, flags }).toEqual({ traceId: CALLER_TRACE, flags: '01' });
    expect(spanId).toMatch(/^[0-9a-f]{16}$/);
    expect(spanId).not.toBe(CALLER_SPAN);
    await eventually(() => lines.some((line) => line.spanId === spanId));
    expect(lines.find((line) => line.spanId === spanId)).toMatchObject({
      level: 30,
      msg: 'request',
      traceId: CALLER_TRACE,
      parentSpanId: CALLER_SPAN,
      operation: 'Tables',
      sub: DEFAULT_CALLER.sub,
      party: DEFAULT_CALLER.party,
      outcome: 'OK',
      status: 200,
    });
  });

  it('starts a trace of its own, unsampled, when the traceparent is absent or malformed', async () => {
    const { response } = await postGraphql(
      root,
      NEGOTIATIONS,
      {},
      {
        [TRACEPARENT_HEADER]: `00-${'0'.repeat(32)}-${CALLER_SPAN}-01`,
      },
    );

    const [version, traceId, , flags] = response.headers.get(TRACEPARENT_HEADER)!.split('-');
    expect(version).toBe('00');
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(traceId).not.toBe('0'.repeat(32));
    expect(flags).toBe('00');
  });

  it('logs an unknown path at info, without a stack', async () => {
    const response = await fetch(`${root}/no-such-page`);

    expect(response.status).toBe(404);
    await eventually(() => lines.some((line) => line.path === '/no-such-page'));
    const logged = lines.filter(
      (line) => line.path === '/no-such-page' || JSON.stringify(line).includes('no-such-page'),
    );
    expect(logged).toEqual([expect.objectContaining({ level: 30, status: 404, outcome: 'HTTP_404' })]);
    expect(JSON.stringify(logged)).not.toMatch(/stack|"err"/);
  });

  it('exposes latency per operation and outcome, errors by code, and Node’s default metrics under their standard names', async () => {
    await postGraphql(root, NEGOTIATIONS, {});
    // A document that fails validation is named by the request's operationName: the document is never executed.
    await fetch(`${root}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await ledger.authorization()) },
      body: JSON.stringify({ query: 'query Broken { noSuchField }', operationName: 'Broken' }),
    });

    const text = await scrape();
    expect(
      sampleOf(text, 'ledger_graphql_operation_duration_seconds_count{operation="Tables",outcome="OK"}'),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sampleOf(
        text,
        'ledger_graphql_operation_duration_seconds_count{operation="Broken",outcome="GRAPHQL_VALIDATION_FAILED"}',
      ),
    ).toBe(1);
    expect(sampleOf(text, 'ledger_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
    expect(text).toMatch(
      /^ledger_graphql_operation_duration_seconds_bucket\{le="0\.005",operation="Tables",outcome="OK"\} \d+$/m,
    );
    expect(text).toMatch(/^process_cpu_user_seconds_total [\d.e+-]+$/m);
    expect(text).toMatch(/^process_resident_memory_bytes \d+$/m);
    expect(text).toMatch(/^nodejs_heap_size_used_bytes \d+$/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_p99_seconds [\d.e+-]+$/m);
    expect(text).not.toMatch(/^ledger_(process|nodejs)_/m);
    expect(text).toMatch(/^ledger_evidence_log_lag_events \d+$/m);
  });

  it('counts open subscriptions while a client follows the log', async () => {
    const { authorization } = await ledger.authorization();
    const client: Client = createClient({
      url: ledger.websocketUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization },
    });
    const unsubscribe = client.subscribe(
      { query: 'subscription Live { eventRecorded { type } }' },
      { next: () => undefined, error: () => undefined, complete: () => undefined },
    );
    try {
      await eventually(async () => sampleOf(await scrape(), 'ledger_open_subscriptions') === 1);
    } finally {
      unsubscribe();
      await client.dispose();
    }
    await eventually(async () => sampleOf(await scrape(), 'ledger_open_subscriptions') === 0);
  });

  it('counts operations refused over the rate limit', async () => {
    const codes: string[] = [];
    for (let sent = 0; sent < 10; sent += 1) {
      const { body } = await postGraphql(root, NEGOTIATIONS, {});
      codes.push(String(body.errors?.[0]?.extensions?.code ?? 'OK'));
    }

    const refused = codes.filter((code) => code === 'RATE_LIMITED').length;
    expect(refused).toBeGreaterThan(0);
    const text = await scrape();
    expect(sampleOf(text, 'ledger_rate_limited_requests_total{limit="caller"}')).toBeGreaterThanOrEqual(refused);
    expect(sampleOf(text, 'ledger_graphql_errors_total{code="RATE_LIMITED"}')).toBeGreaterThanOrEqual(refused);
  });
});

describe('a service that cannot start', () => {
  let dataDir: string;
  beforeAll(() => (dataDir = mkdtempSync(join(tmpdir(), 'ledger-broken-'))));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('says why in JSON lines on stdout, the last one fatal, and exits 1', () => {
    writeFileSync(join(dataDir, 'ledger.sqlite'), 'not a database');
    const run = spawnSync(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/ledger-api/src/main.ts'],
      {
        cwd: ROOT,
        env: { ...process.env, NODE_ENV: 'production', LEDGER_DATA_DIR: dataDir, PORT: '0', LEDGER_STORE: 'embedded' },
        encoding: 'utf8',
        timeout: 120_000,
      },
    );

    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const printed = run.stdout.trim().split('\n');
    const parsed = printed.map((line) => JSON.parse(line) as LogLine);
    expect(parsed.at(-1)).toMatchObject({ level: 60, msg: expect.stringContaining('ledger.sqlite') });
    expect(run.stdout).not.toContain('\u001b[');
  }, 150_000);
});
