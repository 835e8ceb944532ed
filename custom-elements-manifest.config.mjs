// Custom Elements Manifest for @hbrs/widgets (run from packages/widgets: `pnpm run analyze`).
// JSDoc on each widget class (@summary @event @csspart @cssprop @slot) is the single source of the
// API docs: Storybook's controls and docs pages and the docs site read this manifest.
export default {
  globs: ['src/**/*.ts', '../core/src/element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/test/**', 'src/**/locales/**', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // Sub-elements (a widget's detail, calendar, tabs) are internal: JSDoc `@partOf hbrs-<widget>` instead of
      // `@internal` (which makes the analyzer skip the class), so the manifest documents them with
      // `"internal": true` and `"partOf"`; the docs reference and Storybook list only public elements.
      name: 'hbrs-internal-elements',
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        const tag = ts.getJSDocTags(node).find((t) => t.tagName.getText() === 'partOf');
        if (!tag) return;
        const parent = String(
          typeof tag.comment === 'string' ? tag.comment : (tag.comment?.[0]?.text ?? ''),
        ).trim();
        const decl = moduleDoc.declarations?.find((d) => d.name === node.name.getText());
        if (decl) Object.assign(decl, { internal: true, partOf: parent });
      },
    },
    {
      // The base class lives in @hbrs/core; record it under its package name, not a relative path.
      name: 'hbrs-core-path',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          // `emit(name, …)` in the base class is a generic dispatcher, not an event called "name".
          for (const d of mod.declarations ?? []) {
            if (d.name === 'HbrsElement') delete d.events;
            for (const key of ['events', 'attributes', 'members', 'cssProperties', 'cssParts']) {
              if (Array.isArray(d[key]))
                d[key] = d[key].filter((e) => !(key === 'events' && e.name === 'name'));
            }
          }
          if (mod.path.startsWith('../core/'))
            mod.path = mod.path.replace('../core/', 'node_modules/@hbrs/core/');
        }
      },
    },
  ],
};
