/**
 * A check that a parser runs in linear time, built to hold on a shared, noisy CI machine.
 *
 * Why it is shaped like this:
 * - Sizes differ by 16×: linear code takes ~16× longer on the large input, quadratic code ~256×. The
 *   bound sits at 64, the geometric middle, so noise can inflate a linear ratio fourfold before it
 *   fails, and a quadratic parser still fails by a factor of four.
 * - Linear code does not cost the same per character at every size. A 1/16 MB input sits below
 *   thresholds that a 1 MB input crosses: its temporaries die in V8's young generation instead of being
 *   copied and promoted, its strings stay out of the large-object space (objects over 128 kB, each
 *   mapped fresh), and it fits in the CPU caches. Crossing them once can cost linear code a factor of
 *   3–4 (measured: 62 kB → 1 MB ratios of 40–67 for `importLegacyText` on text that is linear
 *   4 kB → 4 MB). So a ratio over the bound is checked once more on the last 4× step, large/4 → large,
 *   where both inputs are past those thresholds: linear code gives ~4 there, quadratic code ~16, and
 *   the bound is 8. Code passes when either ratio is under its bound. Either way the large input may
 *   cost at most 3–4× what a linear extrapolation gives, so neither test lets more through.
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
  /**
   * Time per call on the middle input (large / √factor), in ms: measured only when `ratio` was over
   * its bound.
   */
  middleMs?: number;
  /** `largeMs / middleMs`: about √factor for linear code, `factor` for quadratic code. */
  stepRatio?: number;
  /** The bound the step ratio was held to: √bound. */
  stepBound: number;
  /** Whether the code passed: `ratio` or `stepRatio` under its bound. */
  linear: boolean;
  /** Measurements taken (the first one that passes ends the check). */
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

// A timer tick (≈ 1 µs) is the floor: a zero would make any ratio infinite.
const per = (largeMs: number, smallMs: number): number => largeMs / Math.max(smallMs, 0.001);

/**
 * Measures how the time of `run` grows from a small input to a large one (and, when that ratio is over
 * its bound, from a middle input to the large one), trying up to `attempts` times and keeping the
 * lowest ratios; it stops at the first attempt that passes.
 */
export async function measureLinearity<Input>(options: LinearityOptions<Input>): Promise<LinearityMeasure> {
  const large = options.large ?? 1_000_000;
  const factor = options.factor ?? 16;
  const bound = options.bound ?? factor * 4;
  const stepBound = Math.sqrt(bound);
  const attempts = options.attempts ?? 5;
  const batchMs = options.batchMs ?? 30;
  const smallInput = options.make(Math.ceil(large / factor));
  const largeInput = options.make(large);
  let middleInput: Input | undefined;
  await options.run(smallInput); // warm up the JIT before anything is timed
  let best: LinearityMeasure = {
    smallMs: Number.NaN,
    largeMs: Number.NaN,
    ratio: Number.POSITIVE_INFINITY,
    bound,
    stepBound,
    linear: false,
    attempts: 0,
  };
  for (let attempt = 1; attempt <= attempts && !best.linear; attempt += 1) {
    const smallMs = await timePerCall(() => options.run(smallInput), batchMs);
    const largeMs = await timePerCall(() => options.run(largeInput), batchMs);
    const ratio = per(largeMs, smallMs);
    if (ratio < best.ratio) best = { ...best, smallMs, largeMs, ratio };
    if (ratio < bound) {
      best = { ...best, linear: true };
    } else {
      middleInput ??= options.make(Math.ceil(large / Math.sqrt(factor)));
      const middleMs = await timePerCall(() => options.run(middleInput as Input), batchMs);
      const stepRatio = per(largeMs, middleMs);
      if (best.stepRatio === undefined || stepRatio < best.stepRatio) best = { ...best, middleMs, stepRatio };
      if (stepRatio < stepBound) best = { ...best, linear: true };
    }
    best = { ...best, attempts: attempt };
  }
  return best;
}

/**
 * Throws (failing the test) when `run` looks superlinear: over several attempts, neither the time
 * ratio between a large and a 16× smaller input nor the one between the large input and a 4× smaller
 * one came under its bound. The message names `name` and the figures.
 */
export async function expectLinearTime<Input>(
  name: string,
  options: LinearityOptions<Input>,
): Promise<LinearityMeasure> {
  const measure = await measureLinearity(options);
  if (!measure.linear) {
    const step =
      measure.stepRatio === undefined
        ? ''
        : `; ${(measure.middleMs ?? Number.NaN).toFixed(2)} ms on the middle input, step ratio ` +
          `${measure.stepRatio.toFixed(1)} ≥ ${measure.stepBound}`;
    throw new Error(
      `${name}: not linear — ${measure.largeMs.toFixed(2)} ms on the large input vs ${measure.smallMs.toFixed(3)} ms on ` +
        `the small one, ratio ${measure.ratio.toFixed(1)} ≥ ${measure.bound}${step} (lowest of ${measure.attempts} attempts)`,
    );
  }
  return measure;
}
