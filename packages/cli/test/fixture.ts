import { defineConverter, defineLabels, definePayloadKind, kindField } from '@iom/core';
import * as z from 'zod';
import type { LoadedPackage } from '../src/discover.js';
import type { CliIo } from '../src/io.js';

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
    noteConverters: [
      defineConverter({
        name: 'toVCard',
        direction: 'to',
        format: { en: 'vCard 4 (text)', fr: 'vCard 4 (texte)', es: 'vCard 4 (texto)' },
        input: 'record',
        output: 'text',
        kinds: ['test.note@1'],
        options: [],
        run: (note) => ({
          value: `BEGIN:VCARD\nVERSION:4.0\nFN:${(note as { title: string }).title}\nEND:VCARD`,
          issues: [],
        }),
      }),
      defineConverter({
        name: 'fromVCard',
        direction: 'from',
        format: { en: 'vCard 4 (text)', fr: 'vCard 4 (texte)', es: 'vCard 4 (texto)' },
        input: 'text',
        output: 'json',
        kinds: [],
        options: [],
        run: (text) => ({
          value: [{ title: /FN:(.*)/.exec(String(text))?.[1] ?? '', count: 0 }],
          issues: [{ path: ['count'], code: 'count_defaulted', message: 'count set to 0' }],
        }),
      }),
      defineConverter({
        name: 'toNoteCsv',
        direction: 'to',
        format: { en: 'note CSV', fr: 'notes en CSV', es: 'notas en CSV' },
        input: 'records',
        output: 'text',
        kinds: ['test.note@1'],
        options: [
          {
            name: 'layout',
            description: { en: 'the columns', fr: 'les colonnes', es: 'las columnas' },
            type: 'choice',
            values: ['short', 'long'],
            required: true,
          },
          {
            name: 'k',
            description: { en: 'the smallest group', fr: 'le plus petit groupe', es: 'el grupo más pequeño' },
            type: 'integer',
            min: 2,
            required: false,
            default: 11,
          },
          {
            name: 'at',
            description: { en: 'a day', fr: 'un jour', es: 'un día' },
            type: 'date',
            required: false,
          },
        ],
        run: (notes, { options }) => ({
          value: [
            options.layout === 'long' ? 'title,count' : 'title',
            ...(notes as Array<{ title: string; count: number }>).map((n) =>
              options.layout === 'long' ? `${n.title},${n.count}` : n.title,
            ),
            ...(options.k === undefined ? [] : [`k=${options.k}`]),
            ...(options.at === undefined ? [] : [`at=${options.at}`]),
          ].join('\n'),
          issues: [],
        }),
      }),
    ],
    toBroken: defineConverter({
      name: 'toBroken',
      direction: 'to',
      format: { en: 'nothing', fr: 'rien', es: 'nada' },
      input: 'record',
      output: 'json',
      kinds: [],
      options: [],
      run: (note) => {
        // A bug whose message quotes the input: the command must show neither the message nor a stack.
        throw new TypeError(`Cannot create property 'x' on string '${(note as { title: string }).title}'`);
      },
    }),
    notAConverter: 1,
  },
};

/** Streams that collect what is written, and a stdin made of `chunks`. */
export function memoryIo(chunks: string[] = [], options: { stderrIsTTY?: boolean; cwd?: string } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  // Both streams as written, in order, consecutive writes to one stream joined.
  const both: Array<[0 | 1, string]> = [];
  const log = (stream: 0 | 1, text: string) => {
    const last = both[both.length - 1];
    if (last !== undefined && last[0] === stream) last[1] += text;
    else both.push([stream, text]);
  };
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
        log(0, text);
        return true;
      },
    },
    stderr: {
      write: (text: string) => {
        err.push(text);
        log(1, text);
        return true;
      },
      isTTY: options.stderrIsTTY ?? false,
      columns: 100,
    },
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join(''), both: () => both };
}
