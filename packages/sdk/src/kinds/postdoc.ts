/**
 * What the client needs for the 'postdoc' data set: its record schema and its in-memory index. Loaded by
 * dynamic import on first use (see kinds/index.ts), so a bundle carries only the kinds it uses.
 * @module
 */
import type { FeedItem } from '../model/index.js';
import { PostdocProgrammeSchema } from '../model/postdoc.js';
import { PostdocIndex } from '../queries/postdoc.js';

/** Record schema of the 'postdoc' feed. */
export const schema = PostdocProgrammeSchema;

/** Builds the index that answers the client's 'postdoc' queries. */
export const createIndex = (items: readonly FeedItem<'postdoc'>[]): PostdocIndex => new PostdocIndex(items);
