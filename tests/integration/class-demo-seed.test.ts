import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DEMO_CLASS_NAME, seedDemo } from "@/prisma/seed-demo";

describe("demo seed: the demo class (real SQLite file)", () => {
  it("gives the demo instructor a Demo class with the demo student in it, once however often it runs", async () => {
    await seedDemo(db);
    await seedDemo(db);
    const classes = await db.class.findMany({
      where: { name: DEMO_CLASS_NAME },
      include: { instructor: true, enrollments: { include: { user: true } } },
    });
    expect(classes).toHaveLength(1);
    expect(classes[0].instructor.email).toBe("instructor@example.edu");
    expect(classes[0].enrollments.map((e) => [e.user.email, e.removedAt])).toEqual([["student@example.edu", null]]);
    expect(classes[0].joinCode).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
  });
});
