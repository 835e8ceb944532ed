// Launches the locally installed Chromium or Chrome (never a downloaded one) through playwright-core, headless,
// with the project's flags; fails with install instructions when none is found. Used by the screenshot, size-budget,
// Storybook smoke and benchmark scripts.
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome, HOW_TO_INSTALL } from './find-chrome.mjs';

/** The launched browser (close it when done). `options` are merged into playwright's launch options. */
export function launchChromium(options = {}) {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(HOW_TO_INSTALL);
  return chromium.launch({ executablePath, headless: true, args: CHROME_ARGS, ...options });
}
