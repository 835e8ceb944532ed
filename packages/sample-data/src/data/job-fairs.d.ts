// Declaration for the module generated at build time from feed/job-fairs.json (scripts/build-data.mjs).
declare const feed: unknown;
export default feed;
