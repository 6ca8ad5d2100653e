import { defineLabels, definePayloadKind, kindField } from '@iom/core';
import * as z from 'zod';
import type { LoadedPackage } from '../discover.js';
import type { CliIo } from '../io.js';

/** A payload kind for the tests, independent of the domain packages. */
export const noteKind = definePayloadKind({
  id: 'test.note',
  version: 1,
  title: { en: 'Note', fr: 'Note', es: 'Nota' },
  schema: z.object({
    $kind: kindField('test.note', 1).optional(),
    title: z.string().min(1),
    count: z.number().int().nonnegative(),
    email: z.email().optional(),
  }),
});

/** A catalog for the tests. */
export const ColourLabels = defineLabels(['red', 'blue'], {
  en: { red: 'Red', blue: 'Blue' },
  fr: { red: 'Rouge', blue: 'Bleu' },
  es: { red: 'Rojo', blue: 'Azul' },
});

/** A fake package with a kind, a catalog, a nested catalog object and converters. */
export const testPackage: LoadedPackage = {
  name: '@test/notes',
  exports: {
    noteKind,
    ColourLabels,
    shapeLabels: {
      squareShape: defineLabels(['square'], {
        en: { square: 'Square' },
        fr: { square: 'Carré' },
        es: { square: 'Cuadrado' },
      }),
    },
    toVCard: (note: { title: string }) => `BEGIN:VCARD\nVERSION:4.0\nFN:${note.title}\nEND:VCARD`,
    fromVCard: (text: string) => ({
      value: [{ title: /FN:(.*)/.exec(text)?.[1] ?? '', count: 0 }],
      issues: [{ path: ['count'], code: 'count_defaulted', message: 'count set to 0' }],
    }),
    toHtcdsCsv: (notes: Array<{ title: string }>) => ({
      value: `title\n${notes.map((n) => n.title).join('\n')}`,
      issues: [],
    }),
    notAConverter: 1,
  },
};

/** Streams that collect what is written, and a stdin made of `chunks`. */
export function memoryIo(chunks: string[] = [], options: { stderrIsTTY?: boolean; cwd?: string } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const stdin = Object.assign(
    (async function* () {
      yield* chunks;
    })(),
    { isTTY: false },
  );
  const io: CliIo = {
    stdin,
    stdout: {
      write: (text: string) => {
        out.push(text);
        return true;
      },
    },
    stderr: {
      write: (text: string) => {
        err.push(text);
        return true;
      },
      isTTY: options.stderrIsTTY ?? false,
      columns: 100,
    },
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}
