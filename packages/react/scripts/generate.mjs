#!/usr/bin/env node
// Writes src/*.ts: one React component per public element of @hbrs/widgets, generated from its
// custom-elements.json with @lit/react (props are the element's properties; each `hbrs-*` event is an
// `onHbrs…` prop typed from `HbrsEventMap`). Nothing here is written by hand.
// `--check` (what `pnpm build` runs) fails when a file is not what the manifest gives: run `pnpm --filter
// @hbrs/react generate` and commit.
import { readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(here, 'src');

/** `hbrs-fair-select` → `onHbrsFairSelect`. */
export const eventProp = (name) => `on${name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase())}`;

/** The public elements: tag, class name, widget folder (`src/<folder>/…` in the manifest), summary, events. */
export function elementsOf(manifest) {
  const out = [];
  for (const mod of manifest.modules ?? []) {
    const folder = /^src\/([^/]+)\//.exec(mod.path)?.[1];
    for (const d of mod.declarations ?? []) {
      if (!d.customElement || !d.tagName || d.internal || !folder) continue;
      const events = [
        ...new Set((d.events ?? []).map((e) => e.name).filter((n) => /^hbrs-[a-z-]+$/.test(n))),
      ];
      out.push({ tag: d.tagName, name: d.name, folder, summary: d.summary ?? '', events: events.sort() });
    }
  }
  return out.sort((a, b) => a.tag.localeCompare(b.tag));
}

const HEADER = '// Generated from @hbrs/widgets/custom-elements.json by scripts/generate.mjs. Do not edit.\n';

export function componentModule(e) {
  const events = e.events
    .map((n) => `    ${eventProp(n)}: '${n}' as EventName<HbrsEvent<'${n}'>>,`)
    .join('\n');
  return `${HEADER}import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { HbrsEvent } from '@hbrs/core';
import { ${e.name} as Element } from '@hbrs/widgets/${e.folder}';
import '@hbrs/widgets/${e.folder}/define';

/**
 * \`<${e.tag}>\` as a React component${e.summary ? `: ${e.summary.replace(/\*\//g, '*\\/')}` : '.'} Properties of the
 * element are props; events are ${e.events.length ? e.events.map((n) => `\`${eventProp(n)}\``).join(', ') : 'none'}.
 */
export const ${e.name} = createComponent({
  tagName: '${e.tag}',
  elementClass: Element,
  react: React,
  events: {
${events}
  },
  displayName: '${e.name}',
});

/** The props of {@link ${e.name}}. */
export type ${e.name}Props = React.ComponentProps<typeof ${e.name}>;
`;
}

export function indexModule(elements) {
  const lines = elements.map((e) => `export { ${e.name}, type ${e.name}Props } from './${e.folder}.js';`);
  return `${HEADER}${lines.join('\n')}\n`;
}

/** Every generated file, by name under src/, formatted as the repository's Prettier config says. */
export async function generatedFiles() {
  const prettier = await import('prettier');
  const options = { ...(await prettier.resolveConfig(join(src, 'index.ts'))), parser: 'typescript' };
  const require = createRequire(import.meta.url);
  const manifest = JSON.parse(readFileSync(require.resolve('@hbrs/widgets/custom-elements.json'), 'utf8'));
  const elements = elementsOf(manifest);
  const files = { 'index.ts': await prettier.format(indexModule(elements), options) };
  for (const e of elements) files[`${e.folder}.ts`] = await prettier.format(componentModule(e), options);
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = await generatedFiles();
  const present = readdirSync(src).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  if (process.argv.includes('--check')) {
    const stale = [
      ...Object.entries(files)
        .filter(([f, text]) => !present.includes(f) || readFileSync(join(src, f), 'utf8') !== text)
        .map(([f]) => f),
      ...present.filter((f) => !(f in files)),
    ];
    if (stale.length) {
      console.error(
        `@hbrs/react: ${stale.join(', ')} not what custom-elements.json gives: run \`pnpm --filter @hbrs/react generate\``,
      );
      process.exit(1);
    }
    console.log(`@hbrs/react: ${Object.keys(files).length} generated files are current`);
  } else {
    for (const f of present) if (!(f in files)) rmSync(join(src, f));
    for (const [f, text] of Object.entries(files)) writeFileSync(join(src, f), text);
    console.log(`@hbrs/react: wrote ${Object.keys(files).join(', ')}`);
  }
}
