import { Marked, type TokenizerAndRendererExtension } from "marked";
import katex from "katex";

/**
 * Markdown with $inline$ and $$display$$ math, rendered to HTML once on the server, so
 * neither marked nor KaTeX ships to the browser. Content comes from our own files; raw
 * HTML in it is escaped anyway, so a content typo cannot inject markup.
 */
function math(display: boolean): TokenizerAndRendererExtension {
  const rule = display ? /^\$\$([\s\S]+?)\$\$/ : /^\$((?:\\\$|[^$\n])+?)\$/;
  return {
    name: display ? "mathBlock" : "mathInline",
    level: "inline",
    start: (src: string) => src.indexOf(display ? "$$" : "$"),
    tokenizer(src: string) {
      const m = rule.exec(src);
      if (m) return { type: display ? "mathBlock" : "mathInline", raw: m[0], text: m[1].trim() };
      return undefined;
    },
    renderer: (token) => katex.renderToString(String(token.text), { displayMode: display, throwOnError: false, output: "htmlAndMathml" }),
  };
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const marked = new Marked({
  gfm: true,
  breaks: false,
  extensions: [math(true), math(false)],
  renderer: {
    html: ({ text }) => escapeHtml(text),
  },
});

/**
 * The same card text renders to the same HTML, and the review page renders every card of the
 * queue on each request (KaTeX is most of it): keep the HTML of the texts seen, up to a bound
 * (the decks hold a few hundred texts; anything past the bound starts the memo over).
 */
const MEMO_MAX = 2000;
const memo = new Map<string, string>();

export function renderMarkdown(source: string): string {
  let html = memo.get(source);
  if (html === undefined) {
    html = marked.parse(source, { async: false });
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(source, html);
  }
  return html;
}
