/**
 * The bundle schema version this code reads and writes. On its own so that the app's first load
 * can name it without pulling in the validator.
 */
export const SCHEMA_VERSION = 1;
