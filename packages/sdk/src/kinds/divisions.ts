/**
 * What the client needs for the 'divisions' data set: its record schema and its in-memory index. Loaded by
 * dynamic import on first use (see kinds/index.ts), so a bundle carries only the kinds it uses.
 * @module
 */
import type { FeedItem } from '../model/index.js';
import { DivisionSchema } from '../model/division.js';
import { DivisionIndex } from '../queries/divisions.js';

/** Record schema of the 'divisions' feed. */
export const schema = DivisionSchema;

/** Builds the index that answers the client's 'divisions' queries. */
export const createIndex = (items: readonly FeedItem<'divisions'>[]): DivisionIndex =>
  new DivisionIndex(items);
