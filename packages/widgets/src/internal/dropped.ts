/**
 * The console warning of a load that dropped records (loaded only then, so widgets on clean data never carry it):
 * the widget, the source, how many were dropped, and the first few with their reasons (every one with `debug`).
 * @module
 */
import type { DataMeta } from '@hbrs/sdk';
import { FIRST_REASONS, reasonOf } from './data-element.js';

export function warnDropped(tag: string, meta: DataMeta, all: boolean): void {
  const shown = all ? meta.diagnostics : meta.diagnostics.slice(0, FIRST_REASONS);
  const lines = shown.map((d) => `  ${d.id ?? `#${d.index}`}: ${reasonOf(d).message}`);
  const rest = meta.diagnostics.length - shown.length;
  const more =
    rest > 0
      ? `\n  … ${rest} more (add the debug attribute to list them all, or run "hbrs-feed check" on the feed)`
      : '';
  console.warn(
    `${tag}: ${meta.dropped} of ${meta.count + meta.dropped} ${meta.kind} records from ${meta.sourceLocation} failed validation and are not shown:\n${lines.join('\n')}${more}`,
  );
}
