/**
 * Prisma's error codes, named. Races in this app are settled by the database's unique
 * indexes (one enrollment per class and student, one attempt number per quiz and student,
 * a client-made id stored once), so "the unique index refused this write" is an expected
 * outcome that each caller turns into its own answer.
 */
const codeOf = (e: unknown) => (typeof e === "object" && e !== null && "code" in e ? e.code : undefined);

/**
 * P2002: a unique constraint (or primary key) already holds this value. A raw statement's
 * failure comes as P2010 with the driver adapter's own kind (the same on SQLite and PostgreSQL).
 */
export function isUniqueViolation(e: unknown): boolean {
  if (codeOf(e) === "P2002") return true;
  if (codeOf(e) !== "P2010") return false;
  const meta = (e as { meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } }).meta;
  return meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation";
}

/** P2034: the transaction lost a write conflict or deadlock and may simply be run again. */
export function isWriteConflict(e: unknown): boolean {
  return codeOf(e) === "P2034";
}

/** P2025: an update or delete found no row matching its where (e.g. a version that moved on). */
export function isNotFound(e: unknown): boolean {
  return codeOf(e) === "P2025";
}
