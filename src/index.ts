/** The library API (DESIGN.md): `processPage` and `extractEntities`, and the document types. */
export { processPage, type ProcessOptions } from './pipeline.js';
export { extractEntities, type EntityOptions } from './entities/index.js';
export { ArtextError, InputError, UsageError } from './errors.js';
export type * from './document/types.js';
export { SCHEMA_ID } from './document/types.js';
