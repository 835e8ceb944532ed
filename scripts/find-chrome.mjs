// Finds a locally installed Chromium or Chrome for the browser tests. CHROME_PATH wins.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** Path of the browser to use, or undefined when none is installed. */
export function findChrome() {
  if (process.env.CHROME_PATH)
    return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return CANDIDATES.find((p) => existsSync(p));
}

export const HOW_TO_INSTALL = `No Chromium or Chrome was found for the browser tests.
Install one, then run the tests again:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  macOS:          brew install --cask chromium   (or install Google Chrome)
Or point CHROME_PATH at an installed Chrome/Chromium binary:  CHROME_PATH=/path/to/chrome pnpm test
(Nothing here downloads a browser: the tests drive the one on your machine through playwright-core.)`;

/** Flags for a headless, quiet Chromium on a closed network. */
export const CHROME_ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];
