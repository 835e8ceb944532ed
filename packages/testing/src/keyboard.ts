import { sendKeys } from '@web/test-runner-commands';

/** Presses Tab (or Shift+Tab) `times` times in the real browser. */
export async function tab(times = 1, shift = false): Promise<void> {
  for (let i = 0; i < times; i++) await sendKeys({ press: shift ? 'Shift+Tab' : 'Tab' });
}

/** Presses one key (e.g. 'Enter', 'Space', 'ArrowDown', 'Escape') in the real browser. */
export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** The element that has focus, looking through open shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
