/**
 * A check that a parser runs in linear time, built to hold on a shared, noisy CI machine.
 *
 * Why it is shaped like this:
 * - Sizes differ by 16×: linear code takes ~16× longer on the large input, quadratic code ~256×. The
 *   bound sits at 64, the geometric middle, so noise can inflate a linear ratio fourfold before it
 *   fails, and a quadratic parser still fails by a factor of four.
 * - Noise (other processes, a major GC on the large input) only ever adds time, so the fastest of
 *   several timings is the one that tells: each side is timed repeatedly and its minimum kept.
 * - Sub-millisecond calls are timed over a batch of calls (at least `batchMs`), not one by one.
 */

/** What {@link measureLinearity} and {@link expectLinearTime} need. */
export interface LinearityOptions<Input> {
  /** Builds an input of about `size` characters (or records, or whatever unit `run` grows with). */
  make: (size: number) => Input;
  /** The code under test; it may return a promise, which is awaited. */
  run: (input: Input) => unknown;
  /** Size of the large input; 1,000,000 unless told. */
  large?: number;
  /** How many times larger the large input is than the small one; 16 unless told. */
  factor?: number;
  /** The ratio above which the code is taken for superlinear; 64 unless told (√(16 × 256)). */
  bound?: number;
  /** How many measurements to try before the lowest ratio is final; 5 unless told. */
  attempts?: number;
  /** Each timing repeats calls until this many ms have passed; 30 unless told. */
  batchMs?: number;
}

/** What one check measured. */
export interface LinearityMeasure {
  /** Time per call on the small input, in ms (the fastest batch). */
  smallMs: number;
  /** Time per call on the large input, in ms (the fastest batch). */
  largeMs: number;
  /** `largeMs / smallMs`: about `factor` for linear code, `factor²` for quadratic code. */
  ratio: number;
  /** The bound the ratio was held to. */
  bound: number;
  /** Measurements taken (the first one under the bound ends the check). */
  attempts: number;
}

/**
 * Time per call of `run` in ms: calls repeat until `batchMs` have passed, twice, and the faster of the
 * two batches is kept.
 */
export async function timePerCall(run: () => unknown, batchMs = 30): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let batch = 0; batch < 2; batch += 1) {
    let calls = 0;
    let elapsed = 0;
    const start = performance.now();
    do {
      await run();
      calls += 1;
      elapsed = performance.now() - start;
    } while (elapsed < batchMs);
    best = Math.min(best, elapsed / calls);
  }
  return best;
}

/**
 * Measures how the time of `run` grows from a small input to a large one, trying up to `attempts`
 * times and keeping the lowest ratio; it stops at the first ratio under the bound.
 */
export async function measureLinearity<Input>(options: LinearityOptions<Input>): Promise<LinearityMeasure> {
  const large = options.large ?? 1_000_000;
  const factor = options.factor ?? 16;
  const bound = options.bound ?? factor * 4;
  const attempts = options.attempts ?? 5;
  const batchMs = options.batchMs ?? 30;
  const smallInput = options.make(Math.ceil(large / factor));
  const largeInput = options.make(large);
  await options.run(smallInput); // warm up the JIT before anything is timed
  let best: LinearityMeasure = {
    smallMs: Number.NaN,
    largeMs: Number.NaN,
    ratio: Number.POSITIVE_INFINITY,
    bound,
    attempts: 0,
  };
  for (let attempt = 1; attempt <= attempts && !(best.ratio < bound); attempt += 1) {
    const smallMs = await timePerCall(() => options.run(smallInput), batchMs);
    const largeMs = await timePerCall(() => options.run(largeInput), batchMs);
    // A timer tick (≈ 1 µs) is the floor: a zero would make any ratio infinite.
    const ratio = largeMs / Math.max(smallMs, 0.001);
    if (ratio < best.ratio) best = { smallMs, largeMs, ratio, bound, attempts: attempt };
    else best = { ...best, attempts: attempt };
  }
  return best;
}

/**
 * Throws (failing the test) when `run` looks superlinear: the lowest of several time ratios between a
 * large and a 16× smaller input stays at or above the bound. The message names `name` and the figures.
 */
export async function expectLinearTime<Input>(
  name: string,
  options: LinearityOptions<Input>,
): Promise<LinearityMeasure> {
  const measure = await measureLinearity(options);
  if (!(measure.ratio < measure.bound)) {
    throw new Error(
      `${name}: not linear — ${measure.largeMs.toFixed(2)} ms on the large input vs ${measure.smallMs.toFixed(3)} ms on ` +
        `the small one, ratio ${measure.ratio.toFixed(1)} ≥ ${measure.bound} (lowest of ${measure.attempts} attempts)`,
    );
  }
  return measure;
}
