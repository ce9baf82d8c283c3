import "server-only";
import { db } from "@/lib/db";
import { assertAdmin, type Actor } from "@/lib/server/actor";
import { conflict, notFound } from "@/lib/server/errors";
import { isUniqueViolation } from "@/lib/server/prisma-errors";
import { rotateToolKey, toolKeys } from "@/lib/server/lti/keys";
import type { PlatformInput } from "@/lib/validation/lti";

/** LMS registration: admins only. */
export async function listPlatforms(actor: Actor) {
  assertAdmin(actor);
  const platforms = await db.ltiPlatform.findMany({
    orderBy: { createdAt: "asc" },
    include: { deployments: { orderBy: { createdAt: "asc" }, select: { deploymentId: true } } },
  });
  return { platforms, keys: await toolKeys() };
}

export async function registerPlatform(actor: Actor, input: PlatformInput) {
  assertAdmin(actor);
  const { deploymentIds, ...rest } = input;
  try {
    return await db.ltiPlatform.create({
      data: { ...rest, deployments: { create: deploymentIds.map((deploymentId) => ({ deploymentId })) } },
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict("This issuer and client id are registered already.");
    throw e;
  }
}

/** Adds deployment ids to a platform (a Canvas deployment id exists only once the key is installed). */
export async function addDeployments(actor: Actor, platformId: string, deploymentIds: string[]) {
  assertAdmin(actor);
  const platform = await db.ltiPlatform.findUnique({ where: { id: platformId }, select: { id: true } });
  if (!platform) throw notFound("There is no such LMS.");
  let added = 0;
  for (const deploymentId of deploymentIds) {
    const exists = await db.ltiDeployment.findUnique({
      where: { platformId_deploymentId: { platformId, deploymentId } },
    });
    if (!exists) {
      await db.ltiDeployment.create({ data: { platformId, deploymentId } });
      added++;
    }
  }
  return added;
}

export async function rotateKey(actor: Actor) {
  assertAdmin(actor);
  return rotateToolKey();
}
