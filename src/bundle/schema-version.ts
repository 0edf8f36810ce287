/**
 * The bundle schema version this code reads and writes. On its own so that the app's first load
 * can name it without pulling in the validator.
 */
export const SCHEMA_VERSION = 2;

/**
 * Earlier versions whose every bundle is also a valid bundle of this version: version 2 only
 * added fields and allowed nulls, so a version 1 bundle is read as it is.
 */
export const READABLE_EARLIER_VERSIONS: readonly number[] = [1];
