import { describe, expect, it } from 'vitest';
import { lossIssues, StepRecorder } from './lossiness.js';
import type { MigrationStepRecord } from './types.js';

describe('StepRecorder', () => {
  it('keeps each change as an issue in the locale, and each drop as a change and a lost path', () => {
    const recorder = new StepRecorder('fr', 'iom.test@1', 'Titre');
    recorder.changed('migration_renamed', ['a'], { from: 'a', to: 'b' });
    recorder.dropped(['c', 0]);
    expect(recorder.changes).toEqual([
      { path: ['a'], code: 'migration_renamed', message: 'a renommé b' },
      {
        path: ['c', 0],
        code: 'migration_value_dropped',
        message: 'Abandonné en passant à iom.test@1\u00a0: cette version n’a pas de place pour cette valeur',
      },
    ]);
    expect(recorder.lost).toEqual([['c', 0]]);
  });
});

describe('lossIssues', () => {
  const recorder = new StepRecorder('es', 'iom.test@1', 'Título');
  recorder.changed('migration_wrapped', ['x']);
  recorder.dropped(['y']);
  const steps: MigrationStepRecord[] = [
    {
      from: 'iom.test@2',
      to: 'iom.test@1',
      direction: 'down',
      title: 't',
      changes: recorder.changes,
      lost: recorder.lost,
    },
  ];

  it('names each dropped path when losses are allowed', () => {
    expect(lossIssues(steps, true, 'es').map((issue) => [issue.code, issue.path])).toEqual([
      ['migration_value_dropped', ['y']],
    ]);
  });

  it('refuses each path that would be dropped when they are not', () => {
    expect(lossIssues(steps, false, 'es')).toEqual([
      {
        path: ['y'],
        code: 'migration_loss_refused',
        message: 'La migración a iom.test@1 descartaría este valor; permita las pérdidas para continuar',
      },
    ]);
  });
});
