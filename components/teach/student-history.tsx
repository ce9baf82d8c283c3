import Link from "next/link";
import { Badge } from "@/components/ui/page";
import { RATING_LABELS } from "@/components/teach/student-cards";
import { formatPercent } from "@/lib/classes/format";
import { count } from "@/lib/plural";

const RATING_TONES = ["zinc", "red", "amber", "green", "accent"] as const;

function timeIn(timeZone: string) {
  const f = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
  });
  return (d: Date) => f.format(d);
}

type Log = { id: string; reviewedAt: Date; rating: number; mode: string; undoneAt: Date | null; cardTitle: string };

export function RecentReviews({ logs, timeZone }: { logs: Log[]; timeZone: string }) {
  if (!logs.length) return <p className="text-sm text-zinc-500">No reviews yet.</p>;
  const at = timeIn(timeZone);
  return (
    <ol className="divide-y divide-zinc-100 text-sm dark:divide-zinc-800" aria-label="Latest reviews">
      {logs.map((l) => (
        <li key={l.id} className={`flex items-center justify-between gap-2 py-1.5 ${l.undoneAt ? "opacity-60" : ""}`}>
          <span className="min-w-0">
            <span className="block truncate">{l.cardTitle}</span>
            <span className="block text-xs text-zinc-500">{at(l.reviewedAt)}</span>
          </span>
          <span className="flex shrink-0 gap-1">
            {l.mode !== "review" ? <Badge>practice</Badge> : null}
            {l.undoneAt ? <Badge>undone</Badge> : null}
            <Badge tone={RATING_TONES[l.rating] ?? "zinc"}>{RATING_LABELS[l.rating] ?? l.rating}</Badge>
          </span>
        </li>
      ))}
    </ol>
  );
}

type Attempt = {
  id: string;
  quizTitle: string;
  isPractice: boolean;
  number: number;
  status: string;
  score: number | null;
  maxScore: number | null;
  submittedAt: Date | null;
  autoSubmitted: boolean;
};
type QuizGrade = { id: string; title: string; gradingRule: string; grade: number | null; attempts: number };

export function StudentQuizzes({
  classId,
  quizzes,
  attempts,
  timeZone,
}: {
  classId: string;
  quizzes: QuizGrade[];
  attempts: Attempt[];
  timeZone: string;
}) {
  const at = timeIn(timeZone);
  return (
    <div className="space-y-3">
      {quizzes.length ? (
        <ul className="divide-y divide-zinc-100 text-sm dark:divide-zinc-800" aria-label="Recorded grades">
          {quizzes.map((q) => (
            <li key={q.id} className="flex items-center justify-between gap-2 py-2">
              <Link
                href={`/teach/classes/${classId}/quizzes/${q.id}`}
                className="min-w-0 font-medium text-accent-700 hover:underline dark:text-accent-400"
              >
                {q.title}
                <span className="block text-xs font-normal text-zinc-500">
                  {count(q.attempts, "attempt", "attempts")} · rule: {q.gradingRule}
                </span>
              </Link>
              <span className="text-lg font-bold tabular-nums">{formatPercent(q.grade, 1, 0)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-zinc-500">No quiz is assigned to this class.</p>
      )}
      {attempts.length ? (
        <details className="text-sm">
          <summary className="cursor-pointer py-2 font-medium">All attempts ({attempts.length})</summary>
          <ul className="divide-y divide-zinc-100 dark:divide-zinc-800">
            {attempts.map((a) => (
              <li key={a.id} className="flex items-center justify-between gap-2 py-1.5">
                <span className="min-w-0">
                  <span className="block truncate">
                    {a.quizTitle} · attempt {a.number} {a.isPractice ? <Badge>practice</Badge> : null}
                  </span>
                  <span className="block text-xs text-zinc-500">
                    {a.status === "submitted" && a.submittedAt
                      ? `submitted ${at(a.submittedAt)}${a.autoSubmitted ? " (at the deadline)" : ""}`
                      : "in progress"}
                  </span>
                </span>
                <span className="tabular-nums">
                  {a.status === "submitted" && a.maxScore ? `${a.score ?? 0} / ${a.maxScore}` : "—"}
                </span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
