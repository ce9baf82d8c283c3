import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveAnswer, startAttempt } from "@/lib/server/quiz-attempts";
import { getQuizResults } from "@/lib/server/class-quiz-results";
import { gradebookCsv } from "@/lib/server/class-exports";
import { itemIdsOf, makeClassQuiz, makeUser, minutes, responseFor, seedContent } from "./quiz-fixtures";

beforeAll(seedContent);

// An attempt past its deadline used to be closed only when its student next opened the quiz,
// so until then the instructor's results and CSVs left it out.
describe("an attempt whose time ran out while its student was away", () => {
  it("counts in the instructor's results and gradebook, graded with what was saved by the deadline", async () => {
    const [teacher, away, prompt] = [await makeUser("instructor"), await makeUser(), await makeUser()];
    const { cls, quiz } = await makeClassQuiz(teacher, [away, prompt], { timeLimitSec: 60 });
    const t0 = minutes(new Date(), -30); // started half an hour ago, a one-minute limit
    const { attemptId } = await startAttempt(away, quiz.id, t0);
    const [first, second] = await itemIdsOf(attemptId);
    await saveAnswer(
      away,
      { attemptId, quizItemId: first, response: await responseFor(attemptId, first, true) },
      minutes(t0, 0.5),
    );
    await saveAnswer(
      away,
      { attemptId, quizItemId: second, response: await responseFor(attemptId, second, false) },
      minutes(t0, 0.7),
    );
    const running = await startAttempt(prompt, quiz.id, new Date()); // still within its minute
    expect((await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).status).toBe("in_progress");

    const results = await getQuizResults(teacher, cls.id, quiz.id);
    expect(results.graded).toBe(1);
    expect(results.grades.find((g) => g.student.id === away.id)).toMatchObject({ grade: 0.25, attempts: 1 });
    expect(results.grades.find((g) => g.student.id === prompt.id)).toMatchObject({ grade: null, attempts: 0 });
    const row = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(row).toMatchObject({ status: "submitted", autoSubmitted: true, score: 1, maxScore: 4 });
    expect(row.submittedAt).toEqual(minutes(t0, 1)); // closed at its deadline, not when noticed
    const other = await db.attempt.findUniqueOrThrow({ where: { id: running.attemptId } });
    expect(other.status).toBe("in_progress");

    // A second expired attempt, seen first by the gradebook CSV (the class progress path).
    await db.attempt.update({ where: { id: running.attemptId }, data: { deadlineAt: minutes(new Date(), -5) } });
    const { csv } = await gradebookCsv(teacher, cls.id);
    expect((await db.attempt.findUniqueOrThrow({ where: { id: running.attemptId } })).status).toBe("submitted");
    const line = (email: string) => csv.split(/\r?\n/).find((l) => l.includes(email)) ?? "";
    expect(line(away.email)).toMatch(/,"25"$/);
    expect(line(prompt.email)).toMatch(/,"0"$/); // closed with nothing saved: graded 0, not left out
  });
});
