import { expect } from '@open-wc/testing';

/** Rules axe cannot judge inside a test page (no <title>, no landmarks around a lone widget). */
const PAGE_LEVEL_RULES = [
  'region',
  'landmark-one-main',
  'page-has-heading-one',
  'document-title',
  'html-has-lang',
];

/** Asserts that axe finds no violation in `el` (page-level rules excluded). */
export async function expectAccessible(el: Element): Promise<void> {
  await expect(el).to.be.accessible({ ignoredRules: PAGE_LEVEL_RULES });
}

/** One state of a widget: how to put the widget into it. */
export interface WidgetState<E extends Element> {
  name: string;
  enter: (el: E) => void | Promise<void>;
}

/**
 * Puts `el` into each state in turn and asserts zero axe violations in each; the failure names the
 * state that failed.
 */
export async function expectStatesAccessible<E extends HTMLElement & { updateComplete?: Promise<unknown> }>(
  el: E,
  states: WidgetState<E>[],
): Promise<void> {
  for (const state of states) {
    await state.enter(el);
    await el.updateComplete;
    try {
      await expectAccessible(el);
    } catch (error) {
      throw new Error(`axe violations in state "${state.name}": ${(error as Error).message}`);
    }
  }
}
