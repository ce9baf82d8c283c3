import { describe, expect, it } from "vitest";
import { addDays, daysBetween, endOfLocalDay, localDayKey, startOfLocalDay } from "@/lib/time/local-day";

describe("local calendar days", () => {
  it("names the day by the zone's wall clock, not by UTC", () => {
    const t = new Date("2026-03-01T23:30:00Z");
    expect(localDayKey(t, "UTC")).toBe("2026-03-01");
    expect(localDayKey(t, "Europe/Berlin")).toBe("2026-03-02");
    expect(localDayKey(t, "America/Los_Angeles")).toBe("2026-03-01");
  });

  it("gives 23-hour and 25-hour days across daylight-saving changes", () => {
    // Europe/Berlin: clocks go forward on 2026-03-29 and back on 2026-10-25.
    const springStart = startOfLocalDay("2026-03-29", "Europe/Berlin");
    const springEnd = startOfLocalDay("2026-03-30", "Europe/Berlin");
    expect(springStart.toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect((springEnd.getTime() - springStart.getTime()) / 3_600_000).toBe(23);
    const fallStart = startOfLocalDay("2026-10-25", "Europe/Berlin");
    const fallEnd = startOfLocalDay("2026-10-26", "Europe/Berlin");
    expect((fallEnd.getTime() - fallStart.getTime()) / 3_600_000).toBe(25);
  });

  it("handles a zone whose midnight is skipped (Santiago springs forward at 00:00)", () => {
    const start = startOfLocalDay("2026-09-06", "America/Santiago");
    expect(localDayKey(start, "America/Santiago")).toBe("2026-09-06");
    expect(localDayKey(new Date(start.getTime() - 1), "America/Santiago")).toBe("2026-09-05");
  });

  it("ends the local day at the next local midnight", () => {
    const t = new Date("2026-03-29T10:00:00Z"); // noon in Berlin on the spring-forward day
    expect(endOfLocalDay(t, "Europe/Berlin").toISOString()).toBe("2026-03-29T22:00:00.000Z");
  });

  it("does calendar arithmetic across months, years and leap days", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-03-28", "2026-03-31")).toBe(3);
  });
});
