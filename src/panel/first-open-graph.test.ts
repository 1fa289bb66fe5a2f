import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The first panel open loads the panel's static import graph: it must not carry what only another
// language needs (UI strings, letters, tone rules), which is fetched by import() per language.
const ROOT = resolve(__dirname, '../..');

/** Files a module imports statically (type-only imports left out), resolved like the bundler. */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly) specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    if (ts.isExportDeclaration(statement) && !statement.isTypeOnly && statement.moduleSpecifier) specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
  }
  return specifiers
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => resolve(dirname(file), specifier.replace(/\?.*$/, '')))
    .map((path) => [path, `${path}.ts`, `${path}.tsx`, `${path}/index.ts`].find((candidate) => statSync(candidate, { throwIfNoEntry: false })?.isFile()) ?? path);
}

function staticGraph(entry: string): string[] {
  const seen = new Set<string>();
  const stack = [resolve(ROOT, entry)];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (/\.tsx?$/.test(file)) stack.push(...staticImports(file));
  }
  return [...seen].map((file) => relative(ROOT, file)).sort();
}

describe('the first panel open', () => {
  const graph = staticGraph('src/panel/open-panel.tsx');

  it('is the panel (the walk found it)', () => {
    expect(graph).toContain('src/panel/Panel.tsx');
    expect(graph).toContain('src/i18n/setup.ts');
  });

  it('imports no language\'s UI strings or letters statically: each is fetched for the language shown', () => {
    expect(graph.filter((file) => file.startsWith('locales/'))).toEqual([]);
  });

  it('imports no tone rules statically: the letter language\'s pack is fetched when needed', () => {
    expect(graph.filter((file) => /^src\/letters\/tone\/rules-/.test(file))).toEqual([]);
  });
});
