import { formatDuration, formatWhen } from "@/lib/quiz/time-format";

const ruleText: Record<string, string> = {
  highest: "your best attempt counts",
  last: "your last attempt counts",
  first: "your first attempt counts",
  average: "the average of your attempts counts",
};
const reviewText: Record<string, string> = {
  after_submit: "Answers and explanations right after you submit",
  after_close: "Answers and explanations after the quiz closes",
  never: "Your score only",
};

export type QuizFactsInput = {
  questionCount: number;
  openAt: Date | null;
  closeAt: Date | null;
  timeLimitSec: number | null;
  maxAttempts: number | null;
  attemptsLeft: number | null;
  gradingRule: string;
  reviewPolicy: string;
  window: "upcoming" | "open" | "closed";
};

/** The rules of a quiz in plain words, as a definition list. */
export function QuizFacts({ quiz, timeZone }: { quiz: QuizFactsInput; timeZone: string }) {
  const rows: [string, string][] = [
    ["Questions", String(quiz.questionCount)],
    ["Time limit", quiz.timeLimitSec ? formatDuration(quiz.timeLimitSec) : "None"],
    ["Attempts", quiz.maxAttempts === null ? "Unlimited" : `${quiz.attemptsLeft} of ${quiz.maxAttempts} left`],
  ];
  if (quiz.maxAttempts !== 1) rows.push(["Grade", ruleText[quiz.gradingRule] ?? quiz.gradingRule]);
  if (quiz.openAt) rows.push([quiz.window === "upcoming" ? "Opens" : "Opened", formatWhen(quiz.openAt, timeZone)]);
  if (quiz.closeAt) rows.push([quiz.window === "closed" ? "Closed" : "Closes", formatWhen(quiz.closeAt, timeZone)]);
  rows.push(["You will see", reviewText[quiz.reviewPolicy] ?? quiz.reviewPolicy]);
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="text-zinc-500 dark:text-zinc-400">{k}</dt>
          <dd className="font-medium">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

export const percent = (fraction: number) => `${Math.round(fraction * 1000) / 10}%`;
