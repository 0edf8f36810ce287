/** The bundle contract as JSON Schema (draft 2020-12), for tools that do not use this code. */
import * as z from 'zod/mini';
import { bundleIndexSchema, bundleSchema, issueDetailSchema, SCHEMA_VERSION } from './schema.ts';

/**
 * One schema for every file a bundle may come as: the whole bundle in one file, or the split
 * form's index (`"form": "index"`) and its issue detail files (`"form": "issue"`).
 */
export function bundleJsonSchema(): Record<string, unknown> {
  const forms = z.union([bundleSchema, bundleIndexSchema, issueDetailSchema]);
  const generated = z.toJSONSchema(forms, { target: 'draft-2020-12', io: 'input' });
  return {
    ...generated,
    $id: `https://civic-trail.invalid/schema/bundle-v${SCHEMA_VERSION}.json`,
    title: `Civic Trail bundle, schema version ${SCHEMA_VERSION}`,
    description:
      'One council record: source documents, bodies, meetings, issues and their agenda items, the quantities found in the text, and the meanings an editor gave them, each with the quote it came from. It comes as one file, or split: an index (form "index": items and documents without their texts) beside one file per issue (form "issue", at issues/{issueId}.json relative to the index) and search.json, the texts search reads.',
  };
}
