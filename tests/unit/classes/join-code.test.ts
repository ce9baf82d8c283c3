import { describe, expect, it } from "vitest";
import { formatJoinCode, JOIN_CODE_ALPHABET, makeJoinCode, normalizeJoinCode } from "@/lib/classes/join-code";
import { joinClassSchema } from "@/lib/validation/classes";

describe("join codes", () => {
  it("use 8 characters from an alphabet without 0, O, 1 or I", () => {
    expect(JOIN_CODE_ALPHABET).toHaveLength(32);
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01OI]/);
    let i = 0;
    expect(makeJoinCode(() => i++ % 32)).toBe("ABCDEFGH");
    expect(makeJoinCode(() => 31)).toBe("99999999");
  });

  it("accept what a student types: any case, dashes or spaces", () => {
    expect(normalizeJoinCode(" k7mp-2qxd ")).toBe("K7MP2QXD");
    expect(normalizeJoinCode("K7MP 2QXD")).toBe("K7MP2QXD");
    expect(joinClassSchema.parse({ code: "k7mp–2qxd" }).code).toBe("K7MP2QXD");
    expect(formatJoinCode("K7MP2QXD")).toBe("K7MP-2QXD");
  });

  it("explain a malformed code instead of looking it up", () => {
    const bad = joinClassSchema.safeParse({ code: "K7MP-2QX0" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].message).toMatch(/8 letters and digits.*never 0, O, 1 or I/);
    expect(joinClassSchema.safeParse({ code: "" }).error?.issues[0].message).toBe(
      "Enter the join code from your instructor.",
    );
    expect(joinClassSchema.safeParse({}).success).toBe(false);
  });
});
