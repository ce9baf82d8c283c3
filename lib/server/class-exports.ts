import "server-only";
import type { Actor } from "@/lib/server/actor";
import { activeStudents, classQuizzes, ownedClass } from "@/lib/server/class-access";
import { studentProgress } from "@/lib/server/class-progress";
import { safeFileName, toCsv, type CsvCell } from "@/lib/csv";
import { localDayKey } from "@/lib/time/local-day";
import { compareByName } from "@/lib/classes/compare-names";

/**
 * The two CSV exports. Each checks ownership first (a non-owner gets "not found", and no
 * bytes), then builds its rows from the same data as the dashboard. Grades are percentages
 * with one decimal; a quiz with no submitted attempt is an empty cell.
 */
const pct = (v: number | null | undefined): CsvCell => (v === null || v === undefined ? "" : Math.round(v * 1000) / 10);

async function load(actor: Actor, classId: string, now: Date) {
  const cls = await ownedClass(actor, classId);
  const [students, quizzes] = await Promise.all([activeStudents(cls.id), classQuizzes(cls.id)]);
  const rows = (await studentProgress(cls.id, students, quizzes, now)).rows.sort(compareByName);
  return { cls, quizzes, rows, stamp: localDayKey(now, actor.timeZone) };
}

export async function gradebookCsv(actor: Actor, classId: string, now = new Date()) {
  const { cls, quizzes, rows, stamp } = await load(actor, classId, now);
  const header: CsvCell[] = ["Name", "Email", ...quizzes.map((q) => `${q.title} (% · ${q.gradingRule})`)];
  const body = rows.map((r) => [r.name, r.email, ...quizzes.map((q) => pct(r.quizGrades[q.id]))]);
  return { fileName: safeFileName(`gradebook-${cls.name}-${stamp}`), csv: toCsv([header, ...body]) };
}

export async function progressCsv(actor: Actor, classId: string, now = new Date()) {
  const { cls, rows, stamp } = await load(actor, classId, now);
  const header: CsvCell[] = [
    "Name",
    "Email",
    "Joined",
    "Cards studied",
    "Due today",
    "Overdue",
    "True retention 30d (%)",
    "Review-state grades 30d",
    "Reviews 30d",
    "Last active",
    "Proofs run",
    "Proof runs",
    "Mean quiz grade (%)",
  ];
  const body = rows.map((r) => [
    r.name,
    r.email,
    localDayKey(r.joinedAt, r.timeZone),
    r.studied,
    r.due,
    r.overdue,
    pct(r.retention),
    r.retentionBase,
    r.reviews30,
    r.lastActive ? localDayKey(r.lastActive, r.timeZone) : "",
    r.proofs,
    r.proofRuns,
    pct(r.quizMean),
  ]);
  return { fileName: safeFileName(`progress-${cls.name}-${stamp}`), csv: toCsv([header, ...body]) };
}
