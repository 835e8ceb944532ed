/**
 * What the client needs for the 'service-points' data set: its record schema and its in-memory index. Loaded by
 * dynamic import on first use (see kinds/index.ts), so a bundle carries only the kinds it uses.
 * @module
 */
import type { FeedItem } from '../model/index.js';
import { ServicePointSchema } from '../model/service-point.js';
import { ServicePointIndex } from '../queries/service-points.js';

/** Record schema of the 'service-points' feed. */
export const schema = ServicePointSchema;

/** Builds the index that answers the client's 'service-points' queries. */
export const createIndex = (items: readonly FeedItem<'service-points'>[]): ServicePointIndex =>
  new ServicePointIndex(items);
