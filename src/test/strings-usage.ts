/**
 * Which keys of strings.en.ts the app's code reads, found with TypeScript's own checker rather
 * than by searching text: `s.title` after `const s = strings.overview` resolves to the
 * declaration of `overview.title`, while an `s` that means something else resolves to nothing.
 * Used by src/ui/strings-keys.test.ts.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export type StringsKey = {
  /** "overview.title". */
  path: string;
  /** The value as written, white space collapsed: a string, a template or a function. */
  text: string;
};

export type StringsUsage = {
  /** Every key whose value is not a group of further keys. */
  keys: StringsKey[];
  /** Keys (and groups) the code names. */
  used: Set<string>;
  /**
   * Groups the code reads without naming each key: looked up with a plain `string`, or handed
   * whole to other code (`Object.values(strings.x)`), mapped to where that happens.
   */
  readWhole: Map<string, string>;
};

/** The app's own code: everything under src that is not a test or a test helper. */
function appSourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test' ? [] : appSourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.(test|e2e)\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function createProgram(root: string, files: readonly string[]): ts.Program {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), (p) => ts.sys.readFile(p));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  // Which key an expression names depends only on the project's own files; leaving out the
  // packages' declarations and the ambient test types makes the check several times faster.
  return ts.createProgram(files, { ...options, types: [], noResolve: true, noEmit: true });
}

/** Casts and brackets change nothing about which object an expression is. */
function isWrapper(
  node: ts.Node,
): node is
  ts.ParenthesizedExpression | ts.AsExpression | ts.SatisfiesExpression | ts.NonNullExpression {
  return (
    ts.isParenthesizedExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isSatisfiesExpression(node) ||
    ts.isNonNullExpression(node)
  );
}

function unwrap(expression: ts.Expression): ts.Expression {
  let inner = expression;
  while (isWrapper(inner)) inner = inner.expression;
  return inner;
}

/** The outermost expression that is `node` with casts and brackets around it. */
function wrapped(node: ts.Expression): ts.Expression {
  let outer = node;
  while (isWrapper(outer.parent)) outer = outer.parent;
  return outer;
}

/** An identifier that stands for a value here, not a name being declared, imported or typed. */
function isValueUse(node: ts.Identifier): boolean {
  const parent = node.parent;
  return !(
    ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) &&
      parent.name === node) ||
    (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
    ts.isImportSpecifier(parent) ||
    ts.isImportClause(parent) ||
    ts.isExportSpecifier(parent) ||
    ts.isTypeQueryNode(parent) ||
    ts.isQualifiedName(parent)
  );
}

/**
 * The key tree: each key's path, keyed by the nodes a reference resolves to (the property, and
 * for a group also its object literal, which is what a lookup's type points at).
 */
function readKeys(file: ts.SourceFile) {
  const paths = new Map<ts.Node, string>();
  const keys: StringsKey[] = [];
  let declaration: ts.VariableDeclaration | undefined;
  const walk = (object: ts.ObjectLiteralExpression, prefix: string) => {
    for (const property of object.properties) {
      if (!ts.isPropertyAssignment(property)) {
        throw new Error(`strings.en.ts: "${property.getText(file)}" is not a plain "key: value"`);
      }
      const path = `${prefix}${property.name.getText(file)}`;
      paths.set(property, path);
      if (ts.isObjectLiteralExpression(property.initializer)) {
        paths.set(property.initializer, path);
        walk(property.initializer, `${path}.`);
      } else {
        keys.push({ path, text: property.initializer.getText(file).replace(/\s+/g, ' ') });
      }
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && node.name.getText(file) === 'strings') {
      declaration = node;
      const value = node.initializer && unwrap(node.initializer);
      if (!value || !ts.isObjectLiteralExpression(value)) throw new Error('strings is no object');
      paths.set(value, '');
      walk(value, '');
    } else ts.forEachChild(node, visit);
  };
  visit(file);
  if (!declaration) throw new Error('strings.en.ts declares no `strings`');
  return { declaration, paths, keys };
}

