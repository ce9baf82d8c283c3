// What the content files hold today, read with the app's own loaders (the ones the seed uses),
// so a test counts cards and questions from the files instead of writing "9" or "12": adding
// a card or a question changes these numbers and the tests follow. Shared by vitest and
// Playwright (the e2e server seeds the same files).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadDecks } from "@/lib/content/load";
import { loadQuestionBanks } from "@/prisma/seed-quiz";

export const DECK_SLUG = "parameter-efficiency";

export const DECKS = loadDecks();
/** Every card of every deck: what the seed makes active (and /api/health counts). */
export const ALL_CARDS = DECKS.flatMap((d) => d.cards);

const deck = DECKS.find((d) => d.slug === DECK_SLUG);
if (!deck) throw new Error(`content/${DECK_SLUG}/deck.md is missing`);
/** The deck's cards in study order (by position). */
export const CARDS = deck.cards;

export function cardByKey(key: string) {
  const card = CARDS.find((c) => c.key === key);
  if (!card) throw new Error(`no card '${key}' in content/${DECK_SLUG}/cards`);
  return card;
}

const banks = loadQuestionBanks(DECKS);
/** Every quiz of every questions.json: the content quizzes the seed writes. */
export const CONTENT_QUIZZES = banks.flatMap((b) => b.bank.quizzes);
/** Every question of the deck's questions.json, in file order. */
export const QUESTIONS = banks.find((b) => b.deckSlug === DECK_SLUG)!.bank.questions;

export function questionByKey(key: string) {
  const q = QUESTIONS.find((x) => x.key === key);
  if (!q) throw new Error(`no question '${key}' in content/${DECK_SLUG}/questions.json`);
  return q;
}

const practice = CONTENT_QUIZZES.find((q) => q.key === "practice");
if (!practice) throw new Error(`content/${DECK_SLUG}/questions.json has no "practice" quiz`);
if (practice.shuffleQuestions)
  throw new Error("the practice quiz shuffles its questions: PRACTICE.position() would not hold");
const practiceQuestions = practice.questions.map(questionByKey);

/** The practice quiz, in the order its attempt page shows the questions (it does not shuffle them). */
export const PRACTICE = {
  questions: practiceQuestions,
  count: practiceQuestions.length,
  maxScore: practiceQuestions.reduce((sum, q) => sum + q.points, 0),
  generated: practiceQuestions.filter((q) => q.type === "generated").length,
  /** 1-based position of a question on the attempt page ("Question 4 of 12"). */
  position(key: string) {
    const i = practice.questions.indexOf(key);
    if (i < 0) throw new Error(`question '${key}' is not in the practice quiz`);
    return i + 1;
  },
};

/** New cards a day for a new account: the schema's default for User.newCardsPerDay. */
export const DEFAULT_NEW_CARDS_PER_DAY = Number(
  /newCardsPerDay\s+Int\s+@default\((\d+)\)/.exec(
    readFileSync(join(process.cwd(), "prisma", "schema.prisma"), "utf8"),
  )![1],
);
