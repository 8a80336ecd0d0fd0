/** A target a figure is held to; `met` decides PASS or MISS. */
export type Target = Readonly<{ label: string; met: (value: number) => boolean }>;

export type Figure = Readonly<{
  name: string;
  value: number;
  unit: string;
  /** How the figure compares with the raw durable-insert baseline, e.g. "0.82× raw". */
  ratio: string;
  target?: Target;
}>;

type Baseline = Readonly<{ insertsPerSecond: number }>;

/**
 * The figures of one `npm run bench`, shared by every benchmark file so the runner can print one summary.
 * The raw baseline is recorded first; every later figure is expressed against it.
 */
class BenchReport {
  readonly figures: Figure[] = [];
  private baseline: Baseline | null = null;
  private readonly named = new Map<string, number>();

  setBaseline(insertsPerSecond: number): void {
    this.baseline = { insertsPerSecond };
  }

  /** A figure recorded earlier in this run (e.g. the single-writer rate the concurrent target is relative to). */
  valueOf(name: string): number | undefined {
    return this.named.get(name);
  }

  /** Records a rate (per second), prints it with its ratio to the raw insert rate and its target. */
  rate(name: string, value: number, unit: string, target?: Target): void {
    const raw = this.baseline?.insertsPerSecond;
    this.add({ name, value, unit, ratio: raw ? `${(value / raw).toFixed(2)}× raw` : 'no baseline', target });
  }

  /** Records a latency in ms, compared with the mean time of one raw durable insert (1 / raw rate). */
  latency(name: string, valueMs: number, target?: Target): void {
    const raw = this.baseline?.insertsPerSecond;
    this.add({
      name,
      value: valueMs,
      unit: 'ms',
      ratio: raw ? `${(valueMs / (1000 / raw)).toFixed(1)}× one raw insert` : 'no baseline',
      target,
    });
  }

  /** Records a duration against a baseline timed beside it in the same run, e.g. a bare `node` start. */
  against(name: string, valueMs: number, baseline: Readonly<{ label: string; ms: number }>, target?: Target): void {
    this.add({
      name,
      value: valueMs,
      unit: 'ms',
      ratio: `${(valueMs / baseline.ms).toFixed(1)}× ${baseline.label}`,
      target,
    });
  }

  /** Records a figure with no meaningful relation to the insert rate (memory). */
  plain(name: string, value: number, unit: string, target?: Target): void {
    this.add({ name, value, unit, ratio: 'n/a', target });
  }

  private add(figure: Figure): void {
    this.figures.push(figure);
    this.named.set(figure.name, figure.value);
    console.log(`  ${formatRow(figure).join('  ')}`);
  }
}

export const benchReport = new BenchReport();

export const verdict = (figure: Figure): string =>
  figure.target ? (figure.target.met(figure.value) ? 'PASS' : 'MISS') : '';

const formatValue = (figure: Figure) =>
  `${figure.value.toLocaleString('en', { maximumFractionDigits: figure.value < 100 ? 2 : 0 })} ${figure.unit}`;

export function formatRow(figure: Figure): string[] {
  return [
    figure.name.padEnd(44),
    formatValue(figure).padStart(18),
    figure.ratio.padEnd(26),
    (figure.target?.label ?? '').padEnd(24),
    verdict(figure),
  ];
}

export function printSummary(figures: readonly Figure[]): void {
  const header = [
    'figure'.padEnd(44),
    'value'.padStart(18),
    'vs raw baseline'.padEnd(26),
    'target'.padEnd(24),
    'result',
  ];
  const rows = [header, ...figures.map(formatRow)].map((cells) => cells.join('  '));
  const rule = '-'.repeat(Math.max(...rows.map((row) => row.length)));
  console.log(['', 'Summary', rule, rows[0], rule, ...rows.slice(1), rule].join('\n'));
}
