/**
 * What the client needs for the 'job-fairs' data set: its record schema and its in-memory index. Loaded by
 * dynamic import on first use (see kinds/index.ts), so a bundle carries only the kinds it uses.
 * @module
 */
import type { FeedItem } from '../model/index.js';
import { JobFairSchema } from '../model/job-fair.js';
import { JobFairIndex } from '../queries/job-fairs.js';

/** Record schema of the 'job-fairs' feed. */
export const schema = JobFairSchema;

/** Builds the index that answers the client's 'job-fairs' queries. */
export const createIndex = (items: readonly FeedItem<'job-fairs'>[]): JobFairIndex => new JobFairIndex(items);
