import { describe, expect, it } from "vitest";
import { MAX_REVOKED, SESSION_MAX_AGE_S, sessionIsLive, withRevoked } from "@/lib/session-revocations";

const now = 1_800_000_000_000;
const user = { sessionVersion: 3, revokedSessions: "{}" };
const token = { sv: 3, sid: "a", at: now - 1000 };

describe("sessionIsLive", () => {
  it("accepts a token of the current version, not revoked, within 30 days of sign-in", () => {
    expect(sessionIsLive(token, user, now)).toBe(true);
  });
  it.each([
    ["an older version (sign out everywhere, password or role change)", { ...token, sv: 2 }],
    ["no claims (a token from before this check)", {}],
    ["a sign-in more than 30 days ago", { ...token, at: now - SESSION_MAX_AGE_S * 1000 - 1 }],
    ["a sign-in time in the future", { ...token, at: now + 3_600_000 }],
  ])("refuses %s", (_, claims) => expect(sessionIsLive(claims, user, now)).toBe(false));
  it("refuses a token signed out on its device, and only that one", () => {
    const { text } = withRevoked("{}", "a", token.at, now);
    expect(sessionIsLive(token, { ...user, revokedSessions: text }, now)).toBe(false);
    expect(sessionIsLive({ ...token, sid: "b" }, { ...user, revokedSessions: text }, now)).toBe(true);
    expect(sessionIsLive(token, { ...user, revokedSessions: "not json" }, now)).toBe(true);
  });
});

describe("withRevoked", () => {
  it("forgets ids whose token has expired anyway, and says when the list is full", () => {
    const old = withRevoked("{}", "old", now - SESSION_MAX_AGE_S * 1000 - 5, now - 1).text;
    expect(Object.keys(JSON.parse(withRevoked(old, "new", now, now).text) as object)).toEqual(["new"]);
    let text = "{}";
    for (let i = 0; i < MAX_REVOKED; i++) text = withRevoked(text, `s${i}`, now, now).text;
    expect(withRevoked(text, "one-more", now, now).full).toBe(true);
  });
});
