/**
 * The fingerprint of what decides an experiment's results: its definition module and every
 * module it and the runner import at run time, plus the TensorFlow.js version. Node only
 * (reads source files); used by `npm run proofs:robustness` and the freshness test.
 *
 * What is hashed is the code, not the text: each file is compiled to JavaScript (types and
 * comments gone), parsed, and walked as a syntax tree with redundant parentheses skipped —
 * so reformatting, comments and type edits do not change the hash, while any change to a
 * number, a name or an expression does. Page copy in the definitions (title, summary, the
 * quoted claims, question, what to look for, note, charts, the results table's extra display
 * columns) is skipped too: rewording a card
 * and its quote needs no new 20-seed run. lib/experiments/format.ts is left out because it
 * only turns numbers into text; no verdict reads its output.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import ts from "typescript";

/** Properties of a definition that are page copy, not part of the measurement. */
const COPY = new Set(["title", "summary", "claims", "question", "lookFor", "note", "charts", "resultColumns"]);
/** Modules the run imports that cannot change a result (nor can what only they import). */
const NOT_HASHED = new Set(["lib/experiments/format.ts"]);
/** Modules every run goes through besides the definition (the Node script also registers the Wasm conv gradient). */
export const ENGINE_ENTRIES = ["lib/experiments/runner.ts", "lib/experiments/wasm-conv-grad.ts"];

const posix = (p: string) => p.split(sep).join("/");

const compile = (source: string, fileName: string) =>
  ts.transpileModule(source, {
    fileName,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: true },
  }).outputText;

const parseJs = (js: string) => ts.createSourceFile("module.js", js, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);

/** A canonical text of the module's run-time syntax tree (see the header for what it ignores). */
export function fingerprint(source: string, fileName = "module.ts"): string {
  return fingerprintOf(parseJs(compile(source, fileName)));
}

function fingerprintOf(sf: ts.SourceFile): string {
  const out: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isParenthesizedExpression(n)) {
      visit(n.expression);
      return;
    }
    if (
      (ts.isPropertyAssignment(n) || ts.isMethodDeclaration(n)) &&
      (ts.isIdentifier(n.name) || ts.isStringLiteral(n.name)) &&
      COPY.has(n.name.text)
    )
      return;
    out.push(ts.SyntaxKind[n.kind]);
    if (ts.isIdentifier(n) || ts.isPrivateIdentifier(n) || ts.isStringLiteralLike(n) || ts.isTemplateLiteralToken(n))
      out.push(JSON.stringify(n.text));
    else if (ts.isNumericLiteral(n)) out.push(String(Number(n.text.replace(/_/g, ""))));
    else if (ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n))
      out.push(ts.tokenToString(n.operator) ?? String(n.operator));
    else if (ts.isVariableDeclarationList(n))
      out.push(n.flags & ts.NodeFlags.Const ? "const" : n.flags & ts.NodeFlags.Let ? "let" : "var");
    out.push("(");
    ts.forEachChild(n, visit);
    out.push(")");
  };
  visit(sf);
  return out.join(" ");
}

type Module = { fingerprint: string; imports: string[] };
const modules = new Map<string, Module>(); // by path and text: each file is compiled once per process

/** A project file's fingerprint and the project modules it imports at run time (type-only imports are gone after compiling). */
function readModule(root: string, file: string): Module {
  const text = readFileSync(join(root, file), "utf8");
  const key = `${root}\0${file}\0${text}`;
  const hit = modules.get(key);
  if (hit) return hit;
  const sf = parseJs(compile(text, file));
  const imports: string[] = [];
  sf.forEachChild((n) => {
    if (
      !(ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) ||
      !n.moduleSpecifier ||
      !ts.isStringLiteral(n.moduleSpecifier)
    )
      return;
    const spec = n.moduleSpecifier.text;
    if (!spec.startsWith("@/") && !spec.startsWith(".")) return; // packages: pinned by version in the hash
    const base = spec.startsWith("@/") ? spec.slice(2) : posix(join(dirname(file), spec));
    const hit = [".ts", ".tsx", "/index.ts", ""]
      .map((ext) => base + ext)
      .find((p) => /\.tsx?$/.test(p) && existsSync(join(root, p)));
    if (!hit) throw new Error(`${file}: cannot resolve "${spec}"`);
    imports.push(posix(relative(root, join(root, hit))));
  });
  const m = { fingerprint: fingerprintOf(sf), imports };
  modules.set(key, m);
  return m;
}

/** Every project module reachable at run time from the entries, sorted. */
export function runtimeClosure(root: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const stack = [...entries];
  while (stack.length) {
    const f = stack.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    if (!NOT_HASHED.has(f)) stack.push(...readModule(root, f).imports);
  }
  return [...seen].sort();
}

export const defModulePath = (slug: string) => `lib/experiments/defs/${slug}.ts`;

export type DefinitionHash = { hash: string; files: string[]; tfjs: string };

/** The hash a summary must carry to be fresh. */
export function definitionHash(slug: string, root = process.cwd()): DefinitionHash {
  const files = runtimeClosure(root, [defModulePath(slug), ...ENGINE_ENTRIES]).filter((f) => !NOT_HASHED.has(f));
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { dependencies: Record<string, string> };
  const tfjs = `${pkg.dependencies["@tensorflow/tfjs"]}+wasm${pkg.dependencies["@tensorflow/tfjs-backend-wasm"]}`;
  const h = createHash("sha256").update(`tfjs ${tfjs}\n`);
  for (const f of files) h.update(`${f}\n${readModule(root, f).fingerprint}\n`);
  return { hash: h.digest("hex").slice(0, 16), files, tfjs };
}
