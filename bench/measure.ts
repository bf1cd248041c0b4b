/** One benchmark result, as bench/run.mjs expects them from a bench module's default export. */
export interface OtBenchResult {
  name: string;
  /** One duration per run, in `unit`. */
  samples: number[];
  unit: 'ms';
  /** The median must not exceed this (same unit); omit for figures without a budget. */
  budget?: number;
}

/** Options of {@link measure}. */
export interface OtMeasureOptions {
  /** Samples to take. Default 100. */
  samples?: number;
  /** Untimed runs first, so the JIT and caches settle. Default 10. */
  warmup?: number;
  /**
   * Runs per sample; the sample is their mean. Use it for operations far below 0.1 ms, the resolution of
   * `performance.now()` in a page that is not cross-origin isolated. Default 1.
   */
  batch?: number;
  /** Called before each sample, untimed (fresh input, a reset). */
  setup?: () => void | Promise<void>;
}

/**
 * Times `run` and returns a result for the bench table.
 *
 * @example
 * export default async () => [await measure('goals.add', () => store.goals.add(goal), { budget: 2 })];
 */
export async function measure(
  name: string,
  run: () => unknown,
  options: OtMeasureOptions & { budget?: number } = {},
): Promise<OtBenchResult> {
  const { samples = 100, warmup = 10, batch = 1, setup, budget } = options;
  for (let i = 0; i < warmup; i++) {
    await setup?.();
    await run();
  }
  const out: number[] = [];
  for (let i = 0; i < samples; i++) {
    await setup?.();
    const start = performance.now();
    for (let j = 0; j < batch; j++) await run();
    out.push((performance.now() - start) / batch);
  }
  return budget === undefined ? { name, samples: out, unit: 'ms' } : { name, samples: out, unit: 'ms', budget };
}
