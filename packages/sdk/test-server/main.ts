/**
 * `pnpm serve:test [port]`: serves the built-in sample data (SAMPLE, not official) as feeds under `/feeds/` and as
 * the REST API of `docs/api/openapi.yaml` under `/v1`. Faults can be injected with `HBRS_FAULT=<type>:<path>`,
 * e.g. `HBRS_FAULT=status:/v1/service-points`.
 */
import { loadFeed } from '@hbrs/sample-data';
import { FEED_KINDS, type FeedKind } from '../src/model/index.js';
import { createApp, type FaultType } from './app.js';
import { startServer } from './server.js';

const feeds = {} as Record<FeedKind, unknown>;
for (const kind of FEED_KINDS) feeds[kind] = await loadFeed(kind);
const app = createApp(feeds);
const fault = process.env['HBRS_FAULT'];
if (fault) {
  const [type, path] = fault.split(':') as [FaultType, string];
  app.faults.push({ type, path });
}
const port = Number(process.argv[2] ?? process.env['PORT'] ?? 8787);
const server = await startServer(app, port);
console.log(`hbrs test server (sample data) at ${server.url}`);
console.log(`  feeds: ${server.url}/feeds/   api: ${server.url}/v1`);
