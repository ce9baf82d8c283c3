import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getGreetingName, setPreferredName } from "@/lib/server/profile";
import { preferredNameSchema } from "@/lib/validation/profile";
import { displayName } from "@/lib/display-name";
import { makeUser } from "./class-fixtures";

describe("what the app calls you (real SQLite file)", () => {
  it("greets by the full name until a preferred name is set, then by that; empty clears it", async () => {
    const ada = await makeUser("instructor", { name: "Dr. Ada Demo" });
    expect(await getGreetingName(ada)).toBe("Dr. Ada Demo"); // never "Dr."
    await setPreferredName(ada, preferredNameSchema.parse({ preferredName: "  Ada " }));
    expect(await getGreetingName(ada)).toBe("Ada");
    await setPreferredName(ada, preferredNameSchema.parse({ preferredName: "" }));
    expect(await getGreetingName(ada)).toBe("Dr. Ada Demo");
  });

  it("changes only the caller's own row", async () => {
    const a = await makeUser("student", { name: "Nguyễn Văn An" });
    const b = await makeUser("student", { name: "Björk Guðmundsdóttir" });
    await setPreferredName(a, { preferredName: "An" });
    expect((await db.user.findUniqueOrThrow({ where: { id: b.id } })).preferredName).toBe("");
    expect(await getGreetingName(b)).toBe("Björk Guðmundsdóttir");
    await expect(getGreetingName(null as never)).rejects.toMatchObject({ status: 401 });
  });

  it("refuses a name that is too long, with a message", () => {
    const r = preferredNameSchema.safeParse({ preferredName: "x".repeat(41) });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].message).toBe("Keep it under 40 characters.");
    expect(displayName({ name: " Sam Student ", preferredName: "   " })).toBe("Sam Student");
  });
});
