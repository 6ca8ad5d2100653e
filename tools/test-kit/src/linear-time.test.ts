import { describe, expect, it } from 'vitest';
import { expectLinearTime, measureLinearity } from './linear-time.js';

/** A deliberately quadratic scan: for each character, it counts the characters before it. */
function quadratic(text: string): number {
  let total = 0;
  for (let i = 0; i < text.length; i += 1) for (let j = 0; j < i; j += 1) total += text.charCodeAt(j) & 1;
  return total;
}

function linear(text: string): number {
  let total = 0;
  for (let i = 0; i < text.length; i += 1) total += text.charCodeAt(i) & 1;
  return total;
}

describe('expectLinearTime', () => {
  it('passes linear code', async () => {
    const measure = await expectLinearTime('linear', { make: (size) => 'ab'.repeat(size / 2), run: linear });
    expect(measure.ratio).toBeLessThan(64);
  });

  it('fails quadratic code, naming it and its figures', async () => {
    // Small sizes keep the quadratic scan quick; the ratio is still ~256 against a bound of 64.
    await expect(
      expectLinearTime('quadratic', {
        make: (size) => 'ab'.repeat(size / 2),
        run: quadratic,
        large: 16_000,
        attempts: 2,
        batchMs: 5,
      }),
    ).rejects.toThrow(
      /^quadratic: not linear — .* ratio \d+\.\d ≥ 64; .* middle input, step ratio \d+\.\d ≥ 8 \(lowest of 2 attempts\)$/,
    );
  });

  it('passes linear code whose cost per character steps up once between the small and the large input', async () => {
    // Like V8's thresholds (young generation, large-object space), only steeper, so that the 16× ratio
    // (~320) is over its bound even on a loaded machine: 20 passes from 100,000 characters on.
    const measure = await expectLinearTime('cliff', {
      make: (size) => 'ab'.repeat(size / 2),
      run: (text: string) => {
        let total = 0;
        for (let pass = text.length >= 100_000 ? 20 : 1; pass > 0; pass -= 1) total += linear(text);
        return total;
      },
    });
    expect(measure.ratio).toBeGreaterThanOrEqual(64);
    expect(measure.stepRatio).toBeLessThan(8);
    expect(measure.linear).toBe(true);
  });

  it('awaits asynchronous code', async () => {
    let finished = 0;
    const measure = await measureLinearity({
      make: (size) => size,
      run: async (size: number) => {
        await Promise.resolve();
        finished += size > 0 ? 1 : 0;
      },
      attempts: 1,
      batchMs: 1,
    });
    expect(finished).toBeGreaterThan(0);
    expect(measure.attempts).toBe(1);
  });
});
