-- Issue 17: an LMS Instructor teaches THAT class only, and a course may have several teachers.
-- Added by hand (ADD COLUMN / CREATE TABLE / INSERT…SELECT, no table rebuild).

-- AlterTable
ALTER TABLE "User" ADD COLUMN "teachesClasses" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ClassTeacher" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "classId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'lti',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" DATETIME,
    CONSTRAINT "ClassTeacher_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClassTeacher_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ClassTeacher_userId_idx" ON "ClassTeacher"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ClassTeacher_classId_userId_key" ON "ClassTeacher"("classId", "userId");

-- Backfill: the owner of every class linked to an LMS course teaches it through the LMS (its
-- first Instructor launch made it), as a launch now records. One owner per class, so the id
-- derived from the class id is unique; the class's creation is when the teaching began.
INSERT INTO "ClassTeacher" ("id", "classId", "userId", "source", "createdAt")
SELECT 'ct_' || "Class"."id", "Class"."id", "Class"."instructorId", 'lti', "Class"."createdAt"
FROM "Class" JOIN "LtiContext" ON "LtiContext"."classId" = "Class"."id";

UPDATE "User" SET "teachesClasses" = true WHERE "id" IN (SELECT "userId" FROM "ClassTeacher");

-- Accounts made by a launch (no password: "!lti") were promoted app-wide by an Instructor launch;
-- they become students app-wide again and keep teaching their classes (owner + ClassTeacher).
UPDATE "User" SET "role" = 'student' WHERE "passwordHash" = '!lti' AND "role" = 'instructor';
