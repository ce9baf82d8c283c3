import { describe, expect, it } from "vitest";
import {
  addDays,
  daysBetween,
  endOfLocalDay,
  localDayKey,
  localDayKeyIntl,
  startOfLocalDay,
} from "@/lib/time/local-day";

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

describe("localDayKey's offset cache", () => {
  // Zones with DST (northern and southern), a 30-minute DST shift (Lord Howe), quarter-hour
  // offsets (Kathmandu +5:45, Chatham +12:45/+13:45) and a zone that skips midnight (Santiago).
  const zones = [
    "Europe/Berlin",
    "America/New_York",
    "Australia/Lord_Howe",
    "Asia/Kathmandu",
    "Pacific/Chatham",
    "America/Santiago",
    "UTC",
  ];

  it("gives the day Intl gives, instant by instant, across a year's offset changes", () => {
    const start = Date.UTC(2026, 0, 1);
    for (const zone of zones) {
      // Every 53 minutes (so every minute of the hour is hit over the year).
      for (let t = start; t < start + 366 * 86_400_000; t += 53 * 60_000) {
        const d = new Date(t);
        expect(localDayKey(d, zone), `${zone} ${d.toISOString()}`).toBe(localDayKeyIntl(d, zone));
      }
    }
  });

  it("is exact to the minute around each transition and each local midnight near it", () => {
    // 2026's changes: Berlin 29 Mar / 25 Oct, New York 8 Mar / 1 Nov, Lord Howe 5 Apr / 4 Oct,
    // Chatham 5 Apr / 27 Sep, Santiago 5 Apr / 6 Sep; ±1 day around each, every 3 minutes.
    const days = [
      "2026-03-08",
      "2026-03-29",
      "2026-04-05",
      "2026-09-06",
      "2026-09-27",
      "2026-10-04",
      "2026-10-25",
      "2026-11-01",
    ];
    for (const zone of zones)
      for (const day of days) {
        const from = Date.parse(`${day}T00:00:00Z`) - 86_400_000;
        for (let t = from; t < from + 3 * 86_400_000; t += 3 * 60_000) {
          const d = new Date(t);
          expect(localDayKey(d, zone), `${zone} ${d.toISOString()}`).toBe(localDayKeyIntl(d, zone));
        }
      }
  });

  it("refuses an invalid date as Intl does", () => {
    expect(() => localDayKey(new Date(NaN), "Europe/Berlin")).toThrow(RangeError);
  });
});
