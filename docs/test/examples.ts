// The code examples of the guides (docs/guide/*.md): extracted, and what runs without a browser run (see
// examples.test.ts). No examples are copied into the tests, so an example that drifts from the code fails.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import ts from 'typescript';

export const DOCS = join(import.meta.dirname, '..');
export const ROOT = join(DOCS, '..');

/** One fenced code block of a guide. */
export interface Example {
  /** `sdk.md:29` (the line of the opening fence). */
  where: string;
  page: string;
  lang: string;
  code: string;
  /** The line of the block's first code line in its page (1-based). */
  line: number;
}

/** Every fenced block of every guide, in page order. */
export function examples(): Example[] {
  const dir = join(DOCS, 'guide');
  const out: Example[] = [];
  for (const page of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    const lines = readFileSync(join(dir, page), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      const open = /^```(\w*)\s*$/.exec(lines[i]!);
      if (!open) continue;
      const start = i;
      while (++i < lines.length && !/^```\s*$/.test(lines[i]!));
      out.push({
        where: `${page}:${start + 1}`,
        page,
        lang: open[1]!,
        code: lines.slice(start + 1, i).join('\n'),
        line: start + 2,
      });
    }
  }
  return out;
}

/** A block that needs a browser: it uses the DOM or the widgets (their code is Lit elements). */
export const needsBrowser = (e: Example): boolean =>
  /\b(?:document|window|customElements)\b|from '@hbrs\/widgets|import '@hbrs\/widgets/.test(e.code);

const parse = (e: Example): ts.SourceFile =>
  ts.createSourceFile(`${e.where}.${e.lang === 'ts' ? 'ts' : 'js'}`, e.code, ts.ScriptTarget.ES2022, true);

/** Syntax errors of a JS/TS block, as `line: message`. */
export function syntaxErrors(e: Example): string[] {
  const sf = parse(e) as ts.SourceFile & { parseDiagnostics?: ts.Diagnostic[] };
  return (sf.parseDiagnostics ?? []).map((d) => {
    const { line } = sf.getLineAndCharacterOfPosition(d.start ?? 0);
    return `${e.page}:${e.line + line}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
}

/** The `import { a, b } from 'x'` names of a block, per module specifier. */
export function importsOf(e: Example): Array<{ from: string; names: string[] }> {
  return parse(e)
    .statements.filter(ts.isImportDeclaration)
    .map((d) => {
      const b = d.importClause?.namedBindings;
      return {
        from: (d.moduleSpecifier as ts.StringLiteral).text,
        names: b && ts.isNamedImports(b) ? b.elements.map((x) => (x.propertyName ?? x.name).text) : [],
      };
    });
}

/** Names a block declares or imports at its top level (what later blocks of the page may use). */
function topLevelNames(sf: ts.SourceFile): string[] {
  const names: string[] = [];
  const bind = (n: ts.BindingName): void => {
    if (ts.isIdentifier(n)) names.push(n.text);
    else for (const el of n.elements) if (!ts.isOmittedExpression(el)) bind(el.name);
  };
  for (const s of sf.statements) {
    if (ts.isVariableStatement(s)) s.declarationList.declarations.forEach((d) => bind(d.name));
    else if ((ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s)) && s.name) names.push(s.name.text);
    else if (ts.isImportDeclaration(s) && s.importClause) {
      const c = s.importClause;
      if (c.name) names.push(c.name.text);
      const b = c.namedBindings;
      if (b && ts.isNamespaceImport(b)) names.push(b.name.text);
      else if (b) b.elements.forEach((x) => names.push(x.name.text));
    }
  }
  return names;
}

/** One `console.log(…); // expected` line whose output is checked. */
export interface Expectation {
  where: string;
  expected: string;
  actual: string;
}

/**
 * The block as an ES module: TypeScript removed; each `console.log(…); // expected` line checks what it prints
 * (`…` in the comment stands for anything); at the end, its top-level names go on `globalThis` so the page's
 * later blocks see them, the way a reader reads the page.
 */
export function toModule(e: Example): string {
  const lines = e.code.split('\n').map((l, i) => {
    const m = /^(\s*)console\.log\((.*)\);\s*\/\/\s*(.+)$/.exec(l);
    return m
      ? `${m[1]}__hbrsExpect(${JSON.stringify(`${e.page}:${e.line + i}`)}, ${JSON.stringify(m[3])}, ${m[2]});`
      : l;
  });
  const code = lines.join('\n');
  const js = ts.transpileModule(code, {
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      verbatimModuleSyntax: true,
    },
  }).outputText;
  const names = topLevelNames(parse({ ...e, code }));
  return `${js}\nObject.assign(globalThis, { ${names.join(', ')} });\n`;
}

/** Whether `actual` (what console.log printed) reads as `expected` (quotes and spacing aside; `…` = anything). */
export function matches(expected: string, actual: string): boolean {
  const norm = (s: string) => s.replace(/['"]/g, '').replace(/\s+/g, ' ').trim();
  const text = norm(actual);
  if (!expected.includes('…')) return norm(expected) === text;
  let at = 0;
  for (const part of norm(expected)
    .split('…')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const i = text.indexOf(part, at);
    if (i < 0) return false;
    at = i + part.length;
  }
  return true;
}

/** `console.log`'s formatting, for the checked lines. */
export const printed = (args: unknown[]): string => format(...args);
