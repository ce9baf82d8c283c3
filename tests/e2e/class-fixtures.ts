// TEMPORARY STAND-IN for the study (issue 3) and quiz-taking (issue 5) UIs, which are being
// built on other branches. It writes a student's reviews, card states, one proof run and one
// class quiz with a submitted attempt straight into the e2e database file, so the class
// dashboard test can check what an instructor sees. After those branches are merged, the
// class spec must do these steps through the real review and quiz pages instead.
import Database from "better-sqlite3";
import { randomUUID } from "node:crypto";
import { resolve } from "node:path";

const iso = (d: Date) => d.toISOString().replace("Z", "+00:00"); // the Prisma SQLite adapter's DateTime format

function open() {
  const url = process.env.E2E_DATABASE_URL || "file:./data/e2e.db";
  const db = new Database(resolve(url.replace(/^file:/, "")));
  db.pragma("busy_timeout = 5000");
  return db;
}

/** Six review-state grades today (5 passed → 83.3% true retention), 3 studied cards, one proof run. */
export function seedStudyStandIn(studentEmail: string) {
  const db = open();
  try {
    const { id: userId } = db.prepare(`SELECT id FROM User WHERE email = ?`).get(studentEmail) as { id: string };
    const cards = (db.prepare(`SELECT id FROM Card WHERE active = 1 ORDER BY position LIMIT 3`).all() as { id: string }[]).map((c) => c.id);
    const now = Date.now();
    db.transaction(() => {
      cards.forEach((cardId, i) => {
        db.prepare(
          `INSERT INTO CardState (id, userId, cardId, due, stability, difficulty, reps, lapses, state, lastReview, version, updatedAt) VALUES (?, ?, ?, ?, 4, 5, 2, ?, 2, ?, 1, ?)`,
        ).run(randomUUID(), userId, cardId, iso(new Date(now + (i + 1) * 86_400_000)), i === 0 ? 1 : 0, iso(new Date(now)), iso(new Date(now)));
      });
      [3, 3, 1, 4, 3, 3].forEach((rating, i) => {
        const at = iso(new Date(now - (i + 1) * 60_000));
        db.prepare(
          `INSERT INTO ReviewLog (id, userId, cardId, rating, mode, reviewedAt, createdAt, stateBefore, stateAfter, prevState) VALUES (?, ?, ?, ?, 'review', ?, ?, '{}', '{}', 2)`,
        ).run(randomUUID(), userId, cards[i % cards.length], rating, at, at);
      });
      db.prepare(`INSERT INTO ExperimentRun (id, userId, experimentSlug, settings, backend, results, verdict, durationMs, createdAt) VALUES (?, ?, 'frontier', '{}', 'cpu', '{}', 'supported', 1200, ?)`).run(
        randomUUID(),
        userId,
        iso(new Date(now)),
      );
    })();
  } finally {
    db.close();
  }
}

/** A two-question quiz assigned to the class, and the student's submitted attempt scoring 1 of 2. */
export function seedQuizStandIn(classId: string, studentEmail: string, title: string) {
  const db = open();
  try {
    const { id: userId } = db.prepare(`SELECT id FROM User WHERE email = ?`).get(studentEmail) as { id: string };
    const { id: deckId } = db.prepare(`SELECT id FROM Deck LIMIT 1`).get() as { id: string };
    const now = iso(new Date());
    const quizId = randomUUID().replace(/-/g, "");
    const attemptId = randomUUID().replace(/-/g, "");
    db.transaction(() => {
      db.prepare(`INSERT INTO Quiz (id, title, classId, gradingRule, createdAt, updatedAt) VALUES (?, ?, ?, 'highest', ?, ?)`).run(quizId, title, classId, now, now);
      db.prepare(`INSERT INTO Attempt (id, quizId, userId, number, seed, status, startedAt, submittedAt, score, maxScore) VALUES (?, ?, ?, 1, 7, 'submitted', ?, ?, 1, 2)`).run(
        attemptId,
        quizId,
        userId,
        now,
        now,
      );
      [1, 0].forEach((mark, i) => {
        const questionId = randomUUID().replace(/-/g, "");
        const itemId = randomUUID().replace(/-/g, "");
        db.prepare(`INSERT INTO Question (id, key, deckId, type, prompt, createdAt, updatedAt) VALUES (?, ?, ?, 'single', ?, ?, ?)`).run(
          questionId,
          `e2e-class-${questionId}`,
          deckId,
          `Stand-in question ${i + 1}`,
          now,
          now,
        );
        db.prepare(`INSERT INTO QuizItem (id, quizId, questionId, position, points) VALUES (?, ?, ?, ?, 1)`).run(itemId, quizId, questionId, i + 1);
        db.prepare(`INSERT INTO AttemptAnswer (id, attemptId, quizItemId, response, score, maxScore, savedAt, gradedAt) VALUES (?, ?, ?, '0', ?, 1, ?, ?)`).run(
          randomUUID(),
          attemptId,
          itemId,
          mark,
          now,
          now,
        );
      });
    })();
    return quizId;
  } finally {
    db.close();
  }
}
