import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineBatches } from './line-batches.js';

async function batchesOf(chunks: readonly string[], size: number): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  const input = (async function* () {
    yield* chunks;
  })();
  for await (const batch of lineBatches(input, size)) out.push(batch);
  return out;
}

const text = (batches: readonly Uint8Array[]) => Buffer.concat(batches).toString('utf8');

describe('lineBatches', () => {
  it('cuts at line ends near the size, keeps long lines whole, and ends with the unterminated rest', async () => {
    const batches = await batchesOf(['aaaa\nbb', 'b\ncccccccccc\ndd\n', 'e'], 6);
    expect(batches.map((batch) => Buffer.from(batch).toString())).toEqual(['aaaa\n', 'bbb\n', 'cccccccccc\n', 'dd\ne']);
  });

  it('gives each batch a buffer of its own, so that transferring it takes nothing from another', async () => {
    for (const batch of await batchesOf(['ab\ncd\nef\n', 'gh\n'], 3)) {
      expect(batch.byteOffset).toBe(0);
      expect(batch.buffer.byteLength).toBe(batch.length);
    }
  });

  it('property: the batches are the input, cut only after a \\n, each but the last ending with one', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('a', 'é', '\n', '\r', '{}', '€'), { maxLength: 200 }).map((parts) => parts.join('')),
        fc.array(fc.nat(), { maxLength: 5 }),
        fc.integer({ min: 1, max: 40 }),
        async (input, cuts, size) => {
          const points = [...new Set(cuts.map((cut) => cut % (input.length + 1)))].sort((a, b) => a - b);
          const chunks = [0, ...points, input.length]
            .slice(1)
            .map((end, i, all) => input.slice(i === 0 ? 0 : all[i - 1], end));
          const batches = await batchesOf(chunks, size);
          expect(text(batches)).toBe(input);
          for (const batch of batches.slice(0, -1)) {
            expect(batch[batch.length - 1]).toBe(10);
            // Over the size only when one line is: the batch holds a single line end, at its end.
            if (batch.length > size) expect(batch.indexOf(10)).toBe(batch.length - 1);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
