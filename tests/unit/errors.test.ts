import { describe, expect, it } from "vitest";
import { AppError, closed, conflict, expired, isAppError, notFound } from "@/lib/server/errors";

describe("AppError codes are a closed list", () => {
  it("the code decides the HTTP status", () => {
    expect(notFound()).toMatchObject({ code: "not_found", status: 404 });
    expect(expired("Time is up.")).toMatchObject({ code: "expired", status: 410, message: "Time is up." });
    expect(closed("Closed.")).toMatchObject({ code: "closed", status: 410 });
    expect(new AppError("Bad.")).toMatchObject({ code: "bad_request", status: 400 });
  });

  it("isAppError narrows, optionally to some codes", () => {
    const e: unknown = conflict("Taken.");
    expect(isAppError(e)).toBe(true);
    expect(isAppError(e, "expired", "conflict")).toBe(true);
    expect(isAppError(e, "expired")).toBe(false);
    expect(isAppError(new Error("boom"))).toBe(false);
  });

  it("a misspelt code does not compile (checked by npm run typecheck)", () => {
    const e = expired("x");
    // @ts-expect-error "expird" is not an ErrorCode
    expect(isAppError(e, "expird")).toBe(false);
    // @ts-expect-error comparing with a code that does not exist is a type error
    expect(e.code === "expird").toBe(false);
    // @ts-expect-error the status comes from the code, it is not passed in
    expect(new AppError("x", 410, "expired")).toBeInstanceOf(AppError);
  });
});
