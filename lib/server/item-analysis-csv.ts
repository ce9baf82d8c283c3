import "server-only";
import type { Actor } from "@/lib/server/actor";
import { getQuizResults } from "@/lib/server/class-quiz-results";
import { safeFileName, toCsv, type CsvCell } from "@/lib/csv";
import { FLAG_TEXT } from "@/lib/quiz/item-statistics";
import { localDayKey } from "@/lib/time/local-day";
import type { AttemptSet } from "@/lib/validation/classes";

/**
 * The quiz results page as a CSV, laid out like Moodle's statistics download: the quiz's
 * statistics (one per row), a blank row, then one row per question. Same conventions as the
 * class exports (lib/csv.ts): percentages with one decimal, an undefined value is an empty
 * cell. Ownership is checked by getQuizResults (a quiz of another class is "not found").
 */
const pct = (v: number | null | undefined, of = 1): CsvCell =>
  v === null || v === undefined || !Number.isFinite(v) ? "" : Math.round((v / of) * 1000) / 10;
const num = (v: number | null | undefined): CsvCell =>
  v === null || v === undefined || !Number.isFinite(v) ? "" : Math.round(v * 10_000) / 10_000;

export async function itemAnalysisCsv(
  actor: Actor,
  classId: string,
  quizId: string,
  selection: AttemptSet = "graded",
  now = new Date(),
) {
  const r = await getQuizResults(actor, classId, quizId, selection);
  const t = r.test;
  const of = t.maxTotal || 1;
  const summary: CsvCell[][] = [
    ["Quiz", r.quiz.title],
    ["Class", r.cls.name],
    ["Attempts analysed", `${t.attempts} (${selection === "graded" ? `graded: ${r.quiz.gradingRule}` : selection})`],
    ["Maximum mark", t.maxTotal],
    ["Mean (%)", pct(t.mean, of)],
    ["Median (%)", pct(t.median, of)],
    ["Standard deviation (%)", pct(t.sd, of)],
    ["Skewness", num(t.skewness)],
    ["Kurtosis", num(t.kurtosis)],
    ["Coefficient of internal consistency (%)", pct(t.alpha)],
    ["Error ratio (%)", pct(t.errorRatio)],
    ["Standard error (%)", pct(t.standardError, of)],
  ];
  const header: CsvCell[] = [
    "Q#",
    "Question",
    "Type",
    "Marks",
    "Random guess score (%)",
    "Facility index (%)",
    "Standard deviation (%)",
    "Discrimination index (%)",
    "Discriminative efficiency (%)",
    "Flags",
  ];
  const rows = r.items.map((it) => [
    it.position,
    it.prompt,
    it.type,
    it.points,
    pct(it.randomGuess),
    pct(it.facility),
    pct(it.sd),
    pct(it.discrimination, 100),
    pct(it.efficiency, 100),
    it.flags.map((f) => FLAG_TEXT[f]).join("; "),
  ]);
  const stamp = localDayKey(now, actor.timeZone);
  return {
    fileName: safeFileName(`item-analysis-${r.quiz.title}-${stamp}`),
    csv: toCsv([...summary, [], header, ...rows]),
  };
}
