// Generated from package.json by scripts/write-version.mjs during the build. Do not edit by hand.
/** The version of @hbrs/sdk. */
export const VERSION = '0.1.0';
