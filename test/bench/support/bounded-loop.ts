/** Every measured loop stops at whichever comes first: a count or a time limit. */
export type LoopBounds = Readonly<{ maxIterations: number; maxMs: number }>;

export type LoopResult = Readonly<{ iterations: number; elapsedMs: number; perSecond: number }>;

const resultOf = (iterations: number, elapsedMs: number): LoopResult => ({
  iterations,
  elapsedMs,
  perSecond: (iterations * 1000) / elapsedMs,
});

/** Runs `step(i)` back to back; synchronous, so nothing but the step itself is timed. */
export function loopSync(bounds: LoopBounds, step: (iteration: number) => void): LoopResult {
  const started = performance.now();
  let iterations = 0;
  while (iterations < bounds.maxIterations && performance.now() - started < bounds.maxMs) step(iterations++);
  return resultOf(iterations, performance.now() - started);
}

/** Runs `step(i)` sequentially, awaiting each. */
export async function loopAsync(
  bounds: LoopBounds,
  step: (iteration: number) => Promise<unknown>,
): Promise<LoopResult> {
  const started = performance.now();
  let iterations = 0;
  while (iterations < bounds.maxIterations && performance.now() - started < bounds.maxMs) await step(iterations++);
  return resultOf(iterations, performance.now() - started);
}

/**
 * `workers` sequential loops in flight at once, sharing one deadline and one iteration budget;
 * `step(worker, i)` is the worker's i-th step. The rate counts all workers' steps together.
 */
export async function loopConcurrent(
  workers: number,
  bounds: LoopBounds,
  step: (worker: number, iteration: number) => Promise<unknown>,
): Promise<LoopResult> {
  const started = performance.now();
  let iterations = 0;
  const worker = async (id: number) => {
    for (let own = 0; iterations < bounds.maxIterations && performance.now() - started < bounds.maxMs; own++) {
      iterations++;
      await step(id, own);
    }
  };
  await Promise.all(Array.from({ length: workers }, (_, id) => worker(id)));
  return resultOf(iterations, performance.now() - started);
}
