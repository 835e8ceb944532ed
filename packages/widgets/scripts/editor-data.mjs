// Editor help generated from custom-elements.json (issue 18.4): VS Code custom HTML data, JetBrains web-types and
// JSX `IntrinsicElements` types for the public elements. Attribute values of string-literal types (also behind
// aliases such as `DatePreset` or `ThemeName`) are read with the TypeScript checker from the element's source,
// so the lists follow the code. `pnpm build` writes them (write-editor-data.mjs); a test checks they are current.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const pkgDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The public elements of the manifest (not the internal sub-elements), with their module path. */
export function publicElements(manifest) {
  const out = [];
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (d.customElement && d.tagName && !d.internal) out.push({ ...d, path: mod.path });
    }
  }
  return out.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/**
 * The string-literal values of each element property whose type is a union of string literals (after aliases),
 * by tag and field name: `{ 'hbrs-job-fairs': { date: ['upcoming', 'week', …] } }`.
 */
export function literalValues(elements) {
  const files = elements.map((e) => join(pkgDir, e.path));
  const config = ts.getParsedCommandLineOfConfigFile(
    join(pkgDir, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => {},
    },
  );
  const program = ts.createProgram(files, { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const out = {};
  for (const e of elements) {
    const sf = program.getSourceFile(join(pkgDir, e.path));
    const cls = sf && findClass(sf, e.name);
    if (!cls) continue;
    const type = checker.getTypeAtLocation(cls);
    const values = (out[e.tagName] = {});
    for (const a of e.attributes ?? []) {
      if (!a.fieldName) continue;
      const prop = type.getProperty(a.fieldName);
      if (!prop) continue;
      const t = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(prop, cls));
      const parts = t.isUnion() ? t.types : [t];
      if (parts.length > 1 && parts.every((p) => p.isStringLiteral()))
        values[a.fieldName] = parts.map((p) => p.value);
    }
  }
  return out;
}

function findClass(sf, name) {
  let found;
  sf.forEachChild((n) => {
    if (ts.isClassDeclaration(n) && n.name?.text === name) found = n;
  });
  return found;
}

const isBoolean = (a) => a.type?.text === 'boolean';

/** VS Code's `html.customData` (HTML custom data format, version 1.1). */
export function vscodeData(elements, values) {
  return {
    $schema:
      'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((e) => ({
      name: e.tagName,
      description: e.summary || e.description || '',
      attributes: (e.attributes ?? []).map((a) => ({
        name: a.name,
        description: [a.description, a.default && !isBoolean(a) ? `Default: ${a.default}` : '']
          .filter(Boolean)
          .join('\n\n'),
        ...(isBoolean(a) ? { valueSet: 'v' } : {}),
        ...(values[e.tagName]?.[a.fieldName]
          ? { values: values[e.tagName][a.fieldName].map((name) => ({ name })) }
          : {}),
      })),
    })),
  };
}

/** JetBrains web-types (schema version 2) for the package. */
export function webTypes(elements, values, pkg) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((e) => ({
          name: e.tagName,
          description: e.summary || e.description || '',
          attributes: (e.attributes ?? []).map((a) => ({
            name: a.name,
            description: a.description ?? '',
            ...(a.default && !isBoolean(a) ? { default: a.default } : {}),
            value: isBoolean(a)
              ? { kind: 'no-value', type: 'boolean' }
              : values[e.tagName]?.[a.fieldName]
                ? { kind: 'plain', type: values[e.tagName][a.fieldName].map((v) => `'${v}'`).join(' | ') }
                : { kind: 'plain', type: (a.type?.text ?? 'string').replace(/ \| undefined$/, '') },
          })),
          events: (e.events ?? []).map((ev) => ({ name: ev.name, description: ev.description ?? '' })),
          css: {
            parts: (e.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
            properties: (e.cssProperties ?? []).map((p) => ({
              name: p.name,
              description: p.description ?? '',
            })),
          },
        })),
      },
    },
  };
}

const pascal = (tag) => tag.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());

/**
 * JSX types for the plain elements (React 19 `react/jsx-runtime`, Preact and Solid read `JSX.IntrinsicElements`
 * the same way): the element's attributes with their literal values, `class`, `className`, `style`, `children`,
 * `key` and `ref`. Event listeners are attached with `ref`/`addEventListener`, or through `@hbrs/react`.
 */
export function jsxTypes(elements, values) {
  const lines = [
    '// Generated from custom-elements.json by packages/widgets/scripts/editor-data.mjs. Do not edit.',
    "// Use: `import type {} from '@hbrs/widgets/jsx';` once in a React (19+) project using the plain elements.",
    "import type { DetailedHTMLProps, HTMLAttributes } from 'react';",
    '',
  ];
  for (const e of elements) {
    lines.push(
      `/** Attributes of \`<${e.tagName}>\`. */`,
      `export interface ${pascal(e.tagName)}Attributes {`,
    );
    for (const a of e.attributes ?? []) {
      const lit = values[e.tagName]?.[a.fieldName];
      const type = isBoolean(a)
        ? 'boolean'
        : lit
          ? lit.map((v) => JSON.stringify(v)).join(' | ')
          : /\bnumber\b/.test(a.type?.text ?? '')
            ? 'string | number'
            : 'string';
      const doc = (a.description ?? '').replace(/\*\//g, '*\\/').split('\n').join(' ');
      lines.push(`  /** ${doc} */`, `  '${a.name}'?: ${type};`);
    }
    lines.push('}', '');
  }
  lines.push(
    'type Element<A, E> = DetailedHTMLProps<HTMLAttributes<E>, E> & A & { class?: string };',
    '',
    "declare module 'react' {",
    '  // eslint-disable-next-line @typescript-eslint/no-namespace',
    '  namespace JSX {',
    '    interface IntrinsicElements {',
    ...elements.map((e) => `      '${e.tagName}': Element<${pascal(e.tagName)}Attributes, HTMLElement>;`),
    '    }',
    '  }',
    '}',
    '',
  );
  return lines.join('\n');
}

/** Every generated file, by path relative to the package. */
export function editorFiles() {
  const manifest = JSON.parse(readFileSync(join(pkgDir, 'custom-elements.json'), 'utf8'));
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const elements = publicElements(manifest);
  const values = literalValues(elements);
  return {
    'dist/editor/vscode.html-custom-data.json': `${JSON.stringify(vscodeData(elements, values), null, 2)}\n`,
    'dist/editor/web-types.json': `${JSON.stringify(webTypes(elements, values, pkg), null, 2)}\n`,
    'dist/jsx.d.ts': jsxTypes(elements, values),
  };
}
