/**
 * An unexpected error in a few words: its type and where in the code it was thrown
 * (`TypeError at export.js:286:38`). Never its message, which may quote input (JSON.parse's does, and
 * so does "Cannot create property … on string '…'"): a victim's data must not reach a terminal or a log.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const name = /^[A-Za-z][A-Za-z0-9]{0,40}$/.test(error.name) ? error.name : 'Error';
  const frame = /\n\s+at (?:.*?\()?(?:[^()\n]*[/\\])?([^/\\()\n]+:\d+:\d+)\)?\n?/.exec(error.stack ?? '');
  return frame?.[1] === undefined ? name : `${name} at ${frame[1]}`;
}
