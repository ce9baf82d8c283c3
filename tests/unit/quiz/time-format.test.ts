import { describe, expect, it } from "vitest";
import { dateToLocalInput, formatDuration, localInputToDate, timeMilestone } from "@/lib/quiz/time-format";

describe("datetime-local values in the instructor's zone", () => {
  it.each([
    ["2026-12-01T09:00", "Europe/Berlin", "2026-12-01T08:00:00.000Z"], // winter, UTC+1
    ["2026-07-01T09:00", "Europe/Berlin", "2026-07-01T07:00:00.000Z"], // summer, UTC+2
    ["2026-03-29T03:30", "Europe/Berlin", "2026-03-29T01:30:00.000Z"], // just after the spring-forward gap
    ["2026-11-01T12:00", "America/New_York", "2026-11-01T17:00:00.000Z"], // the day DST ends
    ["2026-12-01T23:59", "UTC", "2026-12-01T23:59:00.000Z"],
    ["2026-12-01T09:00", "Asia/Kolkata", "2026-12-01T03:30:00.000Z"],
  ])("%s in %s is %s, and back", (local, tz, iso) => {
    const d = localInputToDate(local, tz)!;
    expect(d.toISOString()).toBe(iso);
    expect(dateToLocalInput(d, tz)).toBe(local);
  });
  it("refuses malformed and impossible values", () => {
    expect(localInputToDate("2026-02-30T10:00", "UTC")).toBeNull();
    expect(localInputToDate("2026-12-01 10:00", "UTC")).toBeNull();
    expect(localInputToDate("2026-12-01T24:00", "UTC")).toBeNull();
  });
  it("formats durations", () => {
    expect(formatDuration(5400)).toBe("1 h 30 min");
    expect(formatDuration(1200)).toBe("20 min");
    expect(formatDuration(45)).toBe("45 s");
  });
});

describe("what the timer announces", () => {
  it("says nothing until 10 minutes are left, then each milestone once it is passed", () => {
    expect(timeMilestone(null)).toBe("");
    expect(timeMilestone(25 * 60_000)).toBe("");
    expect(timeMilestone(10 * 60_000)).toBe("Under 10 minutes left.");
    expect(timeMilestone(7 * 60_000)).toBe("Under 10 minutes left.");
    expect(timeMilestone(4 * 60_000 + 59_000)).toBe("Under 5 minutes left.");
    expect(timeMilestone(59_000)).toBe("Under 1 minute left.");
    expect(timeMilestone(0)).toBe("Time is up.");
    expect(timeMilestone(-500)).toBe("Time is up.");
  });
});
