import "server-only";
import { db } from "@/lib/db";
import { contextRole, NRPS_SCOPE } from "@/lib/lti/claims";
import type { Actor } from "@/lib/server/actor";
import { ownedClass } from "@/lib/server/class-access";
import { conflict } from "@/lib/server/errors";
import { addClassTeacher } from "@/lib/server/class-teachers";
import { linkedUser } from "@/lib/server/lti/launch";
import { call, MEMBERSHIPS_TYPE, serviceToken } from "@/lib/server/lti/services";

/**
 * Roster sync (NRPS 2.0): the LMS course's members, page by page (`Link: <…>; rel="next"`).
 * Active learners are enrolled (an account is made for one who never launched, found later by
 * the same issuer + subject); LMS-linked students no longer listed, or listed as Inactive, are
 * marked removed: their data stays, and a later launch or sync brings them back. Students who
 * joined with a join code are not the LMS's to remove.
 * Active Instructor-type members become teachers of the class (ClassTeacher), and LMS teachers
 * no longer listed as such lose that (removedAt; the class's owner keeps owning it).
 */
const MAX_PAGES = 200;
export const ROSTER_STALE_MS = 10 * 60_000;

type Member = { user_id?: unknown; name?: unknown; roles?: unknown; status?: unknown };

function nextLink(header: string | null): string | null {
  for (const part of (header ?? "").split(",")) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (m) return m[1];
  }
  return null;
}

async function fetchMembers(ctx: { membershipsUrl: string; platformId: string }) {
  const platform = await db.ltiPlatform.findUniqueOrThrow({ where: { id: ctx.platformId } });
  const token = await serviceToken(platform, [NRPS_SCOPE]);
  const members: Member[] = [];
  let url: string | null = ctx.membershipsUrl;
  for (let page = 0; url && page < MAX_PAGES; page++) {
    const res: Response = await call(url, {
      headers: { accept: MEMBERSHIPS_TYPE, authorization: `Bearer ${token}` },
    });
    const body = (await res.json()) as { members?: Member[] };
    members.push(...(body.members ?? []));
    const next = nextLink(res.headers.get("link"));
    url = next ? new URL(next, url).toString() : null;
  }
  return members;
}

export type RosterResult = {
  members: number;
  enrolled: number;
  removed: number;
  teachersAdded: number;
  teachersRemoved: number;
};

export async function syncRoster(contextRowId: string, now = new Date()): Promise<RosterResult> {
  const ctx = await db.ltiContext.findUniqueOrThrow({ where: { id: contextRowId } });
  if (!ctx.membershipsUrl) throw conflict("The LMS did not offer this course's roster (Names and Roles service).");
  let members: Member[];
  try {
    members = await fetchMembers({ membershipsUrl: ctx.membershipsUrl, platformId: ctx.platformId });
  } catch (e) {
    const error = (e instanceof Error ? e.message : String(e)).slice(0, 300);
    await db.ltiContext.update({ where: { id: ctx.id }, data: { rosterError: error } });
    throw e;
  }
  const active = (role: "learner" | "instructor") =>
    members.filter(
      (m): m is Member & { user_id: string } =>
        typeof m.user_id === "string" &&
        m.user_id.length > 0 &&
        (m.status ?? "Active") === "Active" &&
        Array.isArray(m.roles) &&
        contextRole(m.roles) === role,
    );
  const nameOf = (m: Member) => (typeof m.name === "string" && m.name ? m.name : "LMS user");
  return db.$transaction(async (tx) => {
    const teachers = await syncTeachers(tx, ctx, active("instructor"), nameOf, now);
    const present = new Set<string>();
    let enrolled = 0;
    for (const m of active("learner")) {
      const userId = await linkedUser(tx, ctx.platformId, m.user_id, nameOf(m));
      present.add(userId);
      const before = await tx.enrollment.findUnique({ where: { classId_userId: { classId: ctx.classId, userId } } });
      if (before && !before.removedAt) continue;
      await tx.enrollment.upsert({
        where: { classId_userId: { classId: ctx.classId, userId } },
        create: { classId: ctx.classId, userId },
        update: { removedAt: null },
      });
      enrolled++;
    }
    // LMS-linked students of this class who are no longer active learners there.
    const current = await tx.enrollment.findMany({
      where: { classId: ctx.classId, removedAt: null },
      select: { id: true, userId: true },
    });
    const links = await tx.ltiUserLink.findMany({
      where: { platformId: ctx.platformId, userId: { in: current.map((e) => e.userId) } },
      select: { userId: true },
    });
    const linked = new Set(links.map((l) => l.userId));
    const gone = current.filter((e) => linked.has(e.userId) && !present.has(e.userId)).map((e) => e.id);
    if (gone.length) await tx.enrollment.updateMany({ where: { id: { in: gone } }, data: { removedAt: now } });
    await tx.ltiContext.update({ where: { id: ctx.id }, data: { rosterSyncedAt: now, rosterError: null } });
    return { members: members.length, enrolled, removed: gone.length, ...teachers };
  });
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/** The LMS's current Instructor-type members teach the class; LMS teachers no longer listed do not. */
async function syncTeachers(
  tx: Tx,
  ctx: { classId: string; platformId: string },
  instructors: { user_id: string; name?: unknown }[],
  nameOf: (m: Member) => string,
  now: Date,
) {
  const present = new Set<string>();
  let teachersAdded = 0;
  for (const m of instructors) {
    const userId = await linkedUser(tx, ctx.platformId, m.user_id, nameOf(m));
    present.add(userId);
    const before = await tx.classTeacher.findUnique({ where: { classId_userId: { classId: ctx.classId, userId } } });
    if (before && !before.removedAt) continue;
    await addClassTeacher(tx, ctx.classId, userId);
    teachersAdded++;
  }
  const current = await tx.classTeacher.findMany({
    where: { classId: ctx.classId, removedAt: null, source: "lti" },
    select: { id: true, userId: true },
  });
  const gone = current.filter((t) => !present.has(t.userId)).map((t) => t.id);
  if (gone.length) await tx.classTeacher.updateMany({ where: { id: { in: gone } }, data: { removedAt: now } });
  return { teachersAdded, teachersRemoved: gone.length };
}

/** After a launch: sync the roster when the last sync is older than ten minutes (errors are logged, kept on the row). */
export async function syncRosterIfStale(contextRowId: string, now = new Date()) {
  const ctx = await db.ltiContext.findUnique({
    where: { id: contextRowId },
    select: { rosterSyncedAt: true, membershipsUrl: true },
  });
  if (!ctx?.membershipsUrl) return null;
  if (ctx.rosterSyncedAt && now.getTime() - ctx.rosterSyncedAt.getTime() < ROSTER_STALE_MS) return null;
  try {
    return await syncRoster(contextRowId, now);
  } catch (e) {
    console.error("[lti] roster sync failed:", e);
    return null;
  }
}

/** The instructor's "sync now" (and what the roster page shows about the last sync). */
export async function syncClassRoster(actor: Actor, classId: string) {
  const cls = await ownedClass(actor, classId);
  const ctx = await db.ltiContext.findUnique({ where: { classId: cls.id }, select: { id: true } });
  if (!ctx) throw conflict("This class is not linked to an LMS course.");
  return syncRoster(ctx.id);
}

export async function rosterSyncStatus(actor: Actor, classId: string) {
  const cls = await ownedClass(actor, classId);
  return db.ltiContext.findUnique({
    where: { classId: cls.id },
    select: { title: true, rosterSyncedAt: true, rosterError: true, membershipsUrl: true },
  });
}
