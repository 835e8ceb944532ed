// Generated from package.json by scripts/write-version.mjs during the build. Do not edit by hand.
/** The version of @hbrs/core (and, through the fixed release group, of @hbrs/widgets). */
export const VERSION = '0.1.0';
