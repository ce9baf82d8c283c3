-- CreateIndex
CREATE INDEX "AttemptAnswer_attemptId_quizItemId_score_idx" ON "AttemptAnswer"("attemptId", "quizItemId", "score");