export function readStringsUsage(root: string, stringsFile: string): StringsUsage {
  const files = appSourceFiles(join(root, 'src'));
  const program = createProgram(root, files);
  const checker = program.getTypeChecker();
  const { declaration, paths, keys } = readKeys(program.getSourceFile(stringsFile)!);
  const used = new Set<string>();
  const readWhole = new Map<string, string>();

  const pathOf = (symbol: ts.Symbol | undefined) =>
    symbol?.declarations?.map((d) => paths.get(d)).find((path) => path !== undefined);
  const groupOf = (expression: ts.Expression) =>
    pathOf(checker.getTypeAtLocation(expression).getSymbol());
  const markUsed = (symbol: ts.Symbol | undefined) => {
    const path = pathOf(symbol);
    if (path !== undefined) used.add(path);
  };

  /**
   * Whether an expression starts from `strings`, directly or through a variable that does
   * (`const s = strings.overview`). Only those are resolved: resolving every property access in
   * the app would cost seconds and find nothing more.
   */
  const fromStrings = (expression: ts.Expression): boolean => {
    let root = unwrap(expression);
    while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root)) {
      root = unwrap(root.expression);
    }
    if (!ts.isIdentifier(root)) return false;
    let symbol = checker.getSymbolAtLocation(root);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const variable = symbol?.valueDeclaration;
    if (!variable || !ts.isVariableDeclaration(variable) || !variable.initializer) return false;
    return variable === declaration || fromStrings(variable.initializer);
  };

  /** A group reached as a value: fine if the code goes on to name a key, noted if not. */
  const checkGroupUse = (node: ts.Expression, where: string) => {
    const group = groupOf(node);
    if (group === undefined) return;
    const outer = wrapped(node);
    const parent = outer.parent;
    const namesAKey =
      (ts.isPropertyAccessExpression(parent) && parent.expression === outer) ||
      (ts.isElementAccessExpression(parent) && parent.expression === outer) ||
      // `const s = strings.overview`: the checker follows `s.title` back to the key. A cast
      // would hide the keys behind another type, so a cast alias counts as read whole.
      (ts.isVariableDeclaration(parent) && parent.initializer === node);
    if (!namesAKey) readWhole.set(group, where);
  };

  const checkLookup = (node: ts.ElementAccessExpression, where: string) => {
    const target = unwrap(node.expression);
    const group = groupOf(target);
    if (group === undefined) return;
    const keyType = checker.getTypeAtLocation(node.argumentExpression);
    const keyTypes = keyType.isUnion() ? keyType.types : [keyType];
    if (keyTypes.every((t) => t.isStringLiteral())) {
      // `s.kind[e.lane]` with `lane: 'meeting' | 'due' | 'phase'` names exactly those keys.
      const groupType = checker.getTypeAtLocation(target);
      for (const t of keyTypes) markUsed(groupType.getProperty((t as ts.StringLiteralType).value));
    } else {
      readWhole.set(group, where);
    }
  };

  for (const fileName of files) {
    const file = program.getSourceFile(fileName)!;
    const where = (node: ts.Node) =>
      `${fileName.slice(root.length)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    // Names that may stand for strings or a part of it: only these are worth resolving.
    const names = new Set(['strings']);
    const findNames = (node: ts.Node): void => {
      if (
        ts.isVariableDeclaration(node) &&
        ts.isIdentifier(node.name) &&
        node.initializer &&
        fromStrings(node.initializer)
      ) {
        names.add(node.name.text);
      }
      ts.forEachChild(node, findNames);
    };
    findNames(file);
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node) && fromStrings(node.expression)) {
        markUsed(checker.getSymbolAtLocation(node.name));
        checkGroupUse(node, where(node));
      } else if (ts.isElementAccessExpression(node) && fromStrings(node.expression)) {
        checkLookup(node, where(node));
      } else if (
        ts.isIdentifier(node) &&
        names.has(node.text) &&
        isValueUse(node) &&
        fromStrings(node)
      ) {
        checkGroupUse(node, where(node));
      } else if (
        ts.isVariableDeclaration(node) &&
        ts.isObjectBindingPattern(node.name) &&
        node.initializer &&
        fromStrings(node.initializer)
      ) {
        const type = checker.getTypeAtLocation(node.initializer);
        for (const element of node.name.elements) {
          markUsed(type.getProperty((element.propertyName ?? element.name).getText(file)));
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { keys, used, readWhole };
}
