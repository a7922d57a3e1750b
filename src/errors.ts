/**
 * Typed errors of the library. The CLI turns each into one plain line and an exit code;
 * nothing else in `src/` decides how an error is shown.
 */
export class ArtextError extends Error {
  readonly code: string = 'E_ARTEXT';
}

/** The input cannot be read as a page: missing, a directory, empty, binary, too large, undecodable. */
export class InputError extends ArtextError {
  override readonly code = 'E_INPUT';
}

/** The caller asked for something that does not make sense (bad option value, conflicting flags). */
export class UsageError extends ArtextError {
  override readonly code = 'E_USAGE';
}

/** The page holds more blocks than `--max-blocks` allows (HTML elements, or lines of a text dump). */
export function tooManyBlocks(what: string, limit: number): InputError {
  return new InputError(
    `too many blocks: over ${limit} ${what}, not an article page (raise it with --max-blocks)`,
  );
}
