/**
 * The bundle's record lists, in an order where every reference points to an earlier list. On
 * its own so the app's first load can name them without pulling in the validator.
 */
export const COLLECTIONS = [
  'documents',
  'bodies',
  'meetings',
  'issues',
  'items',
  'mentions',
  'figures',
  'structure',
  'commitments',
] as const;

export type CollectionName = (typeof COLLECTIONS)[number];
