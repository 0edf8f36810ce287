/** A body's id and kind from the name the record prints. */
import type { BodyKind } from '../bundle/schema.ts';
import { slug } from './text-spans.ts';

export function bodyKindFromName(name: string): BodyKind {
  if (/\bcabinet\b/i.test(name)) return 'cabinet';
  if (/\b(working group|task group|working party|task and finish)\b/i.test(name))
    return 'working-group';
  if (/\b(committee|panel|board|scrutiny|forum)\b/i.test(name)) return 'committee';
  if (/\bcouncil$/i.test(name)) return 'council';
  return 'other';
}

/** "Planning & Licensing" and "Planning and Licensing" are one body, whatever the case. */
export function bodyIdOf(name: string): string {
  return slug(name.replace(/&/g, ' and ')) || 'body';
}
