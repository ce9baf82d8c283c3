// The project's import graph, read with the TypeScript compiler API (a parse, no type
// check: about a second for the whole tree). Used by tests/unit/architecture.test.ts.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import ts from "typescript";

export type Edge = {
  from: string;
  /** a project file relative to the root (posix slashes), or a package specifier such as "react" */
  to: string;
  local: boolean;
  typeOnly: boolean;
  line: number;
};

export type ImportGraph = { root: string; files: string[]; edges: Edge[]; unresolved: Edge[] };

const SOURCE = /\.(ts|tsx|mts|js|mjs|jsx)$/;
const EXTENSIONS = ["", ".ts", ".tsx", ".mts", ".js", ".mjs", ".jsx", "/index.ts", "/index.tsx"];
/** Generated code is a target (imports of it are checked) but is not walked. */
const SKIP_DIRS = new Set(["node_modules", "generated", ".next"]);

const posix = (p: string) => p.split(sep).join("/");

function walk(root: string, dir: string, out: string[]) {
  for (const name of readdirSync(join(root, dir))) {
    const rel = dir ? `${dir}/${name}` : name;
    if (statSync(join(root, rel)).isDirectory()) {
      if (!SKIP_DIRS.has(name)) walk(root, rel, out);
    } else if (SOURCE.test(name) && !name.endsWith(".d.ts")) out.push(rel);
  }
}

function resolveLocal(root: string, from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? spec.slice(2) : posix(join(dirname(from), spec));
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    if (existsSync(join(root, candidate)) && statSync(join(root, candidate)).isFile())
      return posix(relative(root, join(root, candidate)));
  }
  // A folder that exists (for example lib/generated/prisma, built by `prisma generate`) counts as resolved.
  if (existsSync(join(root, base))) return posix(base);
  return null;
}

type RawImport = { spec: string; typeOnly: boolean; pos: number };

/** Every static import, `export … from`, `import x = require()`, dynamic import() and `new Worker(new URL(…))`. */
function importsOf(file: string, text: string): RawImport[] {
  const sf = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    false,
    file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const out: RawImport[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      // `import type {…}` or `import { type A, type B }` with nothing else is erased at run time.
      const allTypeNamed =
        !!clause?.namedBindings &&
        ts.isNamedImports(clause.namedBindings) &&
        clause.namedBindings.elements.length > 0 &&
        !clause.name &&
        clause.namedBindings.elements.every((e) => e.isTypeOnly);
      out.push({
        spec: node.moduleSpecifier.text,
        typeOnly: clause?.phaseModifier === ts.SyntaxKind.TypeKeyword || allTypeNamed,
        pos: node.getStart(sf),
      });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      out.push({ spec: node.moduleSpecifier.text, typeOnly: node.isTypeOnly, pos: node.getStart(sf) });
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      out.push({ spec: node.moduleReference.expression.text, typeOnly: node.isTypeOnly, pos: node.getStart(sf) });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments.length > 0 &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      out.push({ spec: node.arguments[0].text, typeOnly: false, pos: node.getStart(sf) });
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      out.push({ spec: node.argument.literal.text, typeOnly: true, pos: node.getStart(sf) }); // `typeof import("x")`
    } else if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      /^(Shared)?Worker$/.test(node.expression.text)
    ) {
      const url = node.arguments?.[0];
      if (url && ts.isNewExpression(url) && url.arguments?.[0] && ts.isStringLiteral(url.arguments[0]))
        out.push({ spec: url.arguments[0].text, typeOnly: false, pos: node.getStart(sf) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out.map((i) => ({ ...i, pos: sf.getLineAndCharacterOfPosition(i.pos).line + 1 }));
}

/** Reads every source file under `roots` (folders or single files, relative to `root`). */
export function buildImportGraph(root: string, roots: string[]): ImportGraph {
  const files: string[] = [];
  for (const r of roots) {
    if (statSync(join(root, r)).isDirectory()) walk(root, r, files);
    else files.push(r);
  }
  const edges: Edge[] = [];
  const unresolved: Edge[] = [];
  for (const from of files) {
    for (const { spec, typeOnly, pos } of importsOf(from, readFileSync(join(root, from), "utf8"))) {
      const isLocal = spec.startsWith("@/") || spec.startsWith(".");
      if (!isLocal) {
        edges.push({ from, to: spec, local: false, typeOnly, line: pos });
        continue;
      }
      const to = resolveLocal(root, from, spec);
      if (to) edges.push({ from, to, local: true, typeOnly, line: pos });
      else unresolved.push({ from, to: spec, local: true, typeOnly, line: pos });
    }
  }
  return { root, files: files.sort(), edges, unresolved };
}

/**
 * The cycles: one loop per strongly connected component with more than one file (or a file
 * importing itself), written a → b → … → a. Every file of a component lies on some loop.
 */
export type Cycle = { loop: string[]; files: string[] };

export function findCycles(graph: ImportGraph): Cycle[] {
  const next = new Map<string, string[]>();
  for (const e of graph.edges) if (e.local) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: Cycle[] = [];
  // Tarjan's algorithm; recursion depth is bounded by the longest import chain (small here).
  const strong = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!idx.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (next.get(v) ?? []).includes(v))
        out.push({ loop: shortestLoop(scc.sort(), next), files: scc });
    }
  };
  for (const f of graph.files) if (!idx.has(f)) strong(f);
  return out;
}

/** One concrete loop through the component's first file (a → b → … → a), found breadth-first. */
function shortestLoop(scc: string[], next: Map<string, string[]>): string[] {
  const inScc = new Set(scc);
  const start = scc[0];
  const prev = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const v = queue.shift()!;
    for (const w of next.get(v) ?? []) {
      if (!inScc.has(w)) continue;
      if (w === start) {
        const path = [v];
        while (path[0] !== start) path.unshift(prev.get(path[0])!);
        return [...path, start];
      }
      if (!prev.has(w)) {
        prev.set(w, v);
        queue.push(w);
      }
    }
  }
  return scc; // unreachable for a real component
}
