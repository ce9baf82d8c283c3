-- AlterTable
ALTER TABLE "User" ADD COLUMN "fsrsFitId" TEXT;
ALTER TABLE "User" ADD COLUMN "fsrsWeights" TEXT;

-- AlterTable
ALTER TABLE "Class" ADD COLUMN "fsrsPriorAt" DATETIME;
ALTER TABLE "Class" ADD COLUMN "fsrsPriorFitId" TEXT;

-- CreateTable
CREATE TABLE "FsrsJob" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "openKey" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claimedBy" TEXT,
    "claimedAt" DATETIME,
    "finishedAt" DATETIME,
    "error" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "FsrsFit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT,
    "classId" TEXT,
    "fittedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviews" INTEGER NOT NULL,
    "students" INTEGER NOT NULL DEFAULT 0,
    "outcome" TEXT NOT NULL,
    "weights" TEXT NOT NULL,
    "baseWeights" TEXT NOT NULL,
    "fittedLogLoss" REAL,
    "fittedRmseBins" REAL,
    "baseLogLoss" REAL,
    "baseRmseBins" REAL,
    "testReviews" INTEGER NOT NULL DEFAULT 0,
    "adopted" BOOLEAN NOT NULL DEFAULT false,
    "decision" TEXT NOT NULL,
    "rescheduled" INTEGER NOT NULL DEFAULT 0,
    "durationMs" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "FsrsFit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FsrsFit_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ClassCalibration" (
    "classId" TEXT NOT NULL PRIMARY KEY,
    "computedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "data" TEXT NOT NULL,
    CONSTRAINT "ClassCalibration_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "FsrsJob_openKey_key" ON "FsrsJob"("openKey");

-- CreateIndex
CREATE INDEX "FsrsJob_status_createdAt_idx" ON "FsrsJob"("status", "createdAt");

-- CreateIndex
CREATE INDEX "FsrsJob_targetId_idx" ON "FsrsJob"("targetId");

-- CreateIndex
CREATE INDEX "FsrsFit_userId_fittedAt_idx" ON "FsrsFit"("userId", "fittedAt");

-- CreateIndex
CREATE INDEX "FsrsFit_classId_fittedAt_idx" ON "FsrsFit"("classId", "fittedAt");

