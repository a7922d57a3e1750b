/** The library API (DESIGN.md): `processPage` and `extractEntities`, and the document types. */
export { processPage, type ProcessOptions } from './pipeline.js';
export { ArtextError, InputError, UsageError } from './errors.js';
export type * from './document/types.js';
export { SCHEMA_ID } from './document/types.js';
