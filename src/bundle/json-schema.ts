/** The bundle contract as JSON Schema (draft 2020-12), for tools that do not use this code. */
import * as z from 'zod/mini';
import { bundleSchema, SCHEMA_VERSION } from './schema.ts';

export function bundleJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(bundleSchema, { target: 'draft-2020-12', io: 'input' });
  return {
    ...generated,
    $id: `https://civic-trail.invalid/schema/bundle-v${SCHEMA_VERSION}.json`,
    title: `Civic Trail bundle, schema version ${SCHEMA_VERSION}`,
    description:
      'One council record: source documents, bodies, meetings, issues and their agenda items, the quantities found in the text, and the meanings an editor gave them, each with the quote it came from.',
  };
}
