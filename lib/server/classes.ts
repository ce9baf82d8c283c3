import "server-only";
import { db } from "@/lib/db";
import { assertInstructor, type Actor } from "@/lib/server/actor";

/** An instructor's own classes, never anyone else's. Students are refused here, not only by the page. */
export async function listMyClasses(actor: Actor) {
  assertInstructor(actor);
  const classes = await db.class.findMany({
    where: { instructorId: actor.id, archivedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, joinCode: true, createdAt: true, _count: { select: { enrollments: { where: { removedAt: null } } } } },
  });
  return classes.map(({ _count, ...c }) => ({ ...c, studentCount: _count.enrollments }));
}
