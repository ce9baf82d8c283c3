import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadDecks } from "@/lib/content/load";
import { parseQuestionBank } from "@/lib/quiz/bank";
import { parseStoredQuestion } from "@/lib/quiz/question-types";
import { grade } from "@/lib/quiz/grade";
import { GENERATORS } from "@/lib/quiz/generators";

const FILE = join(process.cwd(), "content/parameter-efficiency/questions.json");
const text = readFileSync(FILE, "utf8");
const deck = loadDecks().find((d) => d.slug === "parameter-efficiency")!;
const cards = new Map(deck.cards.map((c) => [c.key, c.experiment ?? null]));

/** The file as written, loosely: only the fields the edits below touch. */
type RawQuestion = {
  key: string;
  card?: string;
  generator?: string;
  explanation?: string;
  options?: { correct?: boolean }[];
};
type RawBank = { questions: RawQuestion[]; quizzes: { questions: string[] }[] };

function withEdit(edit: (bank: RawBank) => void) {
  const bank = JSON.parse(text) as RawBank;
  edit(bank);
  return JSON.stringify(bank);
}

describe("the parameter-efficiency question bank", () => {
  const bank = parseQuestionBank(FILE, text, cards);

  it("covers the definition, the five facts and the three review questions", () => {
    const covered = new Set(bank.questions.map((q) => q.cardKey));
    expect([...cards.keys()].filter((k) => !covered.has(k))).toEqual([]);
  });

  it("uses every answer type and every generator", () => {
    const types = new Set(bank.questions.map((q) => q.type));
    expect([...types].sort()).toEqual(["generated", "multiple", "numeric", "ordering", "single", "text"]);
    const generated = bank.questions.filter((q) => q.type === "generated").map((q) => q.key);
    expect(generated.sort()).toEqual([...GENERATORS.keys()].map((id) => `gen:${id}`).sort());
  });

  it("links every question to a card and an experiment, with an explanation", () => {
    for (const q of bank.questions) {
      expect(q.experimentSlug, q.key).toMatch(/^[a-z-]+$/);
      expect(q.explanation.length, q.key).toBeGreaterThan(40);
    }
  });

  it("keeps correctness out of the stored data and grades each stored answer as correct", () => {
    for (const q of bank.questions.filter((x) => x.type !== "generated")) {
      expect(q.data, q.key).not.toMatch(/correct|accepted/);
      const g = parseStoredQuestion(q.type, q.data, q.answer);
      const right = g.type === "numeric" ? String(g.answer) : g.type === "text" ? g.answer[0] : g.answer;
      expect(grade(g, right).verdict, q.key).toBe("correct");
    }
  });

  it("says what the cards say about layer norm (adds 2·d) and dropout (adds 0)", () => {
    const ln = bank.questions.find((q) => q.key === "pe-share-layernorm")!;
    expect(JSON.parse(ln.answer)).toBe(512);
    const dropout = parseStoredQuestion(
      "single",
      bank.questions.find((q) => q.key === "pe-methods-dropout")!.data,
      bank.questions.find((q) => q.key === "pe-methods-dropout")!.answer,
    );
    expect(dropout.type === "single" && dropout.options.find((o) => o.id === dropout.answer)?.text).toBe("0");
  });

  it("defines the practice quiz from existing questions", () => {
    const practice = bank.quizzes.find((q) => q.key === "practice")!;
    expect(practice.questions.length).toBeGreaterThanOrEqual(10);
  });
});

describe("a bad question bank is refused with the file and the question named", () => {
  // Questions are picked by key; the message numbers them by their place in the file.
  const keys = (JSON.parse(text) as RawBank).questions.map((q) => q.key);
  const num = (key: string) => keys.indexOf(key) + 1;
  const named = (key: string) => `'${key}' \\(#${num(key)}\\)`;
  const q = (b: RawBank, key: string) => {
    const found = b.questions.find((x) => x.key === key);
    if (!found) throw new Error(`no question ${key} in the file`);
    return found;
  };
  const options = (b: RawBank, key: string) => q(b, key).options ?? [];
  it.each([
    [
      "a single choice with two correct options",
      (b: RawBank) => (options(b, "pe-def-meaning")[0].correct = true),
      new RegExp(`${named("pe-def-meaning")}.*\\n.*exactly one correct`),
    ],
    [
      "an unknown card",
      (b: RawBank) => (q(b, "pe-def-dense-count").card = "pe-nope"),
      new RegExp(`${named("pe-def-dense-count")}: card 'pe-nope'`),
    ],
    [
      "a missing explanation",
      (b: RawBank) => delete q(b, "pe-mem-10x").explanation,
      new RegExp(`${named("pe-mem-10x")} is not valid:\\n\\s+explanation`),
    ],
    [
      "multiple choice with no wrong option",
      (b: RawBank) => options(b, "pe-mem-10x").forEach((o) => (o.correct = true)),
      /'pe-mem-10x'.*\n.*one wrong option/,
    ],
    [
      "an unknown generator",
      (b: RawBank) => (q(b, "gen:bytes").generator = "nope"),
      /'gen:bytes'.*\n\s+generator: no such generator/,
    ],
    [
      "a duplicated key",
      (b: RawBank) => (q(b, "pe-mem-10x").key = "pe-def-meaning"),
      // reported at the second of the two in the file
      new RegExp(
        `'pe-def-meaning' \\(#${Math.max(num("pe-def-meaning"), num("pe-mem-10x"))}\\): the key is used twice`,
      ),
    ],
    [
      "a quiz naming an unknown question",
      (b: RawBank) => b.quizzes[0].questions.push("pe-ghost"),
      /quiz 'practice' lists unknown question\(s\) pe-ghost/,
    ],
  ])("%s", (_label, edit, message) => {
    expect(() => parseQuestionBank(FILE, withEdit(edit), cards)).toThrow(message);
    expect(() => parseQuestionBank(FILE, withEdit(edit), cards)).toThrow(FILE);
  });
  it("broken JSON", () => {
    expect(() => parseQuestionBank(FILE, "{ nope", cards)).toThrow(/questions\.json is not valid JSON/);
  });
});
