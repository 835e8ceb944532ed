// Fails early, with instructions, when no browser is installed for the tests.
import { findChrome, HOW_TO_INSTALL } from './find-chrome.mjs';
const path = findChrome();
if (!path) {
  if (process.env.CHROME_PATH)
    console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no file is there.\n`);
  console.error(HOW_TO_INSTALL);
  process.exit(1);
}
console.log(`Browser tests use ${path}`);
