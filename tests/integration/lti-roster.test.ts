import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { toActor } from "@/lib/server/actor";
import { syncClassRoster, syncRosterIfStale } from "@/lib/server/lti/roster";
import { launchAs, registeredLms } from "@/tests/integration/lti-fixtures";
import { ROLE, type FakeLms } from "@/tests/support/fake-lms";

// Roster sync (NRPS) against the fake platform, which pages its members two at a time.
let lms: FakeLms;
let classId: string;
let contextRowId: string;
let teacherId: string;

const active = () =>
  db.enrollment.findMany({
    where: { classId, removedAt: null },
    select: { user: { select: { name: true } } },
    orderBy: { joinedAt: "asc" },
  });

beforeAll(async () => {
  lms = await registeredLms();
  lms.users.set("u-learn-3", { sub: "u-learn-3", name: "Lou Learner", roles: [ROLE.learner], status: "Inactive" });
  const t = await launchAs(lms, "u-teach");
  classId = t.classId;
  contextRowId = t.contextRowId;
  teacherId = t.userId;
});
afterAll(() => lms.close());

describe("LTI roster sync (NRPS)", () => {
  it("pulls every page and enrolls the active learners, making accounts for those who never launched", async () => {
    const teacher = toActor(await db.user.findUniqueOrThrow({ where: { id: teacherId } }));
    const r = await syncClassRoster(teacher, classId);
    expect(lms.membershipPages).toEqual([1, 2]);
    expect(r).toEqual({ members: 4, enrolled: 2, removed: 0, teachersAdded: 0, teachersRemoved: 0 });
    expect((await active()).map((e) => e.user.name).sort()).toEqual(["Lea Learner", "Leo Learner"]);
    const ctx = await db.ltiContext.findUniqueOrThrow({ where: { id: contextRowId } });
    expect(ctx.rosterSyncedAt).toBeInstanceOf(Date);
    // A learner who launches later is the account the roster made (same issuer + subject).
    const users = await db.user.count();
    const launch = await launchAs(lms, "u-learn-2");
    expect(await db.user.count()).toBe(users);
    expect(launch.classId).toBe(classId);
  });

  it("marks a member removed on the platform as removed here, keeping their data", async () => {
    const leo = await db.ltiUserLink.findFirstOrThrow({ where: { subject: "u-learn-2" } });
    lms.users.delete("u-learn-2");
    const r = await syncRosterIfStale(contextRowId, new Date(Date.now() + 11 * 60_000));
    expect(r).toEqual({ members: 3, enrolled: 0, removed: 1, teachersAdded: 0, teachersRemoved: 0 });
    expect((await active()).map((e) => e.user.name).sort()).toEqual(["Lea Learner"]);
    const kept = await db.enrollment.findFirstOrThrow({ where: { classId, userId: leo.userId } });
    expect(kept.removedAt).toBeInstanceOf(Date);
    expect(await db.user.count({ where: { id: leo.userId } })).toBe(1);
  });

  it("does not sync again within ten minutes of the last sync; refuses another instructor", async () => {
    expect(await syncRosterIfStale(contextRowId)).toBeNull();
    const other = await db.user.create({
      data: { email: "x@lti.test", name: "X", passwordHash: "x", role: "instructor" },
    });
    await expect(syncClassRoster(toActor(other), classId)).rejects.toThrow("no such class");
  });
});
