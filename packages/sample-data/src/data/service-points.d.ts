// Declaration for the module generated at build time from feed/service-points.json (scripts/build-data.mjs).
declare const feed: unknown;
export default feed;
