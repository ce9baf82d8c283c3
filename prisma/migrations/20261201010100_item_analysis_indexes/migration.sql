-- CreateIndex
CREATE INDEX "Attempt_class_read_idx" ON "Attempt"("quizId", "status", "userId", "number", "score", "maxScore", "submittedAt", "deadlineAt", "id");

-- CreateIndex
CREATE INDEX "AttemptAnswer_attemptId_quizItemId_score_idx" ON "AttemptAnswer"("attemptId", "quizItemId", "score");

