/**
 * Calendar days in a learner's own time zone, as "YYYY-MM-DD" keys. Pure, and correct
 * across daylight-saving changes: a day is whatever the zone's wall clock calls it (23, 24
 * or 25 hours long), never a fixed 86,400,000 ms.
 */
export type DayKey = string; // "2026-03-29"

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function parts(date: Date, timeZone: string) {
  const p: Record<string, number> = {};
  for (const { type, value } of formatter(timeZone).formatToParts(date))
    if (type !== "literal") p[type] = Number(value);
  return p as { year: number; month: number; day: number; hour: number; minute: number; second: number };
}

/** The local calendar day of an instant. */
export function localDayKey(date: Date, timeZone: string): DayKey {
  const { year, month, day } = parts(date, timeZone);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The zone's offset from UTC at an instant, in minutes (e.g. +60 for Berlin in winter). */
function offsetMinutes(date: Date, timeZone: string) {
  const p = parts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

/** The first instant of a local day (local midnight, or the first valid time if midnight is skipped). */
export function startOfLocalDay(day: DayKey, timeZone: string): Date {
  const [y, m, d] = day.split("-").map(Number);
  const guess = Date.UTC(y, m - 1, d);
  // Two passes settle the offset even when the day starts on a DST change.
  let t = guess - offsetMinutes(new Date(guess), timeZone) * 60_000;
  t = guess - offsetMinutes(new Date(t), timeZone) * 60_000;
  if (localDayKey(new Date(t), timeZone) !== day) t += 60 * 60_000; // midnight did not exist that day
  return new Date(t);
}

/** Day arithmetic on calendar days (no time zone needed). */
export function addDays(day: DayKey, n: number): DayKey {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** Whole calendar days from a to b (b − a). */
export function daysBetween(a: DayKey, b: DayKey): number {
  const [ay, am, ad] = a.split("-").map(Number);
  const [by, bm, bd] = b.split("-").map(Number);
  return Math.round((Date.UTC(by, bm - 1, bd) - Date.UTC(ay, am - 1, ad)) / 86_400_000);
}

/** The first instant of the local day after `date`: "due today" means due before this. */
export function endOfLocalDay(date: Date, timeZone: string): Date {
  return startOfLocalDay(addDays(localDayKey(date, timeZone), 1), timeZone);
}
