-- DropIndex
DROP INDEX "CardState_userId_due_idx";

-- CreateIndex
CREATE INDEX "CardState_userId_due_state_reps_lapses_cardId_idx" ON "CardState"("userId", "due", "state", "reps", "lapses", "cardId");

