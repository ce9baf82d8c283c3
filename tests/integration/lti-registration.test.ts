import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/lib/server/users";
import { addDeployments, listPlatforms, registerPlatform } from "@/lib/server/lti/platforms";
import { platformSchema } from "@/lib/validation/lti";
import type { Actor } from "@/lib/server/actor";

// Registering an LMS: admins only, validated, one row per (issuer, client id).
const FORM = {
  name: "School Moodle",
  issuer: "https://moodle.example.edu",
  clientId: "abc123",
  deploymentIds: "1, 2 2",
  authUrl: "https://moodle.example.edu/mod/lti/auth.php",
  tokenUrl: "https://moodle.example.edu/mod/lti/token.php",
  jwksUrl: "https://moodle.example.edu/mod/lti/certs.php",
};
let admin: Actor;
let teacher: Actor;
beforeAll(async () => {
  admin = await createUser({ name: "Ada", email: "ada@reg.test", password: "x-admin-pass-1", role: "admin" });
  teacher = await createUser({ name: "Tom", email: "tom@reg.test", password: "x-teach-pass-1", role: "instructor" });
});

describe("LMS registration", () => {
  it("validates the form: https addresses (http only on loopback), at least one deployment id", () => {
    expect(platformSchema.parse(FORM).deploymentIds).toEqual(["1", "2"]);
    const bad = platformSchema.safeParse({ ...FORM, authUrl: "http://moodle.example.edu/auth", deploymentIds: " " });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["authUrl", "deploymentIds"]));
    expect(platformSchema.safeParse({ ...FORM, authUrl: "http://127.0.0.1:9/auth" }).success).toBe(true);
  });

  it("registers once per issuer and client id, for admins only", async () => {
    await expect(registerPlatform(teacher, platformSchema.parse(FORM))).rejects.toThrow("Only admins");
    const p = await registerPlatform(admin, platformSchema.parse(FORM));
    await expect(registerPlatform(admin, platformSchema.parse(FORM))).rejects.toThrow("registered already");
    expect(await db.ltiPlatform.count()).toBe(1);
    expect(await addDeployments(admin, p.id, ["2", "3"])).toBe(1);
    await expect(addDeployments(teacher, p.id, ["4"])).rejects.toThrow("Only admins");
    const { platforms } = await listPlatforms(admin);
    expect(platforms[0].deployments.map((d) => d.deploymentId).sort()).toEqual(["1", "2", "3"]);
  });
});
