// ESLint (flat config): typescript-eslint, eslint-plugin-lit, eslint-plugin-wc, and the project's
// own rules for decorators, safety (no unsafeHTML/eval/string style=) and the DOM-free SDK.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

const safety = {
  'no-eval': 'error',
  'no-implied-eval': 'error',
  'no-new-func': 'error',
  'no-restricted-imports': [
    'error',
    {
      paths: [
        { name: 'lit/directives/unsafe-html.js', message: 'Data is untrusted: render it as text.' },
        { name: 'lit/directives/unsafe-svg.js', message: 'Data is untrusted: render it as text.' },
        { name: 'lit-html/directives/unsafe-html.js', message: 'Data is untrusted: render it as text.' },
      ],
    },
  ],
  'no-restricted-syntax': [
    'error',
    {
      // One decorator style: TypeScript experimentalDecorators (useDefineForClassFields: false).
      selector: 'AccessorProperty, TSAbstractAccessorProperty',
      message: 'We use experimentalDecorators: declare reactive properties without the `accessor` keyword.',
    },
    {
      selector:
        'TaggedTemplateExpression[tag.name=/^(html|svg)$/] TemplateElement[value.raw=/\\sstyle\\s*=/]',
      message: 'No string style= attributes (strict CSP): use styleMap or custom properties.',
    },
    {
      selector:
        "AssignmentExpression[left.property.name='innerHTML'], AssignmentExpression[left.property.name='outerHTML']",
      message: 'Do not write HTML strings into the DOM.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'coverage/**',
      'storybook-static/**',
      'docs/dist/**',
      'docs/public/cdn/**',
      '**/custom-elements.json',
      'packages/sample-data/feed/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.mocha } },
    rules: {
      ...safety,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['packages/core/src/**/*.ts', 'packages/widgets/src/**/*.ts', 'stories/**/*.ts'],
    plugins: { lit, wc },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // The SDK is DOM-free and runs in browsers and Node alike.
    files: ['packages/sdk/src/**/*.ts', 'packages/sample-data/src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/test/**'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage'],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'http', 'https', 'url'],
              message: 'The SDK is DOM-free and Node-free: no Node built-ins outside tests.',
            },
          ],
        },
      ],
    },
  },
);
