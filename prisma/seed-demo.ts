import bcrypt from "bcryptjs";
import { randomInt } from "node:crypto";
import { makeJoinCode } from "@/lib/classes/join-code";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Demo accounts, created by the --demo seed: `npm start`, `npm run dev` and the e2e server (its tests sign in with them). */
export const DEMO_ACCOUNTS = [
  {
    email: "instructor@example.edu",
    password: "teach-params-1",
    name: "Dr. Ada Demo",
    preferredName: "Ada",
    role: "instructor",
  },
  {
    email: "student@example.edu",
    password: "learn-params-1",
    name: "Sam Student",
    preferredName: "Sam",
    role: "student",
  },
  // Grants and removes the instructor role on /admin. A real deployment makes its own admin with
  // `npm run admin:create` and never runs the demo seed (README › Roles).
  { email: "admin@example.edu", password: "admin-params-1", name: "Ari Admin", preferredName: "Ari", role: "admin" },
] as const;

export async function seedDemo(db: PrismaClient) {
  for (const a of DEMO_ACCOUNTS) {
    const found = await db.user.findUnique({ where: { email: a.email }, select: { id: true } });
    if (found) continue; // never overwrite a demo account someone has been using
    await db.user.create({
      data: {
        email: a.email,
        name: a.name,
        preferredName: a.preferredName,
        role: a.role,
        passwordHash: await bcrypt.hash(a.password, 10),
      },
    });
  }
  await seedDemoClass(db);
  return DEMO_ACCOUNTS;
}

export const DEMO_CLASS_NAME = "Demo class";

/** The demo instructor's "Demo class" with the demo student in it. Idempotent: found by name, never duplicated. */
export async function seedDemoClass(db: PrismaClient) {
  const [teacher, student] = await Promise.all(
    DEMO_ACCOUNTS.map((a) => db.user.findUnique({ where: { email: a.email }, select: { id: true, role: true } })),
  );
  if (teacher?.role !== "instructor" || student?.role !== "student") return null;
  const cls =
    (await db.class.findFirst({
      where: { instructorId: teacher.id, name: DEMO_CLASS_NAME },
      select: { id: true, joinCode: true },
    })) ??
    (await db.class.create({
      data: { name: DEMO_CLASS_NAME, instructorId: teacher.id, joinCode: makeJoinCode(randomInt) },
      select: { id: true, joinCode: true },
    }));
  // Upsert leaves an existing enrollment alone (also one the instructor removed on purpose).
  await db.enrollment.upsert({
    where: { classId_userId: { classId: cls.id, userId: student.id } },
    create: { classId: cls.id, userId: student.id },
    update: {},
  });
  return cls;
}
